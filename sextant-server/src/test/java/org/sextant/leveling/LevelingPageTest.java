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
}
