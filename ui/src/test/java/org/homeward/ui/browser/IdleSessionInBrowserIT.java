package org.homeward.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A signed-in page left open: its heartbeat keeps calling the server, yet after the idle timeout (one minute here)
 * the session ends, and the next step asks for the password again. Also: the session id changes at sign-in.
 * Its timeouts need an application context of its own, which must not run beside the suite's shared one (both would
 * project into the same indices): it runs as an integration test, in the failsafe JVM.
 */
@IntegrationTest
@TestPropertySource(properties = {"server.servlet.session.timeout=60s", "vaadin.heartbeatInterval=5"})
class IdleSessionInBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.sized(1280, 900);

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = chromium.browser();
    }

    @Test
    void anIdlePageIsSignedOutAlthoughItsHeartbeatGoesOn() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/search");
        wait.until(page -> page.findElement(By.name("username"))).sendKeys(TestUsers.JAKARTA_OFFICER);
        String before = sessionId();
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
        wait.until(page -> !page.findElements(By.tagName("vaadin-app-layout")).isEmpty());
        assertThat(sessionId()).as("a new session id at sign-in").isNotEqualTo(before);
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(cookie.isSecure()).isTrue();

        // nobody touches the page; its heartbeat calls the server every 5 s. Once the server ends the idle session
        // the page reloads by itself: the sign-in form must come back (only the page is read while waiting).
        Instant idleSince = Instant.now();
        new WebDriverWait(browser, Duration.ofSeconds(150), Duration.ofSeconds(2))
                .until(page -> !page.findElements(By.name("username")).isEmpty());
        assertThat(Duration.between(idleSince, Instant.now())).as("not before the idle timeout")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(55));
        chromium.screenshot("idle-session-signed-out");
    }

    private String sessionId() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }
}
