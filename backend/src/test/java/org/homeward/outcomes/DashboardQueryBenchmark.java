package org.homeward.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.homeward.search.CaseSearch;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.Latencies;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;

/**
 * Dashboard and search latency at scale: loads the documents of N synthetic cases (default 100,000; about 30 events
 * and 4 assessments each) straight into the real indices with bulk requests, then times the outcomes dashboard (every
 * figure and chart, as the view asks for them) and the case search under several filters. This measures the queries
 * only; the projection and command path at that size are for issue 9's full benchmark. Run with
 * {@code ./mvnw -Pbenchmark -pl backend -am verify [-Dhomeward.benchmark.cases=N]}; it prints a table.
 */
@Tag("benchmark")
@IntegrationTest
class DashboardQueryBenchmark {

    private static final List<String> OFFICES = List.of("JKT", "NBO", "KLA", "ADD", "MNL");
    private static final List<String> NATIONALITIES = List.of("ID", "ID", "ID", "KE", "KE", "UG", "UG", "ET", "ET", "PH",
            "PH", "VN", "LK", "NP");
    private static final List<String> EXPLOITATION = List.of("MM", "MM", "MM", "KH", "KH", "LA");
    private static final List<String> SUPPORT = List.of("TRANSIT_ASSISTANCE", "ECONOMIC_SUPPORT", "SOCIAL_SUPPORT",
            "PSYCHOSOCIAL_SUPPORT", "BUSINESS_GRANT", "REFERRAL");
    private static final int[] PLAN = {1, 3, 6, 12, 18, 24};
    private static final int RUNS = 200;

    @Autowired
    ElasticsearchClient client;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    OutcomeFigures figures;
    @Autowired
    CaseSearch search;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final List<BulkRequest.Builder> pending = new ArrayList<>();
    private BulkRequest.Builder bulk = new BulkRequest.Builder();
    private int inBulk;
    private long documents;
    private final java.util.concurrent.ExecutorService sender = java.util.concurrent.Executors.newFixedThreadPool(2);
    private final java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(2);
    private final java.util.concurrent.atomic.AtomicReference<String> failure = new java.util.concurrent.atomic.AtomicReference<>();

    @Test
    void dashboardAndSearchLatencyAtScale() throws IOException {
        int cases = Integer.getInteger("homeward.benchmark.cases", 100_000);
        Random random = new Random(42);
        List<String> aliases = SearchFamily.ALL.stream().map(indexes::alias).toList();
        // as any bulk loader does: no refresh while loading, one at the end
        client.indices().putSettings(p -> p.index(aliases).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        long loadStart = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            syntheticCase(random, i);
        }
        flush();
        awaitSent();
        sender.shutdown();
        client.indices().putSettings(p -> p.index(aliases).settings(i -> i.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(aliases));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long indexed = client.count(c -> c.index(indexes.alias(SearchFamily.CASES))).count();
        assertThat(indexed).as("every case document is searchable").isGreaterThanOrEqualTo(cases);

        HomewardUser manager = new HomewardUser("benchmark-manager", "", "Benchmark manager", true,
                Set.of(Role.MANAGER), Set.copyOf(OFFICES));
        DashboardQueries timed = new DashboardQueries(figures, search, client, aliases, manager, today);
        double[] dashboard = timed.dashboards(RUNS);
        // each part alone, to see where the time goes
        Map<String, Supplier<?>> parts = new java.util.LinkedHashMap<>();
        parts.put("headline", () -> figures.headline(manager, OutcomeFilter.none(), today));
        parts.put("trajectory", () -> figures.trajectory(manager, OutcomeFilter.none(), "overall"));
        parts.put("cohorts", () -> figures.cohorts(manager, OutcomeFilter.none(), CohortDimension.NATIONALITY, AssessmentWindow.ANY));
        parts.put("compliance", () -> figures.followUpCompliance(manager, OutcomeFilter.none(), today));
        parts.put("support", () -> figures.supportDelivered(manager, OutcomeFilter.none(), today));
        StringBuilder byPart = new StringBuilder();
        parts.forEach((name, part) -> {
            double[] millis = timed.time(RUNS, part);
            byPart.append(String.format(Locale.ROOT, "  %s alone, no filter: median %.0f ms, 95th percentile %.0f ms%n",
                    name, percentile(millis, 50), percentile(millis, 95)));
        });
        double[] searches = timed.searches(RUNS);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, """

                === Dashboard query benchmark (%s, %d cores, Elasticsearch node of the test run) ===
                cases %,d · documents %,d · loaded by bulk in %.1f s (%,.0f documents/s)
                dashboard (all figures and charts, %d runs, 5 filters, request cache emptied before each): median %.0f ms, 95th percentile %.0f ms, max %.0f ms
                %scase search with facets (%d runs, 3 queries): median %.0f ms, 95th percentile %.0f ms, max %.0f ms
                test JVM heap used %d MiB of %d MiB
                %n""", ManagementFactory.getOperatingSystemMXBean().getName(), runtime.availableProcessors(), cases,
                documents, loadSeconds, documents / loadSeconds, RUNS, percentile(dashboard, 50), percentile(dashboard, 95),
                percentile(dashboard, 100), byPart, RUNS, percentile(searches, 50), percentile(searches, 95),
                percentile(searches, 100), (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static double percentile(double[] sorted, int p) {
        return Latencies.percentile(sorted, p);
    }

    /** One case's documents, shaped like the demo's synthetic journeys (see SyntheticJourney). */
    private void syntheticCase(Random random, int n) throws IOException {
        String caseId = new UUID(0x5EED, n).toString();
        String office = OFFICES.get(random.nextInt(OFFICES.size()));
        String reference = office + "-B" + n;
        String nationality = NATIONALITIES.get(random.nextInt(NATIONALITIES.size()));
        String sex = random.nextInt(10) < 6 ? "MALE" : "FEMALE";
        String exploited = EXPLOITATION.get(random.nextInt(EXPLOITATION.size()));
        LocalDate referredOn = today.minusDays(30 + random.nextInt(36 * 30));
        LocalDate returnedOn = random.nextInt(10) < 9 ? referredOn.plusDays(10 + random.nextInt(40)) : null;
        if (returnedOn != null && returnedOn.isAfter(today)) {
            returnedOn = null;
        }
        String returnQuarter = returnedOn == null ? null : DashboardQueries.quarter(returnedOn);
        boolean open = random.nextInt(10) < 7;
        Map<String, Object> cohort = new HashMap<>();
        cohort.put("office", office);
        cohort.put("nationality", nationality);
        cohort.put("sex", sex);
        cohort.put("returnedOn", text(returnedOn));
        cohort.put("returnQuarter", returnQuarter);
        cohort.put("exploitationCountries", List.of(exploited));

        List<Map<String, Object>> events = new ArrayList<>();
        event(events, caseId, reference, cohort, "CaseOpened", "casefile", referredOn, returnedOn);
        event(events, caseId, reference, cohort, "ExploitationRecorded", "identification", referredOn, returnedOn);
        event(events, caseId, reference, cohort, "ScreeningCompleted", "identification", referredOn.plusDays(2), returnedOn);
        event(events, caseId, reference, cohort, "ConsentRecorded", "identification", referredOn, returnedOn);
        for (int a = 0; a < 3; a++) {
            event(events, caseId, reference, cohort, "AssistanceProvided", "journey", referredOn.plusDays(a + 1), returnedOn)
                    .put("supportKind", "TRANSIT_ASSISTANCE");
        }
        List<Map<String, Object>> assessments = new ArrayList<>();
        List<Map<String, Object>> pendingFollowUps = new ArrayList<>();
        LocalDate nextDue = null;
        boolean grant = false;
        if (returnedOn != null) {
            event(events, caseId, reference, cohort, "ReturnedHome", "journey", returnedOn, returnedOn);
            for (int month : PLAN) {
                LocalDate due = returnedOn.plusMonths(month);
                Map<String, Object> scheduled = event(events, caseId, reference, cohort, "FollowUpScheduled", "followup",
                        returnedOn, returnedOn);
                scheduled.put("dueOn", text(due));
                LocalDate contact = due.plusDays(random.nextInt(15));
                if (!contact.isAfter(today)) {
                    boolean missed = random.nextInt(5) == 0;
                    scheduled.put("followUpOutcome", missed ? "MISSED" : "COMPLETED");
                    scheduled.put("resolvedOn", text(contact));
                    scheduled.put("daysLate", missed ? null : (int) ChronoUnit.DAYS.between(due, contact));
                    event(events, caseId, reference, cohort, missed ? "FollowUpMissed" : "FollowUpCompleted", "followup",
                            contact, returnedOn);
                    if (!missed) {
                        event(events, caseId, reference, cohort, "PsychosocialCheckInRecorded", "reintegration", contact,
                                returnedOn).put("supportKind", "PSYCHOSOCIAL_SUPPORT");
                    }
                } else {
                    scheduled.put("followUpOutcome", open ? "PENDING" : "CANCELLED");
                    if (open) {
                        pendingFollowUps.add(Map.of("followUpId", UUID.randomUUID().toString(), "purpose", "CHECK_IN",
                                "dueOn", text(due)));
                        nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
                    }
                }
            }
            for (int s = 0; s < 3; s++) {
                LocalDate on = returnedOn.plusDays(7 + random.nextInt(200));
                if (!on.isAfter(today)) {
                    event(events, caseId, reference, cohort, "EconomicSupportProvided", "reintegration", on, returnedOn)
                            .put("supportKind", SUPPORT.get(1 + random.nextInt(2)));
                }
            }
            grant = random.nextBoolean() && !returnedOn.plusDays(45).isAfter(today);
            if (grant) {
                event(events, caseId, reference, cohort, "BusinessGrantTrancheDisbursed", "reintegration",
                        returnedOn.plusDays(45), returnedOn).putAll(Map.of("supportKind", "BUSINESS_GRANT", "amount", 600.0,
                        "currency", "USD"));
                boolean operating = true;
                for (int month : new int[] {6, 12}) {
                    LocalDate on = returnedOn.plusMonths(month);
                    if (!on.isAfter(today)) {
                        operating = operating && random.nextInt(10) < 8;
                        event(events, caseId, reference, cohort, "BusinessStatusReported", "reintegration", on, returnedOn)
                                .put("kind", operating ? "OPERATING" : "CLOSED");
                    }
                }
            }
            double level = 0.2 + 0.3 * random.nextDouble();
            double step = random.nextInt(5) == 0 ? -0.05 : 0.08 * random.nextDouble();
            for (int month : new int[] {0, 3, 6, 12, 18, 24}) {
                LocalDate on = returnedOn.plusMonths(month);
                if (on.isAfter(today)) {
                    break;
                }
                double overall = Math.clamp(level + step * (month / 3.0) + 0.1 * random.nextGaussian(), 0, 1);
                Map<String, Object> assessment = new HashMap<>(cohort);
                assessment.putAll(Map.of("assessmentId", UUID.randomUUID().toString(), "caseId", caseId,
                        "reference", reference, "assessedOn", text(on), "monthsSinceReturn", month,
                        "scoredWith", "reintegration-sustainability-v1", "answeredScheme", "reintegration-sustainability-v1",
                        "economic", overall, "social", Math.clamp(overall + 0.1, 0, 1), "psychosocial", Math.clamp(overall - 0.05, 0, 1)));
                assessment.put("overall", overall);
                assessment.put("sustainable", overall >= 0.66);
                assessment.put("supportReceived", grant && month >= 2 ? List.of("BUSINESS_GRANT", "TRANSIT_ASSISTANCE")
                        : List.of("TRANSIT_ASSISTANCE"));
                assessments.add(assessment);
            }
        }
        Map<String, Object> document = new HashMap<>(cohort);
        document.remove("exploitationCountries");
        document.putAll(Map.of("caseId", caseId, "reference", reference, "status", open ? "OPEN" : "CLOSED",
                "officer", "officer-" + office.toLowerCase(Locale.ROOT) + "-" + random.nextInt(8), "birthYear", 1980 + random.nextInt(25),
                "referralSource", "IOM", "referredOn", text(referredOn), "consentToDataProcessing", true,
                "consentToDataSharing", false, "formsOfExploitation", List.of("FORCED_CRIMINALITY_ONLINE_SCAMS")));
        document.put("exploitationCountries", List.of(exploited));
        document.put("planAgreed", grant);
        document.put("supportKinds", grant ? List.of("BUSINESS_GRANT", "TRANSIT_ASSISTANCE") : List.of("TRANSIT_ASSISTANCE"));
        document.put("supportTotals", grant ? List.of(Map.of("kind", "BUSINESS_GRANT/TRANCHE", "currency", "USD",
                "amount", 600.0, "entries", 1)) : List.of());
        document.put("nextFollowUpDueOn", text(nextDue));
        document.put("pendingFollowUps", pendingFollowUps);
        document.put("followUpsCompleted", 0);
        document.put("followUpsMissed", 0);
        document.put("followUpsPending", pendingFollowUps.size());
        document.put("flags", List.of());
        document.put("eventCount", events.size());
        document.put("lastEventSequence", (long) events.size() - 1);
        document.put("searchText", reference + " " + office + " " + nationality + " " + exploited);
        index(SearchFamily.CASES, caseId, document);
        for (Map<String, Object> event : events) {
            index(SearchFamily.CASE_EVENTS, (String) event.get("eventId"), event);
        }
        for (Map<String, Object> assessment : assessments) {
            index(SearchFamily.ASSESSMENTS, (String) assessment.get("assessmentId"), assessment);
        }
    }

    private static Map<String, Object> event(List<Map<String, Object>> events, String caseId, String reference,
                                             Map<String, Object> cohort, String type, String stage, LocalDate on,
                                             LocalDate returnedOn) {
        Map<String, Object> event = new HashMap<>(cohort);
        event.putAll(Map.of("eventId", UUID.randomUUID().toString(), "caseId", caseId, "reference", reference,
                "sequence", (long) events.size(), "type", type, "stage", stage, "effectiveOn", on.toString(),
                "recordedBy", "benchmark"));
        if (returnedOn != null && !on.isBefore(returnedOn)) {
            event.put("monthsSinceReturn", (int) Math.round(ChronoUnit.DAYS.between(returnedOn, on) / 30.4375));
        }
        events.add(event);
        return event;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private void index(String family, String id, Map<String, Object> document) throws IOException {
        String alias = indexes.alias(family);
        bulk.operations(op -> op.index(i -> i.index(alias).id(id).document(document)));
        documents++;
        if (++inBulk == 5_000) {
            flush();
        }
    }

    /** Sends the bulk request in the background, two at a time (one shard indexes a request on one thread). */
    private void flush() throws IOException {
        if (inBulk == 0) {
            return;
        }
        BulkRequest request = bulk.build();
        bulk = new BulkRequest.Builder();
        inBulk = 0;
        inFlight.acquireUninterruptibly();
        sender.submit(() -> {
            try {
                BulkResponse response = client.bulk(request);
                response.items().stream().filter(item -> item.error() != null).findFirst()
                        .ifPresent(item -> failure.compareAndSet(null, item.error().reason()));
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e.toString());
            } finally {
                inFlight.release();
            }
        });
    }

    private void awaitSent() {
        inFlight.acquireUninterruptibly(2);
        inFlight.release(2);
        assertThat(failure.get()).as("bulk failure").isNull();
    }
}
