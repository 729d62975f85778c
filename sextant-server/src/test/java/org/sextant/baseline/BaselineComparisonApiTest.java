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

/**
 * The comparison on a small hand-made project starting Monday 2027-01-04 on the standard calendar
 * (8 working hours a day): summary S over A (2 days) → B (1 day), and C (1 day) on its own.
 */
@ServerTest
class BaselineComparisonApiTest {

    @LocalServerPort
    int port;

    @Test
    void variancesRollUpToSummariesAndTheProjectAndAddedAndRemovedTasksAreFlagged() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        long s = data.task(project, "S", 0);
        long a = data.child(project, s, "A");
        long b = data.child(project, s, "B");
        setDuration(a, 960);
        setDuration(b, 480);
        data.link(project, a, b);
        long c = data.task(project, "C", 480);
        long rate60 = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Sixty"), "costRate", 60)));
        data.assign(a, rate60, 960);
        String baselines = "/api/v1/projects/" + project + "/baselines";
        assertThat(admin.post(baselines, Map.of("number", 0)).status()).isEqualTo(201);

        setDuration(a, 1440);
        data.assign(b, rate60, 480);
        assertThat(admin.delete("/api/v1/tasks/" + c + "?version=" + version(c)).status()).isEqualTo(204);
        long d = data.child(project, s, "D");
        setDuration(d, 480);

        Api.Response response = admin.get(baselines + "/0/comparison");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode comparison = response.json();
        JsonNode rows = comparison.get("rows");
        assertThat(rows).hasSize(5);

        JsonNode rowA = row(rows, a);
        assertThat(rowA.get("presence").asString()).isEqualTo("BOTH");
        assertThat(rowA.get("depth").asInt()).isEqualTo(1);
        assertThat(rowA.get("variance").get("durationMinutes").asLong()).isEqualTo(480);
        assertThat(rowA.get("variance").get("startDays").decimalValue()).isEqualByComparingTo("0");
        assertThat(rowA.get("variance").get("finishDays").decimalValue()).isEqualByComparingTo("1");
        assertThat(rowA.get("baseline").get("cost").decimalValue()).isEqualByComparingTo("960");

        JsonNode rowB = row(rows, b);
        assertThat(rowB.get("variance").get("startDays").decimalValue()).isEqualByComparingTo("1");
        assertThat(rowB.get("variance").get("finishDays").decimalValue()).isEqualByComparingTo("1");
        assertThat(rowB.get("variance").get("durationMinutes").asLong()).isZero();
        assertThat(rowB.get("variance").get("cost").decimalValue()).isEqualByComparingTo("480");

        JsonNode rowS = row(rows, s);
        assertThat(rowS.get("summary").asBoolean()).isTrue();
        assertThat(rowS.get("baseline").get("finish").asString()).startsWith("2027-01-06T17:00");
        assertThat(rowS.get("current").get("finish").asString()).startsWith("2027-01-07T17:00");
        assertThat(rowS.get("baseline").get("durationMinutes").asLong()).isEqualTo(3 * 480);
        assertThat(rowS.get("current").get("durationMinutes").asLong()).isEqualTo(4 * 480);
        assertThat(rowS.get("variance").get("finishDays").decimalValue()).isEqualByComparingTo("1");
        assertThat(rowS.get("variance").get("cost").decimalValue()).isEqualByComparingTo("480");
        assertThat(rowS.get("variance").get("workMinutes").asLong()).isEqualTo(
                rowA.get("variance").get("workMinutes").asLong() + rowB.get("variance").get("workMinutes").asLong()
                        + row(rows, d).get("current").get("workMinutes").asLong());

        JsonNode rowC = row(rows, c);
        assertThat(rowC.get("presence").asString()).isEqualTo("REMOVED");
        assertThat(rowC.get("name").asString()).isEqualTo("C");
        assertThat(rowC.hasNonNull("current")).isFalse();
        assertThat(rowC.hasNonNull("variance")).isFalse();
        assertThat(rowC.get("baseline").get("durationMinutes").asLong()).isEqualTo(480);
        JsonNode rowD = row(rows, d);
        assertThat(rowD.get("presence").asString()).isEqualTo("ADDED");
        assertThat(rowD.hasNonNull("baseline")).isFalse();

        JsonNode total = comparison.get("total");
        assertThat(total.get("baseline").get("finish").asString()).startsWith("2027-01-06T17:00");
        assertThat(total.get("current").get("finish").asString()).startsWith("2027-01-07T17:00");
        assertThat(total.get("variance").get("finishDays").decimalValue()).isEqualByComparingTo("1");
        assertThat(total.get("variance").get("cost").decimalValue()).isEqualByComparingTo("480");
        assertThat(total.get("baseline").get("cost").decimalValue()).isEqualByComparingTo("960");
    }

    @Test
    void comparingWithAnEmptySlotIsNotFound() {
        TestData data = new TestData(port);
        long project = data.project(null);
        assertThat(data.admin().get("/api/v1/projects/" + project + "/baselines/4/comparison").status()).isEqualTo(404);
    }

    private JsonNode row(JsonNode rows, long task) {
        for (JsonNode row : rows) {
            if (row.get("taskId").asLong() == task) {
                return row;
            }
        }
        throw new AssertionError("no row for task " + task + " in " + rows);
    }

    private void setDuration(long task, long minutes) {
        JsonNode current = new TestData(port).admin().get("/api/v1/tasks/" + task).json();
        Map<String, Object> body = new HashMap<>(Map.of("name", current.get("name").asString(),
                "durationMinutes", minutes, "workMinutes", current.get("workMinutes").asLong(),
                "version", current.get("version").asLong()));
        if (current.hasNonNull("parentId")) {
            body.put("parentId", current.get("parentId").asLong());
        }
        Api.Response updated = new TestData(port).admin().put("/api/v1/tasks/" + task, body);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }

    private long version(long task) {
        return new TestData(port).admin().get("/api/v1/tasks/" + task).json().get("version").asLong();
    }
}
