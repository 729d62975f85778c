package org.sextant.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.sextant.earnedvalue.EarnedValueFixture;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Budget lines, expenses, effective-dated rates and the cost view over real HTTP. */
@ServerTest
class CostApiTest {

    @LocalServerPort
    int port;

    private static Map<String, Object> expense(String day, String category, Object amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("incurredOn", day);
        body.put("category", category);
        body.put("spendType", "OPEX");
        body.put("amount", amount);
        return body;
    }

    private static JsonNode category(JsonNode costs, String category) {
        for (JsonNode row : costs.get("byCategory")) {
            if (row.get("category").asString().equals(category)) {
                return row;
            }
        }
        throw new AssertionError("no row " + category);
    }

    /**
     * A member's resource has no own rate; the PMO gives it 40 since always and 60 from Wednesday 6 January
     * 2027. Eight hours a day Monday 4 to Friday 8 January, approved: 2 × 320 + 3 × 480 = 2,080.
     */
    @Test
    void approvedHoursArePricedAtTheRateInForceOnTheDayWorkedAndExpensesAddToThem() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        String member = TestData.unique("cost-member");
        String manager = TestData.unique("cost-pm");
        long memberId = data.user(member, "TEAM_MEMBER");
        long project = data.project(data.user(manager, "PROJECT_MANAGER"));
        long resource = data.resource(TestData.unique("Costed member"), memberId);
        long task = data.task(project, "Build", 4800);
        data.assign(task, resource, 4800);
        assertThat(admin.post("/api/v1/resources/" + resource + "/rates", Map.of("rate", 40)).status()).isEqualTo(201);
        Api.Response dated = admin.post("/api/v1/resources/" + resource + "/rates",
                Map.of("effectiveFrom", "2027-01-06", "rate", 60));
        assertThat(dated.status()).as(dated.toString()).isEqualTo(201);
        assertThat(admin.get("/api/v1/resources/" + resource + "/rates").json()).hasSize(2);

        Api me = data.as(member);
        long version = me.get("/api/v1/timesheets/mine?week=2027-01-04").json().get("version").asLong();
        Api.Response saved = me.put("/api/v1/timesheets/mine?week=2027-01-04", Map.of("version", version,
                "rows", List.of(Map.of("taskId", task, "hours", List.of(8, 8, 8, 8, 8, 0, 0)))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode submitted = me.post("/api/v1/timesheets/" + saved.json().get("id").asLong() + "/submit",
                Map.of("version", saved.json().get("version").asLong())).json();
        JsonNode part = submitted.get("parts").get(0);
        Api.Response approved = data.as(manager).post("/api/v1/timesheet-approvals/" + part.get("id").asLong()
                + "/approve", Map.of("version", part.get("version").asLong()));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        JsonNode costs = admin.get("/api/v1/projects/" + project + "/costs?eac=BOTTOM_UP").json();
        assertThat(costs.get("actual").asDouble()).isEqualTo(2_080.0);
        assertThat(category(costs, "LABOUR").get("actual").asDouble()).isEqualTo(2_080.0);
        assertThat(admin.get("/api/v1/projects/" + project).json().get("actualCost").asDouble())
                .as("the project's actual cost follows its actuals").isEqualTo(2_080.0);

        Api.Response spent = data.as(manager).post("/api/v1/projects/" + project + "/expenses",
                expense("2027-01-07", "MATERIALS", 500));
        assertThat(spent.status()).as(spent.toString()).isEqualTo(201);
        costs = admin.get("/api/v1/projects/" + project + "/costs?eac=BOTTOM_UP").json();
        assertThat(costs.get("actual").asDouble()).isEqualTo(2_580.0);
        assertThat(category(costs, "MATERIALS").get("actual").asDouble()).isEqualTo(500.0);
        assertThat(admin.get("/api/v1/projects/" + project).json().get("actualCost").asDouble()).isEqualTo(2_580.0);

        // a later rate change reprices the approved days it covers
        long rateId = dated.json().get("id").asLong();
        assertThat(admin.put("/api/v1/resources/" + resource + "/rates/" + rateId,
                Map.of("effectiveFrom", "2027-01-08", "rate", 60, "version", 0)).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/projects/" + project).json().get("actualCost").asDouble())
                .isEqualTo(4 * 320 + 480 + 500.0);
        assertThat(admin.get("/api/v1/audit?entityType=ResourceRate&entityId=" + rateId).json().get("total").asLong())
                .isEqualTo(2);
    }

    @Test
    void budgetLinesAreListedChangedWithTheirVersionAndDeletedEachWriteAudited() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        String path = "/api/v1/projects/" + project + "/budget-lines";
        Api.Response created = admin.post(path, Map.of("category", "SERVICES", "spendType", "CAPEX", "period", "2027-03",
                "amount", 12_500, "description", "Integration partner"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("period").asString()).isEqualTo("2027-03");
        TestData.created(admin.post(path, Map.of("category", "LABOUR", "spendType", "OPEX", "period", "2027-02",
                "amount", 40_000)));
        JsonNode list = admin.get(path).json();
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("items").get(0).get("period").asString()).isEqualTo("2027-02");

        Api.Response changed = admin.put("/api/v1/budget-lines/" + id, Map.of("category", "SERVICES",
                "spendType", "CAPEX", "period", "2027-04", "amount", 15_000), "\"0\"");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        Api.Response stale = admin.put("/api/v1/budget-lines/" + id, Map.of("category", "SERVICES",
                "spendType", "CAPEX", "period", "2027-04", "amount", 1, "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin.get("/api/v1/budget-lines/" + id).json().get("amount").asDouble()).isEqualTo(15_000.0);

        JsonNode costs = admin.get("/api/v1/projects/" + project + "/costs").json();
        assertThat(costs.get("budget").asDouble()).isEqualTo(55_000.0);
        assertThat(category(costs, "SERVICES").get("planned").asDouble()).isEqualTo(15_000.0);
        assertThat(costs.get("forecast").isNull()).as("no earned value, no CPI forecast").isTrue();
        assertThat(costs.get("forecastNote").asString()).contains("earned value");
        assertThat(costs.get("byMonth")).hasSize(2);

        assertThat(admin.delete("/api/v1/budget-lines/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/audit?entityType=BudgetLine&entityId=" + id).json().get("total").asLong())
                .isEqualTo(3);
    }

    @Test
    void badCostInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        long otherTask = data.task(data.project(null), "Elsewhere", 480);
        String expenses = "/api/v1/projects/" + project + "/expenses";
        String lines = "/api/v1/projects/" + project + "/budget-lines";

        Api.Response negative = admin.post(expenses, expense("2027-01-05", "MATERIALS", -5));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(TestData.field(negative)).isEqualTo("amount");
        Api.Response unknown = admin.post(expenses, expense("2027-01-05", "SNACKS", 5));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(TestData.field(unknown)).isEqualTo("category");
        Api.Response badDay = admin.post(expenses, expense("2027-02-30", "MATERIALS", 5));
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(TestData.field(badDay)).isEqualTo("incurredOn");
        Map<String, Object> foreign = expense("2027-01-05", "MATERIALS", 5);
        foreign.put("taskId", otherTask);
        Api.Response wrongTask = admin.post(expenses, foreign);
        assertThat(wrongTask.status()).isEqualTo(422);
        assertThat(TestData.field(wrongTask)).isEqualTo("taskId");
        Api.Response negativeBudget = admin.post(lines, Map.of("category", "LABOUR", "spendType", "OPEX",
                "period", "2027-01", "amount", -1));
        assertThat(negativeBudget.status()).isEqualTo(400);
        assertThat(TestData.field(negativeBudget)).isEqualTo("amount");
        Api.Response badMonth = admin.post(lines, Map.of("category", "LABOUR", "spendType", "OPEX",
                "period", "2027-13", "amount", 1));
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(TestData.field(badMonth)).isEqualTo("period");
        Api.Response noType = admin.post(lines, Map.of("category", "LABOUR", "period", "2027-01", "amount", 1));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(TestData.field(noType)).isEqualTo("spendType");

        long id = TestData.created(admin.post(expenses, expense("2027-01-05", "SERVICES", 100)));
        Api.Response noVersion = admin.put("/api/v1/expenses/" + id, expense("2027-01-05", "SERVICES", 200));
        assertThat(noVersion.status()).isEqualTo(422);
        assertThat(TestData.field(noVersion)).isEqualTo("version");
        Api.Response stale = admin.put("/api/v1/expenses/" + id, expense("2027-01-05", "SERVICES", 200), "\"7\"");
        assertThat(stale.status()).isEqualTo(412);

        assertThat(admin.get(expenses).json().get("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/v1/expenses/" + id).json().get("amount").asDouble()).isEqualTo(100.0);
        assertThat(admin.get(lines).json().get("total").asLong()).isZero();
        assertThat(admin.get("/api/v1/projects/" + project).json().get("actualCost").asDouble()).isEqualTo(100.0);
    }

    @Test
    void ratesAreKeptByThePmoAndOneDayHasOneRate() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long resource = data.resource(TestData.unique("Rated"), null);
        String path = "/api/v1/resources/" + resource + "/rates";
        TestData.created(admin.post(path, Map.of("effectiveFrom", "2027-01-01", "rate", 90)));
        Api.Response twice = admin.post(path, Map.of("effectiveFrom", "2027-01-01", "rate", 95));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(TestData.field(twice)).isEqualTo("effectiveFrom");
        Api.Response negative = admin.post(path, Map.of("effectiveFrom", "2027-02-01", "rate", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(TestData.field(negative)).isEqualTo("rate");
        String pm = TestData.unique("rate-pm");
        data.user(pm, "PROJECT_MANAGER");
        assertThat(data.as(pm).post(path, Map.of("rate", 10)).status()).isEqualTo(403);
        assertThat(data.as(pm).get(path).json()).hasSize(1);
    }

    /** The earned value fixture (BAC 8,000, EV 5,000) with 4,500 spent: CPI 10/9, EAC = 4,500 + 3,000 × 0.9. */
    @Test
    void theCpiForecastUsesEarnedValueOfThePricedProject() {
        TestData data = new TestData(port);
        EarnedValueFixture fixture = EarnedValueFixture.create(data, null, null, true);
        TestData.created(data.admin().post("/api/v1/projects/" + fixture.project + "/expenses",
                expense("2027-01-12", "LABOUR", 4_500)));
        JsonNode costs = data.admin().get("/api/v1/projects/" + fixture.project + "/costs?eac=CPI").json();
        assertThat(costs.get("planned").asDouble()).isEqualTo(8_000.0);
        assertThat(costs.get("actual").asDouble()).isEqualTo(4_500.0);
        assertThat(costs.get("cpi").asDouble()).isCloseTo(5_000.0 / 4_500, within(1e-9));
        assertThat(costs.get("forecast").asDouble()).isCloseTo(7_200.0, within(0.005));
        JsonNode bottomUp = data.admin().get("/api/v1/projects/" + fixture.project + "/costs?eac=BOTTOM_UP").json();
        // 4,500 + 75 % of B's 4,000
        assertThat(bottomUp.get("forecast").asDouble()).isCloseTo(7_500.0, within(0.005));
        Api.Response unknown = data.admin().get("/api/v1/projects/" + fixture.project + "/costs?eac=GUESS");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(TestData.field(unknown)).isEqualTo("eac");
    }
    @Test
    void demoProjectsHaveBudgetLinesExpensesAndRateChangesAndTheirActualCostFollowsThem() {
        Api admin = new TestData(port).admin();
        int costed = 0;
        for (JsonNode project : admin.get("/api/v1/projects?q=PRJ-&size=500").json().get("items")) {
            long id = project.get("id").asLong();
            JsonNode costs = admin.get("/api/v1/projects/" + id + "/costs?eac=BOTTOM_UP").json();
            assertThat(costs.get("budget").asDouble()).as(project.get("code").asString())
                    .isCloseTo(project.get("budget").asDouble(), within(0.01));
            if (project.get("actualCost").asDouble() > 0) {
                assertThat(costs.get("actual").asDouble()).as(project.get("code").asString())
                        .isCloseTo(project.get("actualCost").asDouble(), within(0.01));
                costed++;
            }
        }
        assertThat(costed).isGreaterThanOrEqualTo(5);
        int raised = 0;
        for (JsonNode resource : admin.get("/api/v1/resources?size=500").json().get("items")) {
            raised += admin.get("/api/v1/resources/" + resource.get("id").asLong() + "/rates").json().size() > 0 ? 1 : 0;
        }
        assertThat(raised).isGreaterThanOrEqualTo(3);
    }
}
