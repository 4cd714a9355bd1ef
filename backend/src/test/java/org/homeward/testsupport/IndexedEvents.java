package org.homeward.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the event store with the search indices, event by event: is every stored event indexed once, and nothing
 * else? Every event has one {@code case-events} document under its own identifier, and every case one {@code cases}
 * document whose event count is the number of its stored events and whose version is its last sequence number: an
 * event folded in twice, or left out, shows in one or the other. Reads PostgreSQL over the given connection and
 * Elasticsearch over plain HTTP, so it serves tests in this JVM and tests of app processes alike.
 */
public final class IndexedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 10_000;

    /** What differs; {@link #exactlyOnce()} when nothing does. */
    public record Comparison(long storedEvents, long indexedEvents, long cases, List<UUID> missing, List<UUID> unknown,
                             List<String> casesOff) {

        public boolean exactlyOnce() {
            return storedEvents == indexedEvents && missing.isEmpty() && unknown.isEmpty() && casesOff.isEmpty();
        }

        @Override
        public String toString() {
            return "%,d events stored, %,d indexed, %,d cases; not indexed: %s; indexed but not stored: %s; cases whose document disagrees with the store: %s"
                    .formatted(storedEvents, indexedEvents, cases, first(missing), first(unknown), first(casesOff));
        }

        private static String first(List<?> items) {
            return items.size() + (items.isEmpty() ? "" : " " + items.subList(0, Math.min(5, items.size())));
        }
    }

    private IndexedEvents() {
    }

    /** @param indexPrefix the installation's {@code homeward.search.index-prefix} */
    public static Comparison compare(Connection database, URI elasticsearch, String indexPrefix) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            refresh(http, elasticsearch, indexPrefix);
            Set<UUID> stored = new HashSet<>();
            Map<String, long[]> storedCases = new HashMap<>(); // case -> {events, last sequence}
            try (Statement statement = database.createStatement()) {
                database.setAutoCommit(false); // lets the driver stream rows instead of holding them all
                statement.setFetchSize(PAGE);
                try (ResultSet rows = statement.executeQuery(
                        "select aggregate_identifier, sequence_number, event_identifier from domain_event_entry")) {
                    while (rows.next()) {
                        stored.add(UUID.fromString(rows.getString(3)));
                        long[] counts = storedCases.computeIfAbsent(rows.getString(1), id -> new long[] {0, -1});
                        counts[0]++;
                        counts[1] = Math.max(counts[1], rows.getLong(2));
                    }
                }
                database.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the event store", e);
            }
            long storedEvents = stored.size();
            long cases = storedCases.size();
            List<UUID> unknown = new ArrayList<>();
            long[] indexed = {0};
            forEachDocument(http, elasticsearch, indexPrefix + "case-events", List.of(), hit -> {
                indexed[0]++;
                UUID id = UUID.fromString(hit.path("_id").asString());
                if (!stored.remove(id)) {
                    unknown.add(id);
                }
            });
            List<String> casesOff = new ArrayList<>();
            forEachDocument(http, elasticsearch, indexPrefix + "cases", List.of("eventCount"), hit -> {
                long[] counts = storedCases.remove(hit.path("_id").asString());
                long eventCount = hit.path("_source").path("eventCount").asLong(-1);
                long version = hit.path("_version").asLong(-1);
                if (counts == null || counts[0] != eventCount || counts[1] != version) {
                    casesOff.add(hit.path("_id").asString() + " (document: " + eventCount + " events, version " + version
                            + "; store: " + (counts == null ? "no such case" : counts[0] + " events, last sequence " + counts[1]) + ")");
                }
            });
            storedCases.keySet().forEach(caseId -> casesOff.add(caseId + " (no document)"));
            return new Comparison(storedEvents, indexed[0], cases, List.copyOf(stored), unknown, casesOff);
        }
    }

    private static void refresh(HttpClient http, URI elasticsearch, String prefix) {
        send(http, HttpRequest.newBuilder(elasticsearch.resolve("/" + prefix + "*/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /**
     * Every document of the index (or alias), page by page in a point in time, each hit with its version.
     *
     * @param fields the source fields to fetch: none when empty, the whole source when null
     */
    public static void forEachDocument(HttpClient http, URI elasticsearch, String index, List<String> fields,
                                       java.util.function.Consumer<JsonNode> each) {
        String pit = send(http, HttpRequest.newBuilder(elasticsearch.resolve("/" + index + "/_pit?keep_alive=2m"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).path("id").asString();
        JsonNode after = null;
        while (true) {
            ObjectNode body = JSON.createObjectNode();
            body.put("size", PAGE);
            body.put("track_total_hits", false);
            body.put("version", true);
            if (fields == null) {
                body.put("_source", true);
            } else if (fields.isEmpty()) {
                body.put("_source", false);
            } else {
                fields.forEach(body.putArray("_source")::add);
            }
            body.putObject("pit").put("id", pit).put("keep_alive", "2m");
            body.putArray("sort").addObject().put("_shard_doc", "asc");
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode page = send(http, HttpRequest.newBuilder(elasticsearch.resolve("/_search"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
            pit = page.path("pit_id").asString(pit);
            JsonNode hits = page.path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            hits.forEach(each);
            after = hits.get(hits.size() - 1).path("sort");
        }
        send(http, HttpRequest.newBuilder(elasticsearch.resolve("/_pit")).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"id\":\"" + pit + "\"}")).build());
    }

    private static JsonNode send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + ": HTTP " + response.statusCode()
                        + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
