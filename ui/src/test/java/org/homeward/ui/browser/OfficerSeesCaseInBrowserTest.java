package org.homeward.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser (Debian's headless Chromium, driven by Selenium through Debian's chromedriver) against the running
 * application: an officer signs in and sees a case that a partner system opened through the API.
 */
@IntegrationTest
class OfficerSeesCaseInBrowserTest {


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
    void officerSignsInAndSeesACaseOpenedThroughTheApi() {
        ApiClient.Response created = new ApiClient(port).post("/api/cases", TestUsers.JAKARTA_OFFICER,
                ApiClient.newCaseJson("Browser Person", "JKT"));
        assertThat(created.status()).isEqualTo(201);
        String reference = created.json().get("reference").asString();

        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement username = wait.until(page -> page.findElement(By.name("username")));
        screenshot("login");
        username.sendKeys(TestUsers.JAKARTA_OFFICER);
        browser.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();

        // The projection is asynchronous: keep reloading the list until the case shows, without fixed sleeps.
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(page -> {
            if (page.findElements(By.id("cases-grid")).isEmpty()) {
                return false;
            }
            boolean shown = page.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .anyMatch(cell -> reference.equals(cell.getText()));
            if (!shown) {
                page.navigate().refresh();
            }
            return shown;
        });
        assertThat(browser.findElement(By.id("current-user")).getText()).contains(TestUsers.JAKARTA_OFFICER);
        assertThat(browser.getPageSource()).doesNotContain("Browser Person");
        screenshot("cases");

        browser.get("http://localhost:" + port + "/cases/new");
        wait.until(page -> !page.findElements(By.id("consent-processing")).isEmpty());
        screenshot("open-case");
    }

    @Test
    void officerFindsACaseByReferenceInTheSearchView() {
        ApiClient.Response created = new ApiClient(port).post("/api/cases", TestUsers.JAKARTA_OFFICER,
                ApiClient.newCaseJson("Searched Person", "JKT"));
        String reference = created.json().get("reference").asString();

        chromium.signIn(port, "/search", TestUsers.JAKARTA_OFFICER);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(page -> !page.findElements(By.id("search-text")).isEmpty());

        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(page -> {
            WebElement input = page.findElement(By.cssSelector("#search-text input"));
            input.clear();
            input.sendKeys(reference);
            try {
                return new WebDriverWait(page, Duration.ofSeconds(3)).until(p -> p.findElement(By.id("search-total"))
                        .getText().equals("Cases found: 1"));
            } catch (org.openqa.selenium.TimeoutException notIndexedYet) {
                return false;
            }
        });
        wait.until(page -> page.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> reference.equals(cell.getText())));
        assertThat(browser.getPageSource()).doesNotContain("Searched Person");
        screenshot("search");
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
