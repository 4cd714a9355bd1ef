/** Replaying a case for evaluation: its events step by step, and its state as of a date. */
package org.homeward.ui.replay;
