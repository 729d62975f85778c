package org.sextant.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextant.TestData.field;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    static final List<Map<String, String>> DAY = List.of(Map.of("start", "08:00", "end", "12:00"),
            Map.of("start", "13:00", "end", "17:00"));

    Map<String, Object> calendar(String name) {
        return Map.of("name", name, "workWeek", Map.of("MONDAY", DAY, "TUESDAY", DAY, "WEDNESDAY", DAY,
                        "THURSDAY", DAY, "FRIDAY", DAY),
                "exceptions", List.of(
                        Map.of("name", "Christmas", "start", "2027-12-25", "finish", "2027-12-26", "working", false),
                        Map.of("name", "Release weekend", "start", "2027-03-06", "finish", "2027-03-06", "working", true,
                                "intervals", List.of(Map.of("start", "09:00", "end", "13:00")))));
    }

    @Test
    void calendarWithWorkWeekAndExceptionsRoundTripsAndDerivedCalendarOverridesADay() {
        TestData data = new TestData(port);
        Api.Response created = data.admin().post("/api/v1/calendars", calendar(TestData.unique("Standard")));
        long base = TestData.created(created);
        JsonNode json = created.json();
        assertThat(json.get("workWeek").get("MONDAY").size()).isEqualTo(2);
        assertThat(json.get("exceptions").get(0).get("working").asBoolean()).isTrue();
        assertThat(json.get("exceptions").get(0).get("intervals").get(0).get("start").asString()).startsWith("09:00");

        Api.Response derived = data.admin().post("/api/v1/calendars", Map.of("name", TestData.unique("Short Fridays"),
                "baseCalendarId", base, "workWeek", Map.of("FRIDAY", List.of(Map.of("start", "08:00", "end", "12:00")))));
        assertThat(derived.status()).as(derived.toString()).isEqualTo(201);

        Api.Response updated = data.admin().put("/api/v1/calendars/" + base,
                Map.of("name", "Renamed", "baseCalendarId", derived.json().get("id").asLong(), "version", 0));
        assertThat(updated.status()).isEqualTo(422);
        assertThat(field(updated)).isEqualTo("baseCalendarId");
        assertThat(data.admin().get("/api/v1/calendars?q=Short&sort=name").json().get("total").asLong()).isGreaterThan(0);
    }

    @Test
    void overlappingWorkingTimesAreRefusedNamingTheDay() {
        Api.Response r = new TestData(port).admin().post("/api/v1/calendars", Map.of("name", "Overlap",
                "workWeek", Map.of("MONDAY", List.of(Map.of("start", "08:00", "end", "12:00"),
                        Map.of("start", "11:00", "end", "15:00")))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(field(r)).isEqualTo("workWeek.MONDAY");
    }

    @Test
    void onlyThePmoAndAdministratorsChangeCalendarsWhileEveryoneReadsThem() {
        TestData data = new TestData(port);
        String username = TestData.unique("exec");
        data.user(username, "EXECUTIVE");
        Api exec = data.as(username);
        assertThat(exec.post("/api/v1/calendars", calendar("Not mine")).status()).isEqualTo(403);
        assertThat(exec.get("/api/v1/calendars").status()).isEqualTo(200);
    }

    @Test
    void recurringNonWorkingDaysOfTheProjectCalendarAreSkippedBySchedulingAndMustBeComplete() {
        TestData data = new TestData(port);
        Map<String, Object> body = new java.util.HashMap<>(calendar(TestData.unique("No Wednesdays")));
        body.put("exceptions", List.of(Map.of("name", "Wednesdays off", "start", "2027-01-01", "finish", "2027-12-31",
                "working", false, "recurrence", Map.of("type", "WEEKLY", "days", List.of("WEDNESDAY")))));
        Api.Response created = data.admin().post("/api/v1/calendars", body);
        long calendar = TestData.created(created);
        assertThat(created.json().get("exceptions").get(0).get("recurrence").get("type").asString()).isEqualTo("WEEKLY");

        long project = TestData.created(data.admin().post("/api/v1/projects", Map.of("code", TestData.unique("CAL"),
                "name", "Calendar project", "portfolioId", data.portfolio(), "plannedStart", "2027-01-04",
                "plannedFinish", "2027-06-30", "calendarId", calendar)));
        data.task(project, "Three days", 3 * 480);
        Api.Response schedule = data.admin().post("/api/v1/projects/" + project + "/schedule", null);
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
        assertThat(schedule.json().get("finish").asString()).startsWith("2027-01-07T17:00");

        body.put("exceptions", List.of(Map.of("name", "Monthly", "start", "2027-01-01", "finish", "2027-12-31",
                "working", false, "recurrence", Map.of("type", "MONTHLY_ON_WEEKDAY", "weekday", "FRIDAY"))));
        Api.Response incomplete = data.admin().post("/api/v1/calendars", body);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(field(incomplete)).isEqualTo("exceptions[0].recurrence.ordinal");
    }
}
