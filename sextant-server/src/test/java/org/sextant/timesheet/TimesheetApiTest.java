package org.sextant.timesheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextant.timesheet.TimesheetTeam.WEEK;
import static org.sextant.timesheet.TimesheetTeam.part;
import static org.sextant.timesheet.TimesheetTeam.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.sextant.project.ProjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The timesheet workflow over HTTP: the week grid's rules, submission, and approval per project. */
@ServerTest
class TimesheetApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApprovedTime approvedTime;

    @Test
    void aNeverSavedWeekShowsTheMembersPlannedTasksAsEmptyRowsAtVersionZero() {
        TimesheetTeam team = new TimesheetTeam(port);
        Api.Response week = team.member().get("/api/v1/timesheets/mine?week=2027-01-06");
        assertThat(week.status()).as(week.toString()).isEqualTo(200);
        assertThat(week.header("ETag")).isEqualTo("\"0\"");
        assertThat(week.json().get("weekStart").asString()).isEqualTo(WEEK);
        assertThat(week.json().get("state").asString()).isEqualTo("DRAFT");
        List<Long> tasks = new ArrayList<>();
        week.json().get("rows").forEach(r -> tasks.add(r.get("taskId").asLong()));
        assertThat(tasks).contains(team.taskA1, team.taskB1);
    }

    @Test
    void memberSavesAWeekAndReadsItBackWithTotalsPerDayAndRow() {
        TimesheetTeam team = new TimesheetTeam(port);
        Map<String, Object> design = row(team.taskA1, 4, 7.5, 0, 0, 2.25);
        design.put("comment", "Wireframes");
        Api.Response saved = team.save(0, List.of(design, row(team.taskB1, 3, 0.5)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        JsonNode sheet = team.member().get("/api/v1/timesheets/" + saved.json().get("id").asLong()).json();
        assertThat(sheet.get("totalHours").decimalValue()).isEqualByComparingTo("17.25");
        assertThat(sheet.get("dayTotals").get(0).decimalValue()).isEqualByComparingTo("7");
        assertThat(sheet.get("dayTotals").get(1).decimalValue()).isEqualByComparingTo("8");
        JsonNode first = sheet.get("rows").get(0);
        assertThat(first.get("taskId").asLong()).isEqualTo(team.taskA1);
        assertThat(first.get("comment").asString()).isEqualTo("Wireframes");
        assertThat(first.get("totalHours").decimalValue()).isEqualByComparingTo("13.75");
        assertThat(sheet.get("parts")).hasSize(2);
    }

    @Test
    void hoursOutsideZeroToTwentyFourOrNotInQuarterHoursAreRefusedCellByCell() {
        TimesheetTeam team = new TimesheetTeam(port);
        Api.Response refused = team.save(0, List.of(row(team.taskA1, -1, 7.3, 25, 8)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("rows[0].hours[0]", "rows[0].hours[1]", "rows[0].hours[2]");
        assertThat(refused.json().get("errors").get(1).get("message").asString())
                .contains("Tue 5 Jan 2027").contains("'Design'").contains("quarter hours");
        assertThat(team.member().get("/api/v1/timesheets/mine?week=" + WEEK).json().get("version").asLong())
                .as("nothing stored").isEqualTo(0);
    }

    @Test
    void aDayWithMoreThanTwentyFourHoursOverAllRowsIsRefusedNamingTheDay() {
        TimesheetTeam team = new TimesheetTeam(port);
        Api.Response refused = team.save(0, List.of(row(team.taskA1, 0, 0, 14), row(team.taskB1, 0, 0, 10.25)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(TestData.field(refused)).isEqualTo("dayTotals[2]");
        assertThat(refused.json().get("detail").asString()).contains("Wed 6 Jan 2027").contains("24.25 hours");
        assertThat(team.save(0, List.of(row(team.taskA1, 0, 0, 14), row(team.taskB1, 0, 0, 10))).status()).isEqualTo(200);
    }

    @Test
    void aTaskTheMemberIsNotAssignedToCannotBeBooked() {
        TimesheetTeam team = new TimesheetTeam(port);
        long foreign = team.data.task(team.projectA, "Someone else's", 480);
        Api.Response refused = team.save(0, List.of(row(team.taskA1, 1), row(foreign, 2)));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(TestData.field(refused)).isEqualTo("rows[1].taskId");
        assertThat(refused.json().get("detail").asString()).contains("not assigned");
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefused() {
        TimesheetTeam team = new TimesheetTeam(port);
        assertThat(team.save(0, List.of(row(team.taskA1, 1))).status()).isEqualTo(200);
        Api.Response stale = team.save(0, List.of(row(team.taskA1, 2)));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        Api.Response viaHeader = team.member().put("/api/v1/timesheets/mine?week=" + WEEK,
                Map.of("rows", List.of(row(team.taskA1, 2))), "\"0\"");
        assertThat(viaHeader.status()).isEqualTo(412);
    }

    @Test
    void memberCannotApproveTheirOwnTimesheet() {
        TimesheetTeam team = new TimesheetTeam(port);
        JsonNode sheet = team.submitted(List.of(row(team.taskA1, 8)));
        JsonNode part = part(sheet, team.projectA);
        Api.Response own = team.member().post(TimesheetTeam.approve(part.get("id").asLong()),
                Map.of("version", part.get("version").asLong()));
        assertThat(own.status()).as(own.toString()).isEqualTo(403);
    }

    @Test
    void aProjectManagerCannotApproveTheirOwnHoursOnTheirOwnProject() {
        TestData data = new TestData(port);
        String username = TestData.unique("ts-self-pm");
        long pm = data.user(username, "PROJECT_MANAGER");
        long project = data.project(pm);
        long task = data.task(project, "Steering", 2400);
        data.assign(task, data.resource(TestData.unique("PM resource"), pm), 2400);
        Api self = data.as(username);
        Api.Response saved = self.put("/api/v1/timesheets/mine?week=" + WEEK,
                Map.of("version", 0, "rows", List.of(row(task, 2))));
        JsonNode sheet = self.post("/api/v1/timesheets/" + saved.json().get("id").asLong() + "/submit",
                Map.of("version", saved.json().get("version").asLong())).json();
        JsonNode part = sheet.get("parts").get(0);
        Api.Response own = self.post(TimesheetTeam.approve(part.get("id").asLong()),
                Map.of("version", part.get("version").asLong()));
        assertThat(own.status()).as(own.toString()).isEqualTo(403);
        assertThat(own.json().get("detail").asString()).contains("own timesheet");
        assertThat(data.admin().post(TimesheetTeam.approve(part.get("id").asLong()),
                Map.of("version", part.get("version").asLong())).status()).as("the PMO/admin decides instead")
                .isEqualTo(200);
    }

    @Test
    void theManagerOfAnotherProjectCannotApproveItsHours() {
        TimesheetTeam team = new TimesheetTeam(port);
        JsonNode part = part(team.submitted(List.of(row(team.taskA1, 8), row(team.taskB1, 1))), team.projectA);
        Api.Response other = team.pmB().post(TimesheetTeam.approve(part.get("id").asLong()),
                Map.of("version", part.get("version").asLong()));
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(other.json().get("detail").asString()).contains("Only the manager of project");
        assertThat(team.actualWork()).isZero();
    }

    @Test
    void aWeekSpanningTwoProjectsIsApprovedPerProjectByEachManager() {
        TimesheetTeam team = new TimesheetTeam(port);
        JsonNode sheet = team.submitted(List.of(row(team.taskA1, 8), row(team.taskB1, 1)));
        assertThat(sheet.get("state").asString()).isEqualTo("SUBMITTED");
        JsonNode a = part(sheet, team.projectA);
        JsonNode b = part(sheet, team.projectB);

        List<Long> queueA = new ArrayList<>();
        team.pmA().get("/api/v1/timesheet-approvals?size=500").json().get("items")
                .forEach(i -> queueA.add(i.get("part").get("id").asLong()));
        assertThat(queueA).contains(a.get("id").asLong()).doesNotContain(b.get("id").asLong());

        Api.Response approvedA = team.pmA().post(TimesheetTeam.approve(a.get("id").asLong()),
                Map.of("version", a.get("version").asLong()));
        assertThat(approvedA.status()).as(approvedA.toString()).isEqualTo(200);
        assertThat(approvedA.json().get("part").get("state").asString()).isEqualTo("APPROVED");
        assertThat(approvedA.json().get("part").get("decidedBy").asString()).isEqualTo(team.pmA);
        JsonNode half = team.member().get("/api/v1/timesheets/mine?week=" + WEEK).json();
        assertThat(half.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(part(half, team.projectB).get("state").asString()).isEqualTo("SUBMITTED");

        assertThat(team.pmB().post(TimesheetTeam.approve(b.get("id").asLong()),
                Map.of("version", b.get("version").asLong())).status()).isEqualTo(200);
        assertThat(team.member().get("/api/v1/timesheets/mine?week=" + WEEK).json().get("state").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void anApprovedPartIsLockedForGood() {
        TimesheetTeam team = new TimesheetTeam(port);
        JsonNode sheet = team.submitted(List.of(row(team.taskA1, 8)));
        JsonNode a = part(sheet, team.projectA);
        assertThat(team.pmA().post(TimesheetTeam.approve(a.get("id").asLong()),
                Map.of("version", a.get("version").asLong())).status()).isEqualTo(200);
        long version = team.member().get("/api/v1/timesheets/mine?week=" + WEEK).json().get("version").asLong();

        Api.Response changed = team.save(version, List.of(row(team.taskA1, 6)));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(422);
        assertThat(TestData.field(changed)).isEqualTo("rows[0].hours[0]");
        assertThat(changed.json().get("detail").asString()).contains("approved and locked");
        Api.Response added = team.save(version, List.of(row(team.taskA2, 1)));
        assertThat(added.status()).as(added.toString()).isEqualTo(422);
        assertThat(TestData.field(added)).isEqualTo("rows[0].taskId");
        Api.Response again = team.pmA().post(TimesheetTeam.approve(a.get("id").asLong()),
                Map.of("version", a.get("version").asLong() + 1));
        assertThat(again.status()).isEqualTo(409);
        Api.Response rejectApproved = team.pmA().post("/api/v1/timesheet-approvals/" + a.get("id").asLong() + "/reject",
                Map.of("version", a.get("version").asLong() + 1, "reason", "Too late"));
        assertThat(rejectApproved.status()).as(rejectApproved.toString()).isEqualTo(409);

        Api.Response otherProject = team.save(version, List.of(row(team.taskB1, 2)));
        assertThat(otherProject.status()).as("another project's hours may still be added").isEqualTo(200);
        assertThat(otherProject.json().get("rows").get(0).get("totalHours").decimalValue()).isEqualByComparingTo("8");
    }

    @Test
    void approvingAddsTheHoursToTheAssignmentsActualWorkExactlyOnce() {
        TimesheetTeam team = new TimesheetTeam(port);
        JsonNode a = part(team.submitted(List.of(row(team.taskA1, 8, 7.75), row(team.taskB1, 1))), team.projectA);
        assertThat(team.actualWork()).isZero();
        long version = a.get("version").asLong();
        assertThat(team.pmA().post(TimesheetTeam.approve(a.get("id").asLong()), Map.of("version", version)).status())
                .isEqualTo(200);
        assertThat(team.actualWork()).isEqualTo(945);
        Api.Response twice = team.pmA().post(TimesheetTeam.approve(a.get("id").asLong()), Map.of("version", version));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        Api.Response byPmo = team.data.admin().post(TimesheetTeam.approve(a.get("id").asLong()),
                Map.of("version", version + 1));
        assertThat(byPmo.status()).isEqualTo(409);
        assertThat(team.actualWork()).isEqualTo(945);

        List<ApprovedWork> approved = approvedTime.approved(ProjectId.of(team.projectA), LocalDate.of(2027, 1, 4));
        assertThat(approved).singleElement().satisfies(w -> {
            assertThat(w.taskId().value()).isEqualTo(team.taskA1);
            assertThat(w.resourceId().value()).isEqualTo(team.resource);
            assertThat(w.minutes()).isEqualTo(480);
        });
        assertThat(approvedTime.approved(ProjectId.of(team.projectA), LocalDate.of(2027, 1, 10))).hasSize(2);
        assertThat(approvedTime.approved(ProjectId.of(team.projectB), LocalDate.of(2027, 1, 10)))
                .as("project B's hours are not approved yet").isEmpty();
    }

    @Test
    void rejectingNeedsAReasonAndTheMemberCorrectsAndResubmits() {
        TimesheetTeam team = new TimesheetTeam(port);
        JsonNode a = part(team.submitted(List.of(row(team.taskA1, 12))), team.projectA);
        String reject = "/api/v1/timesheet-approvals/" + a.get("id").asLong() + "/reject";
        Api.Response blank = team.pmA().post(reject, Map.of("version", a.get("version").asLong(), "reason", " "));
        assertThat(blank.status()).as(blank.toString()).isEqualTo(422);
        assertThat(TestData.field(blank)).isEqualTo("reason");

        Api.Response rejected = team.pmA().post(reject, Map.of("version", a.get("version").asLong(),
                "reason", "Twelve hours on Monday? Split it over the week."));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        JsonNode sheet = team.member().get("/api/v1/timesheets/mine?week=" + WEEK).json();
        assertThat(sheet.get("state").asString()).isEqualTo("REJECTED");
        assertThat(part(sheet, team.projectA).get("reason").asString()).contains("Split it over the week");

        Api.Response fixed = team.save(sheet.get("version").asLong(), List.of(row(team.taskA1, 6, 6)));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(200);
        Api.Response resubmitted = team.member().post("/api/v1/timesheets/" + sheet.get("id").asLong() + "/submit",
                Map.of("version", fixed.json().get("version").asLong()));
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        assertThat(resubmitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(part(resubmitted.json(), team.projectA).get("reason").isNull()).isTrue();
        assertThat(team.actualWork()).isZero();
    }

    @Test
    void submittingAnEmptyWeekIsRefusedAndSubmittedHoursCannotBeChanged() {
        TimesheetTeam team = new TimesheetTeam(port);
        Api.Response saved = team.save(0, List.of());
        Api.Response empty = team.member().post("/api/v1/timesheets/" + saved.json().get("id").asLong() + "/submit",
                Map.of("version", saved.json().get("version").asLong()));
        assertThat(empty.status()).as(empty.toString()).isEqualTo(409);
        JsonNode sheet = team.submitted(List.of(row(team.taskA1, 1)));
        Api.Response changed = team.save(sheet.get("version").asLong(), List.of(row(team.taskA1, 2)));
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.json().get("detail").asString()).contains("submitted and locked");
    }

    @Test
    void othersCannotReadAMembersTimesheetButItsProjectManagerCan() {
        TimesheetTeam team = new TimesheetTeam(port);
        JsonNode sheet = team.submitted(List.of(row(team.taskA1, 1)));
        String path = "/api/v1/timesheets/" + sheet.get("id").asLong();
        assertThat(team.pmA().get(path).status()).isEqualTo(200);
        assertThat(team.pmB().get(path).status()).isEqualTo(403);
    }

    @Test
    void everyTimesheetWriteIsAudited() {
        TimesheetTeam team = new TimesheetTeam(port);
        JsonNode sheet = team.submitted(List.of(row(team.taskA1, 3)));
        JsonNode a = part(sheet, team.projectA);
        team.pmA().post(TimesheetTeam.approve(a.get("id").asLong()), Map.of("version", a.get("version").asLong()));
        JsonNode sheetTrail = team.data.admin().get("/api/v1/audit/history/Timesheet/" + sheet.get("id").asLong()).json();
        assertThat(sheetTrail).isNotEmpty();
        List<String> partActors = new ArrayList<>();
        team.data.admin().get("/api/v1/audit/history/TimesheetPart/" + a.get("id").asLong()).json()
                .forEach(e -> partActors.add(e.get("actor").asString()));
        assertThat(partActors).containsExactly(team.member, team.pmA);
        JsonNode assignmentTrail = team.data.admin().get("/api/v1/audit/history/Assignment/" + team.assignmentA1).json();
        assertThat(assignmentTrail.get(assignmentTrail.size() - 1).get("actor").asString()).isEqualTo(team.pmA);
    }

    @Test
    void theApprovalQueueIsForManagersAndPagesThroughParts() {
        TimesheetTeam team = new TimesheetTeam(port);
        team.submitted(List.of(row(team.taskA1, 1)));
        assertThat(team.member().get("/api/v1/timesheet-approvals").status()).isEqualTo(403);
        JsonNode page = team.pmA().get("/api/v1/timesheet-approvals?size=1").json();
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("userName").asString()).isEqualTo(team.member);
        assertThat(item.get("rows").get(0).get("hours")).hasSize(7);
        assertThat(team.pmA().get("/api/v1/timesheet-approvals?sort=nonsense").status()).isEqualTo(422);
    }

    @Test
    void aTaskWithBookedHoursCannotBeDeletedButItsProjectIsDeletedWithItsTimesheetWeeks() {
        TimesheetTeam team = new TimesheetTeam(port);
        JsonNode sheet = team.submitted(List.of(row(team.taskA1, 2), row(team.taskB1, 1)));
        Api admin = team.data.admin();
        long taskVersion = admin.get("/api/v1/tasks/" + team.taskA1).json().get("version").asLong();
        Api.Response task = admin.delete("/api/v1/tasks/" + team.taskA1 + "?version=" + taskVersion);
        assertThat(task.status()).as(task.toString()).isEqualTo(409);
        assertThat(team.actualWork()).as("nothing half deleted").isZero();
        assertThat(admin.get("/api/v1/assignments/" + team.assignmentA1).status()).isEqualTo(200);

        long projectVersion = admin.get("/api/v1/projects/" + team.projectA).json().get("version").asLong();
        Api.Response refused = admin.delete("/api/v1/projects/" + team.projectA + "?version=" + projectVersion);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("timesheet weeks");
        Api.Response deleted = admin.delete("/api/v1/projects/" + team.projectA + "?withContent=true&version="
                + projectVersion);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        JsonNode after = team.member().get("/api/v1/timesheets/" + sheet.get("id").asLong()).json();
        assertThat(after.get("parts")).hasSize(1);
        assertThat(after.get("parts").get(0).get("projectId").asLong()).isEqualTo(team.projectB);
    }
}
