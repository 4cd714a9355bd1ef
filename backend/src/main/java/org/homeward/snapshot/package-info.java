/**
 * Portfolio snapshots for evaluators: the whole portfolio as known on a past date, replayed from the event store
 * into read-only indices that the outcomes dashboard and the case search can be switched to, so that an evaluation
 * report's figures can be reproduced to the digit later.
 */
package org.homeward.snapshot;
