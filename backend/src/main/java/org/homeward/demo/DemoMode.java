package org.homeward.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.homeward.casefile.CaseOpening;
import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.OpenedCase;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.security.HomewardUser;
import org.homeward.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Fills an empty installation with demo users and a synthetic caseload, through the same path officers use. */
@Component
@Profile(DemoMode.PROFILE)
public class DemoMode {

    public static final String PROFILE = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final DemoUsers users;
    private final UserAccounts accounts;
    private static final long SEED = 20261122L;

    private final CaseOpening opening;
    private final CaseRecording recording;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ScoringSchemes schemes;
    private final FollowUpPlan plan;

    DemoMode(DemoUsers users, UserAccounts accounts, CaseOpening opening, CaseRecording recording, JdbcClient jdbc,
             Clock clock, ScoringSchemes schemes, FollowUpPlan plan) {
        this.recording = recording;
        this.users = users;
        this.accounts = accounts;
        this.opening = opening;
        this.jdbc = jdbc;
        this.clock = clock;
        this.schemes = schemes;
        this.plan = plan;
    }

    /** Records the cases as their officer, signed in for the while: the services admit no one else. */
    private int record(SyntheticCaseload caseload, List<SyntheticCase> cases, HomewardUser officer) {
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        try {
            int steps = 0;
            for (SyntheticCase synthetic : cases) {
                OpenedCase opened = opening.open(synthetic.referral(), officer);
                for (Object step : caseload.steps(synthetic, opened.caseId())) {
                    recording.record(opened.caseId(), step, officer);
                    steps++;
                }
            }
            return steps;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        users.createMissing();
        if (jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // the demo has officers in Jakarta and Nairobi: the caseload of those two offices, three years of it
        SyntheticCaseload caseload = new SyntheticCaseload(SEED, today, schemes.newest(), plan, Set.of("JKT", "NBO"), 3);
        List<SyntheticCase> cases = caseload.cases(40);
        int steps = record(caseload, cases.stream().filter(c -> c.referral().office().equals("JKT")).toList(),
                accounts.loadUserByUsername("officer"))
                + record(caseload, cases.stream().filter(c -> c.referral().office().equals("NBO")).toList(),
                accounts.loadUserByUsername("officer2"));
        log.info("Demo mode: recorded a synthetic caseload of 40 cases with {} later steps; sign in as officer / demo", steps);
    }
}
