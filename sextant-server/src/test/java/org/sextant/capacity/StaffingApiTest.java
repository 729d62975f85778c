package org.sextant.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class StaffingApiTest {

    @LocalServerPort
    int port;

    /** A skill, a role needing it at level 3, a busy expert, a free journeyman (3) and a novice (2). */
    record Pool(long skill, long role, long busy, long free, long novice) {
    }

    private Pool pool(TestData data, String busyFrom, String busyTo, long project) {
        Api admin = data.admin();
        long skill = TestData.created(admin.post("/api/v1/skills", Map.of("name", TestData.unique("Rust"))));
        long role = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Rust developer"),
                "kind", "ROLE", "skills", List.of(Map.of("skillId", skill, "proficiency", 3)))));
        long busy = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Busy expert"),
                "skills", List.of(Map.of("skillId", skill, "proficiency", 5)))));
        long free = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Free journeyman"),
                "skills", List.of(Map.of("skillId", skill, "proficiency", 3)))));
        long novice = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Free novice"),
                "skills", List.of(Map.of("skillId", skill, "proficiency", 2)))));
        TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project, "resourceId", busy,
                "start", busyFrom, "finish", busyTo, "unit", "PERCENT", "amount", 100, "firmness", "HARD")));
        return new Pool(skill, role, busy, free, novice);
    }

    @Test
    void aRoleDemandIsOfferedTheQualifiedPeopleWithFreeCapacityFirstAndStaffedWithOneCall() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        Pool pool = pool(data, "2029-03-05", "2029-03-09", project);
        long demand = TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project,
                "resourceId", pool.role(), "start", "2029-03-05", "finish", "2029-03-09", "unit", "HOURS", "amount", 20,
                "firmness", "SOFT")));

        JsonNode candidates = admin.get("/api/v1/allocations/" + demand + "/candidates").json();
        assertThat(candidates.size()).as("the novice is below the role's level").isEqualTo(2);
        assertThat(candidates.get(0).get("resourceId").asLong()).isEqualTo(pool.free());
        assertThat(candidates.get(0).get("fits").asBoolean()).isTrue();
        assertThat(candidates.get(0).get("freeHours").asDouble()).isEqualTo(40.0);
        assertThat(candidates.get(1).get("resourceId").asLong()).isEqualTo(pool.busy());
        assertThat(candidates.get(1).get("fits").asBoolean()).isFalse();

        Api.Response novice = admin.post("/api/v1/allocations/" + demand + "/staff",
                Map.of("resourceId", pool.novice(), "version", 0));
        assertThat(novice.status()).as(novice.toString()).isEqualTo(422);
        assertThat(TestData.field(novice)).isEqualTo("resourceId");
        Api.Response staffed = admin.post("/api/v1/allocations/" + demand + "/staff",
                Map.of("resourceId", pool.free(), "version", 0));
        assertThat(staffed.status()).as(staffed.toString()).isEqualTo(200);
        assertThat(staffed.json().get("resourceId").asLong()).isEqualTo(pool.free());
        assertThat(admin.get("/api/v1/allocations/" + demand + "/candidates").status()).isEqualTo(422);
        JsonNode audit = admin.get("/api/v1/audit?entityType=Allocation&entityId=" + demand).json().get("items");
        assertThat(audit.get(0).get("action").asString()).isEqualTo("UPDATE");
        assertThat(audit.get(0).get("changes").get("resourceId").get("to").asLong()).isEqualTo(pool.free());
    }

    @Test
    void aTaskAssignedToARoleIsOfferedTheQualifiedPeopleOverTheTasksDatesAndStaffedWithAnAuditedSwap() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        String managerName = TestData.unique("stpm");
        long manager = data.user(managerName, "PROJECT_MANAGER");
        long project = data.project(manager);
        Pool pool = pool(data, "2027-01-04", "2027-01-08", project);
        long task = data.task(project, "Rewrite the parser", 5 * 480);
        long assignment = data.assign(task, pool.role(), 16 * 60);

        Api.Response response = data.as(managerName).get("/api/v1/assignments/" + assignment + "/candidates");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode candidates = response.json();
        assertThat(candidates.size()).isEqualTo(2);
        assertThat(candidates.get(0).get("resourceId").asLong()).isEqualTo(pool.free());
        assertThat(candidates.get(0).get("neededHours").asDouble()).isEqualTo(16.0);
        assertThat(candidates.get(0).get("fits").asBoolean()).isTrue();
        assertThat(candidates.get(1).get("resourceId").asLong()).isEqualTo(pool.busy());
        assertThat(candidates.get(1).get("fits").asBoolean()).isFalse();

        Api.Response novice = data.as(managerName).post("/api/v1/assignments/" + assignment + "/staff",
                Map.of("resourceId", pool.novice(), "version", 0));
        assertThat(novice.status()).as(novice.toString()).isEqualTo(422);
        assertThat(TestData.field(novice)).isEqualTo("resourceId");
        Api.Response staffed = data.as(managerName).post("/api/v1/assignments/" + assignment + "/staff",
                Map.of("resourceId", pool.free(), "version", 0));
        assertThat(staffed.status()).as(staffed.toString()).isEqualTo(200);
        assertThat(staffed.json().get("resourceId").asLong()).isEqualTo(pool.free());
        assertThat(staffed.json().get("workMinutes").asLong()).isEqualTo(16 * 60);

        JsonNode audit = admin.get("/api/v1/audit?entityType=Assignment&entityId=" + assignment).json().get("items");
        JsonNode swap = audit.get(0);
        assertThat(swap.get("action").asString()).isEqualTo("UPDATE");
        assertThat(swap.get("actor").asString()).isEqualTo(managerName);
        assertThat(swap.get("changes").get("resourceId").get("from").asLong()).isEqualTo(pool.role());
        assertThat(swap.get("changes").get("resourceId").get("to").asLong()).isEqualTo(pool.free());
        Api.Response again = admin.get("/api/v1/assignments/" + assignment + "/candidates");
        assertThat(again.status()).isEqualTo(422);
        assertThat(TestData.field(again)).isEqualTo("resourceId");
    }

    @Test
    void onlyTheProjectsEditorsStaffATaskAndAPersonAlreadyOnTheTaskIsRefused() {
        TestData data = new TestData(port);
        long project = data.project(null);
        Pool pool = pool(data, "2027-06-07", "2027-06-11", project);
        long task = data.task(project, "Port the module", 5 * 480);
        long assignment = data.assign(task, pool.role(), 8 * 60);
        data.assign(task, pool.free(), 8 * 60);
        String outsider = TestData.unique("stother");
        data.user(outsider, "PROJECT_MANAGER");

        assertThat(data.as(outsider).post("/api/v1/assignments/" + assignment + "/staff",
                Map.of("resourceId", pool.busy(), "version", 0)).status()).isEqualTo(403);
        Api.Response taken = data.admin().post("/api/v1/assignments/" + assignment + "/staff",
                Map.of("resourceId", pool.free(), "version", 0));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(TestData.field(taken)).isEqualTo("resourceId");
        assertThat(data.admin().post("/api/v1/assignments/" + assignment + "/staff", Map.of("version", 0)).status())
                .isEqualTo(400);
    }
}
