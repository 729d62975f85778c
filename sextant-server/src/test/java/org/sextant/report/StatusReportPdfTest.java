package org.sextant.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A submitted report exported to PDF and read back: the text carries the project, period, health and reasons. */
@ServerTest
class StatusReportPdfTest {

    @LocalServerPort
    int port;

    @Test
    void aSubmittedReportExportsToAPdfThatSaysTheProjectPeriodHealthAndReasons() throws Exception {
        TestData data = new TestData(port);
        long manager = data.as("projmgr").get("/api/v1/users/me").json().get("id").asLong();
        long project = data.project(manager);
        data.task(project, "Build the warehouse interface", 2400);
        String name = data.admin().get("/api/v1/projects/" + project).json().get("name").asString();
        Api pm = data.as("projmgr");
        String reports = "/api/v1/projects/" + project + "/status-reports";
        JsonNode draft = pm.post(reports, Map.of("period", "WEEKLY", "periodEnd", "2027-03-05")).json();
        String one = reports + "/" + draft.get("id").asLong();
        JsonNode saved = pm.put(one, Map.of("cost", Map.of("value", "AMBER", "reason", "Licence renewal due in April"),
                "summary", "Interface build is behind – waiting for the client’s test data → next week.",
                "nextSteps", "Agree the test data delivery date.", "version", draft.get("version").asLong())).json();
        pm.post(one + "/submit", Map.of("version", saved.get("version").asLong()));

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + one + "/pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("pmo:sextant1"
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("-status-2027-03-05.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(name).contains("27 February 2027 to 5 March 2027")
                    .contains("Schedule").contains("Cost").contains("Scope").contains("Risk").contains("Overall")
                    .contains("Red").contains("Amber").contains("Not assessed")
                    .contains("Licence renewal due in April").contains("Interface build is behind")
                    .contains("submitted by projmgr").contains("Overdue tasks");
        }
    }
}
