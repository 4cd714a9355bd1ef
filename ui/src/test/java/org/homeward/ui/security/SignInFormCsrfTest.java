package org.homeward.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CSRF protection stays on for the views, sign-in included: a sign-in posted without the page's token (as a forged
 * cross-site form would be) is refused and signs nobody in; with the token it signs in, under a new session id, in a
 * cookie that is HttpOnly, Secure and SameSite=Strict. (The cookie is carried by hand: Java's cookie store keeps a
 * Secure cookie off plain HTTP, as it should.)
 */
@IntegrationTest
class SignInFormCsrfTest {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSignInWithoutThePagesTokenIsRefused() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = TOKEN.matcher(page.body());
        assertThat(token.find()).as("the sign-in page carries its CSRF token").isTrue();
        String session = sessionCookie(page).orElseThrow();

        HttpResponse<String> forged = http.send(signIn(session, null), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Location")).as("not sent on as signed in").isEmpty();
        HttpResponse<String> wrongToken = http.send(signIn(session, "forged-token"), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongToken.statusCode()).isEqualTo(403);

        HttpResponse<String> genuine = http.send(signIn(session, token.group(1)), HttpResponse.BodyHandlers.ofString());
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(genuine.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotContain("login");
        String signedIn = sessionCookie(genuine).orElseThrow();
        assertThat(signedIn).as("the session id changes at sign-in").isNotEqualTo(session);
        assertThat(genuine.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "Secure", "SameSite=Strict"));
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(uri("/search")).header("Cookie", "JSESSIONID=" + signedIn)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(view.statusCode()).as("signed in").isEqualTo(200);

        // and everything else keeps Spring's CSRF check: a forged sign-out is refused, the genuine one works
        HttpResponse<String> forgedSignOut = http.send(post("/logout", signedIn, ""), HttpResponse.BodyHandlers.ofString());
        assertThat(forgedSignOut.statusCode()).isEqualTo(403);
        assertThat(get("/search", signedIn).statusCode()).as("still signed in").isEqualTo(200);
        Matcher pageToken = TOKEN.matcher(get("/search", signedIn).body());
        assertThat(pageToken.find()).isTrue();
        HttpResponse<String> signOut = http.send(post("/logout", signedIn,
                "_csrf=" + URLEncoder.encode(pageToken.group(1), StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(get("/search", signedIn).statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void disablingAUserEndsTheSessionTheyHaveOpen() throws Exception {
        org.homeward.testsupport.ApiClient api = new org.homeward.testsupport.ApiClient(port);
        String name = "officer-to-disable";
        assertThat(api.post("/api/admin/users", TestUsers.ADMIN, """
                {"username": "%s", "displayName": "To be disabled", "password": "%s", "roles": ["OFFICER"], "offices": ["JKT"]}"""
                .formatted(name, TestUsers.PASSWORD)).status()).isEqualTo(201);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + name + "&password=" + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(post("/login", sessionCookie(page).orElseThrow(), form),
                HttpResponse.BodyHandlers.ofString());
        String session = sessionCookie(signedIn).orElseThrow();
        assertThat(get("/search", session).statusCode()).isEqualTo(200);

        assertThat(api.post("/api/admin/users/" + name + "/disable", TestUsers.ADMIN, "").status()).isEqualTo(200);
        HttpResponse<String> after = get("/search", session);
        assertThat(after.statusCode()).as("the open session ended").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).doesNotEndWith("/search");
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest post(String path, String session, String form) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session).POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private HttpRequest signIn(String session, String csrfToken) {
        String form = "username=" + TestUsers.JAKARTA_OFFICER + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)
                + (csrfToken == null ? "" : "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(found -> found.group(1)).findFirst();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
