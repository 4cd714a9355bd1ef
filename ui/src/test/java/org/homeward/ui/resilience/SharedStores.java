package org.homeward.ui.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.testsupport.IndexedEvents;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The PostgreSQL schema and Elasticsearch index prefix that a test's nodes share, fresh for each test, with the
 * checks that nothing acknowledged was lost and nothing doubled.
 */
final class SharedStores {

    static final String OFFICER = "resilience-officer";
    static final String ADMIN = "resilience-admin";
    static final String PASSWORD = "resilience-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MASTER_KEY = java.util.Base64.getEncoder()
            .encodeToString("resilience-tests-master-key-32by".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final String jdbcUrl;
    private final String user;
    private final String schema;
    private final URI elasticsearch;
    private final String indexPrefix;

    /** @param jdbcBase a PostgreSQL database, as {@code jdbc:postgresql://host:port/database} */
    SharedStores(String jdbcBase, String user, URI elasticsearch) throws SQLException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        this.schema = "resilience_" + id;
        this.jdbcUrl = jdbcBase + "?currentSchema=" + schema;
        this.user = user;
        this.elasticsearch = elasticsearch;
        this.indexPrefix = "resilience-" + id + "-";
        try (Connection connection = DriverManager.getConnection(jdbcBase, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
    }

    /** Removes the schema and the indices, once the test's nodes are gone: the machine's services are shared. */
    void drop() throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl.substring(0, jdbcUrl.indexOf('?')), user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            // by name: Elasticsearch refuses to delete indices by wildcard
            String names = http.send(java.net.http.HttpRequest.newBuilder(elasticsearch.resolve("/_cat/indices/" + indexPrefix
                    + "*?h=index")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body().trim();
            for (String index : names.isBlank() ? new String[0] : names.split("\\s+")) {
                http.send(java.net.http.HttpRequest.newBuilder(elasticsearch.resolve("/" + index)).DELETE().build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /** The settings every node of this test gets: the same stores, the same key. */
    Map<String, String> nodeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", jdbcUrl);
        settings.put("spring.datasource.username", user);
        settings.put("spring.datasource.password", "");
        settings.put("spring.flyway.schemas", schema);
        settings.put("spring.flyway.default-schema", schema);
        settings.put("spring.elasticsearch.uris", elasticsearch.toString());
        settings.put("homeward.search.index-prefix", indexPrefix);
        settings.put("homeward.privacy.master-key", MASTER_KEY);
        settings.put("spring.datasource.hikari.connection-timeout", "5000");
        return settings;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, "");
    }

    URI elasticsearch() {
        return elasticsearch;
    }

    String indexPrefix() {
        return indexPrefix;
    }

    /** An officer of Jakarta and an administrator, once the first node has created the tables. */
    void createUsers() throws SQLException {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD); // cheap to check, for traffic
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String[] user : new String[][] {{OFFICER, "OFFICER", "JKT"}, {ADMIN, "ADMIN", null}}) {
                statement.execute("insert into app_user (username, password_hash, display_name) values ('" + user[0]
                        + "', '" + hash + "', '" + user[0] + "')");
                statement.execute("insert into app_user_role (username, role) values ('" + user[0] + "', '" + user[1] + "')");
                if (user[2] != null) {
                    statement.execute("insert into app_user_office (username, office_code) values ('" + user[0] + "', '"
                            + user[2] + "')");
                }
            }
        }
    }

    /** Who claims which segments of the search projection now. */
    Map<Integer, String> segmentOwners() throws SQLException {
        Map<Integer, String> owners = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select segment, owner from token_entry where processor_name = 'case-search'")) {
            while (rows.next()) {
                owners.put(rows.getInt(1), rows.getString(2));
            }
        }
        return owners;
    }

    /**
     * Every acknowledged step is in the event store exactly once, no step is there twice, every opened case is
     * there, each case's history has no gap, and (once the projection caught up) every event is indexed exactly once.
     */
    void assertNothingLostOrDoubled(CaseTraffic traffic) throws SQLException {
        Map<String, Integer> stored = markersInStore();
        Map<String, String> acknowledged = traffic.acknowledged();
        assertThat(acknowledged).as("the traffic got through").isNotEmpty();
        List<String> lost = acknowledged.keySet().stream().filter(marker -> !stored.containsKey(marker)).toList();
        assertThat(lost).as("acknowledged steps missing from the event store").isEmpty();
        assertThat(stored.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("steps stored twice").isEmpty();
        Set<String> attempted = traffic.attempted();
        assertThat(stored.keySet().stream().filter(marker -> !attempted.contains(marker)).toList())
                .as("stored steps nobody sent").isEmpty();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            List<String> gaps = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    select aggregate_identifier from domain_event_entry group by aggregate_identifier
                    having count(*) <> max(sequence_number) + 1 or min(sequence_number) <> 0""")) {
                while (rows.next()) {
                    gaps.add(rows.getString(1));
                }
            }
            assertThat(gaps).as("cases whose history has a gap").isEmpty();
            List<String> cases = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select aggregate_identifier from domain_event_entry where sequence_number = 0")) {
                while (rows.next()) {
                    cases.add(rows.getString(1));
                }
            }
            assertThat(cases).containsAll(traffic.caseIds());
        }
        awaitIndexedExactlyOnce(Duration.ofMinutes(2));
    }

    void awaitIndexedExactlyOnce(Duration atMost) {
        IndexedEvents.Comparison[] last = new IndexedEvents.Comparison[1];
        try {
            await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
                try (Connection connection = connect()) {
                    last[0] = IndexedEvents.compare(connection, elasticsearch, indexPrefix);
                }
                return last[0].exactlyOnce();
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("Not every event was indexed exactly once: " + last[0], e);
        }
    }

    /** How often each step's marker (the assistance provider) occurs in the stored events. */
    private Map<String, Integer> markersInStore() throws SQLException {
        Map<String, Integer> markers = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select payload from domain_event_entry where payload_type like '%.AssistanceProvided'")) {
            while (rows.next()) {
                String provider = JSON.readTree(rows.getBytes(1)).path("provider").asString();
                markers.merge(provider, 1, Integer::sum);
            }
        }
        return markers;
    }
}
