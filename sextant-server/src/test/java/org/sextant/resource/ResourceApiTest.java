package org.sextant.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextant.TestData.field;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class ResourceApiTest {

    @LocalServerPort
    int port;

    @Test
    void resourceWithSkillsIsCreatedUpdatedAndDeletedWithItsHistoryRecorded() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long java = TestData.created(admin.post("/api/v1/skills", Map.of("name", TestData.unique("Java"), "category", "Engineering")));
        long department = TestData.created(admin.post("/api/v1/departments",
                Map.of("code", TestData.unique("D"), "name", TestData.unique("Engineering"))));
        Map<String, Object> body = new HashMap<>(Map.of("name", "Ada Lovelace", "kind", "PERSON", "email", "ada@test.local",
                "departmentId", department, "skills", List.of(Map.of("skillId", java, "proficiency", 5)),
                "costRate", 95.50, "currency", "EUR", "maxUnits", 0.8, "employmentStart", "2020-01-01"));
        Api.Response created = admin.post("/api/v1/resources", body);
        long id = TestData.created(created);
        assertThat(created.json().get("skills").get(0).get("proficiency").asInt()).isEqualTo(5);
        assertThat(created.json().get("departmentId").asLong()).isEqualTo(department);

        body.put("costRate", 105);
        body.put("version", 0);
        assertThat(admin.put("/api/v1/resources/" + id, body).status()).isEqualTo(200);
        assertThat(admin.put("/api/v1/resources/" + id, body).status()).isEqualTo(409);

        JsonNode list = admin.get("/api/v1/resources?skillId=" + java + "&departmentId=" + department + "&sort=costRate,desc").json();
        assertThat(list.get("total").asLong()).isEqualTo(1);

        assertThat(admin.delete("/api/v1/resources/" + id + "?version=1").status()).isEqualTo(204);
        JsonNode history = admin.get("/api/v1/audit/history/Resource/" + id).json();
        assertThat(history.get(1).get("changes").get("costRate").get("to").asDouble()).isEqualTo(105.0);
    }

    @Test
    void proficiencyOutsideOneToFiveIsRefusedNamingTheField() {
        TestData data = new TestData(port);
        long skill = TestData.created(data.admin().post("/api/v1/skills", Map.of("name", TestData.unique("SQL"))));
        Api.Response r = data.admin().post("/api/v1/resources", Map.of("name", "Bad",
                "skills", List.of(Map.of("skillId", skill, "proficiency", 6))));
        assertThat(r.status()).isEqualTo(400);
        assertThat(field(r)).isEqualTo("skills[0].proficiency");
    }

    @Test
    void onlyThePmoAndAdministratorsMaintainResourcesAndSkills() {
        TestData data = new TestData(port);
        String username = TestData.unique("pm");
        data.user(username, "PROJECT_MANAGER");
        Api pm = data.as(username);
        assertThat(pm.post("/api/v1/skills", Map.of("name", TestData.unique("Nope"))).status()).isEqualTo(403);
        assertThat(pm.post("/api/v1/resources", Map.of("name", "Nope")).status()).isEqualTo(403);
        assertThat(pm.get("/api/v1/resources").status()).isEqualTo(200);
        assertThat(data.admin().get("/api/v1/resources/987654321").status()).isEqualTo(404);
    }

    @Test
    void assignmentsAddUpToTheProjectTeamAndNeedEditRightsOnTheTasksProject() {
        TestData data = new TestData(port);
        String username = TestData.unique("pm");
        long pm = data.user(username, "PROJECT_MANAGER");
        long own = data.project(pm);
        long foreign = data.project(null);
        long t1 = data.task(own, "Analyse", 960);
        long t2 = data.task(own, "Implement", 2400);
        long alien = data.task(foreign, "Alien", 480);
        long dev = data.resource(TestData.unique("Developer"), null);
        Api manager = data.as(username);

        long a1 = TestData.created(manager.post("/api/v1/tasks/" + t1 + "/assignments",
                Map.of("resourceId", dev, "units", 0.5, "workMinutes", 480)));
        TestData.created(manager.post("/api/v1/tasks/" + t2 + "/assignments", Map.of("resourceId", dev, "workMinutes", 2400)));
        assertThat(manager.post("/api/v1/tasks/" + t1 + "/assignments", Map.of("resourceId", dev)).status()).isEqualTo(409);
        assertThat(manager.post("/api/v1/tasks/" + alien + "/assignments", Map.of("resourceId", dev)).status()).isEqualTo(403);

        JsonNode team = manager.get("/api/v1/projects/" + own + "/team?sort=totalWorkMinutes,desc").json();
        assertThat(team.get("total").asLong()).isEqualTo(1);
        assertThat(team.get("items").get(0).get("totalWorkMinutes").asLong()).isEqualTo(2880);
        assertThat(team.get("items").get(0).get("assignments").asLong()).isEqualTo(2);

        assertThat(manager.put("/api/v1/assignments/" + a1, Map.of("resourceId", dev, "workMinutes", 960), "\"0\"").status())
                .isEqualTo(200);
        assertThat(manager.put("/api/v1/assignments/" + a1, Map.of("resourceId", dev, "workMinutes", 10), "\"0\"").status())
                .isEqualTo(412);
        assertThat(data.admin().get("/api/v1/audit/history/Assignment/" + a1).json().size()).isEqualTo(2);
    }

    @Test
    void teamMemberSeesOnlyTheProjectsTheyAreAssignedIn() {
        TestData data = new TestData(port);
        String username = TestData.unique("member");
        long user = data.user(username, "TEAM_MEMBER");
        long mine = data.project(null);
        long other = data.project(null);
        data.assign(data.task(mine, "Mine", 480), data.resource(username, user), 480);
        Api member = data.as(username);
        assertThat(member.get("/api/v1/projects/" + mine).status()).isEqualTo(200);
        assertThat(member.get("/api/v1/projects/" + mine + "/tasks").status()).isEqualTo(200);
        assertThat(member.get("/api/v1/projects/" + other).status()).isEqualTo(403);
        assertThat(member.get("/api/v1/projects/" + other + "/tasks").status()).isEqualTo(403);
    }

    @Test
    void deletingAProjectWithContentRemovesItsAssignmentsTasksAndDependencies() {
        TestData data = new TestData(port);
        long project = data.project(null);
        long a = data.task(project, "A", 480);
        long b = data.task(project, "B", 480);
        data.link(project, a, b);
        long assignment = data.assign(a, data.resource(TestData.unique("Worker"), null), 480);

        Api.Response refused = data.admin().delete("/api/v1/projects/" + project + "?version=0");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("2 tasks").contains("1 assignments");

        Api.Response deleted = data.admin().delete("/api/v1/projects/" + project + "?version=0&withContent=true");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(data.admin().get("/api/v1/assignments/" + assignment).status()).isEqualTo(404);
        assertThat(data.admin().get("/api/v1/tasks/" + a).status()).isEqualTo(404);
    }
}
