/** One case's page: its header, the forms that record and correct its steps, and its timeline. */
package org.homeward.ui.casepage;
