package org.sextant.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class ProgressApiTest {

    @LocalServerPort
    int port;

    private static Map<String, Object> progress(int percent, String start, String finish, Long remaining, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("percentComplete", percent);
        body.put("actualStart", start);
        body.put("actualFinish", finish);
        body.put("remainingWorkMinutes", remaining);
        body.put("version", version);
        return body;
    }

    private static long version(Api api, long task) {
        return api.get("/api/v1/tasks/" + task).json().get("version").asLong();
    }

    @Test
    void aTeamMemberRecordsProgressWithRemainingWorkOnTheirOwnTaskOnlyAndTheHistoryNamesThem() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        String username = TestData.unique("reporter");
        long user = data.user(username, "TEAM_MEMBER");
        long mine = data.task(project, "Wire the switchboard", 2400);
        long theirs = data.task(project, "Paint the hall", 2400);
        data.assign(mine, data.resource(username, user), 2400);
        Api member = data.as(username);

        Api.Response saved = member.send("PATCH", "/api/v1/tasks/" + mine + "/progress",
                progress(40, "2027-01-04T08:00", null, 1500L, version(admin, mine)), null);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("remainingWorkMinutes").asLong()).isEqualTo(1500);
        assertThat(saved.json().get("percentComplete").asInt()).isEqualTo(40);

        Api.Response refused = member.send("PATCH", "/api/v1/tasks/" + theirs + "/progress",
                progress(40, "2027-01-04T08:00", null, 100L, version(admin, theirs)), null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(version(admin, theirs)).isEqualTo(0);

        JsonNode history = member.get("/api/v1/tasks/" + mine + "/progress/history").json();
        assertThat(history.get("total").asLong()).isEqualTo(1);
        JsonNode entry = history.get("items").get(0);
        assertThat(entry.get("recordedBy").asString()).isEqualTo(username);
        assertThat(entry.get("percentComplete").asInt()).isEqualTo(40);
        assertThat(entry.get("remainingWorkMinutes").asLong()).isEqualTo(1500);
        assertThat(entry.get("taskName").asString()).isEqualTo("Wire the switchboard");
        assertThat(admin.get("/api/v1/tasks/" + theirs + "/progress/history").json().get("total").asLong()).isZero();

        JsonNode board = member.get("/api/v1/projects/" + project + "/progress").json();
        assertThat(board.get("canEdit").asBoolean()).isFalse();
        Map<Long, Boolean> editable = new HashMap<>();
        board.get("tasks").get("items").forEach(r -> editable.put(r.get("taskId").asLong(), r.get("editable").asBoolean()));
        assertThat(editable).containsEntry(mine, true).containsEntry(theirs, false);

        JsonNode audit = admin.get("/api/v1/audit/history/Task/" + mine).json();
        JsonNode last = audit.get(audit.size() - 1);
        assertThat(last.get("actor").asString()).isEqualTo(username);
        assertThat(last.toString()).contains("remainingWorkMinutes").contains("percentComplete");
    }

    @Test
    void oneHundredPercentWithoutAnActualFinishTakesTheScheduledDatesAsMsProjectDoes() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        long task = data.task(project, "Pour the slab", 960);
        JsonNode before = admin.get("/api/v1/tasks/" + task).json();

        Api.Response done = admin.send("PATCH", "/api/v1/tasks/" + task + "/progress",
                progress(100, null, null, null, before.get("version").asLong()), null);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("actualStart").asString()).isEqualTo(before.get("plannedStart").asString());
        assertThat(done.json().get("actualFinish").asString()).isEqualTo(before.get("plannedFinish").asString());
        assertThat(done.json().get("remainingWorkMinutes").asLong()).isZero();
    }

    @Test
    void contradictoryProgressIsRefusedNamingTheField() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        long task = data.task(project, "Fit the windows", 960);
        String path = "/api/v1/tasks/" + task + "/progress";

        Api.Response backwards = admin.send("PATCH", path,
                progress(100, "2027-01-06T08:00", "2027-01-05T17:00", null, 0), null);
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(TestData.field(backwards)).isEqualTo("actualFinish");

        Api.Response finishedButNotDone = admin.send("PATCH", path,
                progress(60, "2027-01-04T08:00", "2027-01-05T17:00", null, 0), null);
        assertThat(finishedButNotDone.status()).isEqualTo(422);
        assertThat(TestData.field(finishedButNotDone)).isEqualTo("percentComplete");

        Api.Response workLeft = admin.send("PATCH", path, progress(100, "2027-01-04T08:00", null, 60L, 0), null);
        assertThat(workLeft.status()).isEqualTo(422);
        assertThat(TestData.field(workLeft)).isEqualTo("remainingWorkMinutes");

        Api.Response negative = admin.send("PATCH", path, progress(10, "2027-01-04T08:00", null, -5L, 0), null);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(TestData.field(negative)).isEqualTo("remainingWorkMinutes");
        assertThat(version(admin, task)).isZero();
    }

    @Test
    void theProjectManagerMovesTheStatusDateAndTheHistoryIsFilteredByIt() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        String pm = TestData.unique("pm");
        long project = data.project(data.user(pm, "PROJECT_MANAGER"));
        long task = TestData.created(admin.post("/api/v1/projects/" + project + "/tasks",
                Map.of("name", "Lay the cables", "durationMinutes", 4800, "workMinutes", 4800)));
        Api manager = data.as(pm);

        long projectVersion = manager.get("/api/v1/projects/" + project + "/progress").json().get("projectVersion").asLong();
        Api.Response first = manager.put("/api/v1/projects/" + project + "/status-date",
                Map.of("statusDate", "2027-01-08", "version", projectVersion));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        manager.send("PATCH", "/api/v1/tasks/" + task + "/progress", progress(20, null, null, null, version(admin, task)), null);
        Api.Response second = manager.put("/api/v1/projects/" + project + "/status-date",
                Map.of("statusDate", "2027-01-15", "version", first.json().get("version").asLong()));
        assertThat(second.status()).isEqualTo(200);
        manager.send("PATCH", "/api/v1/tasks/" + task + "/progress", progress(50, null, null, null, version(admin, task)), null);

        JsonNode board = manager.get("/api/v1/projects/" + project + "/progress").json();
        assertThat(board.get("statusDate").asString()).isEqualTo("2027-01-15");
        assertThat(board.get("canEdit").asBoolean()).isTrue();

        String history = "/api/v1/projects/" + project + "/progress/history";
        JsonNode all = manager.get(history).json();
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("percentComplete").asInt()).isEqualTo(50);
        assertThat(all.get("items").get(0).get("statusDate").asString()).isEqualTo("2027-01-15");
        assertThat(all.get("items").get(0).get("remainingWorkMinutes").asLong()).isEqualTo(2400);
        JsonNode early = manager.get(history + "?to=2027-01-10").json();
        assertThat(early.get("total").asLong()).isEqualTo(1);
        assertThat(early.get("items").get(0).get("percentComplete").asInt()).isEqualTo(20);
        assertThat(early.get("items").get(0).get("recordedBy").asString()).isEqualTo(pm);
        JsonNode paged = manager.get(history + "?size=1&page=1").json();
        assertThat(paged.get("items")).hasSize(1);
        assertThat(paged.get("items").get(0).get("percentComplete").asInt()).isEqualTo(20);
        Api.Response badRange = manager.get(history + "?from=2027-02-01&to=2027-01-01");
        assertThat(badRange.status()).isEqualTo(422);
        assertThat(TestData.field(badRange)).isEqualTo("to");

        Api.Response stale = manager.put("/api/v1/projects/" + project + "/status-date",
                Map.of("statusDate", "2027-01-22", "version", projectVersion));
        assertThat(stale.status()).isEqualTo(409);
        String member = TestData.unique("viewer");
        data.user(member, "EXECUTIVE");
        assertThat(data.as(member).put("/api/v1/projects/" + project + "/status-date",
                Map.of("statusDate", "2027-01-22", "version", second.json().get("version").asLong())).status())
                .isEqualTo(403);
    }
}
