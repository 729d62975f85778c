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
class BaselineApiTest {

    @LocalServerPort
    int port;

    private static Map<String, Object> save(Integer number, String name) {
        Map<String, Object> body = new HashMap<>();
        if (number != null) {
            body.put("number", number);
        }
        if (name != null) {
            body.put("name", name);
        }
        return body;
    }

    @Test
    void elevenBaselinesAreSavedAndATwelfthIsRefused() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        data.task(project, "Design", 2400);
        data.task(project, "Build", 4800);
        String path = "/api/v1/projects/" + project + "/baselines";

        for (int n = 0; n <= Baselines.MAX_NUMBER; n++) {
            Api.Response saved = admin.post(path, save(null, null));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
            assertThat(saved.json().get("number").asInt()).isEqualTo(n);
            assertThat(saved.json().get("name").asString()).isEqualTo("Baseline " + n);
            assertThat(saved.json().get("taskCount").asInt()).isEqualTo(2);
        }
        Api.Response twelfth = admin.post(path, save(null, "One too many"));
        assertThat(twelfth.status()).isEqualTo(422);
        assertThat(TestData.field(twelfth)).isEqualTo("number");
        Api.Response outOfRange = admin.post(path, save(11, null));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(TestData.field(outOfRange)).isEqualTo("number");

        JsonNode list = admin.get(path).json();
        assertThat(list.get("total").asLong()).isEqualTo(11);
        assertThat(list.get("items").get(10).get("number").asInt()).isEqualTo(10);
    }

    @Test
    void savingCopiesEachTasksPlanWithItsCost() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        long task = data.task(project, "Priced work", 960);
        long resource = TestData.created(admin.post("/api/v1/resources",
                Map.of("name", TestData.unique("Priced"), "costRate", 90)));
        data.assign(task, resource, 960);
        long milestone = TestData.created(admin.post("/api/v1/projects/" + project + "/tasks",
                Map.of("name", "Done", "kind", "MILESTONE")));

        Api.Response saved = admin.post("/api/v1/projects/" + project + "/baselines", save(3, "Approved plan"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.header("ETag")).isEqualTo("\"0\"");

        JsonNode detail = admin.get("/api/v1/projects/" + project + "/baselines/3").json();
        assertThat(detail.get("baseline").get("name").asString()).isEqualTo("Approved plan");
        JsonNode tasks = detail.get("tasks");
        assertThat(tasks).hasSize(2);
        JsonNode copied = tasks.get(0);
        JsonNode current = admin.get("/api/v1/tasks/" + task).json();
        assertThat(copied.get("taskId").asLong()).isEqualTo(task);
        assertThat(copied.get("start").asString()).isEqualTo(current.get("plannedStart").asString());
        assertThat(copied.get("finish").asString()).isEqualTo(current.get("plannedFinish").asString());
        assertThat(copied.get("durationMinutes").asLong()).isEqualTo(960);
        assertThat(copied.get("workMinutes").asLong()).isEqualTo(current.get("workMinutes").asLong());
        assertThat(copied.get("cost").decimalValue()).isEqualByComparingTo("1440.00");
        assertThat(tasks.get(1).get("taskId").asLong()).isEqualTo(milestone);
        assertThat(tasks.get(1).get("milestone").asBoolean()).isTrue();
    }

    @Test
    void anOccupiedNumberIsReplacedOnlyExplicitlyAndEveryStepIsAudited() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        data.task(project, "First", 480);
        String path = "/api/v1/projects/" + project + "/baselines";
        assertThat(admin.post(path, save(0, "Original")).status()).isEqualTo(201);
        Api.Response again = admin.post(path, save(0, "Sneaky overwrite"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(TestData.field(again)).isEqualTo("number");

        data.task(project, "Second", 480);
        Api.Response replaced = admin.put(path + "/0", Map.of("name", "Re-planned"), "\"0\"");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("taskCount").asInt()).isEqualTo(2);
        assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
        assertThat(admin.put(path + "/0", Map.of("name", "Stale"), "\"0\"").status()).isEqualTo(412);
        assertThat(admin.delete(path + "/0?version=0").status()).isEqualTo(409);
        assertThat(admin.delete(path + "/0?version=1").status()).isEqualTo(204);
        assertThat(admin.get(path + "/0").status()).isEqualTo(404);

        JsonNode history = admin.get("/api/v1/audit/history/Baseline/" + project + "-0").json();
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
        assertThat(history.get(1).get("action").asString()).isEqualTo("UPDATE");
        assertThat(history.get(1).get("changes").get("name").get("from").asString()).isEqualTo("Original");
        assertThat(history.get(1).get("changes").get("name").get("to").asString()).isEqualTo("Re-planned");
        assertThat(history.get(1).get("changes").get("taskCount").get("to").asInt()).isEqualTo(2);
        assertThat(history.get(2).get("action").asString()).isEqualTo("DELETE");
    }

    @Test
    void onlyTheProjectsEditorsSaveAndItsReadersList() {
        TestData data = new TestData(port);
        String manager = TestData.unique("bl-pm").toLowerCase();
        String otherManager = TestData.unique("bl-other").toLowerCase();
        long project = data.project(data.user(manager, "PROJECT_MANAGER"));
        data.user(otherManager, "PROJECT_MANAGER");
        data.task(project, "Only task", 480);
        String path = "/api/v1/projects/" + project + "/baselines";

        assertThat(data.as(otherManager).post(path, save(0, null)).status()).isEqualTo(403);
        assertThat(data.as("exec").post(path, save(0, null)).status()).isEqualTo(403);
        assertThat(data.as(manager).post(path, save(0, null)).status()).isEqualTo(201);
        assertThat(data.as("exec").get(path).json().get("total").asLong()).isEqualTo(1);
        assertThat(data.as(otherManager).delete(path + "/0?version=0").status()).isEqualTo(403);
        assertThat(data.admin().get(path + "/0").status()).isEqualTo(200);
    }
}
