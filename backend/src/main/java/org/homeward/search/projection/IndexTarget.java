package org.homeward.search.projection;

import java.util.Set;

/**
 * A concrete index a family's documents go to, with the fields its mapping knows when that is an older version than
 * the documents (the index still serving while a rebuild fills its successor); {@code null} fields keep everything.
 */
public record IndexTarget(String family, String index, Set<String> onlyFields) {
}
