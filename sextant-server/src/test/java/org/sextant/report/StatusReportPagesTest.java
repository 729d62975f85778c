package org.sextant.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.sextant.web.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The status report and thresholds pages over real HTTP: what they render, refuse and validate. */
@ServerTest
class StatusReportPagesTest {

    @LocalServerPort
    int port;

    @Test
    void anOverrideWithoutAReasonIsShownBesideTheReasonFieldAndNothingIsSaved() {
        TestData data = new TestData(port);
        long manager = data.as("projmgr").get("/api/v1/users/me").json().get("id").asLong();
        long project = data.project(manager);
        WebSession pm = WebSession.signIn(port, "projmgr", "sextant1");
        assertThat(pm.get("/projects/" + project + "/reports").html()).contains("No status reports yet.");
        WebSession.Page created = pm.post("/projects/" + project + "/reports", Map.of("period", "MONTHLY",
                "periodEnd", "2027-03-31"));
        assertThat(created.status()).isEqualTo(302);
        String path = java.net.URI.create(created.location()).getRawPath();
        WebSession.Page form = pm.get(path);
        assertThat(form.html()).contains("id=\"cost-suggestion\"").contains("As suggested (Not assessed)");

        Map<String, String> fields = new HashMap<>();
        fields.put("version", "0");
        fields.put("costValue", "RED");
        fields.put("costReason", "");
        fields.put("summary", "Refused summary");
        WebSession.Page refused = pm.post(path, fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"cost.reason-error\"").contains("give the reason for the override");
        assertThat(data.admin().get("/api/v1" + path.replace("/reports/", "/status-reports/")).json()
                .get("version").asLong()).as("nothing saved").isZero();

        WebSession exec = WebSession.signIn(port, "exec", "sextant1");
        String view = exec.get(path).html();
        assertThat(view).contains("Download PDF").doesNotContain("id=\"submit-report\"").doesNotContain("New report");
    }

    @Test
    void thePmoSavesThresholdsOnTheSettingsPageAndOthersOnlyReadThem() {
        WebSession exec = WebSession.signIn(port, "exec", "sextant1");
        WebSession.Page readOnly = exec.get("/settings/health-thresholds");
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(readOnly.html()).contains("Health thresholds").contains("<fieldset disabled")
                .doesNotContain("id=\"save-thresholds\"");

        WebSession pmo = WebSession.signIn(port, "pmo", "sextant1");
        String page = pmo.get("/settings/health-thresholds").html();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        Map<String, String> form = new HashMap<>(Map.of("spiAmber", "0.95", "spiRed", "0.99", "cpiAmber", "0.95",
                "cpiRed", "0.85", "slipAmberDays", "3", "slipRedDays", "10", "overdueUnit", "PERCENT",
                "overdueAmber", "5", "overdueRed", "15", "scopeAmberPercent", "5"));
        form.put("scopeRedPercent", "15");
        form.put("version", version);
        WebSession.Page refused = pmo.post("/settings/health-thresholds", form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).contains("id=\"spiRed-error\"").contains("must be below the amber limit");
        form.put("spiRed", "0.85");
        WebSession.Page saved = pmo.post("/settings/health-thresholds", form);
        assertThat(saved.status()).as(saved.html()).isEqualTo(302);
    }
}
