package org.homeward.search.projection;

/**
 * One document to write into a family's indices. {@code version} is the sequence number of the case's latest event
 * that went into it: Elasticsearch keeps the document with the highest version (external_gte), so a replayed or
 * late write never rolls a document back, and a repeated one changes nothing.
 */
public record IndexDocument(String family, String caseId, String id, long version, Object source) {
}
