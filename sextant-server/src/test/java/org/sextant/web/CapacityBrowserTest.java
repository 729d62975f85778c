package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The capacity heatmap renders in a real headless Chromium, filters by department and drills down to tasks. */
@ServerTest
class CapacityBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void pmoOpensTheCapacityHeatmapFromTheResourcesPageAndSeesTheGridDrawn() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "sextant1");
            browser.open("/resources");
            browser.click(By.id("capacity-link"));
            browser.waitFor(By.cssSelector("#capacity-heatmap[data-rendered='true']"));
            assertThat(browser.text(By.id("capacity-status"))).contains("rows ×").contains("periods");
            assertThat(browser.text(By.id("capacity-kpis"))).containsIgnoringCase("Utilisation");
            assertThat(browser.driver.findElements(By.cssSelector("#capacity-heatmap canvas"))).isNotEmpty();
        }
    }

    /** Clicks the heatmap cell of row {@code y} (counted from the bottom) and period {@code x}. */
    private static void clickCell(Browser browser, int x, int y) {
        WebElement chart = browser.driver.findElement(By.id("capacity-heatmap"));
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", chart);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) browser.driver).executeScript(
                "var el = arguments[0]; var p = echarts.getInstanceByDom(el).convertToPixel({seriesIndex: 0}, "
                        + "[arguments[1], arguments[2]]); return [p[0], p[1], el.clientWidth, el.clientHeight];",
                chart, x, y);
        int dx = (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2);
        int dy = (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2);
        new Actions(browser.driver).moveToElement(chart, dx, dy).click().perform();
    }

    @Test
    void pmoFiltersTheHeatmapByDepartmentAndDrillsDownFromACellToTheTaskAndItsProject() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        Api admin = data.admin();
        String departmentName = TestData.unique("Heatmap dept");
        long department = TestData.created(admin.post("/api/v1/departments",
                Map.of("code", TestData.unique("HM"), "name", departmentName)));
        String name = TestData.unique("Drill Dana");
        long resource = TestData.created(admin.post("/api/v1/resources", Map.of("name", name, "departmentId", department)));
        long project = data.project(null);
        String taskName = TestData.unique("Overloaded build");
        long task = TestData.created(admin.post("/api/v1/projects/" + project + "/tasks", Map.of("name", taskName,
                "durationMinutes", 2400, "plannedStart", "2027-01-04T08:00:00")));
        data.assign(task, resource, 3000);
        TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project, "resourceId", resource,
                "start", "2027-01-04", "finish", "2027-01-08", "unit", "HOURS", "amount", 6, "firmness", "SOFT")));

        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/capacity?from=2027-01-04&to=2027-01-31&unit=week");
            browser.waitFor(By.cssSelector("#capacity-heatmap[data-rendered='true']"));
            new Select(browser.driver.findElement(By.id("department"))).selectByVisibleText(departmentName);
            browser.click(By.cssSelector("#capacity-filters button[type='submit']"));
            browser.waitForText(By.id("capacity-status"), "1 rows × 4 periods");
            assertThat(browser.text(By.id("capacity-status"))).contains("1 over-allocated cells");

            for (int attempt = 0; attempt < 5 && !browser.driver.findElement(By.id("capacity-drilldown")).isDisplayed();
                    attempt++) {
                clickCell(browser, 0, 0);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            browser.waitFor(By.id("capacity-drilldown"));
            browser.waitForText(By.cssSelector("#capacity-drilldown tbody"), taskName);
            assertThat(browser.text(By.id("capacity-drilldown-title"))).contains(name).contains("50 h assigned")
                    .contains("6 h soft").contains("40 h");
            assertThat(browser.text(By.cssSelector("#capacity-drilldown tbody"))).contains("Task").contains("Soft allocation");
            // the same without a pointer: row and period chosen in the form below the chart
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelector('#capacity-drilldown tbody').replaceChildren();");
            new Select(browser.driver.findElement(By.id("drill-period"))).selectByIndex(1);
            browser.click(By.id("drill-button"));
            browser.waitForText(By.id("capacity-drilldown-title"), "0 h assigned");
            new Select(browser.driver.findElement(By.id("drill-period"))).selectByIndex(0);
            browser.click(By.id("drill-button"));
            browser.waitForText(By.cssSelector("#capacity-drilldown tbody"), taskName);
            browser.click(By.cssSelector("#capacity-drilldown tbody a[href='/projects/" + project + "']"));
            browser.waitFor(By.id("nav-leveling"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/projects/" + project);
        }
    }
}
