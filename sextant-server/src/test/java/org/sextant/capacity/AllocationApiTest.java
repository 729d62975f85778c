package org.sextant.capacity;

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
class AllocationApiTest {

    @LocalServerPort
    int port;

    private static Map<String, Object> body(long project, long resource, String firmness) {
        Map<String, Object> body = new HashMap<>(Map.of("projectId", project, "resourceId", resource,
                "start", "2027-02-01", "finish", "2027-03-31", "unit", "PERCENT", "amount", 50));
        if (firmness != null) {
            body.put("firmness", firmness);
        }
        return body;
    }

    @Test
    void pmoBooksAHardAllocationChangesAndDeletesItWithItsHistoryRecorded() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        long resource = data.resource(TestData.unique("Booked"), null);
        Api.Response created = admin.post("/api/v1/allocations", body(project, resource, "HARD"));
        long id = TestData.created(created);
        assertThat(created.json().get("firmness").asString()).isEqualTo("HARD");

        Map<String, Object> change = body(project, resource, "HARD");
        change.put("amount", 80);
        change.put("version", 0);
        assertThat(admin.put("/api/v1/allocations/" + id, change).status()).isEqualTo(200);
        assertThat(admin.put("/api/v1/allocations/" + id, change).status()).isEqualTo(409);

        JsonNode list = admin.get("/api/v1/allocations?projectId=" + project + "&from=2027-03-01&to=2027-03-05").json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/v1/allocations?projectId=" + project + "&from=2027-04-01").json().get("total").asLong())
                .isZero();

        assertThat(admin.delete("/api/v1/allocations/" + id + "?version=1").status()).isEqualTo(204);
        JsonNode history = admin.get("/api/v1/audit/history/Allocation/" + id).json();
        assertThat(history.get(1).get("changes").get("amount").get("to").asDouble()).isEqualTo(80.0);
    }

    @Test
    void projectManagerRequestsSoftAllocationsOfTheirProjectButCannotBookHardOnes() {
        TestData data = new TestData(port);
        String username = TestData.unique("alloc-pm").toLowerCase();
        long manager = data.user(username, "PROJECT_MANAGER");
        long project = data.project(manager);
        long otherProject = data.project(null);
        long resource = data.resource(TestData.unique("Requested"), null);
        Api pm = data.as(username);

        Api.Response soft = pm.post("/api/v1/allocations", body(project, resource, null));
        assertThat(soft.status()).as(soft.toString()).isEqualTo(201);
        assertThat(soft.json().get("firmness").asString()).isEqualTo("SOFT");
        assertThat(pm.post("/api/v1/allocations", body(project, resource, "HARD")).status()).isEqualTo(403);
        assertThat(pm.post("/api/v1/allocations", body(otherProject, resource, null)).status()).isEqualTo(403);

        Map<String, Object> confirm = body(project, resource, "HARD");
        confirm.put("version", 0);
        long id = soft.json().get("id").asLong();
        assertThat(pm.put("/api/v1/allocations/" + id, confirm).status()).isEqualTo(403);
        assertThat(data.admin().put("/api/v1/allocations/" + id, confirm).status()).isEqualTo(200);
        assertThat(pm.delete("/api/v1/allocations/" + id + "?version=1").status()).isEqualTo(403);
    }

    @Test
    void anAllocationEndingBeforeItStartsIsRefused() {
        TestData data = new TestData(port);
        Map<String, Object> body = body(data.project(null), data.resource(TestData.unique("R"), null), "HARD");
        body.put("finish", "2027-01-15");
        Api.Response r = data.admin().post("/api/v1/allocations", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(TestData.field(r)).isEqualTo("finish");
    }
}
