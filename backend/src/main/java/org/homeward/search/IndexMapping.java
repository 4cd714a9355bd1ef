package org.homeward.search;

import java.util.Set;

import org.springframework.core.io.Resource;

/**
 * One mapping file of {@code search-mappings/}, such as {@code cases-v2.json}, with the top-level fields it
 * declares (a document written into an index of an older version keeps only those).
 */
public record IndexMapping(String family, int version, Resource resource, Set<String> fields) {
}
