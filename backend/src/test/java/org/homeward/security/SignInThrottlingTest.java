package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Guessing passwords: five failures in a row lock the name, the right password then gets nothing, and all is audited. */
@IntegrationTest
class SignInThrottlingTest {

    private static final String GUESSED = "officer-guessed";
    private static final String SEARCH = "/api/search";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveFailedSignInsInARowLockTheNameWhateverPasswordComesNext() {
        if (!accounts.exists(GUESSED)) {
            accounts.create(GUESSED, TestUsers.PASSWORD, "Guessed officer", Set.of(Role.OFFICER), Set.of("JKT"));
        }
        ApiClient api = new ApiClient(port);
        assertThat(api.getWithPassword(SEARCH, GUESSED, TestUsers.PASSWORD).status()).isEqualTo(200);
        for (int guess = 1; guess <= 4; guess++) {
            assertThat(api.getWithPassword(SEARCH, GUESSED, "guess " + guess).status()).isEqualTo(401);
        }
        assertThat(api.getWithPassword(SEARCH, GUESSED, TestUsers.PASSWORD).status())
                .as("a success before the fifth failure starts the count again").isEqualTo(200);
        for (int guess = 1; guess <= 5; guess++) {
            assertThat(api.getWithPassword(SEARCH, GUESSED, "guess " + guess).status()).isEqualTo(401);
        }
        assertThat(api.getWithPassword(SEARCH, GUESSED, TestUsers.PASSWORD).status()).as("locked").isEqualTo(401);
        assertThat(api.get(SEARCH, TestUsers.JAKARTA_OFFICER).status()).as("other users are not locked").isEqualTo(200);

        assertThat(kinds(GUESSED)).containsExactly("SIGN_IN_REFUSED_LOCKED", "LOCKED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
                "SIGN_IN_FAILED");
        var events = api.get("/api/admin/audit/security-events", TestUsers.ADMIN).json();
        assertThat(events.valueStream().filter(event -> event.get("username").asString().equals(GUESSED)))
                .allSatisfy(event -> assertThat(event.get("remoteAddress").asString()).isEqualTo("127.0.0.1"))
                .hasSize(11);

        // once the lock runs out (here: moved into the past), the right password works again
        jdbc.sql("update login_failure set locked_until = locked_until - interval '1 day' where username = :name")
                .param("name", GUESSED).update();
        assertThat(api.getWithPassword(SEARCH, GUESSED, TestUsers.PASSWORD).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from login_failure where username = :name").param("name", GUESSED)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void unknownNamesAreCountedAndLockedTooSoProbingNamesTellsNothing() {
        ApiClient api = new ApiClient(port);
        for (int guess = 1; guess <= 6; guess++) {
            assertThat(api.getWithPassword(SEARCH, "nobody-here", "guess " + guess).status()).isEqualTo(401);
        }
        assertThat(kinds("nobody-here")).as("exactly as for a known name").containsExactly("SIGN_IN_REFUSED_LOCKED",
                "LOCKED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED");
    }

    @Test
    void onceANameHasFailedGuessesSentSideBySideAreHeldBack() throws Exception {
        String name = "officer-guessed-in-parallel";
        if (!accounts.exists(name)) {
            accounts.create(name, TestUsers.PASSWORD, "Guessed in parallel", Set.of(Role.OFFICER), Set.of("JKT"));
        }
        ApiClient api = new ApiClient(port);
        assertThat(api.getWithPassword(SEARCH, name, "a first wrong guess").status()).isEqualTo(401);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(12)) {
            var guesses = java.util.stream.IntStream.range(0, 24)
                    .mapToObj(guess -> pool.submit(() -> api.getWithPassword(SEARCH, name, "parallel guess " + guess).status()))
                    .toList();
            for (var guess : guesses) {
                assertThat(guess.get()).isEqualTo(401);
            }
        }
        assertThat(api.getWithPassword(SEARCH, name, TestUsers.PASSWORD).status()).as("locked").isEqualTo(401);
        // once the name has failed, each attempt is counted before its password is tried
        assertThat(kinds(name)).as("at most five passwords were tried").filteredOn("SIGN_IN_FAILED"::equals)
                .hasSizeBetween(1, 5);
    }

    @Test
    void aPartnersParallelRequestsUnderOneNameAreNeverRefused() throws Exception {
        ApiClient api = new ApiClient(port);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(12)) {
            var requests = java.util.stream.IntStream.range(0, 24)
                    .mapToObj(request -> pool.submit(() -> api.get(SEARCH, TestUsers.SECOND_JAKARTA_OFFICER).status()))
                    .toList();
            for (var request : requests) {
                assertThat(request.get()).isEqualTo(200);
            }
        }
    }

    private List<String> kinds(String username) {
        return jdbc.sql("select kind from security_event where username = :name order by id desc")
                .param("name", username).query(String.class).list();
    }
}
