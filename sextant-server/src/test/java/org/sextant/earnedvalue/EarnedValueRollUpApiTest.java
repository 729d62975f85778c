package org.sextant.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Program and portfolio roll-ups over projects built through the API (each as {@link EarnedValueFixture}). */
@ServerTest
class EarnedValueRollUpApiTest {

    private static final Offset<Double> CENT = within(0.005);

    @LocalServerPort
    int port;

    @Test
    void aProgramSumsItsProjectsAndRecomputesTheIndexesFromTheSums() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long portfolio = data.portfolio();
        long program = TestData.created(admin.post("/api/v1/programs",
                Map.of("portfolioId", portfolio, "name", TestData.unique("EV program"))));
        EarnedValueFixture first = EarnedValueFixture.create(data, portfolio, program, true);
        EarnedValueFixture second = EarnedValueFixture.create(data, portfolio, program, true);
        // the second project is one week further: B 75 % done
        long version = admin.get("/api/v1/tasks/" + second.taskB).json().get("version").asLong();
        assertThat(admin.send("PATCH", "/api/v1/tasks/" + second.taskB + "/progress", Map.of("percentComplete", 75,
                "actualStart", "2027-01-18T08:00:00", "version", version), null).status()).isEqualTo(200);
        TestData.created(admin.post("/api/v1/projects", Map.of("code", TestData.unique("NB"), "name", "No baseline",
                "portfolioId", portfolio, "programId", program, "plannedStart", "2027-01-04",
                "plannedFinish", "2027-03-31")));

        Api.Response response = admin.get("/api/v1/programs/" + program
                + "/earned-value?statusDate=2027-01-22&period=week&sort=spi&dir=desc");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode r = response.json();
        assertThat(r.get("kind").asString()).isEqualTo("PROGRAM");
        assertThat(r.get("unitLabel").asString()).isEqualTo("EUR");
        JsonNode m = r.get("metrics");
        assertThat(m.get("bac").asDouble()).isCloseTo(16_000, CENT);
        assertThat(m.get("pv").asDouble()).isCloseTo(12_000, CENT);
        assertThat(m.get("ev").asDouble()).isCloseTo(5_000 + 7_000, CENT);
        assertThat(m.get("spi").asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(r.get("sCurve").get(2).get("pv").asDouble()).isCloseTo(12_000, CENT);
        JsonNode rows = r.get("projects");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("projectId").asLong()).as("highest SPI first").isEqualTo(second.project);
        assertThat(rows.get(0).get("spi").asDouble()).isCloseTo(7.0 / 6, within(1e-9));
        assertThat(rows.get(1).get("projectId").asLong()).isEqualTo(first.project);
        assertThat(r.get("excluded")).hasSize(1);
        assertThat(r.get("excluded").get(0).get("reason").asString()).isEqualTo("no baseline 0");
    }

    @Test
    void aPortfolioInMoneyLeavesOutAProjectMeasuredInHours() {
        TestData data = new TestData(port);
        long portfolio = data.portfolio();
        EarnedValueFixture priced = EarnedValueFixture.create(data, portfolio, null, true);
        EarnedValueFixture unpriced = EarnedValueFixture.create(data, portfolio, null, false);

        JsonNode r = data.admin().get("/api/v1/portfolios/" + portfolio + "/earned-value?statusDate=2027-01-22")
                .json();
        assertThat(r.get("kind").asString()).isEqualTo("PORTFOLIO");
        assertThat(r.get("metrics").get("bac").asDouble()).isCloseTo(8_000, CENT);
        assertThat(r.get("projects")).hasSize(1);
        assertThat(r.get("projects").get(0).get("projectId").asLong()).isEqualTo(priced.project);
        assertThat(r.get("excluded").get(0).get("projectId").asLong()).isEqualTo(unpriced.project);
        assertThat(r.get("excluded").get(0).get("reason").asString()).contains("hours");
    }

    /**
     * The roll-up reads its projects in bulk, the project endpoint one at a time: each project's row must
     * equal its own figures, and the roll-up's the sums, with actual costs that differ per project.
     */
    @Test
    void aPortfolioReadInBulkGivesEachProjectItsOwnFigures() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long portfolio = data.portfolio();
        EarnedValueFixture first = EarnedValueFixture.create(data, portfolio, null, true);
        EarnedValueFixture second = EarnedValueFixture.create(data, portfolio, null, true);
        EarnedValueFixture third = EarnedValueFixture.create(data, portfolio, null, true);
        long version = admin.get("/api/v1/tasks/" + second.taskB).json().get("version").asLong();
        assertThat(admin.send("PATCH", "/api/v1/tasks/" + second.taskB + "/progress", Map.of("percentComplete", 60,
                "actualStart", "2027-01-18T08:00:00", "version", version), null).status()).isEqualTo(200);
        expense(admin, first.project, first.taskA, "2027-01-08", 4_200);
        expense(admin, first.project, null, "2027-01-20", 300);
        expense(admin, third.project, third.taskB, "2027-01-19", 1_750);
        expense(admin, third.project, third.taskB, "2027-02-15", 999);

        JsonNode r = admin.get("/api/v1/portfolios/" + portfolio + "/earned-value?statusDate=2027-01-22").json();
        JsonNode rows = r.get("projects");
        assertThat(rows).hasSize(3);
        double[] sums = new double[4];
        for (JsonNode row : rows) {
            JsonNode own = admin.get("/api/v1/projects/" + row.get("projectId").asLong()
                    + "/earned-value?statusDate=2027-01-22").json().get("metrics");
            String[] fields = {"bac", "pv", "ev", "ac"};
            for (int i = 0; i < fields.length; i++) {
                assertThat(row.get(fields[i]).asDouble()).as(fields[i] + " of " + row.get("code").asString())
                        .isCloseTo(own.get(fields[i]).asDouble(), CENT);
                sums[i] += own.get(fields[i]).asDouble();
            }
            for (String index : new String[] {"spi", "cpi", "eac"}) {
                assertThat(row.get(index).isNull()).isEqualTo(own.get(index).isNull());
                if (!own.get(index).isNull()) {
                    assertThat(row.get(index).asDouble()).as(index + " of " + row.get("code").asString())
                            .isCloseTo(own.get(index).asDouble(), within(1e-9));
                }
            }
        }
        JsonNode m = r.get("metrics");
        assertThat(m.get("bac").asDouble()).isCloseTo(sums[0], CENT);
        assertThat(m.get("pv").asDouble()).isCloseTo(sums[1], CENT);
        assertThat(m.get("ev").asDouble()).isCloseTo(sums[2], CENT);
        assertThat(m.get("ac").asDouble()).isCloseTo(sums[3], CENT);
        assertThat(m.get("ac").asDouble()).as("expenses up to the status date only").isCloseTo(4_200 + 300 + 1_750, CENT);
    }

    private static void expense(Api admin, long project, Long task, String day, int amount) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("incurredOn", day, "category", "SERVICES",
                "spendType", "OPEX", "amount", amount));
        if (task != null) {
            body.put("taskId", task);
        }
        TestData.created(admin.post("/api/v1/projects/" + project + "/expenses", body));
    }

    @Test
    void aTeamMemberRollsUpOnlyTheProjectsTheyMayRead() {
        TestData data = new TestData(port);
        long portfolio = data.portfolio();
        EarnedValueFixture.create(data, portfolio, null, true);
        String member = TestData.unique("ev-member").toLowerCase();
        data.user(member, "TEAM_MEMBER");

        JsonNode r = data.as(member).get("/api/v1/portfolios/" + portfolio + "/earned-value").json();
        assertThat(r.get("projects")).isEmpty();
        assertThat(r.get("excluded")).isEmpty();
        assertThat(r.get("metrics").isNull()).isTrue();
    }
}
