package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The Gantt chart of the project page in a real headless Chromium. */
@ServerTest
class GanttBrowserTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void browser() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    }

    @Test
    void aDemoProjectShowsBarsWithTheCriticalPathAndZoomChangesTheTimeScale() throws Exception {
        long project = demoProjectWithCriticalTasks();
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/projects/" + project);
            browser.waitFor(By.cssSelector("#gantt-chart[data-drawn='week'] svg.gantt-timeline"));
            assertThat(browser.driver.findElements(By.cssSelector("#gantt-chart .gantt-bar")).size()).isGreaterThan(5);
            assertThat(browser.driver.findElements(By.cssSelector("#gantt-chart .gantt-bar.critical")).size()).isPositive();
            assertThat(browser.driver.findElements(By.cssSelector("#gantt-chart .gantt-summary")).size()).isPositive();
            assertThat(browser.driver.findElements(By.cssSelector("#gantt-chart .gantt-milestone")).size()).isPositive();
            assertThat(browser.driver.findElements(By.cssSelector("#gantt-chart .gantt-link.critical")).size()).isPositive();
            assertThat(browser.text(By.id("schedule-state"))).isEqualTo("Up to date");
            browser.waitFor(By.cssSelector("#task-table .sched-float"));
            assertThat(browser.text(By.cssSelector("#task-table .sched-driving:not(:empty)"))).isNotBlank();
            double week = width(browser);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("window.scrollTo(0, document.getElementById('gantt-section').getBoundingClientRect().top + window.scrollY - 10);");
            screenshot(browser, "gantt");

            browser.click(By.id("gantt-zoom-month"));
            browser.waitFor(By.cssSelector("#gantt-chart[data-drawn='month']"));
            double month = width(browser);
            browser.click(By.id("gantt-zoom-day"));
            browser.waitFor(By.cssSelector("#gantt-chart[data-drawn='day']"));
            double day = width(browser);
            assertThat(month).isLessThan(week);
            assertThat(day).isGreaterThan(week * 2);
            assertThat(browser.driver.findElement(By.id("gantt-zoom-day")).getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(browser.driver.findElement(By.id("gantt-zoom-week")).getAttribute("aria-pressed")).isEqualTo("false");
        }
    }

    @Test
    void aLoopIsExplainedAboveTheChartNamingItsTasks() {
        TestData data = new TestData(port);
        long project = data.project(null);
        long phase = data.task(project, "Groundworks", 0);
        long survey = data.child(project, phase, "Soil survey");
        long permit = data.task(project, "Building permit", 480);
        data.link(project, survey, permit);
        data.link(project, permit, phase);
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/projects/" + project);
            browser.waitFor(By.id("schedule-problem"));
            assertThat(browser.text(By.id("schedule-problem-message"))).contains("loop").contains("'Soil survey'")
                    .contains("'Building permit'").contains("'Groundworks'");
            assertThat(browser.text(By.id("schedule-problem"))).contains("What to change");
            assertThat(browser.text(By.id("schedule-state"))).contains("Stale");
        }
    }

    private static double width(Browser browser) {
        WebElement svg = browser.driver.findElement(By.cssSelector("#gantt-chart svg.gantt-timeline"));
        return Double.parseDouble(svg.getAttribute("width"));
    }

    private long demoProjectWithCriticalTasks() {
        Api admin = Api.basic(port, "admin", "sextant1");
        JsonNode projects = admin.get("/api/v1/projects?q=PRJ-&size=50&sort=code").json().get("items");
        for (JsonNode p : projects) {
            long id = p.get("id").asLong();
            JsonNode schedule = admin.get("/api/v1/projects/" + id + "/schedule").json();
            if (schedule.get("state").get("criticalTasks").asInt() > 0 && !schedule.get("state").get("stale").asBoolean()
                    && schedule.get("tasks").size() > 10) {
                return id;
            }
        }
        throw new AssertionError("no scheduled demo project with critical tasks");
    }

    private static void screenshot(Browser browser, String name) throws Exception {
        Path shot = ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

}
