package org.homeward.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;

import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * An officer's day in Debian's headless Chromium: sign in, open the follow-ups due, record a check-in on an overdue
 * case and see it leave the list and appear on the case's timeline; try to open a case without consent and be
 * refused. Every view is photographed at desktop width and at 768 px (a tablet), and must not scroll sideways there.
 */
@IntegrationTest
class OfficersDayInBrowserTest {

    private static final String OFFICER = TestUsers.JAKARTA_OFFICER;

    @RegisterExtension
    final Chromium chromium = Chromium.sized(1280, 900);

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = chromium.browser();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void signIn(String path) {
        chromium.signIn(port, path, OFFICER);
    }

    @Test
    void recordsACheckInOnAnOverdueCaseFromTheWorklist() {
        ApiClient api = new ApiClient(port);
        ApiClient.Response opened = api.post("/api/cases", OFFICER, ApiClient.newCaseJson("Day Person", "JKT"));
        String caseId = opened.json().get("caseId").asString();
        String reference = opened.json().get("reference").asString();
        LocalDate returned = LocalDate.now().minusDays(70);
        assertThat(api.post("/api/cases/" + caseId + "/returned-home", OFFICER, """
                {"returnedOn": "%s", "province": "Somewhere", "district": "Nowhere"}""".formatted(returned)).status())
                .isEqualTo(201);
        JsonNode overdue = api.get("/api/cases/" + caseId, OFFICER).json().get("followUps").valueStream()
                .filter(followUp -> followUp.get("status").asString().equals("SCHEDULED"))
                .filter(followUp -> LocalDate.parse(followUp.get("dueOn").asString()).isBefore(LocalDate.now().minusDays(7)))
                .findFirst().orElseThrow(() -> new AssertionError("the return home schedules an overdue follow-up"));
        String button = "check-in-" + overdue.get("followUpId").asString();

        signIn("/follow-ups");
        // The projection is asynchronous: reload the worklist until the case's row shows, without fixed sleeps.
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(1)).until(page -> {
            boolean shown = !page.findElements(By.id(button)).isEmpty();
            if (!shown) {
                page.navigate().refresh();
            }
            return shown;
        });
        screenshot("worklist");
        int due = Integer.parseInt(browser.findElement(By.id("worklist-total")).getText().replaceAll("\\D+", ""));
        browser.findElement(By.id(button)).click();
        // The row leaves the list at once: one follow-up fewer is due, and its button is no longer shown.
        wait.until(page -> page.findElement(By.id("worklist-total")).getText().endsWith(": " + (due - 1)));
        wait.until(page -> page.findElements(By.id(button)).stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed));
        screenshot("worklist-after-check-in");

        browser.get("http://localhost:" + port + "/cases/" + caseId);
        wait.until(page -> !page.findElements(By.id("timeline")).isEmpty());
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Follow-up contact");
        assertThat(browser.findElement(By.id("case-title")).getText()).isEqualTo(reference);
        screenshot("case-page");
        browser.findElement(By.id("case-actions")).findElements(By.tagName("vaadin-menu-bar-button")).getFirst().click();
        wait.until(page -> !page.findElements(By.tagName("vaadin-menu-bar-item")).isEmpty());
        screenshot("case-actions");

        browser.get("http://localhost:" + port + "/");
        wait.until(page -> !page.findElements(By.id("cases-grid")).isEmpty());
        screenshot("caseload");

        tablet();
        for (String path : new String[] {"/", "/follow-ups", "/cases/" + caseId, "/search", "/cases/new"}) {
            browser.get("http://localhost:" + port + path);
            wait.until(page -> !page.findElements(By.cssSelector("vaadin-app-layout")).isEmpty());
            wait.until(page -> ((JavascriptExecutor) page).executeScript("return document.readyState").equals("complete"));
            Long overflow = (Long) ((JavascriptExecutor) browser).executeScript("""
                    const layout = document.querySelector('vaadin-app-layout');
                    const parts = [...layout.shadowRoot.querySelectorAll('[part~="content"], [content], main')];
                    const view = [...layout.children].filter(child => !child.hasAttribute('slot'));
                    const inner = [...parts, ...view].map(e => e.scrollWidth - e.clientWidth);
                    return Math.max(document.documentElement.scrollWidth - window.innerWidth, ...inner);""");
            assertThat(overflow).as(path + " scrolls sideways at 768 px").isLessThanOrEqualTo(0);
            screenshot("tablet-" + (path.equals("/") ? "caseload" : path.startsWith("/cases/") && !path.endsWith("new")
                    ? "case-page" : path.substring(1).replace('/', '-')));
        }
    }

    @Test
    void openingACaseWithoutConsentIsRefused() {
        signIn("/cases/new");
        wait.until(page -> !page.findElements(By.id("consent-processing")).isEmpty());
        browser.findElement(By.cssSelector("#full-name input")).sendKeys("Refused Person");
        // Clicked by script: at 900 px the button sits under the bottom edge, where a click lands on the layout.
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(); arguments[0].click();",
                browser.findElement(By.id("save")));
        wait.until(page -> page.findElement(By.id("consent-processing")).getAttribute("invalid") != null);
        assertThat(browser.getPageSource()).contains("only with the person");
        assertThat(browser.getCurrentUrl()).contains("/cases/new");
        screenshot("open-case-refused");
    }

    private void tablet() {
        browser.manage().window().setSize(new Dimension(768, 1024));
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
