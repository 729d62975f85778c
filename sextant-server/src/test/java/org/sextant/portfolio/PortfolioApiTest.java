package org.sextant.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class PortfolioApiTest {

    @LocalServerPort
    int port;

    Api admin() {
        return Api.basic(port, "admin", "sextant1");
    }

    @Test
    void anonymousCallerIsToldToSignIn() {
        Api.Response response = Api.anonymous(port).get("/api/v1/portfolios");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void portfolioIsCreatedReadUpdatedAndDeletedWithItsHistoryRecorded() {
        Api.Response created = admin().post("/api/v1/portfolios", Map.of("name", "Test portfolio CRUD", "description", "d"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        Api.Response read = admin().get("/api/v1/portfolios/" + id);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");

        Api.Response updated = admin().put("/api/v1/portfolios/" + id, Map.of("name", "Renamed CRUD", "version", 0));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);

        Api.Response stale = admin().put("/api/v1/portfolios/" + id, Map.of("name", "Lost update", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response staleIfMatch = admin().put("/api/v1/portfolios/" + id, Map.of("name", "Lost update"), "\"0\"");
        assertThat(staleIfMatch.status()).isEqualTo(412);
        assertThat(admin().get("/api/v1/portfolios/" + id).json().get("name").asString()).isEqualTo("Renamed CRUD");

        Api.Response history = admin().get("/api/v1/audit/history/Portfolio/" + id);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().get(1).get("changes").get("name").get("from").asString()).isEqualTo("Test portfolio CRUD");
        assertThat(history.json().get(1).get("changes").get("name").get("to").asString()).isEqualTo("Renamed CRUD");
        assertThat(history.json().get(1).get("actor").asString()).isEqualTo("admin");

        assertThat(admin().delete("/api/v1/portfolios/" + id + "?version=1").status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/portfolios/" + id).status()).isEqualTo(404);
    }
}
