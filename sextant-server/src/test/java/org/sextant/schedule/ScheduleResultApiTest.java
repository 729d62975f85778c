package org.sextant.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The stored schedule: rescheduled before every change commits, stale while it cannot be computed. */
@ServerTest
class ScheduleResultApiTest {

    @LocalServerPort
    int port;

    TestData data;
    long project;

    @BeforeEach
    void setUp() {
        data = new TestData(port);
        project = data.project(null);
    }

    @Test
    void aLongerDurationReschedulesTheProjectAndMovesTheSuccessors() {
        long design = data.task(project, "Design", 480);
        long build = data.task(project, "Build", 960);
        data.link(project, design, build);
        JsonNode before = task(schedule(), build);
        assertThat(before.get("earlyStart").asString()).isEqualTo("2027-01-05T08:00:00");
        assertThat(before.get("drivingPredecessorIds").get(0).asLong()).isEqualTo(design);

        setDuration(design, 1440);

        JsonNode after = schedule();
        assertThat(after.get("state").get("stale").asBoolean()).isFalse();
        assertThat(after.get("state").get("finish").asString()).isEqualTo("2027-01-08T17:00:00");
        JsonNode moved = task(after, build);
        assertThat(moved.get("earlyStart").asString()).isEqualTo("2027-01-07T08:00:00");
        assertThat(moved.get("start").asString()).isEqualTo("2027-01-07T08:00:00");
        assertThat(moved.get("critical").asBoolean()).isTrue();
        assertThat(moved.get("totalFloatMinutes").asLong()).isZero();
        assertThat(after.get("links").get(0).get("driving").asBoolean()).isTrue();
        assertThat(data.admin().get("/api/v1/tasks/" + build).json().get("plannedStart").asString())
                .isEqualTo("2027-01-07T08:00:00");
    }

    @Test
    void aLoopThroughASummaryIsExplainedAndLeavesTheLastScheduleMarkedStaleUntilItIsBroken() {
        long phase = data.task(project, "Phase 1", 0);
        long survey = data.child(project, phase, "Survey site");
        long permit = data.task(project, "Get permit", 480);
        data.link(project, survey, permit);
        long closing = data.link(project, permit, phase);

        JsonNode state = schedule().get("state");
        assertThat(state.get("stale").asBoolean()).isTrue();
        assertThat(state.get("staleSince").isNull()).isFalse();
        JsonNode problem = state.get("problem");
        assertThat(problem.get("kind").asString()).isEqualTo("CYCLE");
        assertThat(problem.get("message").asString()).contains("loop").contains("'Survey site'")
                .contains("'Get permit'").contains("'Phase 1'");
        assertThat(problem.get("advice").asString()).contains("Remove or reverse one of the links");
        List<Long> ids = new ArrayList<>();
        problem.get("tasks").forEach(t -> ids.add(t.get("taskId").asLong()));
        assertThat(ids).containsExactlyInAnyOrder(phase, survey, permit);

        assertThat(data.admin().delete("/api/v1/dependencies/" + closing + "?version=0").status()).isEqualTo(204);
        JsonNode fixed = schedule().get("state");
        assertThat(fixed.get("stale").asBoolean()).isFalse();
        assertThat(fixed.get("problem").isNull()).isTrue();
    }

    @Test
    void aDeadlineThatPredecessorsCannotMeetIsReportedAsNegativeFloatWithTheDrivingTasks() {
        long design = data.task(project, "Design", 2400);
        long approve = data.task(project, "Approve", 480);
        data.link(project, design, approve);
        Map<String, Object> body = new HashMap<>(Map.of("name", "Approve", "durationMinutes", 480,
                "deadline", "2027-01-06T17:00:00", "version", version(approve)));
        assertThat(data.admin().put("/api/v1/tasks/" + approve, body).status()).isEqualTo(200);

        JsonNode result = schedule();
        assertThat(task(result, approve).get("totalFloatMinutes").asLong()).isEqualTo(-3 * 480);
        JsonNode problem = result.get("state").get("problem");
        assertThat(problem.get("kind").asString()).isEqualTo("CONFLICT");
        JsonNode late = null;
        for (JsonNode t : problem.get("tasks")) {
            late = t.get("taskId").asLong() == approve ? t : late;
        }
        assertThat(late).as(problem.toString()).isNotNull();
        assertThat(late.get("detail").asString()).contains("3.0 working days late").contains("deadline 6 Jan 2027")
                .contains("'Design'");
        assertThat(result.get("state").get("stale").asBoolean()).isFalse();
    }

    @Test
    void aHolidayAddedToTheProjectCalendarReschedulesTheProject() {
        List<Map<String, String>> day = List.of(Map.of("start", "08:00", "end", "12:00"),
                Map.of("start", "13:00", "end", "17:00"));
        Map<String, Object> calendar = new HashMap<>(Map.of("name", TestData.unique("Gantt calendar"),
                "workWeek", Map.of("MONDAY", day, "TUESDAY", day, "WEDNESDAY", day, "THURSDAY", day, "FRIDAY", day)));
        long id = TestData.created(data.admin().post("/api/v1/calendars", calendar));
        long calendarProject = TestData.created(data.admin().post("/api/v1/projects", Map.of("code",
                TestData.unique("GNT"), "name", "Gantt calendar project", "portfolioId", data.portfolio(),
                "plannedStart", "2027-01-04", "plannedFinish", "2027-06-30", "calendarId", id)));
        long task = data.task(calendarProject, "Two days", 960);
        String path = "/api/v1/projects/" + calendarProject + "/schedule";
        assertThat(data.admin().get(path).json().get("state").get("finish").asString()).isEqualTo("2027-01-05T17:00:00");

        calendar.put("exceptions", List.of(Map.of("name", "Closed", "start", "2027-01-05", "finish", "2027-01-05",
                "working", false)));
        calendar.put("version", 0);
        Api.Response updated = data.admin().put("/api/v1/calendars/" + id, calendar);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

        JsonNode after = data.admin().get(path).json();
        assertThat(after.get("state").get("stale").asBoolean()).isFalse();
        assertThat(after.get("state").get("finish").asString()).isEqualTo("2027-01-06T17:00:00");
        assertThat(task(after, task).get("earlyFinish").asString()).isEqualTo("2027-01-06T17:00:00");
    }

    @Test
    void aSuccessorInAnotherProjectMovesWhenItsPredecessorIsLengthened() {
        long design = data.task(project, "Design", 480);
        long other = data.project(null);
        long build = data.task(other, "Build elsewhere", 480);
        data.link(other, design, build);
        String path = "/api/v1/projects/" + other + "/schedule";
        assertThat(task(data.admin().get(path).json(), build).get("earlyStart").asString()).isEqualTo("2027-01-05T08:00:00");

        setDuration(design, 960);

        JsonNode after = data.admin().get(path).json();
        assertThat(after.get("state").get("stale").asBoolean()).isFalse();
        assertThat(task(after, build).get("earlyStart").asString()).isEqualTo("2027-01-06T08:00:00");
    }

    @Test
    void everyDemoProjectWasScheduledWhenTheDemoDataCommitted() {
        JsonNode projects = data.admin().get("/api/v1/projects?q=PRJ-&size=100").json().get("items");
        assertThat(projects.size()).isPositive();
        for (JsonNode p : projects) {
            JsonNode state = data.admin().get("/api/v1/projects/" + p.get("id").asLong() + "/schedule").json().get("state");
            assertThat(state.get("scheduled").asBoolean()).as(p.get("code").asString()).isTrue();
            assertThat(state.get("stale").asBoolean()).as(p.get("code").asString()).isFalse();
        }
    }

    @Test
    void aTeamMemberOfAnotherProjectCannotReadTheSchedule() {
        data.user("gantt-outsider", "TEAM_MEMBER");
        assertThat(data.as("gantt-outsider").get("/api/v1/projects/" + project + "/schedule").status()).isEqualTo(403);
    }

    private JsonNode schedule() {
        Api.Response response = data.admin().get("/api/v1/projects/" + project + "/schedule");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void setDuration(long task, long minutes) {
        JsonNode current = data.admin().get("/api/v1/tasks/" + task).json();
        Api.Response updated = data.admin().put("/api/v1/tasks/" + task, Map.of("name", current.get("name").asString(),
                "durationMinutes", minutes, "version", current.get("version").asLong()));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    private long version(long task) {
        return data.admin().get("/api/v1/tasks/" + task).json().get("version").asLong();
    }

    private static JsonNode task(JsonNode schedule, long id) {
        for (JsonNode t : schedule.get("tasks")) {
            if (t.get("taskId").asLong() == id) {
                return t;
            }
        }
        throw new AssertionError("no task " + id + " in " + schedule);
    }
}
