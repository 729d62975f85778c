package org.sextant.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The status report workflow over real HTTP: suggestions, overrides, submit, immutability, prefill, latest. */
@ServerTest
class StatusReportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    TestData data;

    /** A project managed by projmgr with three tasks finishing in January 2027, two of them in baseline 0. */
    long project() {
        data = new TestData(port);
        long manager = data.as("projmgr").get("/api/v1/users/me").json().get("id").asLong();
        long project = data.project(manager);
        data.task(project, "Requirements", 2400);
        data.task(project, "Design", 2400);
        assertThat(data.admin().post("/api/v1/projects/" + project + "/baselines", Map.of("number", 0)).status())
                .isEqualTo(201);
        data.task(project, "Extra interface", 2400);
        return project;
    }

    static String reports(long project) {
        return "/api/v1/projects/" + project + "/status-reports";
    }

    static Map<String, Object> update(JsonNode report, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("summary", "Design is late; the extra interface was added at the client's request.");
        body.put("accomplishments", "Requirements signed off.");
        body.put("nextSteps", "Finish the design.");
        body.put("helpNeeded", "Sponsor to approve the change request.");
        body.put("version", report.get("version").asLong());
        body.putAll(changes);
        return body;
    }

    @Test
    void aNewReportIsSuggestedFromOverdueTasksAndScopeChangesWithTheEvidence() {
        long project = project();
        Api.Response created = data.as("projmgr").post(reports(project), Map.of("period", "WEEKLY", "periodEnd", "2027-03-05"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode r = created.json();
        assertThat(r.get("state").asString()).isEqualTo("DRAFT");
        assertThat(r.get("schedule").get("suggested").asString()).isEqualTo("RED");
        assertThat(r.get("schedule").get("because").asString()).contains("Overdue tasks: 3 of 3 open");
        assertThat(r.get("scope").get("suggested").asString()).isEqualTo("RED");
        assertThat(r.get("scope").get("because").asString()).contains("1 tasks added, 0 removed");
        assertThat(r.get("risk").get("suggested").asString()).isEqualTo("GREY");
        assertThat(r.get("overall").get("value").asString()).isEqualTo("RED");
        assertThat(r.get("evidence").get("overdue")).hasSize(3);
        assertThat(r.get("evidence").get("addedTasks").asInt()).isEqualTo(1);
        assertThat(r.get("evidence").get("baselineSet").asBoolean()).isTrue();
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedAndASubmittedReportNeverChangesAgain() {
        long project = project();
        Api pm = data.as("projmgr");
        JsonNode draft = pm.post(reports(project), Map.of("periodEnd", "2027-03-05")).json();
        long id = draft.get("id").asLong();
        String one = reports(project) + "/" + id;

        Api.Response noReason = pm.put(one, update(draft, Map.of("cost", Map.of("value", "RED"))));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        assertThat(TestData.field(noReason)).isEqualTo("cost.reason");

        Api.Response saved = pm.put(one, update(draft, Map.of("cost", Map.of("value", "AMBER",
                "reason", "Supplier invoice of 40k not yet booked"), "risk", Map.of("value", "AMBER",
                "reason", "Client approvals are slow"))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("cost").get("value").asString()).isEqualTo("AMBER");
        assertThat(saved.json().get("cost").get("reason").asString()).isEqualTo("Supplier invoice of 40k not yet booked");

        Api.Response submitted = pm.post(one + "/submit", Map.of("version", saved.json().get("version").asLong()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("submittedBy").asString()).isEqualTo("projmgr");
        long version = submitted.json().get("version").asLong();

        Api.Response changed = pm.put(one, update(submitted.json(), Map.of()));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(409);
        assertThat(pm.post(one + "/submit", Map.of("version", version)).status()).isEqualTo(409);
        assertThat(pm.delete(one + "?version=" + version).status()).isEqualTo(409);
        assertThatThrownBy(() -> jdbc.sql("update status_report set summary = 'rewritten' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("is submitted and cannot be changed");
        assertThat(pm.get(one).json().get("summary").asString()).startsWith("Design is late");

        JsonNode history = data.admin().get("/api/v1/audit?entityType=StatusReport&entityId=" + id).json();
        assertThat(history.get("total").asLong()).as("created, updated, refreshed, submitted").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theNextReportStartsFromTheLastOnesNarrativeRiskAndStandingOverrides() {
        long project = project();
        Api pm = data.as("projmgr");
        JsonNode draft = pm.post(reports(project), Map.of("periodEnd", "2027-03-05")).json();
        String one = reports(project) + "/" + draft.get("id").asLong();
        JsonNode saved = pm.put(one, update(draft, Map.of("risk", Map.of("value", "GREEN",
                "reason", "Risks reviewed with the sponsor")))).json();
        pm.post(one + "/submit", Map.of("version", saved.get("version").asLong()));

        Api.Response next = pm.post(reports(project), Map.of("period", "WEEKLY"));
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.json().get("periodEnd").asString()).isEqualTo("2027-03-12");
        assertThat(next.json().get("summary").asString()).startsWith("Design is late");
        assertThat(next.json().get("risk").get("value").asString()).isEqualTo("GREEN");
        assertThat(next.json().get("risk").get("reason").asString()).isEqualTo("Risks reviewed with the sponsor");

        Api.Response second = pm.post(reports(project), Map.of("periodEnd", "2027-03-19"));
        assertThat(second.status()).as("one draft at a time").isEqualTo(409);
        pm.delete(reports(project) + "/" + next.json().get("id").asLong() + "?version=" + next.json().get("version").asLong());
        Api.Response earlier = pm.post(reports(project), Map.of("periodEnd", "2027-03-01"));
        assertThat(earlier.status()).as(earlier.toString()).isEqualTo(409);
        assertThat(TestData.field(earlier)).isEqualTo("periodEnd");

        JsonNode list = pm.get(reports(project)).json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void onSubmitValuesLeftAsSuggestedFollowTheFreshSuggestionWhileOverridesStay() {
        long project = project();
        Api pm = data.as("projmgr");
        JsonNode draft = pm.post(reports(project), Map.of("periodEnd", "2027-03-05")).json();
        assertThat(draft.get("scope").get("value").asString()).isEqualTo("RED");
        String one = reports(project) + "/" + draft.get("id").asLong();
        JsonNode saved = pm.put(one, update(draft, Map.of("cost", Map.of("value", "GREEN",
                "reason", "Fixed-price contract: no cost exposure")))).json();
        long baselineVersion = pm.get("/api/v1/projects/" + project + "/baselines/0").json().get("baseline")
                .get("version").asLong();
        assertThat(pm.delete("/api/v1/projects/" + project + "/baselines/0?version=" + baselineVersion).status())
                .isEqualTo(204);

        Api.Response submitted = pm.post(one + "/submit", Map.of("version", saved.get("version").asLong()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        JsonNode r = submitted.json();
        assertThat(r.get("scope").get("suggested").asString()).as("no baseline any more").isEqualTo("GREY");
        assertThat(r.get("scope").get("value").asString()).isEqualTo("GREY");
        assertThat(r.get("evidence").get("baselineSet").asBoolean()).isFalse();
        assertThat(r.get("cost").get("value").asString()).isEqualTo("GREEN");
        assertThat(r.get("cost").get("reason").asString()).isEqualTo("Fixed-price contract: no cost exposure");
    }

    @Test
    void latestHealthListsEachVisibleProjectsLastSubmittedReportIncludingTheDemoOnes() {
        long project = project();
        Api pm = data.as("projmgr");
        JsonNode draft = pm.post(reports(project), Map.of("periodEnd", "2027-03-05")).json();
        pm.post(reports(project) + "/" + draft.get("id").asLong() + "/submit", Map.of("version", draft.get("version").asLong()));

        JsonNode latest = data.as("pmo").get("/api/v1/status-reports/latest?size=500").json();
        assertThat(latest.get("total").asLong()).as("demo reports and this one").isGreaterThanOrEqualTo(4);
        JsonNode mine = null;
        for (JsonNode item : latest.get("items")) {
            if (item.get("projectId").asLong() == project) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("overall").asString()).isEqualTo("RED");
        assertThat(mine.get("periodEnd").asString()).isEqualTo("2027-03-05");
        JsonNode member = data.as("member").get("/api/v1/status-reports/latest?size=500").json();
        assertThat(member.get("total").asLong()).as("a team member sees only their projects")
                .isLessThan(latest.get("total").asLong());
    }

    @Test
    void readersReadReportsButOnlyProjectEditorsWriteThem() {
        long project = project();
        assertThat(data.as("exec").get(reports(project)).status()).isEqualTo(200);
        assertThat(data.as("exec").post(reports(project), Map.of("periodEnd", "2027-03-05")).status()).isEqualTo(403);
    }

    @Test
    void thePmoSetsTheThresholdsAndALimitOutOfOrderIsRefusedNamingIt() {
        data = new TestData(port);
        Api pmo = data.as("pmo");
        JsonNode t = pmo.get("/api/v1/health-thresholds").json();
        Map<String, Object> body = new HashMap<>();
        t.properties().forEach(e -> body.put(e.getKey(), e.getValue().isNumber() ? e.getValue().numberValue()
                : e.getValue().asString()));
        body.remove("updatedAt");
        body.remove("updatedBy");
        body.put("spiRed", 0.97);
        Api.Response wrong = pmo.put("/api/v1/health-thresholds", body);
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(TestData.field(wrong)).isEqualTo("spiRed");

        body.put("spiRed", 0.8);
        assertThat(data.as("projmgr").put("/api/v1/health-thresholds", body).status()).isEqualTo(403);
        Api.Response saved = pmo.put("/api/v1/health-thresholds", body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("spiRed").asDouble()).isEqualTo(0.8);
        assertThat(saved.json().get("updatedBy").asString()).isEqualTo("pmo");
        body.put("spiRed", t.get("spiRed").numberValue());
        body.put("version", saved.json().get("version").asLong());
        assertThat(pmo.put("/api/v1/health-thresholds", body).status()).isEqualTo(200);
    }
}
