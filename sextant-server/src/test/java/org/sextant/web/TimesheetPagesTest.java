package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The timesheet pages over real HTTP (no browser): what they render, refuse and validate. */
@ServerTest
class TimesheetPagesTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoMemberSeesTheirWeekGridWithLabelledCells() {
        WebSession member = WebSession.signIn(port, "member", "sextant1");
        WebSession.Page page = member.get("/timesheets?week=2027-01-04");
        assertThat(page.status()).as(page.html()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"timesheet-table\"").contains("Week of Monday 4 January 2027")
                .contains("Previous week").doesNotContain("id=\"approvals-link\"");
    }

    @Test
    void aCellThatIsNotANumberIsShownAgainWithItsMessageAndNothingIsSaved() {
        TestData data = new TestData(port);
        String username = TestData.unique("ts-page");
        long user = data.user(username, "TEAM_MEMBER");
        long project = data.project(null);
        long task = data.task(project, "Paint the fence", 2400);
        data.assign(task, data.resource(TestData.unique("Page member"), user), 2400);
        WebSession session = WebSession.signIn(port, username, "sextant1");
        session.get("/timesheets?week=2027-03-01");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("week", "2027-03-01");
        form.put("version", "0");
        form.put("task", String.valueOf(task));
        form.put("h-" + task + "-0", "eight");
        form.put("h-" + task + "-1", "30");
        form.put("action", "save");
        WebSession.Page answer = session.htmxPost("/timesheets", form);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html()).contains("id=\"h-" + task + "-0-error\"").contains("Enter hours as a number")
                .contains("value=\"eight\"");
        form.put("h-" + task + "-0", "8");
        WebSession.Page rule = session.htmxPost("/timesheets", form);
        assertThat(rule.html()).contains("id=\"h-" + task + "-1-error\"").contains("more than a day");
        form.put("h-" + task + "-1", "3");
        WebSession.Page saved = session.htmxPost("/timesheets", form);
        assertThat(saved.html()).contains("Saved.").contains("id=\"week-total\">11<");
    }

    @Test
    void theApprovalQueueShowsTheDemoWeekAwaitingTheProjectManagerAndIsRefusedToMembers() {
        WebSession manager = WebSession.signIn(port, "projmgr", "sextant1");
        WebSession.Page page = manager.get("/timesheets/approvals");
        assertThat(page.status()).as(page.html()).isEqualTo(200);
        assertThat(page.html()).contains("Maria Member").contains("Reason for rejecting");
        assertThat(manager.get("/timesheets").html()).contains("id=\"approvals-link\"").contains("id=\"awaiting-count\"");
        WebSession member = WebSession.signIn(port, "member", "sextant1");
        assertThat(member.get("/timesheets/approvals").status()).isEqualTo(403);
    }

    @Test
    void theDemoMemberHasApprovedRejectedAndSubmittedWeeks() {
        org.sextant.Api member = org.sextant.Api.basic(port, "member", "sextant1");
        StringBuilder states = new StringBuilder();
        member.get("/api/v1/timesheets?size=50").json().get("items").forEach(s -> states.append(s.get("state").asString()).append(' '));
        assertThat(states.toString()).contains("APPROVED").contains("REJECTED").contains("SUBMITTED");
    }
}
