package org.homeward.ui.resilience;


import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Officers' traffic against one or more nodes over the partner API: cases opened, then steps recorded on them from
 * several threads at once, each to a node picked at random, so that the same case gets concurrent commands through
 * different nodes. Every step carries a marker of its own (the assistance provider's name), so that the store can
 * be searched for each: an acknowledged step must be there exactly once, an unacknowledged one at most once.
 */
final class CaseTraffic implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String authorization;
    private final String office;
    private volatile List<AppNode> targets;
    private final List<String> cases = new CopyOnWriteArrayList<>();
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Set<String> attempted = ConcurrentHashMap.newKeySet();
    private final AtomicLong refused = new AtomicLong();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong unanswered = new AtomicLong();
    private final AtomicLong markers = new AtomicLong();
    private final String run = Long.toString(System.nanoTime(), 36);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    CaseTraffic(String authorization, String office, List<AppNode> targets) {
        this.authorization = authorization;
        this.office = office;
        this.targets = List.copyOf(targets);
    }

    /** Opens the cases the steps go to, retrying until a node takes each. */
    CaseTraffic openCases(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            String location = null;
            while (location == null) {
                HttpResponse<String> response = post(anyTarget(), "/api/cases", """
                        {"personalDetails": {"fullName": "Resilience Person %d", "phone": null}, "sex": "FEMALE",
                         "birthYear": 1999, "nationality": "ID", "office": "%s", "referralSource": "EMBASSY",
                         "referredOn": "2026-01-05", "consent": {"dataProcessing": true, "dataSharing": false}}"""
                        .formatted(i, office));
                if (response != null && response.statusCode() == 201) {
                    location = response.headers().firstValue("Location").orElseThrow();
                } else {
                    Thread.sleep(200);
                }
            }
            cases.add(location);
        }
        return this;
    }

    /** Starts recording steps from {@code threadCount} threads, {@code pauseMillis} apart in each. */
    CaseTraffic start(int threadCount, long pauseMillis) {
        running = true;
        for (int t = 0; t < threadCount; t++) {
            threads.add(Thread.ofPlatform().name("traffic-" + t).start(() -> {
                while (running) {
                    step();
                    if (pauseMillis > 0) {
                        try {
                            Thread.sleep(pauseMillis);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }));
        }
        return this;
    }

    private void step() {
        String marker = "traffic-" + run + "-" + markers.incrementAndGet();
        String caseUri = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
        attempted.add(marker);
        HttpResponse<String> response = post(anyTarget(), caseUri + "/assistance", """
                {"kind": "FOOD", "country": "TH", "provider": "%s", "cost": null, "providedOn": "2026-01-10"}"""
                .formatted(marker));
        if (response != null) {
            statuses.computeIfAbsent(response.statusCode(), status -> new AtomicLong()).incrementAndGet();
        }
        if (response == null) {
            unanswered.incrementAndGet();
        } else if (response.statusCode() == 201) {
            acknowledged.put(marker, caseUri.substring(caseUri.lastIndexOf('/') + 1));
        } else {
            refused.incrementAndGet();
        }
    }

    /** Sends the next steps to these nodes only (a node about to be killed, say, keeps none). */
    void target(List<AppNode> nodes) {
        this.targets = List.copyOf(nodes);
    }

    private AppNode anyTarget() {
        List<AppNode> now = targets;
        return now.get(ThreadLocalRandom.current().nextInt(now.size()));
    }

    /** The answer, or null when none came (connection refused or reset, time-out). */
    private HttpResponse<String> post(AppNode node, String path, String json) {
        try {
            return http.send(HttpRequest.newBuilder(node.base().resolve(path)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits until at least this many more steps have been acknowledged. */
    void awaitMore(long steps, Duration atMost) throws InterruptedException {
        long target = acknowledged.size() + steps;
        long until = System.nanoTime() + atMost.toNanos();
        while (acknowledged.size() < target) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Only " + acknowledged.size() + " steps acknowledged of " + target
                        + " awaited; refused " + refused + ", unanswered " + unanswered);
            }
            Thread.sleep(50);
        }
    }

    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
        threads.clear();
    }

    /** Marker of each acknowledged step, with its case. */
    Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    Set<String> attempted() {
        return Set.copyOf(attempted);
    }

    List<String> caseIds() {
        return cases.stream().map(uri -> uri.substring(uri.lastIndexOf('/') + 1)).toList();
    }

    /** How many steps got each HTTP status. */
    Map<Integer, Long> statuses() {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    long refused() {
        return refused.get();
    }

    long unanswered() {
        return unanswered.get();
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
