package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.sextant.earnedvalue.EarnedValueFixture;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The earned value pages in a real headless Chromium, on projects built through the API. */
@ServerTest
class EarnedValueBrowserTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void browser() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    }

    @Test
    void aProjectManagerOpensEarnedValueFromTheProjectAndSeesTheFiguresAndTheSCurve() {
        TestData data = new TestData(port);
        EarnedValueFixture fixture = EarnedValueFixture.create(data, null, null, true);
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/projects/" + fixture.project);
            browser.click(By.id("nav-earned-value"));
            browser.waitFor(By.cssSelector("#ev-scurve[data-drawn='true'] svg"));
            assertThat(browser.text(By.id("kpi-pv"))).contains("6,000 EUR");
            assertThat(browser.text(By.id("kpi-ev"))).contains("5,000 EUR");
            assertThat(browser.text(By.id("kpi-spi"))).contains("0.83");
            assertThat(browser.text(By.id("kpi-es"))).contains("2.5 wk of 3.0 wk");
            assertThat(browser.text(By.id("ev-scurve"))).contains("Planned value (PV)").contains("BAC");
            assertThat(browser.text(By.id("ev-tasks"))).contains("A").contains("B");

            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('statusDate').value = '2027-01-15';");
            browser.click(By.id("ev-apply"));
            browser.waitFor(By.cssSelector("#ev-scurve[data-drawn='true'] svg"));
            assertThat(browser.driver.getCurrentUrl()).contains("statusDate=2027-01-15");
            assertThat(browser.text(By.id("kpi-pv"))).contains("4,000 EUR");
        }
    }

    @Test
    void aProjectWithoutBaselineExplainsWhatEarnedValueNeeds() {
        TestData data = new TestData(port);
        long project = data.project(null);
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/projects/" + project + "/earned-value");
            assertThat(browser.text(By.id("ev-empty"))).contains("No baseline 0 yet").contains("baseline")
                    .contains("progress");
            assertThat(browser.driver.findElements(By.id("ev-scurve"))).isEmpty();
            browser.click(By.id("ev-save-baseline"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/projects/" + project + "/baselines");
        }
    }

    @Test
    void aProgramRollUpListsItsProjectsSortableByCpiAndSpi() {
        TestData data = new TestData(port);
        long portfolio = data.portfolio();
        long program = TestData.created(data.admin().post("/api/v1/programs",
                Map.of("portfolioId", portfolio, "name", TestData.unique("EV browser program"))));
        EarnedValueFixture.create(data, portfolio, program, true);
        EarnedValueFixture.create(data, portfolio, program, false);
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/programs/" + program);
            browser.click(By.id("program-earned-value"));
            browser.waitFor(By.cssSelector("#ev-scurve[data-drawn='true'] svg"));
            assertThat(browser.text(By.id("kpi-spi"))).contains("0.83");
            assertThat(browser.driver.findElements(By.cssSelector("#ev-projects tbody tr"))).hasSize(1);
            assertThat(browser.text(By.id("ev-excluded"))).contains("hours");
            browser.click(By.id("sort-spi"));
            assertThat(browser.driver.getCurrentUrl()).contains("sort=spi");
            browser.waitFor(By.cssSelector("#ev-projects th[aria-sort='ascending'] #sort-spi"));
        }
    }
}
