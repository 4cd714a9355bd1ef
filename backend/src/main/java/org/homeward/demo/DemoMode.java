package org.homeward.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.homeward.casefile.CaseOpening;
import org.homeward.security.HomewardUser;
import org.homeward.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Fills an empty installation with demo users and a synthetic caseload, through the same path officers use. */
@Component
@Profile(DemoMode.PROFILE)
public class DemoMode {

    public static final String PROFILE = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);

    private final DemoUsers users;
    private final UserAccounts accounts;
    private final CaseOpening opening;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoMode(DemoUsers users, UserAccounts accounts, CaseOpening opening, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.opening = opening;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        users.createMissing();
        if (jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single() > 0) {
            return;
        }
        SyntheticCaseload caseload = new SyntheticCaseload(20261122L, LocalDate.now(clock));
        HomewardUser jakarta = accounts.loadUserByUsername("officer");
        HomewardUser nairobi = accounts.loadUserByUsername("officer2");
        caseload.cases("JKT", List.of("ID"), 24).forEach(newCase -> opening.open(newCase, jakarta));
        caseload.cases("NBO", List.of("KE", "KE", "UG", "ET"), 16).forEach(newCase -> opening.open(newCase, nairobi));
        log.info("Demo mode: recorded a synthetic caseload of 40 cases; sign in as officer / demo");
    }
}
