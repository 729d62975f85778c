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
import tools.jackson.databind.JsonNode;

@ServerTest
class DependencyApiTest {

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
    void dependencyIsCreatedUpdatedWithVersionAndDeleted() {
        long a = data.task(project, "A", 480);
        long b = data.task(project, "B", 480);
        Api.Response created = admin().post("/api/v1/projects/" + project + "/dependencies",
                Map.of("predecessorId", a, "successorId", b, "type", "SS", "lagMinutes", 240));
        long id = TestData.created(created);
        assertThat(created.json().get("projectId").asLong()).isEqualTo(project);

        Api.Response updated = admin().put("/api/v1/dependencies/" + id,
                Map.of("predecessorId", a, "successorId", b, "type", "FF", "version", 0));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(admin().put("/api/v1/dependencies/" + id,
                Map.of("predecessorId", a, "successorId", b, "type", "SF"), "\"0\"").status()).isEqualTo(412);

        Api.Response list = admin().get("/api/v1/projects/" + project + "/dependencies?type=FF&sort=id,desc");
        assertThat(list.json().get("total").asLong()).isEqualTo(1);

        assertThat(admin().delete("/api/v1/dependencies/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/dependencies/" + id).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/audit/history/Dependency/" + id).json().size()).isEqualTo(3);
    }

    @Test
    void dependencyThatClosesACycleIsRefusedNamingTheTasksOfTheLoop() {
        long a = data.task(project, "Excavate", 480);
        long b = data.task(project, "Pour foundation", 480);
        long c = data.task(project, "Erect walls", 480);
        data.link(project, a, b);
        data.link(project, b, c);
        Api.Response loop = admin().post("/api/v1/projects/" + project + "/dependencies",
                Map.of("predecessorId", c, "successorId", a));
        assertThat(loop.status()).as(loop.toString()).isEqualTo(422);
        assertThat(field(loop)).isEqualTo("predecessorId");
        assertThat(loop.json().get("detail").asString())
                .contains("'Excavate' (" + a + ") → 'Pour foundation' (" + b + ") → 'Erect walls' (" + c + ") → 'Excavate'");
    }

    @Test
    void summaryTaskCannotBeLinkedToItsOwnSubTask() {
        long phase = data.task(project, "Phase", 0);
        long work = data.child(project, phase, "Work package");
        long step = data.child(project, work, "Step");
        Api.Response r = admin().post("/api/v1/projects/" + project + "/dependencies",
                Map.of("predecessorId", step, "successorId", phase));
        assertThat(r.status()).isEqualTo(422);
        assertThat(field(r)).isEqualTo("predecessorId");
        assertThat(admin().post("/api/v1/projects/" + project + "/dependencies",
                Map.of("predecessorId", phase, "successorId", step)).status()).isEqualTo(422);
    }

    @Test
    void dependencyAcrossProjectsIsListedInBothProjects() {
        long other = data.project(null);
        long upstream = data.task(other, "Upstream delivery", 480);
        long downstream = data.task(project, "Integrate delivery", 480);
        long id = data.link(project, upstream, downstream);
        assertThat(admin().get("/api/v1/projects/" + other + "/dependencies").json().get("items").get(0).get("id").asLong())
                .isEqualTo(id);
        JsonNode here = admin().get("/api/v1/projects/" + project + "/dependencies?taskId=" + downstream).json();
        assertThat(here.get("items").get(0).get("predecessorProjectId").asLong()).isEqualTo(other);
    }

    @Test
    void dependencyIsChangedOnlyByEditorsOfTheSuccessorsProject() {
        String username = TestData.unique("pm");
        long pm = data.user(username, "PROJECT_MANAGER");
        long own = data.project(pm);
        long a = data.task(own, "A", 480);
        long b = data.task(own, "B", 480);
        long foreign = data.task(project, "Foreign", 480);
        Api manager = data.as(username);
        assertThat(manager.post("/api/v1/projects/" + own + "/dependencies",
                Map.of("predecessorId", foreign, "successorId", a)).status()).isEqualTo(201);
        assertThat(manager.post("/api/v1/projects/" + project + "/dependencies",
                Map.of("predecessorId", b, "successorId", foreign)).status()).isEqualTo(403);
    }

    @Test
    void scheduleComputesTheCriticalPathAndStoresPlannedDatesAsOneAuditEvent() {
        long design = data.task(project, "Design", 2 * 480);
        long build = data.task(project, "Build", 3 * 480);
        long docs = data.task(project, "Write docs", 480);
        long done = TestData.created(admin().post("/api/v1/projects/" + project + "/tasks",
                Map.of("name", "Done", "kind", "MILESTONE")));
        data.link(project, design, build);
        data.link(project, build, done);
        data.link(project, docs, done);

        Api.Response schedule = admin().post("/api/v1/projects/" + project + "/schedule", null);
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
        JsonNode tasks = schedule.json().get("tasks");
        assertThat(tasks.get(0).get("critical").asBoolean()).isTrue();
        assertThat(tasks.get(1).get("critical").asBoolean()).isTrue();
        assertThat(tasks.get(2).get("critical").asBoolean()).isFalse();
        assertThat(tasks.get(2).get("totalFloatMinutes").asLong()).isEqualTo(4 * 480);
        // Monday 2027-01-04 08:00 + 5 working days = Friday 17:00
        assertThat(schedule.json().get("finish").asString()).startsWith("2027-01-08T17:00");

        JsonNode build2 = admin().get("/api/v1/tasks/" + build).json();
        assertThat(build2.get("plannedStart").asString()).startsWith("2027-01-06T08:00");
        assertThat(build2.get("plannedFinish").asString()).startsWith("2027-01-08T17:00");

        JsonNode events = admin().get("/api/v1/audit?entityType=Schedule&entityId=" + project).json();
        assertThat(events.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void scheduleWithALoopThroughASummaryIsRefusedNamingTheLoop() {
        long summary = data.task(project, "Phase", 0);
        long inside = data.child(project, summary, "Inside");
        long outside = data.task(project, "Outside", 480);
        data.link(project, inside, outside);
        data.link(project, outside, summary);
        Api.Response r = admin().post("/api/v1/projects/" + project + "/schedule", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().get("detail").asString()).contains("loop").contains("Outside");
    }

    @Test
    void schedulingStartsATaskAfterItsPredecessorInAnotherProjectFinishes() {
        long other = data.project(null);
        long upstream = data.task(other, "Upstream", 5 * 480);
        assertThat(admin().post("/api/v1/projects/" + other + "/schedule", null).status()).isEqualTo(200);
        long downstream = data.task(project, "Downstream", 480);
        data.link(project, upstream, downstream);
        Api.Response r = admin().post("/api/v1/projects/" + project + "/schedule", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        // upstream ends Friday 2027-01-08 17:00, so downstream starts the next working morning
        assertThat(r.json().get("tasks").get(0).get("start").asString()).startsWith("2027-01-11T08:00");
    }
}
