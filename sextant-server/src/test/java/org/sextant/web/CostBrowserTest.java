package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A project manager adds a budget line and records an expense on the Costs page of a real headless Chromium. */
@ServerTest
class CostBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void projectManagerAddsABudgetLineAndAnExpenseAndSeesThemOnTheCostsPage() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        long projmgr = 0;
        for (JsonNode u : data.admin().get("/api/v1/users?q=projmgr").json().get("items")) {
            if (u.get("username").asString().equals("projmgr")) {
                projmgr = u.get("id").asLong();
            }
        }
        long project = data.project(projmgr);
        data.task(project, "Build the test rig", 4800);

        try (Browser browser = new Browser(port)) {
            browser.signIn("projmgr", "sextant1");
            browser.open("/projects/" + project);
            browser.click(By.id("nav-costs"));
            browser.waitFor(By.id("costs-title"));
            assertThat(browser.text(By.id("budget-lines"))).contains("No budget lines yet");

            browser.type(By.id("bl-period"), "2027-03");
            new Select(browser.driver.findElement(By.id("bl-category"))).selectByVisibleText("Services");
            new Select(browser.driver.findElement(By.id("bl-spend"))).selectByVisibleText("Capex");
            browser.type(By.id("bl-amount"), "12000");
            browser.type(By.id("bl-description"), "Integration partner");
            browser.click(By.id("add-budget-line"));
            browser.waitForText(By.cssSelector(".alert-success"), "Added a budget line");
            assertThat(browser.text(By.id("budget-lines"))).contains("2027-03").contains("Services").contains("Capex")
                    .contains("12,000.00").contains("Integration partner");
            assertThat(browser.text(By.id("kpi-budget"))).contains("12,000");

            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('ex-day').value = '2027-03-10';");
            new Select(browser.driver.findElement(By.id("ex-category"))).selectByVisibleText("Materials");
            new Select(browser.driver.findElement(By.id("ex-task"))).selectByVisibleText("Build the test rig");
            browser.type(By.id("ex-amount"), "850.50");
            browser.type(By.id("ex-description"), "Test rig parts");
            browser.click(By.id("add-expense"));
            browser.waitForText(By.cssSelector(".alert-success"), "Recorded an expense");
            assertThat(browser.text(By.id("expenses"))).contains("2027-03-10").contains("Materials")
                    .contains("Build the test rig").contains("850.50").contains("Test rig parts");
            assertThat(browser.text(By.id("kpi-actual"))).contains("850");
            assertThat(browser.text(By.id("category-MATERIALS"))).contains("850");
            assertThat(browser.text(By.id("cost-months"))).contains("2027-03");
            browser.waitFor(By.cssSelector("#cost-chart svg"));

            new Select(browser.driver.findElement(By.id("eac"))).selectByValue("BOTTOM_UP");
            browser.click(By.id("apply-eac"));
            browser.waitForText(By.id("kpi-forecast"), "Actual cost plus");
        }
        assertThat(data.admin().get("/api/v1/projects/" + project).json().get("actualCost").asDouble()).isEqualTo(850.5);
    }
}
