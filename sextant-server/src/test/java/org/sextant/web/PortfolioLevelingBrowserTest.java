package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The PMO levels a portfolio scenario from the portfolio page: two active projects share one person;
 * the proposal resolves the clash, the PMO discards it (nothing changes), levels again and accepts.
 */
@ServerTest
class PortfolioLevelingBrowserTest {

    private static final long WEEK = 5 * 480;

    @LocalServerPort
    int port;

    /** Clicks through the DOM: under load the page may still be scrolling or swapping the panel. */
    private static void press(Browser browser, By button) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].click();",
                browser.waitFor(button));
    }

    private static void level(Browser browser) {
        browser.type(By.id("schedules"), "50");
        press(browser, By.id("level-button"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-button")));
    }

    private static String start(Api api, long task) {
        return api.get("/api/v1/tasks/" + task).json().get("plannedStart").asString();
    }

    @Test
    void pmoLevelsAPortfolioScenarioDiscardsTheProposalThenLevelsAgainAndAccepts() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        Api admin = data.admin();
        long portfolio = data.portfolio();
        long resource = data.resource(TestData.unique("Scenario person"), null);
        long[] tasks = new long[2];
        for (int i = 0; i < 2; i++) {
            long project = TestData.created(admin.post("/api/v1/projects", Map.of("code", TestData.unique("SC"),
                    "name", TestData.unique("Scenario project"), "portfolioId", portfolio, "priority", 800 - 300 * i,
                    "plannedStart", "2027-01-04", "plannedFinish", "2027-12-31")));
            tasks[i] = data.task(project, "Scenario work " + i, WEEK);
            data.assign(tasks[i], resource, WEEK);
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/?portfolio=" + portfolio);
            press(browser, By.id("portfolio-leveling"));
            browser.waitFor(By.id("scenario-projects"));
            assertThat(browser.driver.findElements(By.cssSelector("input.scenario-project:checked"))).hasSize(2);

            level(browser);
            assertThat(browser.text(By.id("overallocations"))).isEqualTo("5 → 0");
            assertThat(browser.text(By.id("finish-changes"))).contains("Scenario project");
            assertThat(browser.text(By.id("delayed-tasks"))).contains("Scenario work 1");
            press(browser, By.id("discard-button"));
            browser.waitFor(By.id("leveling-discarded"));
            assertThat(start(admin, tasks[1])).isEqualTo("2027-01-04T08:00:00");

            level(browser);
            press(browser, By.id("accept-button"));
            browser.waitFor(By.id("leveling-accepted"));
            assertThat(browser.text(By.id("leveling-accepted"))).contains("1 tasks delayed");
        }
        assertThat(start(admin, tasks[1])).isEqualTo("2027-01-11T08:00:00");
        assertThat(start(admin, tasks[0])).isEqualTo("2027-01-04T08:00:00");
        JsonNode audit = admin.get("/api/v1/audit?entityType=LevelingJob").json();
        assertThat(audit.get("items").toString()).contains("PORTFOLIO");
    }
}
