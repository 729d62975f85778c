package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The PMO keeps the resource pool in the UI: adds a skill to the catalogue, creates a person with that
 * skill, books them to a project for two weeks, and finds the booking on the heatmap filtered by the skill.
 */
@ServerTest
class ResourcePoolBrowserTest {

    @LocalServerPort
    int port;

    private static void date(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }

    @Test
    void pmoCreatesAResourceWithASkillBooksAnAllocationAndSeesItOnTheHeatmap() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        String projectCode = admin.get("/api/v1/projects/" + project).json().get("code").asString();
        String skillName = TestData.unique("Elixir");
        String name = TestData.unique("Erin Elixir");
        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/resources");
            browser.click(By.id("skills-link"));
            browser.type(By.id("new-skill-name"), skillName);
            browser.type(By.id("new-skill-category"), "Software");
            browser.click(By.id("add-skill"));
            browser.waitForText(By.cssSelector(".alert-success"), "Added skill " + skillName);
            long skill = admin.get("/api/v1/skills?q=" + skillName).json().get("items").get(0).get("id").asLong();

            browser.open("/resources");
            browser.click(By.id("new-resource"));
            browser.waitFor(By.id("resource-form"));
            browser.click(By.id("save-resource"));
            browser.waitFor(By.id("name-error"));
            assertThat(browser.text(By.id("name-error"))).contains("Name is required");
            browser.type(By.id("name"), name);
            new Select(browser.driver.findElement(By.id("kind"))).selectByValue("PERSON");
            browser.type(By.id("maxUnits"), "0.8");
            new Select(browser.driver.findElement(By.id("skill-" + skill))).selectByValue("4");
            browser.click(By.id("save-resource"));
            browser.waitForText(By.cssSelector(".alert-success"), "Created resource " + name);
            assertThat(browser.text(By.id("resource-skills"))).contains(skillName).contains("4");

            browser.click(By.id("resource-allocations"));
            browser.waitFor(By.id("allocation-form"));
            new Select(browser.driver.findElement(By.id("projectId"))).selectByVisibleText(projectCode + " "
                    + admin.get("/api/v1/projects/" + project).json().get("name").asString());
            date(browser, "start", "2031-03-03");
            date(browser, "finish", "2031-03-14");
            browser.type(By.id("amount"), "50");
            new Select(browser.driver.findElement(By.id("unit"))).selectByValue("PERCENT");
            new Select(browser.driver.findElement(By.id("firmness"))).selectByValue("HARD");
            browser.click(By.id("save-allocation"));
            browser.waitForText(By.cssSelector(".alert-success"), "Booked " + name);
            assertThat(browser.text(By.id("allocations"))).contains(projectCode).contains("2031-03-03").contains("50 %")
                    .contains("hard");

            browser.open("/capacity?from=2031-03-03&to=2031-03-30&unit=week&groupBy=resource&skill=" + skill);
            browser.waitFor(By.cssSelector("#capacity-heatmap[data-rendered='true']"));
            assertThat(browser.text(By.id("capacity-status"))).startsWith("1 rows × 4 periods");
            @SuppressWarnings("unchecked")
            List<Object> rowNames = (List<Object>) ((JavascriptExecutor) browser.driver).executeScript(
                    "return echarts.getInstanceByDom(document.getElementById('capacity-heatmap')).getOption().yAxis[0].data;");
            assertThat(rowNames).containsExactly(name);
        }
        JsonNode resource = admin.get("/api/v1/resources?q=" + name.replace(" ", "%20")).json().get("items").get(0);
        assertThat(resource.get("maxUnits").asDouble()).isEqualTo(0.8);
        JsonNode grid = admin.get("/api/v1/capacity?from=2031-03-03&to=2031-03-16&unit=week&skill="
                + resource.get("skills").get(0).get("skillId").asLong()).json();
        // 0.8 × 40 h = 32 h capacity a week; half of it is booked hard
        assertThat(grid.get("rows").get(0).get("cells").get(0).get("hard").asDouble()).isEqualTo(16.0);
        assertThat(admin.get("/api/v1/audit?entityType=Allocation").json().get("items").toString()).contains("pmo");
    }
}
