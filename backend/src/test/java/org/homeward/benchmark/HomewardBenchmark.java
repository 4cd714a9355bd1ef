package org.homeward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.homeward.casefile.CaseOpening;
import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.demo.SyntheticCase;
import org.homeward.demo.SyntheticCaseload;
import org.homeward.offices.Office;
import org.homeward.offices.Offices;
import org.homeward.outcomes.DashboardQueries;
import org.homeward.outcomes.OutcomeFigures;
import org.homeward.search.CaseSearch;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.search.rebuild.ProjectionRebuilds;
import org.homeward.search.rebuild.RebuildStatus;
import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.security.UserAccounts;
import org.homeward.testsupport.IndexedEvents;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.Latencies;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Homeward at scale, on the real PostgreSQL and Elasticsearch of the run, in one go: loads N synthetic cases through
 * the command path, measures projection lag at a steady command rate, query latency, a full rebuild, memory, and,
 * on the same data, the raw limits of both stores; checks that every event is indexed exactly once; prints a table
 * (also written to {@code backend/target/benchmark-report.md}). Run with
 * {@code ./mvnw -Pbenchmark -pl backend -am verify} and optionally {@code -Dhomeward.benchmark.cases=N},
 * {@code .threads}, {@code .steady-rate}, {@code .steady-seconds}.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = {
        // production-sized pages for the rebuild (the test profile's tiny pages exercise paging, not speed)
        "homeward.search.rebuild.cases-per-page=500",
        "spring.datasource.hikari.maximum-pool-size=24",
        "logging.level.org.homeward.search.rebuild=WARN"})
class HomewardBenchmark {

    private static final long SEED = 20261201L;
    private static final int QUERY_RUNS = 200;

    @Autowired
    CaseOpening opening;
    @Autowired
    CaseRecording recording;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Offices offices;
    @Autowired
    ScoringSchemes schemes;
    @Autowired
    FollowUpPlan plan;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    OutcomeFigures figures;
    @Autowired
    CaseSearch search;
    @Value("${spring.elasticsearch.uris}")
    String elasticsearchUris;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void homewardAtScale() throws Exception {
        int cases = Integer.getInteger("homeward.benchmark.cases", 100_000);
        int threads = Integer.getInteger("homeward.benchmark.threads", 8);
        int steadyRate = Integer.getInteger("homeward.benchmark.steady-rate", 200);
        int steadySeconds = Integer.getInteger("homeward.benchmark.steady-seconds", 60);
        URI elasticsearch = URI.create(elasticsearchUris.split(",")[0].trim());
        Path work = Files.createDirectories(Path.of("target", "benchmark"));

        try (ProcessMemory memory = new ProcessMemory(); HttpClient http = HttpClient.newHttpClient()) {
            Map<String, HomewardUser> officers = officers();
            SyntheticCaseload caseload = new SyntheticCaseload(SEED, today, schemes.newest(), plan, Set.of(), 3);
            Iterator<SyntheticCase> referrals = caseload.referrals(Integer.MAX_VALUE);
            CommandLoad load = new CommandLoad(caseload, opening, recording, officers);

            // 1. the caseload, through the command path, as fast as it goes (the projection runs meanwhile)
            CpuTime beforeLoad = CpuTime.now();
            CommandLoad.Result loaded = load.run(referrals, cases, threads, null, new AtomicBoolean(), null);
            assertThat(loaded.failures()).as("every command of the load is accepted").isEmpty();
            long loadEnded = System.nanoTime();
            long loadEvents = storedEvents();
            awaitProjected(loadEvents);
            double catchUp = (System.nanoTime() - loadEnded) / 1e9;
            CpuTime loadCpu = CpuTime.now().since(beforeLoad);
            long liveWrites = indexWrites();

            progress("loaded %,d commands in %.0f s; projection caught up %.1f s later", loaded.commands(), loaded.seconds(), catchUp);
            // 2. projection lag while new cases arrive at a steady rate
            Semaphore permits = new Semaphore(0);
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            long tickMicros = 1_000_000L / steadyRate;
            ticker.scheduleAtFixedRate(() -> {
                if (permits.availablePermits() < threads) {
                    permits.release();
                }
            }, tickMicros, tickMicros, TimeUnit.MICROSECONDS);
            AtomicBoolean stop = new AtomicBoolean();
            ticker.schedule(() -> stop.set(true), steadySeconds, TimeUnit.SECONDS);
            CommandLoad.Result steady;
            List<Double> lags;
            int neverSeen;
            try (ProjectionLagProbe probe = new ProjectionLagProbe(client, indexes.alias(SearchFamily.CASE_EVENTS))) {
                steady = load.run(referrals, Long.MAX_VALUE, threads, permits, stop, probe::recorded);
                neverSeen = probe.awaitAll(30_000);
                lags = probe.lagsMillis();
                assertThat(probe.failure()).isNull();
            } finally {
                ticker.shutdownNow();
            }
            assertThat(steady.failures()).isEmpty();
            assertThat(neverSeen).as("every event of the steady phase becomes searchable").isZero();
            long events = storedEvents();
            awaitProjected(events);
            long totalCases = jdbc.sql("select count(distinct aggregate_identifier) from domain_event_entry").query(Long.class).single();

            progress("steady phase: %,d commands at %.0f/s, %,d lags measured", steady.commands(), steady.commandsPerSecond(), lags.size());
            // 3. queries at that size, on the indices the live projection built
            double[][] queries = queryLatencies();

            progress("queries timed");
            // 4. a full rebuild of every index from the event store
            CpuTime beforeRebuild = CpuTime.now();
            RebuildStatus rebuilt = rebuild();
            CpuTime rebuildCpu = CpuTime.now().since(beforeRebuild);
            long documents = documents();

            progress("rebuilt %,d events into %,d documents", rebuilt.eventsTotal(), documents);
            // 5. the raw limits, on the same data
            Path dump = work.resolve("documents.ndjson");
            long dumped = RawLimits.dump(http, elasticsearch, indexes, dump);
            RawLimits.Bulk rawOne = RawLimits.bulk(http, elasticsearch, indexes, dump, 3_000, 1);
            RawLimits.Bulk rawTwo = RawLimits.bulk(http, elasticsearch, indexes, dump, 3_000, 2);
            RawLimits.dropRawIndices(http, elasticsearch, indexes);
            Files.delete(dump);
            RawLimits.Bulk raw = rawOne.documentsPerSecond() >= rawTwo.documentsPerSecond() ? rawOne : rawTwo;
            int sampleRows = (int) Math.min(events, 200_000);
            RawLimits.Appends single = RawLimits.appends(dataSource, Math.min(sampleRows, 50_000), threads, 1);
            RawLimits.Appends batched = RawLimits.appends(dataSource, sampleRows, 2, 500);

            progress("raw limits measured");
            // 6. nothing lost, nothing doubled
            IndexedEvents.Comparison comparison;
            try (Connection connection = dataSource.getConnection()) {
                comparison = IndexedEvents.compare(connection, elasticsearch, indexes.prefix());
            }
            assertThat(comparison.exactlyOnce()).as(comparison.toString()).isTrue();
            long liveHeap = memory.liveHeapMiB();
            long elasticsearchResident = ProcessHandle.current().descendants()
                    .filter(child -> child.info().commandLine().orElse("").contains("org.elasticsearch.bootstrap"))
                    .mapToLong(child -> ProcessMemory.residentMiB(child.pid())).sum();

            double rebuildSeconds = java.time.Duration.between(rebuilt.startedAt(), rebuilt.finishedAt()).toMillis() / 1000.0;
            double rebuildDocumentsPerSecond = documents / rebuildSeconds;
            double[] sortedLags = Latencies.sorted(lags);
            double lagP99 = Latencies.percentile(sortedLags, 99);
            String report = String.format(Locale.ROOT, """
                    ## Homeward benchmark: %,d cases, %,d events, %,d index documents
                    Machine: %s; %d cores; %s; JVM %s (heap max %,d MiB); %s; Elasticsearch node of the run (heap %s).
                    Load: %d threads, %,d commands for %,d cases in %.0f s; the projection caught up %.1f s after the last command.
                    CPU per command while loading (load and catch-up): app %.2f ms, Elasticsearch %.2f ms, PostgreSQL %.2f ms; the live projection wrote %.1f documents per event.
                    CPU of the rebuild: app %.0f s, Elasticsearch %.0f s, PostgreSQL %.0f s, for %.0f s of rebuild.

                    | Figure | Homeward | Raw limit on this machine | Ratio | Target | Met |
                    |---|---|---|---|---|---|
                    | Commands through the command path | %,.0f commands/s (%,.0f events/s) | %,.0f single-row appends/s (%d connections, a commit each) | %.0f%% | ≥ 1,000 commands/s | %s |
                    | Events appended while loading | %,.0f events/s | %,.0f rows/s batched (2 connections, 500 rows a commit) | %.0f%% | | |
                    | Projection lag at %,.0f commands/s for %d s (ack → found by a search, %,d events) | median %,.0f ms, 99th percentile %,.0f ms, max %,.0f ms | | | 99th percentile < 2,000 ms | %s |
                    | Rebuild of every index from the event store | %,.0f events/s (%,.0f documents/s, %.0f s) | %,.0f documents/s raw bulk (%d in flight, 3,000 a request; 1 in flight: %,.0f/s) | %.0f%% | ≥ 50%% of raw bulk | %s |
                    | Dashboard (all figures and charts, 5 filters, %d runs, request cache emptied) | median %,.0f ms, 95th percentile %,.0f ms | | | 95th percentile < 300 ms | %s |
                    | Case search with facets (3 queries, %d runs) | median %,.0f ms, 95th percentile %,.0f ms | | | 95th percentile < 300 ms | %s |
                    | Memory of the app (this JVM) | heap: peak %,d MiB, live after the run %,d MiB; resident: peak %,d MiB | | | | |
                    | Memory of the Elasticsearch node | resident %,d MiB | | | | |

                    Every event indexed exactly once: %s.
                    """,
                    totalCases, events, documents,
                    cpu(), Runtime.getRuntime().availableProcessors(), memoryTotal(), System.getProperty("java.version"),
                    memory.maxHeapMiB(), jdbc.sql("select version()").query(String.class).single().replaceAll(" on .*", ""),
                    System.getProperty("homeward.test.elasticsearch-heap", "512m"),
                    threads, loaded.commands(), loaded.cases(), loaded.seconds(), catchUp,
                    1000 * loadCpu.app() / loaded.commands(), 1000 * loadCpu.elasticsearch() / loaded.commands(),
                    1000 * loadCpu.postgres() / loaded.commands(), (double) liveWrites / loadEvents,
                    rebuildCpu.app(), rebuildCpu.elasticsearch(), rebuildCpu.postgres(),
                    java.time.Duration.between(rebuilt.startedAt(), rebuilt.finishedAt()).toMillis() / 1000.0,
                    loaded.commandsPerSecond(), loadEvents / loaded.seconds(), single.rowsPerSecond(), single.threads(),
                    100 * loaded.commandsPerSecond() / single.rowsPerSecond(), met(loaded.commandsPerSecond() >= 1_000),
                    loadEvents / loaded.seconds(), batched.rowsPerSecond(),
                    100 * loadEvents / loaded.seconds() / batched.rowsPerSecond(),
                    steady.commandsPerSecond(), steadySeconds, lags.size(), Latencies.percentile(sortedLags, 50), lagP99,
                    Latencies.percentile(sortedLags, 100), met(lagP99 < 2_000),
                    rebuilt.eventsTotal() / rebuildSeconds, rebuildDocumentsPerSecond, rebuildSeconds,
                    raw.documentsPerSecond(), raw.inFlight(), rawOne.documentsPerSecond(),
                    100 * rebuildDocumentsPerSecond / raw.documentsPerSecond(),
                    met(rebuildDocumentsPerSecond >= 0.5 * raw.documentsPerSecond()),
                    QUERY_RUNS, Latencies.percentile(queries[0], 50), Latencies.percentile(queries[0], 95),
                    met(Latencies.percentile(queries[0], 95) < 300),
                    QUERY_RUNS, Latencies.percentile(queries[1], 50), Latencies.percentile(queries[1], 95),
                    met(Latencies.percentile(queries[1], 95) < 300),
                    memory.peakHeapMiB(), liveHeap, memory.peakResidentMiB(), elasticsearchResident,
                    comparison.exactlyOnce() ? "yes (" + comparison + ")" : "NO: " + comparison);
            System.out.println("\n" + report);
            Files.writeString(work.getParent().resolve("benchmark-report.md"), report);
            assertThat(dumped).isEqualTo(documents);
        }
    }

    private static void progress(String message, Object... values) {
        System.out.printf(Locale.ROOT, "[benchmark %tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, message, values));
    }

    private long storedEvents() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    /** An officer for every office, as in a real installation. */
    private Map<String, HomewardUser> officers() {
        Map<String, HomewardUser> officers = new LinkedHashMap<>();
        for (Office office : offices.all()) {
            String username = "benchmark-" + office.code().toLowerCase(Locale.ROOT);
            accounts.create(username, "benchmark-password-" + UUID.randomUUID(), "Benchmark officer " + office.code(),
                    Set.of(Role.OFFICER), Set.of(office.code()));
            officers.put(office.code(), accounts.loadUserByUsername(username));
        }
        return officers;
    }

    /** Waits until the live projection has indexed every stored event. */
    private void awaitProjected(long events) throws InterruptedException, IOException {
        String caseEvents = indexes.alias(SearchFamily.CASE_EVENTS);
        long until = System.currentTimeMillis() + 30 * 60_000;
        while (System.currentTimeMillis() < until) {
            client.indices().refresh(r -> r.index(caseEvents));
            if (client.count(c -> c.index(caseEvents)).count() >= events) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The projection did not catch up within 30 minutes");
    }

    private long documents() throws IOException {
        long documents = 0;
        for (String family : SearchFamily.ALL) {
            documents += client.count(c -> c.index(indexes.alias(family))).count();
        }
        return documents;
    }

    /** Documents the live projection has written so far (new and rewritten), by Elasticsearch's indexing statistics. */
    private long indexWrites() throws IOException {
        var stats = client.indices().stats(s -> s.index(SearchFamily.ALL.stream().map(indexes::alias).toList()).metric(co.elastic.clients.elasticsearch._types.CommonStatsFlag.Indexing));
        return stats.all().primaries().indexing().indexTotal();
    }

    private RebuildStatus rebuild() throws InterruptedException {
        UUID id = rebuilds.start(List.of(), "benchmark").rebuildId();
        while (true) {
            RebuildStatus status = rebuilds.status(id).orElseThrow();
            if (status.state() != RebuildStatus.State.RUNNING) {
                assertThat(status.state()).as(String.valueOf(status.failure())).isEqualTo(RebuildStatus.State.COMPLETED);
                assertThat(status.casesFailed()).isZero();
                return status;
            }
            Thread.sleep(200);
        }
    }

    /** The dashboard as the view asks for it, and the case search, as in the dashboard benchmark. */
    private double[][] queryLatencies() {
        List<String> allOffices = offices.all().stream().map(Office::code).toList();
        HomewardUser manager = new HomewardUser("benchmark-manager", "", "Benchmark manager", true,
                Set.of(Role.MANAGER), Set.copyOf(allOffices));
        DashboardQueries timed = new DashboardQueries(figures, search, client,
                SearchFamily.ALL.stream().map(indexes::alias).toList(), manager, today);
        double[] dashboard = timed.dashboards(QUERY_RUNS);
        double[] searches = timed.searches(QUERY_RUNS);
        return new double[][] {dashboard, searches};
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return ManagementFactory.getOperatingSystemMXBean().getArch();
        }
    }

    private static String memoryTotal() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format(Locale.ROOT, "%.0f GiB RAM", os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return "RAM unknown";
    }
}
