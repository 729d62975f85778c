package org.sextant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad requests get a 4xx problem that says what is wrong and where, and nothing is written. */
@ServerTest
class BadInputTest {

    @LocalServerPort
    int port;

    Api admin() {
        return Api.basic(port, "admin", "sextant1");
    }

    long portfolios() {
        return admin().get("/api/v1/portfolios?size=1").json().get("total").asLong();
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumn() {
        long before = portfolios();
        Api.Response r = admin().post("/api/v1/portfolios", "{\"name\": \"x\",\n \"description\": }");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).contains("line 2");
        assertThat(portfolios()).isEqualTo(before);
    }

    @Test
    void unknownFieldIsRefusedNamingIt() {
        Api.Response r = admin().post("/api/v1/portfolios", Map.of("name", "Unknown field", "colour", "red"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("'colour'");
    }

    @Test
    void wrongTypeIsRefusedNamingTheField() {
        Api.Response r = admin().post("/api/v1/projects", "{\"code\":\"T1\",\"name\":\"n\",\"portfolioId\":1,"
                + "\"plannedStart\":\"2027-01-01\",\"plannedFinish\":\"2027-02-01\",\"priority\":\"high\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("priority");
    }

    @Test
    void impossibleDateIsRefusedNamingTheField() {
        Api.Response r = admin().post("/api/v1/projects", "{\"code\":\"T2\",\"name\":\"n\",\"portfolioId\":1,"
                + "\"plannedStart\":\"2027-02-30\",\"plannedFinish\":\"2027-03-01\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("errors")).as(r.toString()).isNotNull();
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("plannedStart");
        assertThat(r.json().get("detail").asString()).contains("2027-02-30");
    }

    @Test
    void overLongStringIsRefusedNamingFieldAndLimit() {
        Api.Response r = admin().post("/api/v1/portfolios", Map.of("name", "x".repeat(201)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("200");
    }

    @Test
    void missingRequiredFieldIsRefusedNamingIt() {
        Api.Response r = admin().post("/api/v1/portfolios", Map.of("description", "no name"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void unknownIdIsNotFound() {
        Api.Response r = admin().get("/api/v1/portfolios/987654321");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asString()).contains("987654321");
    }

    @Test
    void nonNumericIdIsABadRequestNamingTheParameter() {
        Api.Response r = admin().get("/api/v1/portfolios/abc");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("'abc'");
    }

    @Test
    void updateWithoutAVersionIsRefused() {
        long id = admin().post("/api/v1/portfolios", Map.of("name", "Versionless")).json().get("id").asLong();
        Api.Response r = admin().put("/api/v1/portfolios/" + id, Map.of("name", "Overwrite"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("version");
    }

    @Test
    void referenceToAMissingEntityIsRefusedNamingIt() {
        Api.Response r = admin().post("/api/v1/programs", Map.of("portfolioId", 987654, "name", "Orphan"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("portfolioId");
    }

    @Test
    void referenceToAMissingCalendarIsRefusedNamingTheField() {
        long portfolio = admin().post("/api/v1/portfolios", Map.of("name", "Calendar reference")).json().get("id").asLong();
        Api.Response r = admin().post("/api/v1/projects", Map.of("code", "CAL-REF", "name", "n", "portfolioId", portfolio,
                "plannedStart", "2027-01-04", "plannedFinish", "2027-02-01", "calendarId", 987654));
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("calendarId");
        assertThat(r.json().get("detail").asString()).contains("987654");
        assertThat(admin().get("/api/v1/projects?q=CAL-REF").json().get("total").asLong()).isZero();
    }
}
