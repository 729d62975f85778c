package org.sextant.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class CapacityApiTest {

    @LocalServerPort
    int port;

    @Test
    void gridShowsCapacityAgainstAssignmentsAndHardAndSoftAllocationsFlaggingOverAndUnderUse() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long department = TestData.created(admin.post("/api/v1/departments",
                Map.of("code", TestData.unique("CAP"), "name", TestData.unique("Capacity dept"))));
        long resource = TestData.created(admin.post("/api/v1/resources", Map.of("name", "Half-time Hana",
                "departmentId", department, "maxUnits", 0.5)));
        long project = data.project(null);
        long task = TestData.created(admin.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Build",
                "durationMinutes", 2400, "plannedStart", "2027-01-04T08:00:00", "plannedFinish", "2027-01-08T17:00:00")));
        data.assign(task, resource, 2400);
        TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project, "resourceId", resource,
                "start", "2027-01-11", "finish", "2027-01-15", "unit", "HOURS", "amount", 10, "firmness", "HARD")));
        TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project, "resourceId", resource,
                "start", "2027-01-18", "finish", "2027-01-22", "unit", "PERCENT", "amount", 100, "firmness", "SOFT")));

        Api.Response response = admin.get("/api/v1/capacity?from=2027-01-04&to=2027-03-28&unit=week&groupBy=resource"
                + "&department=" + department);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode grid = response.json();
        assertThat(grid.get("periods").size()).isEqualTo(12);
        assertThat(grid.get("rows").size()).isEqualTo(1);
        JsonNode cells = grid.get("rows").get(0).get("cells");
        assertThat(cells.get(0).get("capacity").asDouble()).isEqualTo(20.0);
        assertThat(cells.get(0).get("assigned").asDouble()).isEqualTo(40.0);
        assertThat(cells.get(0).get("load").asString()).isEqualTo("OVER");
        assertThat(cells.get(1).get("hard").asDouble()).isEqualTo(10.0);
        assertThat(cells.get(1).get("load").asString()).isEqualTo("OK");
        assertThat(cells.get(2).get("soft").asDouble()).isEqualTo(20.0);
        assertThat(cells.get(2).get("hard").asDouble()).isZero();
        assertThat(cells.get(5).get("load").asString()).isEqualTo("UNDER");
        JsonNode kpis = grid.get("kpis");
        assertThat(kpis.get("capacityHours").asDouble()).isEqualTo(240.0);
        assertThat(kpis.get("committedHours").asDouble()).isEqualTo(50.0);
        assertThat(kpis.get("softHours").asDouble()).isEqualTo(20.0);
        assertThat(kpis.get("overAllocatedRows").asInt()).isEqualTo(1);

        JsonNode byDepartment = admin.get("/api/v1/capacity?from=2027-01-04&to=2027-03-28&groupBy=department"
                + "&department=" + department).json();
        assertThat(byDepartment.get("rows").get(0).get("name").asString()).startsWith("Capacity dept");

        JsonNode drill = admin.get("/api/v1/capacity/contributions?resource=" + resource
                + "&from=2027-01-04&to=2027-01-24").json();
        assertThat(drill.size()).isEqualTo(3);
        assertThat(drill.get(0).get("kind").asString()).isEqualTo("TASK");
        assertThat(drill.get(0).get("hours").asDouble()).isEqualTo(40.0);
    }

    @Test
    void aHorizonEndingBeforeItStartsIsRefused() {
        Api.Response r = new TestData(port).admin().get("/api/v1/capacity?from=2027-03-01&to=2027-02-01");
        assertThat(r.status()).isEqualTo(422);
    }
}
