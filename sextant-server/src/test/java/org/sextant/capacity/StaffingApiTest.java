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

    @Test
    void aRoleDemandIsOfferedTheSkilledPeopleWithFreeCapacityFirstAndStaffedWithOneCall() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long skill = TestData.created(admin.post("/api/v1/skills", Map.of("name", TestData.unique("Rust"))));
        long role = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Rust developer"),
                "kind", "ROLE", "skills", List.of(Map.of("skillId", skill, "proficiency", 3)))));
        long busy = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Busy expert"),
                "skills", List.of(Map.of("skillId", skill, "proficiency", 5)))));
        long free = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Free novice"),
                "skills", List.of(Map.of("skillId", skill, "proficiency", 2)))));
        long project = data.project(null);
        TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project, "resourceId", busy,
                "start", "2029-03-05", "finish", "2029-03-09", "unit", "PERCENT", "amount", 100, "firmness", "HARD")));
        long demand = TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project, "resourceId", role,
                "start", "2029-03-05", "finish", "2029-03-09", "unit", "HOURS", "amount", 20, "firmness", "SOFT")));

        JsonNode candidates = admin.get("/api/v1/allocations/" + demand + "/candidates").json();
        assertThat(candidates.size()).isEqualTo(2);
        assertThat(candidates.get(0).get("resourceId").asLong()).isEqualTo(free);
        assertThat(candidates.get(0).get("fits").asBoolean()).isTrue();
        assertThat(candidates.get(0).get("freeHours").asDouble()).isEqualTo(40.0);
        assertThat(candidates.get(1).get("resourceId").asLong()).isEqualTo(busy);
        assertThat(candidates.get(1).get("fits").asBoolean()).isFalse();

        Api.Response staffed = admin.post("/api/v1/allocations/" + demand + "/staff", Map.of("resourceId", free, "version", 0));
        assertThat(staffed.status()).as(staffed.toString()).isEqualTo(200);
        assertThat(staffed.json().get("resourceId").asLong()).isEqualTo(free);
        assertThat(admin.get("/api/v1/allocations/" + demand + "/candidates").status()).isEqualTo(422);
    }
}
