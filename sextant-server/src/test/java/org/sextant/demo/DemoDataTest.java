package org.sextant.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The demo organisation is there, believable, and reachable with the printed logins. */
@ServerTest
class DemoDataTest {

    @LocalServerPort
    int port;

    Api as(String username) {
        return Api.basic(port, username, "sextant1");
    }

    JsonNode demoProjects() {
        return as("admin").get("/api/v1/projects?q=PRJ-&size=500&sort=code").json().get("items");
    }

    @Test
    void demoOrganisationHasPortfoliosProgramsProjectsInEveryPhaseResourcesAndTasks() {
        Api admin = as("admin");
        assertThat(admin.get("/api/v1/portfolios").json().get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(admin.get("/api/v1/programs").json().get("total").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode projects = demoProjects();
        assertThat(projects.size()).isGreaterThanOrEqualTo(24);
        Set<String> phases = new HashSet<>();
        long tasks = 0;
        for (JsonNode project : projects) {
            phases.add(project.get("phase").asString());
            tasks += admin.get("/api/v1/projects/" + project.get("id").asLong() + "/tasks?size=1").json().get("total").asLong();
        }
        assertThat(phases).contains("INITIATION", "PLANNING", "EXECUTION", "MONITORING", "CLOSING", "CLOSED");
        assertThat(tasks).isGreaterThanOrEqualTo(600);
        assertThat(admin.get("/api/v1/resources?size=1").json().get("total").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(admin.get("/api/v1/departments?size=1").json().get("total").asLong()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void someDemoProjectsAreLateAndSomeAreOverBudget() {
        Api admin = as("admin");
        int late = 0;
        int overBudget = 0;
        boolean crossProject = false;
        for (JsonNode project : demoProjects()) {
            long id = project.get("id").asLong();
            LocalDate plannedFinish = LocalDate.parse(project.get("plannedFinish").asString());
            double done = 0;
            double total = 0;
            boolean isLate = false;
            for (JsonNode task : admin.get("/api/v1/projects/" + id + "/tasks?size=500").json().get("items")) {
                if (!task.get("kind").asString().equals("SUMMARY")) {
                    done += task.get("percentComplete").asDouble() * task.get("durationMinutes").asDouble();
                    total += 100 * task.get("durationMinutes").asDouble();
                    isLate |= LocalDateTime.parse(task.get("plannedFinish").asString()).toLocalDate().isAfter(plannedFinish);
                }
            }
            late += isLate ? 1 : 0;
            double budget = project.get("budget").asDouble();
            overBudget += total > 0 && done > 0 && project.get("actualCost").asDouble() > budget * done / total ? 1 : 0;
            for (JsonNode link : admin.get("/api/v1/projects/" + id + "/dependencies?size=500").json().get("items")) {
                crossProject |= link.get("projectId").asLong() != link.get("predecessorProjectId").asLong();
            }
        }
        assertThat(late).isGreaterThanOrEqualTo(2);
        assertThat(overBudget).isGreaterThanOrEqualTo(2);
        assertThat(crossProject).isTrue();
    }

    @Test
    void everyDemoLoginWorksAndHasItsScope() {
        for (String username : new String[] {"pmo", "exec", "progmgr", "projmgr", "member"}) {
            assertThat(as(username).get("/api/v1/projects?size=1").status()).as(username).isEqualTo(200);
        }
        long projmgr = as("admin").get("/api/v1/users?q=projmgr").json().get("items").get(0).get("id").asLong();
        assertThat(as("admin").get("/api/v1/projects?managerId=" + projmgr).json().get("total").asLong())
                .isGreaterThanOrEqualTo(2);
        long progmgr = as("admin").get("/api/v1/users?q=progmgr").json().get("items").get(0).get("id").asLong();
        boolean managesProgram = false;
        for (JsonNode program : as("admin").get("/api/v1/programs").json().get("items")) {
            managesProgram |= !program.get("managerId").isNull() && program.get("managerId").asLong() == progmgr;
        }
        assertThat(managesProgram).isTrue();
        assertThat(as("member").get("/api/v1/projects").json().get("total").asLong()).isGreaterThanOrEqualTo(2);
    }
}
