/** The sign-in page. */
package org.homeward.ui.login;
