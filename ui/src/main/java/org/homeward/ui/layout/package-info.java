/** The frame around every signed-in view: navigation by role, the user, sign-out, and the demo banner. */
package org.homeward.ui.layout;
