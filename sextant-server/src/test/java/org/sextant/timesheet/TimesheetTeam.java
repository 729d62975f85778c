package org.sextant.timesheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextant.Api;
import org.sextant.TestData;
import tools.jackson.databind.JsonNode;

/**
 * A small team made through the API for timesheet tests: a member linked to a resource, assigned to
 * two tasks of project A (managed by {@code pmA}) and one of project B (managed by {@code pmB}).
 */
final class TimesheetTeam {

    static final String WEEK = "2027-01-04";

    final TestData data;
    final String member = TestData.unique("ts-member");
    final String pmA = TestData.unique("ts-pm-a");
    final String pmB = TestData.unique("ts-pm-b");
    final long memberId;
    final long resource;
    final long projectA;
    final long projectB;
    final long taskA1;
    final long taskA2;
    final long taskB1;
    final long assignmentA1;

    TimesheetTeam(int port) {
        data = new TestData(port);
        memberId = data.user(member, "TEAM_MEMBER");
        long pmAId = data.user(pmA, "PROJECT_MANAGER");
        long pmBId = data.user(pmB, "PROJECT_MANAGER");
        resource = data.resource(TestData.unique("Member resource"), memberId);
        projectA = data.project(pmAId);
        projectB = data.project(pmBId);
        taskA1 = data.task(projectA, "Design", 4800);
        taskA2 = data.task(projectA, "Build", 4800);
        taskB1 = data.task(projectB, "Review", 2400);
        assignmentA1 = data.assign(taskA1, resource, 4800);
        data.assign(taskA2, resource, 4800);
        data.assign(taskB1, resource, 2400);
    }

    Api member() {
        return data.as(member);
    }

    Api pmA() {
        return data.as(pmA);
    }

    Api pmB() {
        return data.as(pmB);
    }

    static Map<String, Object> row(long task, Number... hours) {
        Map<String, Object> row = new HashMap<>();
        row.put("taskId", task);
        row.put("hours", List.of(hours));
        return row;
    }

    /** PUT of the member's week with {@code version}. */
    Api.Response save(long version, List<Map<String, Object>> rows) {
        return member().put("/api/v1/timesheets/mine?week=" + WEEK, Map.of("version", version, "rows", rows));
    }

    /** Saves and submits the week; returns the submitted timesheet. */
    JsonNode submitted(List<Map<String, Object>> rows) {
        JsonNode sheet = member().get("/api/v1/timesheets/mine?week=" + WEEK).json();
        Api.Response saved = save(sheet.get("version").asLong(), rows);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api.Response submitted = member().post("/api/v1/timesheets/" + saved.json().get("id").asLong() + "/submit",
                Map.of("version", saved.json().get("version").asLong()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return submitted.json();
    }

    /** The part of {@code project} in a timesheet answer. */
    static JsonNode part(JsonNode sheet, long project) {
        List<JsonNode> parts = new ArrayList<>();
        sheet.get("parts").forEach(parts::add);
        return parts.stream().filter(p -> p.get("projectId").asLong() == project).findFirst().orElseThrow();
    }

    static String approve(long part) {
        return "/api/v1/timesheet-approvals/" + part + "/approve";
    }

    long actualWork() {
        return data.admin().get("/api/v1/assignments/" + assignmentA1).json().get("actualWorkMinutes").asLong();
    }
}
