package org.homeward.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.homeward.casefile.CaseOpening;
import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.OpenedCase;
import org.homeward.demo.SyntheticCase;
import org.homeward.demo.SyntheticCaseload;
import org.homeward.security.HomewardUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records synthetic cases through the services the API and the views call (method security, sealing of personal
 * data, Axon's command gateway, the aggregate's rules, the JDBC event store), as each case's officer. Several
 * threads each record one case at a time, its steps in order; optionally paced by permits, one per command.
 */
final class CommandLoad {

    /** Told of every step acknowledged, with the identifier of its event and the moment it was acknowledged. */
    interface Acknowledged {
        void recorded(String eventId, long acknowledgedAtNanos);
    }

    record Result(long commands, long cases, double seconds, List<Throwable> failures) {
        double commandsPerSecond() {
            return commands / seconds;
        }
    }

    private final SyntheticCaseload caseload;
    private final CaseOpening opening;
    private final CaseRecording recording;
    private final Map<String, HomewardUser> officers;

    CommandLoad(SyntheticCaseload caseload, CaseOpening opening, CaseRecording recording, Map<String, HomewardUser> officers) {
        this.caseload = caseload;
        this.opening = opening;
        this.recording = recording;
        this.officers = officers;
    }

    /**
     * Records the next {@code cases} referrals (fewer if {@code stop} is set first).
     *
     * @param pace one permit per command, or null for as fast as it goes
     */
    Result run(Iterator<SyntheticCase> referrals, long cases, int threads, Semaphore pace, AtomicBoolean stop,
               Acknowledged acknowledged) throws InterruptedException {
        AtomicLong commands = new AtomicLong();
        AtomicLong taken = new AtomicLong();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = Thread.ofPlatform().name("benchmark-load-" + t).start(() -> {
                while (!stop.get() && failures.size() < 10) {
                    SyntheticCase next;
                    synchronized (referrals) {
                        if (taken.get() >= cases || !referrals.hasNext()) {
                            return;
                        }
                        taken.incrementAndGet();
                        next = referrals.next();
                    }
                    try {
                        record(next, pace, stop, commands, acknowledged);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Result(commands.get(), taken.get(), (System.nanoTime() - start) / 1e9, List.copyOf(failures));
    }

    private void record(SyntheticCase synthetic, Semaphore pace, AtomicBoolean stop, AtomicLong commands,
                        Acknowledged acknowledged) throws InterruptedException {
        HomewardUser officer = officers.get(synthetic.referral().office());
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        try {
            if (pace != null) {
                pace.acquire();
            }
            OpenedCase opened = opening.open(synthetic.referral(), officer);
            commands.incrementAndGet();
            for (Object step : caseload.steps(synthetic, opened.caseId())) {
                if (stop.get()) {
                    return;
                }
                if (pace != null) {
                    pace.acquire();
                }
                String eventId = recording.record(opened.caseId(), step, officer);
                long at = System.nanoTime();
                commands.incrementAndGet();
                if (acknowledged != null) {
                    acknowledged.recorded(eventId, at);
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
