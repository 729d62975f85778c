package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The Costs and cost rates pages over HTTP: what each role sees, and bad form input shown, not thrown. */
@ServerTest
class CostPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aDemoProjectsCostsPageShowsItsBudgetExpensesAndChartAndAnExecutiveGetsNoForms() {
        TestData data = new TestData(port);
        JsonNode demo = data.admin().get("/api/v1/projects?q=PRJ-&size=500&sort=code").json().get("items");
        long started = 0;
        for (JsonNode p : demo) {
            if (started == 0 && p.get("actualCost").asDouble() > 0) {
                started = p.get("id").asLong();
            }
        }
        WebSession.Page page = WebSession.signIn(port, "pmo", "sextant1").get("/projects/" + started + "/costs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"cost-chart\"").contains("data-chart=").contains("class=\"budget-line\"")
                .contains("class=\"expense\"").contains("id=\"budget-line-form\"").doesNotContain("<script>");
        WebSession.Page executive = WebSession.signIn(port, "exec", "sextant1").get("/projects/" + started + "/costs");
        assertThat(executive.status()).isEqualTo(200);
        assertThat(executive.html()).doesNotContain("id=\"budget-line-form\"").doesNotContain("id=\"expense-form\"");
    }

    @Test
    void aBadAmountOnTheCostsPageComesBackAsAMessageAndTheRatesPageListsARaise() {
        TestData data = new TestData(port);
        long project = data.project(null);
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        assertThat(admin.get("/projects/" + project + "/costs").status()).isEqualTo(200);
        WebSession.Page refused = admin.post("/projects/" + project + "/costs/expenses", Map.of("incurredOn", "2027-01-05",
                "category", "MATERIALS", "spendType", "OPEX", "amount", "-3"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(admin.get("/projects/" + project + "/costs").html()).contains("amount must be more than 0");
        assertThat(data.admin().get("/api/v1/projects/" + project + "/expenses").json().get("total").asLong()).isZero();

        long resource = data.resource(TestData.unique("Raised"), null);
        assertThat(admin.get("/resources/" + resource).html()).contains("/resources/" + resource + "/rates");
        assertThat(admin.get("/resources/" + resource + "/rates").html()).contains("No rate history");
        WebSession.Page added = admin.post("/resources/" + resource + "/rates", Map.of("effectiveFrom", "2027-07-01",
                "rate", "95"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(admin.get("/resources/" + resource + "/rates").html()).contains("2027-07-01").contains("95.00");
    }
}
