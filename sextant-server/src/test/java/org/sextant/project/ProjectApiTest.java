package org.sextant.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class ProjectApiTest {

    @LocalServerPort
    int port;

    Api admin() {
        return Api.basic(port, "admin", "sextant1");
    }

    long portfolio(String name) {
        Api.Response r = admin().post("/api/v1/portfolios", Map.of("name", name));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    Map<String, Object> project(String code, long portfolio) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Project " + code);
        body.put("portfolioId", portfolio);
        body.put("plannedStart", "2027-01-04");
        body.put("plannedFinish", "2027-06-30");
        body.put("budget", 125000.50);
        return body;
    }

    @Test
    void projectWithStakeholdersIsOnlyDeletedWhenTheCallerSaysSo() {
        long portfolio = portfolio("Delete-with-content portfolio");
        Api.Response created = admin().post("/api/v1/projects", project("DEL-1", portfolio));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(admin().post("/api/v1/projects/" + id + "/stakeholders",
                Map.of("name", "Chief Financial Officer", "interest", "HIGH")).status()).isEqualTo(201);

        Api.Response refused = admin().delete("/api/v1/projects/" + id + "?version=0");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("1 stakeholders").contains("withContent=true");
        assertThat(admin().get("/api/v1/projects/" + id).status()).isEqualTo(200);

        assertThat(admin().delete("/api/v1/projects/" + id + "?version=0&withContent=true").status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/projects/" + id).status()).isEqualTo(404);
    }

    @Test
    void finishBeforeStartIsRefusedNamingTheField() {
        Map<String, Object> body = project("BAD-DATES", portfolio("Dates portfolio"));
        body.put("plannedFinish", "2026-12-01");
        Api.Response r = admin().post("/api/v1/projects", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("plannedFinish");
    }

    @Test
    void duplicateCodeIsAConflictThatNamesTheCode() {
        long portfolio = portfolio("Duplicate code portfolio");
        assertThat(admin().post("/api/v1/projects", project("DUP-1", portfolio)).status()).isEqualTo(201);
        Api.Response r = admin().post("/api/v1/projects", project("DUP-1", portfolio));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).contains("DUP-1");
    }

    @Test
    void listIsPagedSortedAndFiltered() {
        long portfolio = portfolio("Paging portfolio");
        for (int i = 1; i <= 3; i++) {
            admin().post("/api/v1/projects", project("PAGE-" + i, portfolio));
        }
        Api.Response r = admin().get("/api/v1/projects?portfolioId=" + portfolio + "&size=2&sort=code,desc");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("total").asLong()).isEqualTo(3);
        assertThat(r.json().get("items").size()).isEqualTo(2);
        assertThat(r.json().get("items").get(0).get("code").asString()).isEqualTo("PAGE-3");
        assertThat(admin().get("/api/v1/projects?sort=secret").status()).isEqualTo(422);
    }
}
