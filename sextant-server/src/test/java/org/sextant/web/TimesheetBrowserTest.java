package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The timesheet round trip in a real headless Chromium: fill, submit, reject, fix, resubmit, approve, locked. */
@ServerTest
class TimesheetBrowserTest {

    private static final String WEEK = "2027-02-01";

    @LocalServerPort
    int port;

    @Test
    void memberSubmitsAWeekManagerRejectsItMemberFixesItAndTheApprovedWeekIsLocked() {
        Assumptions.assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        TestData data = new TestData(port);
        String member = TestData.unique("ts-browser");
        long memberId = data.user(member, "TEAM_MEMBER");
        JsonNode users = data.admin().get("/api/v1/users?q=projmgr").json().get("items");
        long projmgr = 0;
        for (JsonNode u : users) {
            if (u.get("username").asString().equals("projmgr")) {
                projmgr = u.get("id").asLong();
            }
        }
        long project = data.project(projmgr);
        long task = data.task(project, "Write the test plan", 4800);
        data.assign(task, data.resource(TestData.unique("Browser member"), memberId), 4800);
        String monday = "h-" + task + "-0";
        String tuesday = "h-" + task + "-1";

        try (Browser browser = new Browser(port)) {
            browser.signIn(member, "sextant1");
            browser.open("/timesheets?week=" + WEEK);
            browser.waitFor(By.id("timesheet-table"));
            assertThat(browser.text(By.id("timesheet-state"))).isEqualTo("Draft");
            // the task is planned in January, so the member adds it to this February week from their assignments
            browser.click(By.id("add-row"));
            browser.waitFor(By.id(monday));
            browser.type(By.id(monday), "7.3");
            browser.type(By.id(tuesday), "6.5");
            assertThat(browser.text(By.id("week-total"))).as("totals follow the typing").isEqualTo("13.8");
            browser.click(By.id("save-timesheet"));
            browser.waitForText(By.id(monday + "-error"), "quarter hours");
            browser.type(By.id(monday), "8");
            browser.click(By.id("submit-timesheet"));
            browser.waitForText(By.id("timesheet-state"), "Submitted");
            assertThat(browser.text(By.id("week-total"))).isEqualTo("14.5");
            assertThat(browser.driver.findElements(By.id(monday))).as("submitted hours are locked").isEmpty();
            browser.signOut();

            long part = Api.basic(port, member, "sextant1").get("/api/v1/timesheets/mine?week=" + WEEK).json()
                    .get("parts").get(0).get("id").asLong();
            browser.signIn("projmgr", "sextant1");
            browser.open("/timesheets/approvals");
            browser.waitFor(By.id("approval-" + part));
            browser.click(By.id("reject-" + part));
            browser.waitForText(By.id("reason-" + part + "-error"), "Say why");
            browser.type(By.id("reason-" + part), "Tuesday was a holiday for the team; move those hours to Wednesday.");
            browser.click(By.id("reject-" + part));
            browser.waitForText(By.id("approval-message"), "Rejected");
            browser.signOut();

            browser.signIn(member, "sextant1");
            browser.open("/timesheets?week=" + WEEK);
            browser.waitForText(By.id("timesheet-state"), "Rejected");
            assertThat(browser.text(By.cssSelector(".rejection-reason"))).contains("move those hours to Wednesday");
            browser.type(By.id(tuesday), "");
            browser.type(By.id("h-" + task + "-2"), "6.5");
            browser.click(By.id("submit-timesheet"));
            browser.waitForText(By.id("timesheet-state"), "Submitted");
            browser.signOut();

            browser.signIn("projmgr", "sextant1");
            browser.open("/timesheets/approvals");
            browser.click(By.id("approve-" + part));
            browser.waitForText(By.id("approval-message"), "Approved");
            assertThat(browser.driver.findElements(By.id("approval-" + part))).isEmpty();
            browser.signOut();

            browser.signIn(member, "sextant1");
            browser.open("/timesheets?week=" + WEEK);
            browser.waitForText(By.id("timesheet-state"), "Approved");
            assertThat(browser.driver.findElements(By.id(monday))).as("approved hours are locked").isEmpty();
            assertThat(browser.driver.findElements(By.id("submit-timesheet"))).isEmpty();
            assertThat(browser.text(By.id("row-" + task))).contains("8").contains("6.5");
        }
        long actual = data.admin().get("/api/v1/tasks/" + task + "/assignments").json().get("items").get(0)
                .get("actualWorkMinutes").asLong();
        assertThat(actual).isEqualTo(870);
    }
}
