package org.sextant.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class CapacityApiTest {

    @LocalServerPort
    int port;

    @Test
    void gridShowsCapacityAgainstAssignmentsAndHardAndSoftAllocationsFlaggingOverAndUnderUse() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long department = TestData.created(admin.post("/api/v1/departments",
                Map.of("code", TestData.unique("CAP"), "name", TestData.unique("Capacity dept"))));
        long resource = TestData.created(admin.post("/api/v1/resources", Map.of("name", "Half-time Hana",
                "departmentId", department, "maxUnits", 0.5)));
        long project = data.project(null);
        long task = TestData.created(admin.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Build",
                "durationMinutes", 2400, "plannedStart", "2027-01-04T08:00:00", "plannedFinish", "2027-01-08T17:00:00")));
        data.assign(task, resource, 2400);
        TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project, "resourceId", resource,
                "start", "2027-01-11", "finish", "2027-01-15", "unit", "HOURS", "amount", 10, "firmness", "HARD")));
        TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project, "resourceId", resource,
                "start", "2027-01-18", "finish", "2027-01-22", "unit", "PERCENT", "amount", 100, "firmness", "SOFT")));

        Api.Response response = admin.get("/api/v1/capacity?from=2027-01-04&to=2027-03-28&unit=week&groupBy=resource"
                + "&department=" + department);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode grid = response.json();
        assertThat(grid.get("periods").size()).isEqualTo(12);
        assertThat(grid.get("rows").size()).isEqualTo(1);
        JsonNode cells = grid.get("rows").get(0).get("cells");
        assertThat(cells.get(0).get("capacity").asDouble()).isEqualTo(20.0);
        assertThat(cells.get(0).get("assigned").asDouble()).isEqualTo(40.0);
        assertThat(cells.get(0).get("load").asString()).isEqualTo("OVER");
        assertThat(cells.get(1).get("hard").asDouble()).isEqualTo(10.0);
        assertThat(cells.get(1).get("load").asString()).isEqualTo("OK");
        assertThat(cells.get(2).get("soft").asDouble()).isEqualTo(20.0);
        assertThat(cells.get(2).get("hard").asDouble()).isZero();
        assertThat(cells.get(5).get("load").asString()).isEqualTo("UNDER");
        JsonNode kpis = grid.get("kpis");
        assertThat(kpis.get("capacityHours").asDouble()).isEqualTo(240.0);
        assertThat(kpis.get("committedHours").asDouble()).isEqualTo(50.0);
        assertThat(kpis.get("softHours").asDouble()).isEqualTo(20.0);
        assertThat(kpis.get("overAllocatedRows").asInt()).isEqualTo(1);

        JsonNode byDepartment = admin.get("/api/v1/capacity?from=2027-01-04&to=2027-03-28&groupBy=department"
                + "&department=" + department).json();
        assertThat(byDepartment.get("rows").get(0).get("name").asString()).startsWith("Capacity dept");

        JsonNode drill = admin.get("/api/v1/capacity/contributions?resource=" + resource
                + "&from=2027-01-04&to=2027-01-24").json();
        assertThat(drill.size()).isEqualTo(3);
        assertThat(drill.get(0).get("kind").asString()).isEqualTo("TASK");
        assertThat(drill.get(0).get("hours").asDouble()).isEqualTo(40.0);
    }

    @Test
    void aHorizonEndingBeforeItStartsIsRefused() {
        Api.Response r = new TestData(port).admin().get("/api/v1/capacity?from=2027-03-01&to=2027-02-01");
        assertThat(r.status()).isEqualTo(422);
    }

    @Test
    void anUnknownPeriodUnitIsRefusedNamingTheParameter() {
        Api.Response r = new TestData(port).admin().get("/api/v1/capacity?unit=fortnight");
        assertThat(r.status()).isEqualTo(422);
        assertThat(TestData.field(r)).isEqualTo("unit");
    }

    /** A skill, a role needing it at level 3, and three people: two qualified (half and full time), one not. */
    record RolePool(long skill, long role, long halfTime, long fullTime, long novice) {
    }

    private RolePool rolePool(TestData data) {
        Api admin = data.admin();
        long skill = TestData.created(admin.post("/api/v1/skills", Map.of("name", TestData.unique("Cobol"))));
        long role = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Cobol developer"),
                "kind", "ROLE", "skills", List.of(Map.of("skillId", skill, "proficiency", 3)))));
        long half = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Half Cobol"),
                "maxUnits", 0.5, "skills", List.of(Map.of("skillId", skill, "proficiency", 4)))));
        long full = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Full Cobol"),
                "skills", List.of(Map.of("skillId", skill, "proficiency", 5)))));
        long novice = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Novice Cobol"),
                "skills", List.of(Map.of("skillId", skill, "proficiency", 2)))));
        long project = data.project(null);
        TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", project, "resourceId", role,
                "start", "2029-06-04", "finish", "2029-06-08", "unit", "PERCENT", "amount", 50, "firmness", "HARD")));
        return new RolePool(skill, role, half, full, novice);
    }

    @Test
    void aRoleRowSetsTheRolesDemandAgainstTheCapacityOfThePeopleQualifiedForItNotAnInventedPerson() {
        TestData data = new TestData(port);
        RolePool pool = rolePool(data);

        JsonNode grid = data.admin().get("/api/v1/capacity?from=2029-06-04&to=2029-06-17&unit=week&groupBy=role&skill="
                + pool.skill()).json();

        assertThat(grid.get("rows").size()).isEqualTo(1);
        JsonNode row = grid.get("rows").get(0);
        assertThat(row.get("key").asString()).isEqualTo(String.valueOf(pool.role()));
        JsonNode week = row.get("cells").get(0);
        // qualified: half time (20 h) and full time (40 h); the novice (level 2 < 3) is not counted
        assertThat(week.get("capacity").asDouble()).isEqualTo(60.0);
        assertThat(week.get("hard").asDouble()).isEqualTo(20.0);
        assertThat(week.get("load").asString()).isEqualTo("UNDER");
        assertThat(row.get("cells").get(1).get("hard").asDouble()).isZero();

        JsonNode byResource = data.admin().get("/api/v1/capacity?from=2029-06-04&to=2029-06-17&unit=week"
                + "&groupBy=resource&kind=ROLE&skill=" + pool.skill()).json();
        JsonNode roleCell = byResource.get("rows").get(0).get("cells").get(0);
        assertThat(roleCell.get("capacity").asDouble()).isZero();
        assertThat(roleCell.get("load").asString()).isEqualTo("OVER");
        assertThat(byResource.get("kpis").get("capacityHours").asDouble()).isZero();
    }

    @Test
    void aSkillRowCountsTheRolesDemandButOnlyThePeoplesCapacity() {
        TestData data = new TestData(port);
        RolePool pool = rolePool(data);

        JsonNode grid = data.admin().get("/api/v1/capacity?from=2029-06-04&to=2029-06-17&unit=week&groupBy=skill&skill="
                + pool.skill()).json();

        JsonNode row = null;
        for (JsonNode r : grid.get("rows")) {
            if (r.get("key").asString().equals(String.valueOf(pool.skill()))) {
                row = r;
            }
        }
        assertThat(row).as(grid.toString()).isNotNull();
        JsonNode week = row.get("cells").get(0);
        // 20 h + 40 h + 40 h of people; the role adds its 20 h of demand and no capacity
        assertThat(week.get("capacity").asDouble()).isEqualTo(100.0);
        assertThat(week.get("hard").asDouble()).isEqualTo(20.0);
        assertThat(grid.get("kpis").get("capacityHours").asDouble()).isEqualTo(200.0);
        assertThat(grid.get("kpis").get("committedHours").asDouble()).isEqualTo(20.0);
    }

    @Test
    void aTeamMemberSeesOnlyTheDemandOfProjectsTheyMayReadWhileAProjectManagerSeesAll() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long department = TestData.created(admin.post("/api/v1/departments",
                Map.of("code", TestData.unique("VIS"), "name", TestData.unique("Visibility dept"))));
        long shared = TestData.created(admin.post("/api/v1/resources", Map.of("name", TestData.unique("Shared Sol"),
                "departmentId", department)));
        String memberName = TestData.unique("capmember");
        long memberUser = data.user(memberName, "TEAM_MEMBER");
        long member = data.resource(TestData.unique("Member Mo"), memberUser);
        long readable = data.project(null);
        long hidden = data.project(null);
        data.assign(data.task(readable, "Own task", 480), member, 480);
        data.assign(TestData.created(admin.post("/api/v1/projects/" + readable + "/tasks", Map.of("name", "Visible",
                "durationMinutes", 2400, "plannedStart", "2027-01-04T08:00:00"))), shared, 600);
        data.assign(TestData.created(admin.post("/api/v1/projects/" + hidden + "/tasks", Map.of("name", "Hidden",
                "durationMinutes", 2400, "plannedStart", "2027-01-04T08:00:00"))), shared, 900);
        TestData.created(admin.post("/api/v1/allocations", Map.of("projectId", hidden, "resourceId", shared,
                "start", "2027-01-04", "finish", "2027-01-08", "unit", "HOURS", "amount", 5, "firmness", "HARD")));
        String grid = "/api/v1/capacity?from=2027-01-04&to=2027-01-10&unit=week&department=" + department;

        JsonNode asMember = data.as(memberName).get(grid).json().get("rows").get(0).get("cells").get(0);
        assertThat(asMember.get("assigned").asDouble()).isEqualTo(10.0);
        assertThat(asMember.get("hard").asDouble()).isZero();
        JsonNode drill = data.as(memberName).get("/api/v1/capacity/contributions?resource=" + shared
                + "&from=2027-01-04&to=2027-01-10").json();
        assertThat(drill.size()).isEqualTo(1);
        assertThat(drill.get(0).get("projectId").asLong()).isEqualTo(readable);

        String managerName = TestData.unique("capmanager");
        data.user(managerName, "PROJECT_MANAGER");
        JsonNode asManager = data.as(managerName).get(grid).json().get("rows").get(0).get("cells").get(0);
        assertThat(asManager.get("assigned").asDouble()).isEqualTo(25.0);
        assertThat(asManager.get("hard").asDouble()).isEqualTo(5.0);
        assertThat(admin.get(grid).json().get("rows").get(0).get("cells").get(0).get("assigned").asDouble())
                .isEqualTo(25.0);
    }
}
