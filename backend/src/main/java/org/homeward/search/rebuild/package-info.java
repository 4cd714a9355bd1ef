/** Rebuilds of the search indices from the event store behind the serving aliases, swapped in one step. */
package org.homeward.search.rebuild;
