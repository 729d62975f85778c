package org.sextant.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the system chromedriver (no downloads), with a fresh profile
 * per browser. Closing it quits the browser and deletes the profile.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    final WebDriver driver;
    private final Path profile;
    private final String base;

    Browser(int port) {
        try {
            profile = Files.createTempDirectory("sextant-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run", "--force-prefers-reduced-motion",
                "--window-size=1440,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1440, 900));
        base = "http://localhost:" + port;
    }

    static boolean available() {
        return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    }

    void open(String path) {
        driver.get(base + path);
    }

    void signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("sign-in"));
        waitFor(By.id("sign-out"));
    }

    void signOut() {
        click(By.id("sign-out"));
        waitFor(By.id("sign-in"));
    }

    /**
     * Scrolls the element to the middle of the window at once (Bootstrap makes scrolling smooth, and a
     * click measured during the animation lands on whatever passes under the pointer) and clicks it,
     * retrying for up to ten seconds while htmx or a loaded machine still moves things.
     */
    void click(By locator) {
        org.openqa.selenium.WebDriverException last = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                WebElement element = waitFor(locator);
                ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
                element.click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                last = e;
                sleep();
            }
        }
        throw last;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void type(By field, String text) {
        WebElement element = driver.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The element's text, read again when htmx replaced the element between finding and reading it. */
    String text(By locator) {
        for (int attempt = 0; attempt < 40; attempt++) {
            try {
                return driver.findElement(locator).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                sleep();
            }
        }
        return driver.findElement(locator).getText();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
