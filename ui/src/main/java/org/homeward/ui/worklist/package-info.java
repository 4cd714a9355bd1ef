/** Follow-ups due this week and overdue, with one click to record what happened. */
package org.homeward.ui.worklist;
