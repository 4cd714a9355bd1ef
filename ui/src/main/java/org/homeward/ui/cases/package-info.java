/** The caseload and opening a case, with the country names the views share. */
package org.homeward.ui.cases;
