/** Follow-up contacts: scheduled, then completed or missed. */
package org.homeward.casefile.followup;
