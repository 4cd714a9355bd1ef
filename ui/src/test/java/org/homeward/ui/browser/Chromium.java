package org.homeward.ui.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Properties;

import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * JUnit extension for the real-browser tests: one headless Chromium per test JVM (starting one costs seconds),
 * handed to each test that asks for it with a clean sheet (no cookies, so signed out; the window at the size the
 * test wants), and closed when the JVM's tests are done. Register it with
 * {@code @RegisterExtension final Chromium chromium = Chromium.sized(1280, 900);} and call {@link #browser()}.
 *
 * <p>The browser is Debian's Chromium and the chromedriver of the same release, which the build provides
 * ({@code .mvn/provide-chromium.sh}, named by {@code homeward.browser.properties}) or {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} name: no browser download (this network reaches only the package registries). Flags keep it
 * off the network. A test that cannot get a browser fails; it is never skipped.
 */
public final class Chromium implements AfterEachCallback {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PAGE_WAIT = Duration.ofSeconds(30);
    private static WebDriver shared;

    private final Dimension size;
    private WebDriver browser;

    private Chromium(int width, int height) {
        this.size = new Dimension(width, height);
    }

    /** A browser whose window has this size (a tall one shows a whole page in one screenshot). */
    public static Chromium sized(int width, int height) {
        return new Chromium(width, height);
    }

    /** The JVM's browser, signed out, its window at this extension's size. */
    public WebDriver browser() {
        if (browser == null) {
            browser = shared();
            browser.manage().window().setSize(size);
        }
        return browser;
    }

    /** Opens the path, signs in on the form it shows, and leaves the browser on the page that follows. */
    public void signIn(int port, String path, String username) {
        WebDriver page = browser();
        page.get("http://localhost:" + port + path);
        new WebDriverWait(page, PAGE_WAIT).until(it -> it.findElement(By.name("username"))).sendKeys(username);
        page.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
        page.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} (CI copies them back). */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser()).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser == null) {
            return;
        }
        try {
            // the cookies of the application's origin (the session) go while its page is still open
            browser.manage().deleteAllCookies();
            browser.get("about:blank");
        } catch (WebDriverException crashed) {
            closeShared();
        } finally {
            browser = null;
        }
    }

    private static synchronized WebDriver shared() {
        if (shared != null) {
            try {
                shared.getWindowHandle();
            } catch (WebDriverException gone) {
                closeShared();
            }
        }
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::closeShared, "stop-chromium"));
        }
        return shared;
    }

    private static synchronized void closeShared() {
        if (shared != null) {
            try {
                shared.quit();
            } catch (WebDriverException alreadyGone) {
                // nothing left to stop
            }
            shared = null;
        }
    }

    private static WebDriver start() {
        Programs programs = Programs.find();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(programs.chromium());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(programs.driver()))
                .build(), options);
    }

    /** Where Chromium and its chromedriver are: the environment's choice, else what the build provided. */
    record Programs(String chromium, String driver) {

        static Programs find() {
            String chromium = System.getenv("CHROME_BIN");
            String driver = System.getenv("CHROMEDRIVER");
            if (chromium == null || driver == null) {
                Properties provided = provided();
                chromium = provided.getProperty("chromium");
                driver = provided.getProperty("chromedriver");
            }
            for (String program : new String[] {chromium, driver}) {
                if (program == null || !new File(program).canExecute()) {
                    throw new IllegalStateException("No usable Chromium or chromedriver (" + program + "): run the "
                            + "tests through ./mvnw verify, which provides them, or set CHROME_BIN and CHROMEDRIVER");
                }
            }
            return new Programs(chromium, driver);
        }

        private static Properties provided() {
            String file = System.getProperty("homeward.browser.properties");
            Properties properties = new Properties();
            if (file == null || !Files.isReadable(Path.of(file))) {
                throw new IllegalStateException("The build did not provide Chromium (" + file + " is missing): run "
                        + "the tests through ./mvnw verify, or set CHROME_BIN and CHROMEDRIVER");
            }
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }
    }
}
