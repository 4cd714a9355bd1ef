package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.ApiClient.Response;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators create users, keep them out and let them back in, and lift a sign-in lock; nobody else may. */
@IntegrationTest
class UserAdminApiTest {

    private static final String ADMIN = TestUsers.ADMIN;
    private static final String NEW_PASSWORD = "a long enough first password";

    @LocalServerPort
    int port;

    @Test
    void anAdministratorCreatesAnOfficerWhoCanThenSignInUntilDisabled() {
        ApiClient api = new ApiClient(port);
        Response created = api.post("/api/admin/users", ADMIN, """
                {"username": "officer-new", "displayName": "New Officer", "password": "%s",
                 "roles": ["OFFICER"], "offices": ["JKT"]}""".formatted(NEW_PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/admin/users/officer-new");
        assertThat(created.body()).doesNotContain(NEW_PASSWORD).doesNotContain("passwordHash").doesNotContain("$2");
        assertThat(api.getWithPassword("/api/search", "officer-new", NEW_PASSWORD).status()).isEqualTo(200);

        assertThat(api.post("/api/admin/users/officer-new/disable", ADMIN, "").json().get("enabled").asBoolean()).isFalse();
        assertThat(api.getWithPassword("/api/search", "officer-new", NEW_PASSWORD).status()).isEqualTo(401);
        assertThat(api.post("/api/admin/users/officer-new/enable", ADMIN, "").json().get("enabled").asBoolean()).isTrue();
        assertThat(api.getWithPassword("/api/search", "officer-new", NEW_PASSWORD).status()).isEqualTo(200);

        for (int guess = 1; guess <= 5; guess++) {
            api.getWithPassword("/api/search", "officer-new", "guess " + guess);
        }
        assertThat(api.get("/api/admin/users/officer-new", ADMIN).json().get("locked").asBoolean()).isTrue();
        assertThat(api.getWithPassword("/api/search", "officer-new", NEW_PASSWORD).status()).isEqualTo(401);
        assertThat(api.delete("/api/admin/users/officer-new/lock", ADMIN).status()).isEqualTo(204);
        assertThat(api.getWithPassword("/api/search", "officer-new", NEW_PASSWORD).status()).isEqualTo(200);

        assertThat(api.get("/api/admin/audit/security-events", ADMIN).json().valueStream()
                .filter(event -> event.get("username").asString().equals("officer-new") && !event.get("actor").isNull())
                .map(event -> event.get("kind").asString() + " by " + event.get("actor").asString()))
                .containsExactly("USER_UNLOCKED by " + ADMIN, "USER_ENABLED by " + ADMIN, "USER_DISABLED by " + ADMIN,
                        "USER_CREATED by " + ADMIN);
        assertThat(fields(api.post("/api/admin/users/" + ADMIN + "/disable", ADMIN, ""))).as("the last administrator")
                .containsExactly("username");

        Response users = api.get("/api/admin/users", ADMIN);
        assertThat(users.json().valueStream().map(user -> user.get("username").asString())).contains("officer-new", ADMIN);
        assertThat(users.body()).doesNotContain("$2");
    }

    @Test
    void badUsersAreRefusedFieldByFieldAndNobodyButAdministratorsManagesThem() {
        ApiClient api = new ApiClient(port);
        assertThat(fields(api.post("/api/admin/users", ADMIN, """
                {"username": "X", "displayName": "", "password": "short", "roles": [], "offices": ["ZZZ"]}""")))
                .containsExactlyInAnyOrder("username", "displayName", "password", "roles", "offices");
        assertThat(fields(api.post("/api/admin/users", ADMIN, """
                {"username": "manager-officeless", "displayName": "M", "password": "%s", "roles": ["MANAGER"], "offices": []}"""
                .formatted(NEW_PASSWORD)))).containsExactly("offices");
        assertThat(fields(api.post("/api/admin/users", ADMIN, """
                {"username": "%s", "displayName": "Taken", "password": "%s", "roles": ["ADMIN"], "offices": []}"""
                .formatted(TestUsers.JAKARTA_OFFICER, NEW_PASSWORD)))).containsExactly("username");
        assertThat(api.post("/api/admin/users", ADMIN, """
                {"username": "role-less", "displayName": "R", "password": "%s", "roles": ["KING"], "offices": []}"""
                .formatted(NEW_PASSWORD)).status()).isEqualTo(400);
        assertThat(fields(api.post("/api/admin/users", ADMIN, """
                {"username": "long-password", "displayName": "L", "password": "%s", "roles": ["ADMIN"], "offices": []}"""
                .formatted("é".repeat(40))))).as("80 bytes, more than bcrypt reads").containsExactly("password");
        assertThat(api.post("/api/admin/users/nobody-at-all/disable", ADMIN, "").status()).isEqualTo(404);
        assertThat(api.get("/api/admin/users", TestUsers.JAKARTA_OFFICER).status()).isEqualTo(403);
        assertThat(api.post("/api/admin/users", TestUsers.MANAGER, "{}").status()).isEqualTo(403);
        assertThat(api.getWithPassword("/api/search", "role-less", NEW_PASSWORD).status()).as("nothing was created").isEqualTo(401);
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
