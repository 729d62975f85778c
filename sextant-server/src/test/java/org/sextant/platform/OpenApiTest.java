package org.sextant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void apiIsDescribedByOpenApiWithEveryFeature() {
        Api.Response docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/portfolios", "/api/v1/programs",
                        "/api/v1/users", "/api/v1/audit", "/api/v1/calendars", "/api/v1/resources");
    }

    @Test
    void swaggerUiIsServed() {
        Api.Response ui = Api.anonymous(port).get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.raw().body()).contains("swagger");
    }
}
