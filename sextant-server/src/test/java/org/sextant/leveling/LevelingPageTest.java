package org.sextant.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.sextant.web.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The leveling pages answer the project's and program's editors only. */
@ServerTest
class LevelingPageTest {

    @LocalServerPort
    int port;

    @Test
    void theProjectManagerSeesTheOptionsAndAnotherManagerIsRefused() {
        TestData data = new TestData(port);
        String manager = TestData.unique("lvpage");
        long managerId = data.user(manager, "PROJECT_MANAGER");
        String other = TestData.unique("lvpageother");
        data.user(other, "PROJECT_MANAGER");
        long project = data.project(managerId);

        WebSession.Page own = WebSession.signIn(port, manager, "sextant1").get("/projects/" + project + "/leveling");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.html()).contains("id=\"leveling-form\"").contains("id=\"leveling-none\"");
        assertThat(WebSession.signIn(port, other, "sextant1").get("/projects/" + project + "/leveling").status())
                .isEqualTo(403);
    }

    @Test
    void aProgramIsLeveledFromItsPageByThePmo() {
        TestData data = new TestData(port);
        long program = TestData.created(data.admin().post("/api/v1/programs", java.util.Map.of(
                "portfolioId", data.portfolio(), "name", TestData.unique("Leveled program"))));
        WebSession pmo = WebSession.signIn(port, "pmo", "sextant1");
        assertThat(pmo.get("/programs/" + program).html()).contains("/programs/" + program + "/leveling");
        WebSession.Page page = pmo.get("/programs/" + program + "/leveling");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("All projects of");
        assertThat(WebSession.signIn(port, "exec", "sextant1").get("/programs/" + program + "/leveling").status())
                .isEqualTo(403);
    }

    @Test
    void aPortfolioScenarioIsLeveledFromThePortfolioPageByThePmoWithItsActiveProjectsTicked() {
        TestData data = new TestData(port);
        long portfolio = data.portfolio();
        long active = TestData.created(data.admin().post("/api/v1/projects", java.util.Map.of("code",
                TestData.unique("LP"), "name", "Scenario active", "portfolioId", portfolio, "plannedStart", "2027-01-04",
                "plannedFinish", "2027-06-30")));
        long onHold = TestData.created(data.admin().post("/api/v1/projects", java.util.Map.of("code",
                TestData.unique("LP"), "name", "Scenario on hold", "portfolioId", portfolio, "status", "ON_HOLD",
                "plannedStart", "2027-01-04", "plannedFinish", "2027-06-30")));
        WebSession pmo = WebSession.signIn(port, "pmo", "sextant1");
        assertThat(pmo.get("/?portfolio=" + portfolio).html()).contains("/portfolios/" + portfolio + "/leveling");

        WebSession.Page page = pmo.get("/portfolios/" + portfolio + "/leveling");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("A scenario of portfolio").contains("id=\"scenario-projects\"");
        assertThat(page.html()).containsPattern("id=\"scenario-" + active + "\"[^>]*checked");
        assertThat(page.html()).doesNotContainPattern("id=\"scenario-" + onHold + "\"[^>]*checked");
        WebSession manager = WebSession.signIn(port, "projmgr", "sextant1");
        assertThat(manager.get("/portfolios/" + portfolio + "/leveling").status()).isEqualTo(403);
        assertThat(manager.get("/?portfolio=" + portfolio).html()).doesNotContain("id=\"portfolio-leveling\"");
    }
}
