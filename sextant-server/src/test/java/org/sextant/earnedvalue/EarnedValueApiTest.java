package org.sextant.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Earned value over real HTTP on projects built through the API; the numbers are in {@link EarnedValueFixture}. */
@ServerTest
class EarnedValueApiTest {

    private static final Offset<Double> CENT = within(0.005);

    @LocalServerPort
    int port;

    @Test
    void aPricedProjectsEarnedValueIsMeasuredAgainstBaselineZeroInItsCurrency() {
        TestData data = new TestData(port);
        EarnedValueFixture fixture = EarnedValueFixture.create(data, null, null, true);

        Api.Response response = data.admin().get("/api/v1/projects/" + fixture.project + "/earned-value?period=week");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode ev = response.json();
        assertThat(ev.get("unit").asString()).isEqualTo("CURRENCY");
        assertThat(ev.get("unitLabel").asString()).isEqualTo("EUR");
        assertThat(ev.get("baseline").asInt()).isZero();
        assertThat(ev.get("statusDate").asString()).isEqualTo("2027-01-22");
        JsonNode m = ev.get("metrics");
        assertThat(m.get("bac").asDouble()).isCloseTo(8_000, CENT);
        assertThat(m.get("pv").asDouble()).isCloseTo(6_000, CENT);
        assertThat(m.get("ev").asDouble()).isCloseTo(5_000, CENT);
        assertThat(m.get("ac").asDouble()).isCloseTo(0, CENT);
        assertThat(m.get("sv").asDouble()).isCloseTo(-1_000, CENT);
        assertThat(m.get("spi").asDouble()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(m.get("cpi").isNull()).as("no actual cost, no CPI").isTrue();
        assertThat(m.get("eacByMethod").get("BUDGET_RATE").asDouble()).isCloseTo(3_000, CENT);
        JsonNode es = ev.get("earnedSchedule");
        assertThat(es.get("es").asDouble()).isCloseTo(2.5, within(1e-9));
        assertThat(es.get("at").asDouble()).isCloseTo(3.0, within(1e-9));
        assertThat(es.get("pd").asDouble()).isCloseTo(4.0, within(1e-9));
        assertThat(es.get("spit").asDouble()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(es.get("ieact").asDouble()).isCloseTo(4.8, within(1e-9));
    }

    /**
     * The same project with 4,500 of expenses on task A by the status date and 1,000 after it: AC counts what
     * was incurred up to the status date, so CV = 5,000 - 4,500 and CPI = 10/9.
     */
    @Test
    void aPricedProjectWithExpensesHasActualCostAndACpi() {
        TestData data = new TestData(port);
        EarnedValueFixture fixture = EarnedValueFixture.create(data, null, null, true);
        String expenses = "/api/v1/projects/" + fixture.project + "/expenses";
        for (Object[] e : new Object[][] {{"2027-01-08", 3_000}, {"2027-01-20", 1_500}, {"2027-01-25", 1_000}}) {
            Api.Response created = data.admin().post(expenses, java.util.Map.of("taskId", fixture.taskA,
                    "incurredOn", e[0], "category", "SERVICES", "spendType", "OPEX", "amount", e[1]));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        JsonNode m = data.admin().get("/api/v1/projects/" + fixture.project + "/earned-value").json().get("metrics");
        assertThat(m.get("ac").asDouble()).isCloseTo(4_500, CENT);
        assertThat(m.get("cv").asDouble()).isCloseTo(500, CENT);
        assertThat(m.get("cpi").asDouble()).isCloseTo(10.0 / 9, within(1e-9));
        assertThat(m.get("eacByMethod").get("CPI").asDouble()).isCloseTo(8_000 * 0.9, CENT);
    }

    /** Sundays 10 and 17 January: A had run 7 of its 12 calendar days (58 1/3 %), then was done. */
    @Test
    void theSCurveHasPlannedValueEveryWeekAndEarnedValueUpToTheStatusDate() {
        TestData data = new TestData(port);
        EarnedValueFixture fixture = EarnedValueFixture.create(data, null, null, true);

        JsonNode curve = data.admin().get("/api/v1/projects/" + fixture.project + "/earned-value?period=week")
                .json().get("sCurve");
        assertThat(curve).hasSize(4);
        assertThat(curve.get(0).get("periodEnd").asString()).isEqualTo("2027-01-10");
        double[] pv = {2_000, 4_000, 6_000, 8_000};
        for (int i = 0; i < 4; i++) {
            assertThat(curve.get(i).get("pv").asDouble()).as("PV week " + (i + 1)).isCloseTo(pv[i], CENT);
        }
        assertThat(curve.get(0).get("ev").asDouble()).isCloseTo(4_000 * 7 / 12.0, CENT);
        assertThat(curve.get(1).get("ev").asDouble()).isCloseTo(4_000, CENT);
        assertThat(curve.get(2).get("ev").asDouble()).isCloseTo(5_000, CENT);
        assertThat(curve.get(3).get("ev").isNull()).as("after the status date").isTrue();
    }

    @Test
    void anEarlierStatusDateAndTheChosenEacMethodChangeTheFigures() {
        TestData data = new TestData(port);
        EarnedValueFixture fixture = EarnedValueFixture.create(data, null, null, true);

        JsonNode m = data.admin().get("/api/v1/projects/" + fixture.project
                + "/earned-value?statusDate=2027-01-15&eac=BUDGET_RATE&period=week").json().get("metrics");
        // end of Friday 15 January: A planned and (reconstructed) done; B not yet planned nor started
        assertThat(m.get("pv").asDouble()).isCloseTo(4_000, CENT);
        assertThat(m.get("ev").asDouble()).isCloseTo(4_000, CENT);
        assertThat(m.get("eacMethod").asString()).isEqualTo("BUDGET_RATE");
        assertThat(m.get("eac").asDouble()).isCloseTo(4_000, CENT);
        assertThat(m.get("vac").asDouble()).isCloseTo(4_000, CENT);
    }

    @Test
    void aProjectWithoutCostsIsMeasuredInHoursOfDuration() {
        TestData data = new TestData(port);
        EarnedValueFixture fixture = EarnedValueFixture.create(data, null, null, false);

        JsonNode ev = data.admin().get("/api/v1/projects/" + fixture.project + "/earned-value").json();
        assertThat(ev.get("unit").asString()).isEqualTo("DURATION_HOURS");
        assertThat(ev.get("unitLabel").asString()).isEqualTo("h");
        assertThat(ev.get("metrics").get("bac").asDouble()).isCloseTo(160, CENT);
        assertThat(ev.get("metrics").get("pv").asDouble()).isCloseTo(120, CENT);
        assertThat(ev.get("metrics").get("ev").asDouble()).isCloseTo(100, CENT);
        assertThat(ev.get("tasks")).hasSize(2);
        assertThat(ev.get("tasks").get(0).get("name").asString()).isEqualTo("A");
    }

    @Test
    void aProjectWithoutTheBaselineIsRefusedNamingTheBaseline() {
        TestData data = new TestData(port);
        EarnedValueFixture fixture = EarnedValueFixture.create(data, null, null, true);

        Api.Response none = data.admin().get("/api/v1/projects/" + fixture.project + "/earned-value?baseline=2");
        assertThat(none.status()).as(none.toString()).isEqualTo(409);
        assertThat(TestData.field(none)).isEqualTo("baseline");
        assertThat(none.json().get("detail").asString()).contains("no baseline 2");
        long bare = data.project(null);
        assertThat(data.admin().get("/api/v1/projects/" + bare + "/earned-value").status()).isEqualTo(409);
    }

    @Test
    void unknownChoicesAreRefusedNamingTheParameter() {
        TestData data = new TestData(port);
        long project = data.project(null);
        String path = "/api/v1/projects/" + project + "/earned-value";

        Api.Response eac = data.admin().get(path + "?eac=GUESS");
        assertThat(eac.status()).isEqualTo(422);
        assertThat(TestData.field(eac)).isEqualTo("eac");
        assertThat(TestData.field(data.admin().get(path + "?period=year"))).isEqualTo("period");
        assertThat(TestData.field(data.admin().get(path + "?baseline=11"))).isEqualTo("baseline");
        assertThat(data.admin().get(path + "?statusDate=yesterday").status()).isEqualTo(400);
    }

    @Test
    void theFiftyFiftyRuleEarnsHalfOfAStartedTask() {
        TestData data = new TestData(port);
        EarnedValueFixture fixture = EarnedValueFixture.create(data, null, null, true);

        JsonNode m = data.admin().get("/api/v1/projects/" + fixture.project + "/earned-value?rule=FIFTY_FIFTY")
                .json().get("metrics");
        assertThat(m.get("ev").asDouble()).isCloseTo(4_000 + 2_000, CENT);
    }

    /**
     * One task of 80 duration hours (no resources), started Monday 4 January: 30 % recorded with status
     * date Friday 8th, 80 % with status date Friday 22nd. The EV of week 2 stays at the 30 % recorded then;
     * a straight line from the start to the current 80 % would give 80 % × 14/19.
     */
    @Test
    void theSCurvesEarnedValueFollowsTheProgressRecordedEachWeek() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        long task = data.task(project, "Pour the foundations", 4800);
        assertThat(admin.post("/api/v1/projects/" + project + "/baselines", Map.of("number", 0)).status())
                .isEqualTo(201);
        long projectVersion = admin.get("/api/v1/projects/" + project + "/progress").json().get("projectVersion")
                .asLong();
        Api.Response week1 = admin.put("/api/v1/projects/" + project + "/status-date",
                Map.of("statusDate", "2027-01-08", "version", projectVersion));
        assertThat(week1.status()).as(week1.toString()).isEqualTo(200);
        recordProgress(admin, task, 30);
        Api.Response week3 = admin.put("/api/v1/projects/" + project + "/status-date",
                Map.of("statusDate", "2027-01-22", "version", week1.json().get("version").asLong()));
        assertThat(week3.status()).as(week3.toString()).isEqualTo(200);
        recordProgress(admin, task, 80);

        JsonNode ev = admin.get("/api/v1/projects/" + project + "/earned-value?period=week").json();
        assertThat(ev.get("unit").asString()).isEqualTo("DURATION_HOURS");
        assertThat(ev.get("metrics").get("ev").asDouble()).as("at the progress date").isCloseTo(64, CENT);
        JsonNode curve = ev.get("sCurve");
        assertThat(curve.get(0).get("periodEnd").asString()).isEqualTo("2027-01-10");
        assertThat(curve.get(0).get("ev").asDouble()).as("week 1: 30 %").isCloseTo(24, CENT);
        assertThat(curve.get(1).get("ev").asDouble()).as("week 2: still the 30 % recorded").isCloseTo(24, CENT);
        assertThat(curve.get(2).get("ev").asDouble()).as("week 3: 80 %").isCloseTo(64, CENT);
    }

    private static void recordProgress(Api admin, long task, int percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("percentComplete", percent);
        body.put("actualStart", "2027-01-04T08:00:00");
        body.put("version", admin.get("/api/v1/tasks/" + task).json().get("version").asLong());
        Api.Response response = admin.send("PATCH", "/api/v1/tasks/" + task + "/progress", body, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
