package org.homeward.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.testsupport.IndexedEvents;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the machine can do with no application in between, measured in the same run on the same data:
 * Elasticsearch bulk indexing of the very documents the projection wrote, and PostgreSQL appends of the very rows the
 * event store holds.
 */
final class RawLimits {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RawLimits() {
    }

    record Bulk(long documents, int inFlight, double seconds) {
        double documentsPerSecond() {
            return documents / seconds;
        }
    }

    /**
     * Writes every document of the current indices, with its version, to a bulk file. Same documents, same sizes,
     * same external versions as the projection's writes.
     */
    static long dump(HttpClient http, URI elasticsearch, SearchIndexes indexes, Path file) throws IOException {
        long[] documents = {0};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String family : SearchFamily.ALL) {
                IndexedEvents.forEachDocument(http, elasticsearch, indexes.alias(family), null, hit -> {
                    ObjectNode action = JSON.createObjectNode();
                    action.putObject("index").put("_index", rawIndex(indexes, family)).put("_id", hit.path("_id").asString())
                            .put("version", hit.path("_version").asLong()).put("version_type", "external_gte");
                    try {
                        out.write(action.toString());
                        out.write('\n');
                        out.write(hit.path("_source").toString());
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    documents[0]++;
                });
            }
        }
        return documents[0];
    }

    static String rawIndex(SearchIndexes indexes, String family) {
        return indexes.prefix() + "raw-limit-" + family;
    }

    /**
     * Bulk-indexes the dumped documents into fresh indices of the same mappings, refresh off as in a rebuild,
     * {@code perRequest} documents per request and {@code inFlight} requests at a time.
     */
    static Bulk bulk(HttpClient http, URI elasticsearch, SearchIndexes indexes, Path file, int perRequest, int inFlight)
            throws IOException, InterruptedException {
        for (String family : SearchFamily.ALL) {
            deleteQuietly(http, elasticsearch, rawIndex(indexes, family));
            indexes.createIndex(family, rawIndex(indexes, family));
            HttpResponse<String> paused = http.send(HttpRequest.newBuilder(elasticsearch.resolve("/" + rawIndex(indexes, family)
                            + "/_settings")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"index\":{\"refresh_interval\":\"-1\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (paused.statusCode() != 200) {
                throw new IllegalStateException("Cannot pause refreshes: " + paused.body());
            }
        }
        ExecutorService senders = Executors.newFixedThreadPool(inFlight);
        Semaphore slots = new Semaphore(inFlight);
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicInteger documents = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        long start = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder body = new StringBuilder(4 << 20);
            int inBody = 0;
            String action;
            while ((action = in.readLine()) != null) {
                body.append(action).append('\n').append(in.readLine()).append('\n');
                if (++inBody == perRequest) {
                    sent.add(send(http, elasticsearch, senders, slots, body.toString(), failure));
                    documents.addAndGet(inBody);
                    body.setLength(0);
                    inBody = 0;
                }
            }
            if (inBody > 0) {
                sent.add(send(http, elasticsearch, senders, slots, body.toString(), failure));
                documents.addAndGet(inBody);
            }
            for (Future<?> request : sent) {
                request.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            senders.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("Raw bulk indexing failed: " + failure.get());
        }
        return new Bulk(documents.get(), inFlight, seconds);
    }

    private static Future<?> send(HttpClient http, URI elasticsearch, ExecutorService senders, Semaphore slots,
                                  String body, AtomicReference<String> failure) throws InterruptedException {
        slots.acquire();
        return senders.submit(() -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(elasticsearch.resolve("/_bulk"))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                // {"errors":false,... comes first; a full parse would add client time to the limit
                if (response.statusCode() != 200 || !response.body().substring(0, Math.min(60, response.body().length()))
                        .contains("\"errors\":false")) {
                    failure.compareAndSet(null, "HTTP " + response.statusCode() + " "
                            + response.body().substring(0, Math.min(500, response.body().length())));
                }
            } catch (IOException e) {
                failure.compareAndSet(null, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                slots.release();
            }
        });
    }

    static void dropRawIndices(HttpClient http, URI elasticsearch, SearchIndexes indexes) {
        SearchFamily.ALL.forEach(family -> deleteQuietly(http, elasticsearch, rawIndex(indexes, family)));
    }

    private static void deleteQuietly(HttpClient http, URI elasticsearch, String index) {
        try {
            http.send(HttpRequest.newBuilder(elasticsearch.resolve("/" + index)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Appends(long rows, int threads, int rowsPerTransaction, double seconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private record Row(String eventId, String caseId, long sequence, String type, String timestamp, String payloadType,
                       String payloadRevision, byte[] payload, byte[] metaData) {
    }

    /**
     * Appends copies of the first {@code rows} rows of the event store to a table of the same definition (same
     * columns, identity, unique constraints and indexes): {@code rowsPerTransaction} rows per commit from
     * {@code threads} connections. Each pass starts from an empty table, which is dropped afterwards.
     */
    static Appends appends(DataSource dataSource, int rows, int threads, int rowsPerTransaction) throws Exception {
        List<Row> sample = new ArrayList<>(rows);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists benchmark_raw_append");
            statement.execute("create table benchmark_raw_append (like domain_event_entry including all)");
            try (ResultSet result = statement.executeQuery("""
                    select event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                           payload_revision, payload, meta_data from domain_event_entry order by global_index""" + " limit " + rows)) {
                while (result.next()) {
                    sample.add(new Row(result.getString(1), result.getString(2), result.getLong(3), result.getString(4),
                            result.getString(5), result.getString(6), result.getString(7), result.getBytes(8), result.getBytes(9)));
                }
            }
        }
        AtomicInteger next = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            writers.add(Thread.ofPlatform().start(() -> {
                try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                        insert into benchmark_raw_append (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    connection.setAutoCommit(false);
                    while (true) {
                        int from = next.getAndAdd(rowsPerTransaction);
                        if (from >= sample.size()) {
                            return;
                        }
                        for (Row row : sample.subList(from, Math.min(sample.size(), from + rowsPerTransaction))) {
                            insert.setString(1, row.eventId());
                            insert.setString(2, row.caseId());
                            insert.setLong(3, row.sequence());
                            insert.setString(4, row.type());
                            insert.setString(5, row.timestamp());
                            insert.setString(6, row.payloadType());
                            insert.setString(7, row.payloadRevision());
                            insert.setBytes(8, row.payload());
                            insert.setBytes(9, row.metaData());
                            if (rowsPerTransaction == 1) {
                                insert.executeUpdate();
                            } else {
                                insert.addBatch();
                            }
                        }
                        if (rowsPerTransaction > 1) {
                            insert.executeBatch();
                        }
                        connection.commit();
                    }
                } catch (SQLException e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table benchmark_raw_append");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Appends(sample.size(), threads, rowsPerTransaction, seconds);
    }
}
