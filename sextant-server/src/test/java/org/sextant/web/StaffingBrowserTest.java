package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PMO staffs an open role demand from the capacity page: ranked suggestions, one click to assign. */
@ServerTest
class StaffingBrowserTest {

    @LocalServerPort
    int port;

    /** Clicks through the DOM: the heatmap above may still be resizing when the button is clicked. */
    private static void press(Browser browser, By button) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].click();",
                browser.waitFor(button));
    }

    @Test
    void pmoAsksForSuggestionsForARoleDemandAndAssignsTheBestPersonWithOneClick() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        Api admin = data.admin();
        long skill = TestData.created(admin.post("/api/v1/skills", Map.of("name", TestData.unique("Kotlin"))));
        long role = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Kotlin developer"),
                "kind", "ROLE", "skills", List.of(Map.of("skillId", skill, "proficiency", 3)))));
        String name = TestData.unique("Kim Kotlin");
        long person = TestData.created(admin.post("/api/v1/resources", Map.of("name", name,
                "skills", List.of(Map.of("skillId", skill, "proficiency", 4)))));
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        long demand = TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", data.project(null),
                "resourceId", role, "start", monday.toString(), "finish", monday.plusDays(4).toString(), "unit", "HOURS",
                "amount", 16, "firmness", "SOFT")));

        try (Browser browser = new Browser(port)) {
            browser.signIn("pmo", "sextant1");
            browser.open("/capacity");
            browser.waitFor(By.cssSelector("#capacity-heatmap[data-rendered='true']"));
            press(browser, By.id("suggest-" + demand));
            browser.waitFor(By.id("assign-" + person));
            assertThat(browser.text(By.id("candidates-" + demand))).contains(name).contains("fits");
            press(browser, By.id("assign-" + person));
            browser.waitForText(By.id("candidates-" + demand), "is booked");
        }
        assertThat(admin.get("/api/v1/allocations/" + demand).json().get("resourceId").asLong()).isEqualTo(person);
    }

    @Test
    void aProjectManagerStaffsATaskAssignedToARoleWithAQualifiedPersonFromTheCapacityPage() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        Api admin = data.admin();
        String manager = TestData.unique("sbpm");
        long project = data.project(data.user(manager, "PROJECT_MANAGER"));
        long skill = TestData.created(admin.post("/api/v1/skills", Map.of("name", TestData.unique("Scala"))));
        long role = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Scala developer"),
                "kind", "ROLE", "skills", List.of(Map.of("skillId", skill, "proficiency", 4)))));
        String name = TestData.unique("Sam Scala");
        long person = TestData.created(admin.post("/api/v1/resources", Map.of("name", name,
                "skills", List.of(Map.of("skillId", skill, "proficiency", 4)))));
        long novice = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Nova Scala"),
                "skills", List.of(Map.of("skillId", skill, "proficiency", 2)))));
        long task = data.task(project, "Rewrite in Scala", 5 * 480);
        long assignment = data.assign(task, role, 24 * 60);

        try (Browser browser = new Browser(port)) {
            browser.signIn(manager, "sextant1");
            browser.open("/capacity?from=2027-01-04&to=2027-01-31");
            browser.waitFor(By.cssSelector("#capacity-heatmap[data-rendered='true']"));
            assertThat(browser.text(By.id("role-task-" + assignment))).contains("Rewrite in Scala");
            press(browser, By.id("suggest-assignment-" + assignment));
            browser.waitFor(By.id("assign-task-" + person));
            assertThat(browser.text(By.id("assignment-candidates-" + assignment))).contains(name).contains("fits");
            assertThat(browser.driver.findElements(By.id("assign-task-" + novice))).isEmpty();
            press(browser, By.id("assign-task-" + person));
            browser.waitForText(By.id("assignment-candidates-" + assignment), "is assigned to the task");
        }
        assertThat(admin.get("/api/v1/assignments/" + assignment).json().get("resourceId").asLong()).isEqualTo(person);
    }

    @Test
    void aProjectManagerStaffsARoleFromTheProjectsTeamSection() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        Api admin = data.admin();
        String manager = TestData.unique("sbteam");
        long project = data.project(data.user(manager, "PROJECT_MANAGER"));
        long skill = TestData.created(admin.post("/api/v1/skills", Map.of("name", TestData.unique("Go"))));
        long role = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Go developer"),
                "kind", "ROLE", "skills", List.of(Map.of("skillId", skill, "proficiency", 3)))));
        String name = TestData.unique("Gil Go");
        long person = TestData.created(admin.post("/api/v1/resources", Map.of("name", name,
                "skills", List.of(Map.of("skillId", skill, "proficiency", 3)))));
        long assignment = data.assign(data.task(project, "Write the gateway", 3 * 480), role, 8 * 60);

        try (Browser browser = new Browser(port)) {
            browser.signIn(manager, "sextant1");
            browser.open("/projects/" + project);
            press(browser, By.id("staff-role-" + role));
            press(browser, By.id("suggest-assignment-" + assignment));
            browser.waitFor(By.id("assign-task-" + person));
            assertThat(browser.text(By.id("assignment-candidates-" + assignment))).contains(name);
            press(browser, By.id("assign-task-" + person));
            browser.waitForText(By.id("assignment-candidates-" + assignment), "is assigned to the task");
        }
        assertThat(admin.get("/api/v1/assignments/" + assignment).json().get("resourceId").asLong()).isEqualTo(person);
    }
}
