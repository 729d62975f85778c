package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PMO opens a resource from the resources page, makes them part time and records a half-day absence. */
@ServerTest
class AbsenceBrowserTest {

    @LocalServerPort
    int port;

    private static void date(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }

    @Test
    void pmoRecordsPartTimeAndAnAbsenceOnTheResourcePage() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        String name = TestData.unique("Pat Parttime");
        long resource = data.resource(name, null);
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/resources?q=" + name);
            browser.click(By.linkText(name));
            browser.waitFor(By.id("availability-form"));
            browser.type(By.id("maxUnits"), "0.6");
            browser.click(By.id("save-availability"));
            browser.waitForText(By.cssSelector(".alert-success"), "Saved the availability");
            date(browser, "absence-start", "2031-05-05");
            date(browser, "absence-finish", "2031-05-07");
            browser.type(By.id("absence-hours"), "4");
            browser.type(By.id("absence-reason"), "Course");
            browser.click(By.id("add-absence"));
            browser.waitForText(By.id("absences"), "Course");
            assertThat(browser.text(By.id("absences"))).contains("2031-05-05").contains("4").contains("h a day");
        }
        Api admin = data.admin();
        assertThat(admin.get("/api/v1/resources/" + resource).json().get("maxUnits").asDouble()).isEqualTo(0.6);
        assertThat(admin.get("/api/v1/resources/" + resource + "/absences").json().get("total").asLong()).isEqualTo(1);
    }
}
