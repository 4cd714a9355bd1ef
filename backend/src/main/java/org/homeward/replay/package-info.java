/**
 * Evaluators' replay of a case: its history one event at a time with the state after each, and the two honest
 * as-of questions (what had happened by a date; what was known on a date). Built from the event store with the
 * search projection's fold, so it shows only pseudonymous fields.
 */
package org.homeward.replay;
