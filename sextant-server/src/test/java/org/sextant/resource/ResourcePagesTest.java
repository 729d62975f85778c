package org.sextant.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.sextant.web.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The resource pool's forms: the PMO keeps resources and skills; bad input is shown beside its field. */
@ServerTest
class ResourcePagesTest {

    @LocalServerPort
    int port;

    @Test
    void thePmoAddsASkillAndCreatesAndEditsAResourceWithItWhileAProjectManagerMayNot() {
        TestData data = new TestData(port);
        WebSession pmo = WebSession.signIn(port, "pmo", "sextant1");
        String skillName = TestData.unique("Haskell");
        pmo.get("/skills");
        WebSession.Page added = pmo.post("/skills", Map.of("name", skillName, "category", "Software"));
        assertThat(added.status()).as(added.html()).isEqualTo(302);
        assertThat(pmo.get("/skills").html()).contains(skillName);
        long skill = data.admin().get("/api/v1/skills?q=" + skillName).json().get("items").get(0).get("id").asLong();

        WebSession.Page blank = pmo.post("/resources", Map.of("name", " ", "kind", "PERSON", "maxUnits", "0"));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.html()).contains("id=\"name-error\"").contains("Name is required");
        WebSession.Page badUnits = pmo.post("/resources", Map.of("name", "Zero", "kind", "PERSON", "maxUnits", "0"));
        assertThat(badUnits.html()).contains("id=\"maxUnits-error\"");

        String name = TestData.unique("Hal Haskell");
        WebSession.Page created = pmo.post("/resources", Map.of("name", name, "kind", "PERSON", "maxUnits", "0.5",
                "skill-" + skill, "3", "employmentStart", "2027-01-01", "active", "true"));
        assertThat(created.status()).isEqualTo(302);
        JsonNode resource = data.admin().get("/api/v1/resources?q=" + name.replace(" ", "%20")).json().get("items").get(0);
        assertThat(resource.get("skills").get(0).get("proficiency").asInt()).isEqualTo(3);
        assertThat(resource.get("maxUnits").asDouble()).isEqualTo(0.5);
        long id = resource.get("id").asLong();

        assertThat(pmo.get("/resources/" + id + "/edit").html()).contains("id=\"skill-" + skill + "\"");
        WebSession.Page badEnd = pmo.post("/resources/" + id, Map.of("name", name, "kind", "ROLE", "maxUnits", "1",
                "employmentStart", "2027-01-01", "employmentEnd", "2026-01-01", "version", "0"));
        assertThat(badEnd.html()).contains("id=\"employmentEnd-error\"");
        WebSession.Page edited = pmo.post("/resources/" + id, Map.of("name", name, "kind", "ROLE", "maxUnits", "1",
                "skill-" + skill, "5", "version", "0", "active", "true"));
        assertThat(edited.status()).isEqualTo(302);
        JsonNode after = data.admin().get("/api/v1/resources/" + id).json();
        assertThat(after.get("kind").asString()).isEqualTo("ROLE");
        assertThat(after.get("skills").get(0).get("proficiency").asInt()).isEqualTo(5);
        assertThat(data.admin().get("/api/v1/audit?entityType=Resource&entityId=" + id).json().get("total").asLong())
                .isEqualTo(2);

        WebSession manager = WebSession.signIn(port, "projmgr", "sextant1");
        assertThat(manager.get("/resources/new").status()).isEqualTo(403);
        assertThat(manager.post("/resources/" + id, Map.of("name", "Hijack", "version", "1")).status()).isEqualTo(403);
        assertThat(manager.get("/resources").html()).doesNotContain("id=\"new-resource\"");
    }

    @Test
    void aProjectManagerRequestsOnlySoftAllocationsOnTheirProjectAndThePmoBooksHardOnes() {
        TestData data = new TestData(port);
        String managerName = TestData.unique("alpm");
        long managerId = data.user(managerName, "PROJECT_MANAGER");
        long own = data.project(managerId);
        long resource = data.resource(TestData.unique("Booked"), null);
        WebSession manager = WebSession.signIn(port, managerName, "sextant1");

        WebSession.Page page = manager.get("/capacity/allocations?project=" + own);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"allocation-form\"").contains("Soft (requested)")
                .doesNotContain("Hard (confirmed)");
        WebSession.Page hard = manager.post("/capacity/allocations", Map.of("projectId", String.valueOf(own),
                "resourceId", String.valueOf(resource), "start", "2027-02-01", "finish", "2027-02-12", "unit", "PERCENT",
                "amount", "50", "firmness", "HARD"));
        assertThat(hard.status()).isEqualTo(200);
        assertThat(hard.html()).contains("Only the PMO");
        WebSession.Page badDates = manager.post("/capacity/allocations", Map.of("projectId", String.valueOf(own),
                "resourceId", String.valueOf(resource), "start", "2027-02-12", "finish", "2027-02-01", "unit", "HOURS",
                "amount", "10", "firmness", "SOFT"));
        assertThat(badDates.html()).contains("id=\"finish-error\"");
        WebSession.Page soft = manager.post("/capacity/allocations?project=" + own, Map.of("projectId",
                String.valueOf(own), "resourceId", String.valueOf(resource), "start", "2027-02-01", "finish",
                "2027-02-12", "unit", "HOURS", "amount", "10", "firmness", "SOFT", "note", "please"));
        assertThat(soft.status()).isEqualTo(302);
        JsonNode booked = data.admin().get("/api/v1/allocations?projectId=" + own).json().get("items").get(0);
        assertThat(booked.get("firmness").asString()).isEqualTo("SOFT");
        long allocation = booked.get("id").asLong();

        WebSession pmo = WebSession.signIn(port, "pmo", "sextant1");
        assertThat(pmo.get("/capacity/allocations?edit=" + allocation).html()).contains("Change the allocation");
        WebSession.Page confirmed = pmo.post("/capacity/allocations/" + allocation, Map.of("projectId",
                String.valueOf(own), "resourceId", String.valueOf(resource), "start", "2027-02-01", "finish",
                "2027-02-12", "unit", "HOURS", "amount", "10", "firmness", "HARD", "version", "0"));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(manager.get("/capacity/allocations?project=" + own).html())
                .doesNotContain("id=\"delete-allocation-" + allocation + "\"");
        assertThat(pmo.post("/capacity/allocations/" + allocation + "/delete", Map.of("version", "1")).status())
                .isEqualTo(302);
        assertThat(data.admin().get("/api/v1/allocations?projectId=" + own).json().get("total").asLong()).isZero();
    }
}
