package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The PMO levels the demo project that has a clash: sees the proposal, discards it (nothing changes),
 * levels again and accepts (the dates change, the audit trail has the acceptance), then clears the leveling.
 */
@ServerTest
class LevelingBrowserTest {

    @LocalServerPort
    int port;

    /** The demo project the leveling demo data gave a parallel workshop. */
    private long clashingDemoProject(Api api) {
        for (JsonNode p : api.get("/api/v1/projects?size=100").json().get("items")) {
            long id = p.get("id").asLong();
            if (api.get("/api/v1/projects/" + id + "/tasks?q=Vendor%20workshop").json().get("total").asLong() > 0) {
                return id;
            }
        }
        throw new AssertionError("no demo project with the parallel vendor workshop");
    }

    private static String plannedStarts(Api api, long project) {
        StringBuilder starts = new StringBuilder();
        for (JsonNode t : api.get("/api/v1/projects/" + project + "/tasks?size=500").json().get("items")) {
            starts.append(t.get("id").asLong()).append('=').append(t.get("plannedStart").asString()).append(';');
        }
        return starts.toString();
    }

    private static void level(Browser browser) {
        browser.type(By.id("schedules"), "200");
        browser.click(By.id("level-button"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("accept-button")));
    }

    @Test
    void pmoLevelsADemoProjectDiscardsTheProposalThenLevelsAgainAndAccepts() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        Api pmo = Api.basic(port, "pmo", "sextant1");
        long project = clashingDemoProject(pmo);
        String before = plannedStarts(pmo, project);
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/projects/" + project);
            browser.click(By.id("nav-leveling"));
            browser.waitFor(By.id("leveling-form"));

            level(browser);
            String overallocations = browser.text(By.id("overallocations"));
            assertThat(overallocations).matches("[1-9]\\d* → 0");
            assertThat(browser.text(By.id("delayed-tasks"))).contains("% of").contains("was free");
            assertThat(browser.driver.findElements(By.cssSelector("#leveling-gantt rect.after-bar"))).isNotEmpty();
            browser.click(By.id("discard-button"));
            browser.waitFor(By.id("leveling-discarded"));
            assertThat(plannedStarts(pmo, project)).isEqualTo(before);
            assertThat(pmo.get("/api/v1/projects/" + project + "/leveling-starts").json().size()).isZero();

            level(browser);
            browser.click(By.id("accept-button"));
            browser.waitFor(By.id("leveling-accepted"));
            assertThat(browser.text(By.id("leveling-accepted"))).contains("tasks delayed");
            assertThat(plannedStarts(pmo, project)).isNotEqualTo(before);
            assertThat(pmo.get("/api/v1/projects/" + project + "/leveling-starts").json().size()).isPositive();
            JsonNode audit = pmo.get("/api/v1/audit?entityType=LevelingJob&projectId=" + project).json();
            assertThat(audit.get("items").toString()).contains("ACCEPTED").contains("pmo");

            browser.click(By.id("clear-leveling"));
            browser.waitForText(By.cssSelector(".alert-success"), "Cleared the leveling");
        }
        assertThat(pmo.get("/api/v1/projects/" + project + "/leveling-starts").json().size()).isZero();
        assertThat(plannedStarts(pmo, project)).isEqualTo(before);
    }
}
