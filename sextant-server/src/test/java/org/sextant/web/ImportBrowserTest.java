package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sextant.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PMO uploads an MS Project file in the browser, sees the preview, confirms and opens the new project. */
@ServerTest
class ImportBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void uploadPreviewConfirmAndOpenTheProject() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        Path file = Path.of("../../shared/data/schedules/msproject/task-links-project2019-mspdi.xml").toAbsolutePath().normalize();
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/imports/new");
            browser.waitFor(By.id("import-file")).sendKeys(file.toString());
            browser.click(By.id("upload-button"));
            browser.waitFor(By.id("import-panel"));
            for (int i = 0; i < 120 && browser.driver.findElements(By.id("confirm-import")).isEmpty(); i++) {
                sleep();
                if (browser.driver.findElements(By.id("import-preview")).isEmpty()) {
                    browser.driver.navigate().refresh();
                }
            }
            assertThat(browser.text(By.id("import-preview"))).contains("MSPDI").contains("16");
            browser.click(By.id("confirm-import"));
            for (int i = 0; i < 240 && !browser.text(By.id("import-status")).contains("DONE"); i++) {
                sleep();
            }
            assertThat(browser.text(By.id("import-status"))).isEqualTo("DONE");
            browser.click(By.cssSelector(".import-project-link"));
            browser.waitFor(By.id("export-menu"));
            assertThat(browser.text(By.id("project-name"))).isNotBlank();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
