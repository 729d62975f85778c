package org.sextant.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Absences over real HTTP, and how the capacity grid counts them with part time and employment bounds. */
@ServerTest
class AbsenceApiTest {

    @LocalServerPort
    int port;

    private static JsonNode row(Api api, long resource, String from, String to) {
        JsonNode grid = api.get("/api/v1/capacity?from=" + from + "&to=" + to + "&unit=week&groupBy=resource").json();
        for (JsonNode row : grid.get("rows")) {
            if (row.get("key").asString().equals(Long.toString(resource))) {
                return row;
            }
        }
        throw new AssertionError("no row for resource " + resource);
    }

    private static double capacity(JsonNode row, int period) {
        return row.get("cells").get(period).get("capacity").asDouble();
    }

    @Test
    void wholeAndPartialDayAbsencesAndEmploymentAndPartTimeAreTakenOffCapacity() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long resource = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Part-timer"),
                "maxUnits", 0.5, "employmentStart", "2031-03-05", "employmentEnd", "2031-03-25")));
        Api.Response vacation = admin.post("/api/v1/resources/" + resource + "/absences",
                Map.of("start", "2031-03-10", "finish", "2031-03-11", "reason", "Vacation"));
        assertThat(vacation.status()).as(vacation.toString()).isEqualTo(201);
        TestData.created(admin.post("/api/v1/resources/" + resource + "/absences",
                Map.of("start", "2031-03-17", "finish", "2031-03-21", "hours", 4, "reason", "Course")));

        JsonNode row = row(admin, resource, "2031-03-03", "2031-03-30");
        // weeks from Monday 3 March 2031: from Wednesday 5th (3 days × 4 h), minus 2 vacation days, 4 h off × 5 days
        // at half time, Monday and Tuesday before employment ends
        assertThat(capacity(row, 0)).isEqualTo(12.0);
        assertThat(capacity(row, 1)).isEqualTo(12.0);
        assertThat(capacity(row, 2)).isEqualTo(10.0);
        assertThat(capacity(row, 3)).isEqualTo(8.0);

        long id = vacation.json().get("id").asLong();
        Api.Response moved = admin.put("/api/v1/absences/" + id, Map.of("start", "2031-03-10", "finish", "2031-03-10",
                "version", 0));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(capacity(row(admin, resource, "2031-03-03", "2031-03-30"), 1)).isEqualTo(16.0);
        assertThat(admin.get("/api/v1/resources/" + resource + "/absences").json().get("total").asLong()).isEqualTo(2);
        assertThat(admin.get("/api/v1/audit?entityType=Absence&entityId=" + id).json().get("total").asLong())
                .isEqualTo(2);
        assertThat(admin.delete("/api/v1/absences/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(capacity(row(admin, resource, "2031-03-03", "2031-03-30"), 1)).isEqualTo(20.0);
    }

    @Test
    void anAbsenceEndingBeforeItStartsOrWithTooManyHoursIsRefusedNamingTheField() {
        TestData data = new TestData(port);
        long resource = data.resource(TestData.unique("Someone"), null);
        Api.Response backwards = data.admin().post("/api/v1/resources/" + resource + "/absences",
                Map.of("start", "2031-03-10", "finish", "2031-03-09"));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(TestData.field(backwards)).isEqualTo("finish");
        Api.Response tooLong = data.admin().post("/api/v1/resources/" + resource + "/absences",
                Map.of("start", "2031-03-10", "finish", "2031-03-10", "hours", 30));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(TestData.field(tooLong)).isEqualTo("hours");
        assertThat(data.admin().get("/api/v1/resources/" + resource + "/absences").json().get("total").asLong())
                .isZero();
    }
}
