package org.homeward.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download: this network reaches only
 * the package registries), with the flags that keep it off the network.
 */
public final class Chromium {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    public static WebDriver start() {
        return start(1280, 900);
    }

    /** A browser whose window has this size (a tall one shows a whole page in one screenshot). */
    public static WebDriver start(int width, int height) {
        String chromium = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        assertThat(new File(chromium)).as("Chromium (apt-get install chromium chromium-driver)").canRead();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=" + width + "," + height);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png} (CI copies them back). */
    public static void screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
