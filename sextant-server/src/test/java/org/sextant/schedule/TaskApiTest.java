package org.sextant.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextant.TestData.field;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class TaskApiTest {

    @LocalServerPort
    int port;

    TestData data;
    long project;

    @BeforeEach
    void setUp() {
        data = new TestData(port);
        project = data.project(null);
    }

    Api admin() {
        return data.admin();
    }

    @Test
    void taskIsCreatedReadUpdatedAndDeletedWithItsHistoryRecorded() {
        Api.Response created = admin().post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Design",
                "durationMinutes", 4800, "constraintType", "SNET", "constraintDate", "2027-02-01T08:00",
                "deadline", "2027-03-01T17:00", "notes", "first cut"));
        long id = TestData.created(created);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("kind").asString()).isEqualTo("TASK");

        Api.Response read = admin().get("/api/v1/tasks/" + id);
        assertThat(read.json().get("constraintDate").asString()).startsWith("2027-02-01T08:00");

        Api.Response updated = admin().put("/api/v1/tasks/" + id, Map.of("name", "Design v2", "durationMinutes", 2400,
                "percentComplete", 10, "version", 0));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);

        Api.Response list = admin().get("/api/v1/projects/" + project + "/tasks?q=v2&sort=name,desc&size=10");
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("id").asLong()).isEqualTo(id);

        assertThat(admin().delete("/api/v1/tasks/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/tasks/" + id).status()).isEqualTo(404);

        Api.Response history = admin().get("/api/v1/audit/history/Task/" + id);
        assertThat(history.json().size()).isEqualTo(3);
        assertThat(history.json().get(1).get("changes").get("name").get("to").asString()).isEqualTo("Design v2");
        assertThat(history.json().get(2).get("action").asString()).isEqualTo("DELETE");
    }

    @Test
    void staleTaskUpdateIsRefusedWith409ForABodyVersionAnd412ForIfMatch() {
        long id = data.task(project, "Build", 480);
        assertThat(admin().put("/api/v1/tasks/" + id, Map.of("name", "Build 1", "version", 0)).status()).isEqualTo(200);
        assertThat(admin().put("/api/v1/tasks/" + id, Map.of("name", "Lost", "version", 0)).status()).isEqualTo(409);
        assertThat(admin().put("/api/v1/tasks/" + id, Map.of("name", "Lost"), "\"0\"").status()).isEqualTo(412);
        assertThat(admin().get("/api/v1/tasks/" + id).json().get("name").asString()).isEqualTo("Build 1");
    }

    @Test
    void taskWithoutNameOrWithPercentOver100IsRefusedNamingTheField() {
        Api.Response noName = admin().post("/api/v1/projects/" + project + "/tasks", Map.of("durationMinutes", 60));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(field(noName)).isEqualTo("name");
        Api.Response percent = admin().post("/api/v1/projects/" + project + "/tasks",
                Map.of("name", "x", "percentComplete", 101));
        assertThat(percent.status()).isEqualTo(400);
        assertThat(field(percent)).isEqualTo("percentComplete");
    }

    @Test
    void parentChainThatWouldLoopIsRefusedNamingParentId() {
        long top = data.task(project, "Phase 1", 0);
        long middle = data.child(project, top, "Work package");
        long leaf = data.child(project, middle, "Activity");
        assertThat(admin().get("/api/v1/tasks/" + top).json().get("kind").asString()).isEqualTo("SUMMARY");

        long version = admin().get("/api/v1/tasks/" + top).json().get("version").asLong();
        Api.Response loop = admin().put("/api/v1/tasks/" + top, Map.of("name", "Phase 1", "parentId", leaf,
                "version", version));
        assertThat(loop.status()).as(loop.toString()).isEqualTo(422);
        assertThat(field(loop)).isEqualTo("parentId");
        assertThat(loop.json().get("detail").asString()).contains("Activity").contains("Work package");
    }

    @Test
    void parentInAnotherProjectIsRefused() {
        long elsewhere = data.task(data.project(null), "Elsewhere", 0);
        Api.Response r = admin().post("/api/v1/projects/" + project + "/tasks", Map.of("name", "x", "parentId", elsewhere));
        assertThat(r.status()).isEqualTo(422);
        assertThat(field(r)).isEqualTo("parentId");
    }

    @Test
    void taskWithChildrenIsDeletedOnlyWhenTheCallerSaysWithChildren() {
        long parent = data.task(project, "Summary", 0);
        long child = data.child(project, parent, "Child");
        long version = admin().get("/api/v1/tasks/" + parent).json().get("version").asLong();
        Api.Response refused = admin().delete("/api/v1/tasks/" + parent + "?version=" + version);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("withChildren=true");

        assertThat(admin().delete("/api/v1/tasks/" + parent + "?version=" + version + "&withChildren=true").status())
                .isEqualTo(204);
        assertThat(admin().get("/api/v1/tasks/" + child).status()).isEqualTo(404);
    }

    @Test
    void teamMemberUpdatesProgressOfTheirOwnTaskButNothingElse() {
        String username = TestData.unique("member");
        long user = data.user(username, "TEAM_MEMBER");
        long mine = data.task(project, "Mine", 960);
        long theirs = data.task(project, "Theirs", 960);
        data.assign(mine, data.resource(username, user), 960);
        Api member = data.as(username);

        Api.Response progress = member.send("PATCH", "/api/v1/tasks/" + mine + "/progress",
                Map.of("percentComplete", 50, "actualStart", "2027-01-04T08:00", "version", 0), null);
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        assertThat(progress.json().get("percentComplete").asInt()).isEqualTo(50);

        assertThat(member.send("PATCH", "/api/v1/tasks/" + theirs + "/progress",
                Map.of("percentComplete", 50, "version", 0), null).status()).isEqualTo(403);
        assertThat(member.put("/api/v1/tasks/" + mine, Map.of("name", "Renamed", "version", 1)).status()).isEqualTo(403);
        assertThat(member.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "New")).status()).isEqualTo(403);
        assertThat(member.get("/api/v1/tasks/" + theirs).status()).isEqualTo(200);

        Api.Response myTasks = member.get("/api/v1/me/tasks?open=true");
        assertThat(myTasks.json().get("total").asLong()).isEqualTo(1);
        assertThat(myTasks.json().get("items").get(0).get("taskId").asLong()).isEqualTo(mine);

        Api.Response history = admin().get("/api/v1/audit/history/Task/" + mine);
        assertThat(history.json().get(1).get("actor").asString()).isEqualTo(username);
    }

    @Test
    void unknownTaskIs404() {
        assertThat(admin().get("/api/v1/tasks/987654321").status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/projects/987654321/tasks").status()).isEqualTo(404);
    }
}
