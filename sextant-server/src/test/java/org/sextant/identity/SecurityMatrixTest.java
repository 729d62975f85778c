package org.sextant.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks the whole authorisation matrix: every API endpoint × every role → allowed or 403, and 401
 * without credentials. "Allowed" means the request got past authorisation: writes are sent with a
 * stale version where they would otherwise change shared fixtures, so an allowed update answers 409.
 * A new endpoint without a row here fails {@link #everyApiEndpointIsInTheMatrix()}.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> ORG = EnumSet.of(Role.ADMIN, Role.PMO);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    /** Roles that may edit the fixture project: organisation-wide, its program's manager, its manager. */
    private static final Set<Role> PROJECT_EDITORS = EnumSet.of(Role.ADMIN, Role.PMO, Role.PROGRAM_MANAGER,
            Role.PROJECT_MANAGER);
    /** Roles that read every project; a team member reads only the projects they are assigned to. */
    private static final Set<Role> ALL_PROJECT_READERS = EnumSet.of(Role.ADMIN, Role.PMO, Role.EXECUTIVE,
            Role.PROGRAM_MANAGER, Role.PROJECT_MANAGER);
    /** The fixture project, on which the team member is assigned a task. */
    private static final Set<Role> PROJECT_READERS = ALL;
    private static final Set<Role> PROGRESS_REPORTERS = EnumSet.of(Role.ADMIN, Role.PMO, Role.PROGRAM_MANAGER,
            Role.PROJECT_MANAGER, Role.TEAM_MEMBER);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Role, Api> apis = new EnumMap<>(Role.class);
    private final Map<String, Object> ids = new HashMap<>();

    /** One row: an endpoint on a fixture, a body, and the roles that may call it. */
    record Row(String method, String pattern, String path, Supplier<Object> body, Set<Role> allowed) {
    }

    @BeforeAll
    void fixtures() {
        Api admin = Api.basic(port, "admin", "sextant1");
        Map<Role, Long> userIds = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String username = "mx-" + role.name().toLowerCase();
            Api.Response created = admin.post("/api/v1/users", Map.of("username", username,
                    "email", username + "@matrix.test", "displayName", "Matrix " + role, "password", "matrix-pass",
                    "roles", List.of(role.name())));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            userIds.put(role, created.json().get("id").asLong());
            Api.Response token = Api.basic(port, username, "matrix-pass").post("/api/v1/tokens", Map.of("name", "matrix"));
            assertThat(token.status()).as(token.toString()).isEqualTo(201);
            apis.put(role, Api.bearer(port, token.json().get("secret").asString()));
        }
        ids.put("user", userIds.get(Role.TEAM_MEMBER));
        ids.put("self", userIds.get(Role.TEAM_MEMBER));
        long portfolio = admin.post("/api/v1/portfolios", Map.of("name", "Matrix portfolio")).json().get("id").asLong();
        ids.put("portfolio", portfolio);
        long program = admin.post("/api/v1/programs", Map.of("portfolioId", portfolio, "name", "Matrix program",
                "managerId", userIds.get(Role.PROGRAM_MANAGER))).json().get("id").asLong();
        ids.put("program", program);
        ids.put("projectManager", userIds.get(Role.PROJECT_MANAGER));
        ids.put("programManager", userIds.get(Role.PROGRAM_MANAGER));
        Api.Response project = admin.post("/api/v1/projects", Map.of("code", "MX-1", "name", "Matrix project",
                "portfolioId", portfolio, "programId", program, "managerId", userIds.get(Role.PROJECT_MANAGER),
                "plannedStart", "2027-01-04", "plannedFinish", "2027-12-17"));
        assertThat(project.status()).as(project.toString()).isEqualTo(201);
        ids.put("project", project.json().get("id").asLong());
        ids.put("stakeholder", admin.post("/api/v1/projects/" + ids.get("project") + "/stakeholders",
                Map.of("name", "Matrix stakeholder")).json().get("id").asLong());
        ids.put("department", admin.post("/api/v1/departments", Map.of("code", "MX", "name", "Matrix department"))
                .json().get("id").asLong());
        ids.put("token", 987654321L);
        ids.put("otherProject", admin.post("/api/v1/projects", Map.of("code", "MX-2", "name", "Matrix other project",
                "portfolioId", portfolio, "plannedStart", "2027-01-04", "plannedFinish", "2027-12-17"))
                .json().get("id").asLong());
        ids.put("calendar", created(admin.post("/api/v1/calendars", calendar("Matrix calendar", null))));
        ids.put("task", created(admin.post("/api/v1/projects/" + ids.get("project") + "/tasks",
                Map.of("name", "Matrix task assigned to the member", "durationMinutes", 4800))));
        ids.put("otherTask", created(admin.post("/api/v1/projects/" + ids.get("project") + "/tasks",
                Map.of("name", "Matrix task of someone else", "durationMinutes", 2400))));
        ids.put("dependency", created(admin.post("/api/v1/projects/" + ids.get("project") + "/dependencies",
                Map.of("predecessorId", ids.get("task"), "successorId", ids.get("otherTask"), "type", "FS"))));
        ids.put("skill", created(admin.post("/api/v1/skills", Map.of("name", "Matrix skill"))));
        ids.put("resource", created(admin.post("/api/v1/resources", Map.of("name", "Matrix member resource",
                "userId", userIds.get(Role.TEAM_MEMBER)))));
        ids.put("otherResource", created(admin.post("/api/v1/resources", Map.of("name", "Matrix other resource"))));
        ids.put("assignment", created(admin.post("/api/v1/tasks/" + ids.get("task") + "/assignments",
                Map.of("resourceId", ids.get("resource"), "units", 1, "workMinutes", 4800))));
        ids.put("allocation", created(admin.post("/api/v1/allocations", Map.of("projectId", ids.get("project"),
                "resourceId", ids.get("otherResource"), "start", "2027-02-01", "finish", "2027-02-28",
                "amount", 50, "unit", "PERCENT", "firmness", "HARD"))));
        long role = created(admin.post("/api/v1/resources", Map.of("name", "Matrix role", "kind", "ROLE")));
        ids.put("roleAllocation", created(admin.post("/api/v1/allocations", Map.of("projectId", ids.get("project"),
                "resourceId", role, "start", "2027-02-01", "finish", "2027-02-28", "amount", 40, "firmness", "HARD"))));
        ids.put("roleAssignment", created(admin.post("/api/v1/tasks/" + ids.get("otherTask") + "/assignments",
                Map.of("resourceId", role, "units", 1, "workMinutes", 960))));
        // baseline: baseline 0 of the fixture project
        assertThat(admin.post("/api/v1/projects/" + ids.get("project") + "/baselines", Map.of("number", 0)).status())
                .isEqualTo(201);
    }

    private static Map<String, Object> calendar(String name, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("workWeek", Map.of("MONDAY", List.of(Map.of("start", "09:00", "end", "17:00"))));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static long created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Supplier<Object> none = () -> null;
        // identity
        rows.add(new Row("GET", "/api/v1/users/me", "/api/v1/users/me", none, ALL));
        rows.add(new Row("GET", "/api/v1/users", "/api/v1/users", none, ALL));
        rows.add(new Row("GET", "/api/v1/users/{id}", "/api/v1/users/{user}", none, ALL));
        rows.add(new Row("POST", "/api/v1/users", "/api/v1/users", () -> Map.of("username", "new-" + System.nanoTime(),
                "email", System.nanoTime() + "@matrix.test", "displayName", "New", "password", "password1",
                "roles", List.of("TEAM_MEMBER")), ADMIN));
        rows.add(new Row("PUT", "/api/v1/users/{id}", "/api/v1/users/{user}", () -> Map.of("username", "mx-team_member",
                "email", "mx-team_member@matrix.test", "displayName", "Matrix", "roles", List.of("TEAM_MEMBER"),
                "version", 999), ADMIN));
        rows.add(new Row("DELETE", "/api/v1/users/{id}", "/api/v1/users/{user}?version=999", none, ADMIN));
        rows.add(new Row("GET", "/api/v1/departments", "/api/v1/departments", none, ALL));
        rows.add(new Row("GET", "/api/v1/departments/{id}", "/api/v1/departments/{department}", none, ALL));
        rows.add(new Row("POST", "/api/v1/departments", "/api/v1/departments",
                () -> Map.of("code", "D" + (System.nanoTime() % 100000), "name", "Dept " + System.nanoTime()), ORG));
        rows.add(new Row("PUT", "/api/v1/departments/{id}", "/api/v1/departments/{department}",
                () -> Map.of("code", "MX", "name", "Matrix department", "version", 999), ORG));
        rows.add(new Row("DELETE", "/api/v1/departments/{id}", "/api/v1/departments/{department}?version=999", none, ORG));
        rows.add(new Row("GET", "/api/v1/tokens", "/api/v1/tokens", none, ALL));
        rows.add(new Row("POST", "/api/v1/tokens", "/api/v1/tokens", () -> Map.of("name", "matrix extra"), ALL));
        rows.add(new Row("DELETE", "/api/v1/tokens/{id}", "/api/v1/tokens/{token}", none, ALL));
        // audit
        rows.add(new Row("GET", "/api/v1/audit", "/api/v1/audit", none, ORG));
        rows.add(new Row("GET", "/api/v1/audit/history/{entityType}/{entityId}",
                "/api/v1/audit/history/Project/{project}", none, ORG));
        // portfolio and program
        rows.add(new Row("GET", "/api/v1/portfolios", "/api/v1/portfolios", none, ALL));
        rows.add(new Row("GET", "/api/v1/portfolios/{id}", "/api/v1/portfolios/{portfolio}", none, ALL));
        rows.add(new Row("POST", "/api/v1/portfolios", "/api/v1/portfolios",
                () -> Map.of("name", "Matrix portfolio " + System.nanoTime()), ORG));
        rows.add(new Row("PUT", "/api/v1/portfolios/{id}", "/api/v1/portfolios/{portfolio}",
                () -> Map.of("name", "Matrix portfolio", "version", 999), ORG));
        rows.add(new Row("DELETE", "/api/v1/portfolios/{id}", "/api/v1/portfolios/{portfolio}?version=999", none, ORG));
        rows.add(new Row("GET", "/api/v1/programs", "/api/v1/programs", none, ALL));
        rows.add(new Row("GET", "/api/v1/programs/{id}", "/api/v1/programs/{program}", none, ALL));
        rows.add(new Row("POST", "/api/v1/programs", "/api/v1/programs",
                () -> Map.of("portfolioId", ids.get("portfolio"), "name", "Program " + System.nanoTime()), ORG));
        rows.add(new Row("PUT", "/api/v1/programs/{id}", "/api/v1/programs/{program}", () -> Map.of(
                "portfolioId", ids.get("portfolio"), "name", "Matrix program",
                "managerId", ids.get("programManager"), "version", 999),
                EnumSet.of(Role.ADMIN, Role.PMO, Role.PROGRAM_MANAGER)));
        rows.add(new Row("DELETE", "/api/v1/programs/{id}", "/api/v1/programs/{program}?version=999", none, ORG));
        // project
        rows.add(new Row("GET", "/api/v1/projects", "/api/v1/projects", none, ALL));
        rows.add(new Row("GET", "/api/v1/projects/{id}", "/api/v1/projects/{project}", none, PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/projects", "/api/v1/projects", () -> Map.of("code", "MXN-" + System.nanoTime() % 1_000_000,
                "name", "New in program", "portfolioId", ids.get("portfolio"), "programId", ids.get("program"),
                "plannedStart", "2027-01-04", "plannedFinish", "2027-02-26"),
                EnumSet.of(Role.ADMIN, Role.PMO, Role.PROGRAM_MANAGER)));
        rows.add(new Row("PUT", "/api/v1/projects/{id}", "/api/v1/projects/{project}", () -> Map.of("code", "MX-1",
                "name", "Matrix project", "portfolioId", ids.get("portfolio"), "programId", ids.get("program"),
                "managerId", ids.get("projectManager"), "plannedStart", "2027-01-04", "plannedFinish", "2027-12-17",
                "version", 999), PROJECT_EDITORS));
        rows.add(new Row("DELETE", "/api/v1/projects/{id}", "/api/v1/projects/{project}?version=999", none, PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/stakeholders", "/api/v1/projects/{project}/stakeholders",
                none, PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/projects/{projectId}/stakeholders", "/api/v1/projects/{project}/stakeholders",
                () -> Map.of("name", "Another stakeholder"), PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/stakeholders/{id}", "/api/v1/stakeholders/{stakeholder}", none, PROJECT_READERS));
        rows.add(new Row("PUT", "/api/v1/stakeholders/{id}", "/api/v1/stakeholders/{stakeholder}",
                () -> Map.of("name", "Matrix stakeholder", "version", 999), PROJECT_EDITORS));
        rows.add(new Row("DELETE", "/api/v1/stakeholders/{id}", "/api/v1/stakeholders/{stakeholder}?version=999", none,
                PROJECT_EDITORS));
        // scope: a project outside the program and not managed by the matrix managers, with no team member
        rows.add(new Row("GET", "/api/v1/projects/{id}", "/api/v1/projects/{otherProject}", none, ALL_PROJECT_READERS));
        rows.add(new Row("PUT", "/api/v1/projects/{id}", "/api/v1/projects/{otherProject}", () -> Map.of("code", "MX-2",
                "name", "Matrix other project", "portfolioId", ids.get("portfolio"), "plannedStart", "2027-01-04",
                "plannedFinish", "2027-12-17", "version", 999), ORG));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/tasks", "/api/v1/projects/{otherProject}/tasks", none,
                ALL_PROJECT_READERS));
        // schedule: calendars, tasks, dependencies
        rows.add(new Row("GET", "/api/v1/calendars", "/api/v1/calendars", none, ALL));
        rows.add(new Row("GET", "/api/v1/calendars/{id}", "/api/v1/calendars/{calendar}", none, ALL));
        rows.add(new Row("POST", "/api/v1/calendars", "/api/v1/calendars",
                () -> calendar("Calendar " + System.nanoTime(), null), ORG));
        rows.add(new Row("PUT", "/api/v1/calendars/{id}", "/api/v1/calendars/{calendar}",
                () -> calendar("Matrix calendar", 999L), ORG));
        rows.add(new Row("DELETE", "/api/v1/calendars/{id}", "/api/v1/calendars/{calendar}?version=999", none, ORG));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/tasks", "/api/v1/projects/{project}/tasks", none,
                PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/projects/{projectId}/tasks", "/api/v1/projects/{project}/tasks",
                () -> Map.of("name", "Matrix new task"), PROJECT_EDITORS));
        rows.add(new Row("POST", "/api/v1/projects/{projectId}/schedule", "/api/v1/projects/{project}/schedule", none,
                PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/schedule", "/api/v1/projects/{project}/schedule", none,
                PROJECT_READERS));
        rows.add(new Row("GET", "/api/v1/tasks/{id}", "/api/v1/tasks/{task}", none, PROJECT_READERS));
        rows.add(new Row("PUT", "/api/v1/tasks/{id}", "/api/v1/tasks/{task}",
                () -> Map.of("name", "Matrix task assigned to the member", "version", 999), PROJECT_EDITORS));
        rows.add(new Row("PATCH", "/api/v1/tasks/{id}/progress", "/api/v1/tasks/{task}/progress",
                () -> Map.of("percentComplete", 40, "version", 999), PROGRESS_REPORTERS));
        rows.add(new Row("PATCH", "/api/v1/tasks/{id}/progress", "/api/v1/tasks/{otherTask}/progress",
                () -> Map.of("percentComplete", 40, "version", 999), PROJECT_EDITORS));
        rows.add(new Row("DELETE", "/api/v1/tasks/{id}", "/api/v1/tasks/{task}?version=999", none, PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/dependencies", "/api/v1/projects/{project}/dependencies",
                none, PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/projects/{projectId}/dependencies", "/api/v1/projects/{project}/dependencies",
                () -> Map.of("predecessorId", ids.get("task"), "successorId", ids.get("otherTask")), PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/dependencies/{id}", "/api/v1/dependencies/{dependency}", none, PROJECT_READERS));
        rows.add(new Row("PUT", "/api/v1/dependencies/{id}", "/api/v1/dependencies/{dependency}", () -> Map.of(
                "predecessorId", ids.get("task"), "successorId", ids.get("otherTask"), "version", 999), PROJECT_EDITORS));
        rows.add(new Row("DELETE", "/api/v1/dependencies/{id}", "/api/v1/dependencies/{dependency}?version=999", none,
                PROJECT_EDITORS));
        // resources: skills, resources, assignments, team
        rows.add(new Row("GET", "/api/v1/skills", "/api/v1/skills", none, ALL));
        rows.add(new Row("GET", "/api/v1/skills/{id}", "/api/v1/skills/{skill}", none, ALL));
        rows.add(new Row("POST", "/api/v1/skills", "/api/v1/skills", () -> Map.of("name", "Skill " + System.nanoTime()), ORG));
        rows.add(new Row("PUT", "/api/v1/skills/{id}", "/api/v1/skills/{skill}",
                () -> Map.of("name", "Matrix skill", "version", 999), ORG));
        rows.add(new Row("DELETE", "/api/v1/skills/{id}", "/api/v1/skills/{skill}?version=999", none, ORG));
        rows.add(new Row("GET", "/api/v1/resources", "/api/v1/resources", none, ALL));
        rows.add(new Row("GET", "/api/v1/resources/{id}", "/api/v1/resources/{resource}", none, ALL));
        rows.add(new Row("POST", "/api/v1/resources", "/api/v1/resources",
                () -> Map.of("name", "Resource " + System.nanoTime()), ORG));
        rows.add(new Row("PUT", "/api/v1/resources/{id}", "/api/v1/resources/{otherResource}",
                () -> Map.of("name", "Matrix other resource", "version", 999), ORG));
        rows.add(new Row("DELETE", "/api/v1/resources/{id}", "/api/v1/resources/{otherResource}?version=999", none, ORG));
        rows.add(new Row("GET", "/api/v1/tasks/{taskId}/assignments", "/api/v1/tasks/{task}/assignments", none,
                PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/tasks/{taskId}/assignments", "/api/v1/tasks/{otherTask}/assignments",
                () -> Map.of("resourceId", ids.get("otherResource")), PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/team", "/api/v1/projects/{project}/team", none,
                PROJECT_READERS));
        rows.add(new Row("GET", "/api/v1/me/tasks", "/api/v1/me/tasks", none, ALL));
        rows.add(new Row("GET", "/api/v1/assignments/{id}", "/api/v1/assignments/{assignment}", none, PROJECT_READERS));
        rows.add(new Row("PUT", "/api/v1/assignments/{id}", "/api/v1/assignments/{assignment}",
                () -> Map.of("resourceId", ids.get("resource"), "version", 999), PROJECT_EDITORS));
        rows.add(new Row("DELETE", "/api/v1/assignments/{id}", "/api/v1/assignments/{assignment}?version=999", none,
                PROJECT_EDITORS));
        // capacity: allocations (project editors may request soft ones; the fixture allocation is hard)
        rows.add(new Row("GET", "/api/v1/allocations", "/api/v1/allocations", none, ALL));
        rows.add(new Row("GET", "/api/v1/allocations/{id}", "/api/v1/allocations/{allocation}", none, PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/allocations", "/api/v1/allocations", () -> Map.of("projectId",
                ids.get("project"), "resourceId", ids.get("otherResource"), "start", "2027-03-01",
                "finish", "2027-03-05", "amount", 8), PROJECT_EDITORS));
        rows.add(new Row("PUT", "/api/v1/allocations/{id}", "/api/v1/allocations/{allocation}",
                () -> Map.of("projectId", ids.get("project"), "resourceId", ids.get("otherResource"),
                        "start", "2027-02-01", "finish", "2027-02-28", "amount", 50, "firmness", "HARD",
                        "version", 999), ORG));
        rows.add(new Row("DELETE", "/api/v1/allocations/{id}", "/api/v1/allocations/{allocation}?version=999", none,
                ORG));
        rows.add(new Row("GET", "/api/v1/allocations/{id}/candidates", "/api/v1/allocations/{roleAllocation}/candidates",
                none, PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/allocations/{id}/staff", "/api/v1/allocations/{roleAllocation}/staff",
                () -> Map.of("resourceId", ids.get("otherResource"), "version", 999), ORG));
        rows.add(new Row("GET", "/api/v1/assignments/{id}/candidates",
                "/api/v1/assignments/{roleAssignment}/candidates", none, PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/assignments/{id}/staff", "/api/v1/assignments/{roleAssignment}/staff",
                () -> Map.of("resourceId", ids.get("otherResource"), "version", 999), PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/capacity", "/api/v1/capacity?from=2027-01-04&to=2027-03-28", none, ALL));
        rows.add(new Row("GET", "/api/v1/capacity/contributions",
                "/api/v1/capacity/contributions?resource={resource}&from=2027-01-04&to=2027-03-28", none, ALL));
        // interchange (transfer): import jobs are the uploader's; export follows project read access
        Set<Role> importers = EnumSet.of(Role.ADMIN, Role.PMO, Role.PROGRAM_MANAGER, Role.PROJECT_MANAGER);
        rows.add(new Row("POST", "/api/v1/imports", "/api/v1/imports", none, importers));
        rows.add(new Row("GET", "/api/v1/imports/{id}", "/api/v1/imports/987654321", none, importers));
        rows.add(new Row("POST", "/api/v1/imports/{id}/confirm", "/api/v1/imports/987654321/confirm", none, importers));
        rows.add(new Row("GET", "/api/v1/projects/{id}/export", "/api/v1/projects/{project}/export?format=csv", none,
                PROJECT_READERS));
        rows.add(new Row("GET", "/api/v1/projects/{id}/export", "/api/v1/projects/{otherProject}/export?format=mspdi",
                none, ALL_PROJECT_READERS));
        baselineRows(rows);
        earnedValueRows(rows);
        costRows(rows);
        reportRows(rows);
        levelingRows(rows);
        staffingRows(rows);
        interchangeRows(rows);
        scheduleRows(rows);
        timesheetRows(rows);
        return rows;
    }

    /** Rows of the baseline feature's endpoints. */
    private void baselineRows(List<Row> rows) {
        Supplier<Object> none = () -> null;
        String baselines = "/api/v1/projects/{projectId}/baselines";
        rows.add(new Row("GET", baselines, "/api/v1/projects/{project}/baselines", none, PROJECT_READERS));
        rows.add(new Row("POST", baselines, "/api/v1/projects/{project}/baselines", () -> Map.of("name", "Matrix"),
                PROJECT_EDITORS));
        rows.add(new Row("POST", baselines, "/api/v1/projects/{otherProject}/baselines", () -> Map.of("name", "Matrix"),
                ORG));
        rows.add(new Row("GET", baselines + "/{number}", "/api/v1/projects/{project}/baselines/0", none,
                PROJECT_READERS));
        rows.add(new Row("GET", baselines + "/{number}/comparison", "/api/v1/projects/{project}/baselines/0/comparison",
                none, PROJECT_READERS));
        rows.add(new Row("PUT", baselines + "/{number}", "/api/v1/projects/{project}/baselines/0",
                () -> Map.of("name", "Matrix", "version", 999), PROJECT_EDITORS));
        rows.add(new Row("DELETE", baselines + "/{number}", "/api/v1/projects/{project}/baselines/0?version=999", none,
                PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/progress", "/api/v1/projects/{project}/progress", none,
                PROJECT_READERS));
        rows.add(new Row("PUT", "/api/v1/projects/{projectId}/status-date", "/api/v1/projects/{project}/status-date",
                () -> Map.of("statusDate", "2027-02-01", "version", 999), PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/progress/history",
                "/api/v1/projects/{project}/progress/history", none, PROJECT_READERS));
        rows.add(new Row("GET", "/api/v1/tasks/{taskId}/progress/history", "/api/v1/tasks/{task}/progress/history", none,
                PROJECT_READERS));
    }

    /** Rows of the earnedValue feature's endpoints. */
    private void earnedValueRows(List<Row> rows) {
        Supplier<Object> none = () -> null;
        rows.add(new Row("GET", "/api/v1/projects/{id}/earned-value", "/api/v1/projects/{project}/earned-value", none,
                PROJECT_READERS));
        rows.add(new Row("GET", "/api/v1/projects/{id}/earned-value", "/api/v1/projects/{otherProject}/earned-value",
                none, ALL_PROJECT_READERS));
        rows.add(new Row("GET", "/api/v1/programs/{id}/earned-value", "/api/v1/programs/{program}/earned-value", none,
                ALL));
        rows.add(new Row("GET", "/api/v1/portfolios/{id}/earned-value", "/api/v1/portfolios/{portfolio}/earned-value",
                none, ALL));
    }

    /** Rows of the cost feature's endpoints. */
    private void costRows(List<Row> rows) {
        Supplier<Object> none = () -> null;
        Api admin = Api.basic(port, "admin", "sextant1");
        Supplier<Object> line = () -> Map.of("category", "MATERIALS", "spendType", "CAPEX", "period", "2027-02",
                "amount", 100, "version", 999);
        Supplier<Object> expense = () -> Map.of("incurredOn", "2027-02-03", "category", "SERVICES", "spendType", "OPEX",
                "amount", 10, "version", 999);
        ids.computeIfAbsent("budgetLine", k -> created(admin.post("/api/v1/projects/" + ids.get("project")
                + "/budget-lines", line.get())));
        ids.computeIfAbsent("expense", k -> created(admin.post("/api/v1/projects/" + ids.get("project") + "/expenses",
                expense.get())));
        ids.computeIfAbsent("rate", k -> created(admin.post("/api/v1/resources/" + ids.get("otherResource") + "/rates",
                Map.of("effectiveFrom", "2027-01-01", "rate", 75))));
        // budget lines and expenses: the project's readers read, its editors keep them
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/budget-lines", "/api/v1/projects/{project}/budget-lines",
                none, PROJECT_READERS));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/budget-lines",
                "/api/v1/projects/{otherProject}/budget-lines", none, ALL_PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/projects/{projectId}/budget-lines", "/api/v1/projects/{project}/budget-lines",
                line, PROJECT_EDITORS));
        rows.add(new Row("POST", "/api/v1/projects/{projectId}/budget-lines",
                "/api/v1/projects/{otherProject}/budget-lines", line, ORG));
        rows.add(new Row("GET", "/api/v1/budget-lines/{id}", "/api/v1/budget-lines/{budgetLine}", none, PROJECT_READERS));
        rows.add(new Row("PUT", "/api/v1/budget-lines/{id}", "/api/v1/budget-lines/{budgetLine}", line, PROJECT_EDITORS));
        rows.add(new Row("DELETE", "/api/v1/budget-lines/{id}", "/api/v1/budget-lines/{budgetLine}?version=999", none,
                PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/expenses", "/api/v1/projects/{project}/expenses", none,
                PROJECT_READERS));
        rows.add(new Row("POST", "/api/v1/projects/{projectId}/expenses", "/api/v1/projects/{project}/expenses", expense,
                PROJECT_EDITORS));
        rows.add(new Row("POST", "/api/v1/projects/{projectId}/expenses", "/api/v1/projects/{otherProject}/expenses",
                expense, ORG));
        rows.add(new Row("GET", "/api/v1/expenses/{id}", "/api/v1/expenses/{expense}", none, PROJECT_READERS));
        rows.add(new Row("PUT", "/api/v1/expenses/{id}", "/api/v1/expenses/{expense}", expense, PROJECT_EDITORS));
        rows.add(new Row("DELETE", "/api/v1/expenses/{id}", "/api/v1/expenses/{expense}?version=999", none,
                PROJECT_EDITORS));
        // the cost view
        rows.add(new Row("GET", "/api/v1/projects/{id}/costs", "/api/v1/projects/{project}/costs?eac=BOTTOM_UP", none,
                PROJECT_READERS));
        rows.add(new Row("GET", "/api/v1/projects/{id}/costs", "/api/v1/projects/{otherProject}/costs", none,
                ALL_PROJECT_READERS));
        // rates: read wherever the resource is, kept by the PMO
        rows.add(new Row("GET", "/api/v1/resources/{resourceId}/rates", "/api/v1/resources/{otherResource}/rates", none,
                ALL));
        rows.add(new Row("POST", "/api/v1/resources/{resourceId}/rates", "/api/v1/resources/{otherResource}/rates",
                () -> Map.of("effectiveFrom", "2027-06-01", "rate", 80), ORG));
        rows.add(new Row("PUT", "/api/v1/resources/{resourceId}/rates/{id}",
                "/api/v1/resources/{otherResource}/rates/{rate}",
                () -> Map.of("effectiveFrom", "2027-01-01", "rate", 75, "version", 999), ORG));
        rows.add(new Row("DELETE", "/api/v1/resources/{resourceId}/rates/{id}",
                "/api/v1/resources/{otherResource}/rates/{rate}?version=999", none, ORG));
    }

    /** Rows of the report feature's endpoints. */
    private void reportRows(List<Row> rows) {
        Supplier<Object> none = () -> null;
        Api admin = Api.basic(port, "admin", "sextant1");
        // fixtures: a submitted report on the fixture project (the draft endpoints answer 409 for it)
        ids.computeIfAbsent("statusReport", k -> {
            Api.Response draft = admin.post("/api/v1/projects/" + ids.get("project") + "/status-reports",
                    Map.of("periodEnd", "2027-03-05"));
            assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
            long id = draft.json().get("id").asLong();
            assertThat(admin.post("/api/v1/projects/" + ids.get("project") + "/status-reports/" + id + "/submit",
                    Map.of("version", draft.json().get("version").asLong())).status()).isEqualTo(200);
            return id;
        });
        String reports = "/api/v1/projects/{projectId}/status-reports";
        String mine = "/api/v1/projects/{project}/status-reports";
        rows.add(new Row("GET", reports, mine, none, PROJECT_READERS));
        rows.add(new Row("GET", reports, "/api/v1/projects/{otherProject}/status-reports", none, ALL_PROJECT_READERS));
        // creating needs a period after the submitted one; an allowed role gets 201 or 409 (one draft at a time)
        rows.add(new Row("POST", reports, mine, () -> Map.of("periodEnd", "2027-04-30"), PROJECT_EDITORS));
        rows.add(new Row("POST", reports, "/api/v1/projects/{otherProject}/status-reports",
                () -> Map.of("periodEnd", "2027-04-30"), ORG));
        rows.add(new Row("GET", reports + "/suggestions", mine + "/suggestions?statusDate=2027-03-05", none,
                PROJECT_READERS));
        rows.add(new Row("GET", reports + "/{id}", mine + "/{statusReport}", none, PROJECT_READERS));
        rows.add(new Row("PUT", reports + "/{id}", mine + "/{statusReport}", () -> Map.of("summary", "x", "version", 999),
                PROJECT_EDITORS));
        rows.add(new Row("POST", reports + "/{id}/submit", mine + "/{statusReport}/submit", () -> Map.of("version", 999),
                PROJECT_EDITORS));
        rows.add(new Row("DELETE", reports + "/{id}", mine + "/{statusReport}?version=999", none, PROJECT_EDITORS));
        rows.add(new Row("GET", reports + "/{id}/pdf", mine + "/{statusReport}/pdf", none, PROJECT_READERS));
        rows.add(new Row("GET", "/api/v1/status-reports/latest", "/api/v1/status-reports/latest", none, ALL));
        rows.add(new Row("GET", "/api/v1/health-thresholds", "/api/v1/health-thresholds", none, ALL));
        rows.add(new Row("PUT", "/api/v1/health-thresholds", "/api/v1/health-thresholds", () -> Map.ofEntries(Map.entry("spiAmber", 0.95),
                Map.entry("spiRed", 0.85), Map.entry("cpiAmber", 0.95), Map.entry("cpiRed", 0.85),
                Map.entry("slipAmberDays", 3), Map.entry("slipRedDays", 10), Map.entry("overdueUnit", "PERCENT"),
                Map.entry("overdueAmber", 5), Map.entry("overdueRed", 15), Map.entry("scopeAmberPercent", 5),
                Map.entry("scopeRedPercent", 15), Map.entry("version", 999)), ORG));
    }

    /** Rows of the leveling feature's endpoints. */
    private void levelingRows(List<Row> rows) {
        Supplier<Object> none = () -> null;
        Api admin = Api.basic(port, "admin", "sextant1");
        ids.computeIfAbsent("levelingJob", k -> admin.post("/api/v1/projects/" + ids.get("project") + "/leveling-jobs",
                Map.of("schedules", 1)).json().get("id").asLong());
        ids.computeIfAbsent("absence", k -> created(admin.post("/api/v1/resources/" + ids.get("otherResource")
                + "/absences", Map.of("start", "2027-02-01", "finish", "2027-02-05", "reason", "Matrix"))));
        Set<Role> programManagers = EnumSet.of(Role.ADMIN, Role.PMO, Role.PROGRAM_MANAGER);
        rows.add(new Row("POST", "/api/v1/projects/{projectId}/leveling-jobs", "/api/v1/projects/{project}/leveling-jobs",
                () -> Map.of("schedules", 1), PROJECT_EDITORS));
        rows.add(new Row("POST", "/api/v1/programs/{programId}/leveling-jobs", "/api/v1/programs/{program}/leveling-jobs",
                () -> Map.of("schedules", 1), programManagers));
        rows.add(new Row("POST", "/api/v1/portfolios/{portfolioId}/leveling-jobs",
                "/api/v1/portfolios/{portfolio}/leveling-jobs", () -> Map.of("schedules", 1), ORG));
        rows.add(new Row("GET", "/api/v1/leveling-jobs/{id}", "/api/v1/leveling-jobs/{levelingJob}", none,
                PROJECT_EDITORS));
        rows.add(new Row("POST", "/api/v1/leveling-jobs/{id}/accept", "/api/v1/leveling-jobs/{levelingJob}/accept", none,
                PROJECT_EDITORS));
        rows.add(new Row("POST", "/api/v1/leveling-jobs/{id}/discard", "/api/v1/leveling-jobs/{levelingJob}/discard",
                none, PROJECT_EDITORS));
        rows.add(new Row("GET", "/api/v1/projects/{projectId}/leveling-starts", "/api/v1/projects/{project}/leveling-starts",
                none, PROJECT_READERS));
        rows.add(new Row("DELETE", "/api/v1/projects/{projectId}/leveling-starts",
                "/api/v1/projects/{project}/leveling-starts", none, PROJECT_EDITORS));
        // resource pool: absences are read by everyone, kept by the PMO
        rows.add(new Row("GET", "/api/v1/resources/{resourceId}/absences", "/api/v1/resources/{otherResource}/absences",
                none, ALL));
        rows.add(new Row("POST", "/api/v1/resources/{resourceId}/absences", "/api/v1/resources/{otherResource}/absences",
                () -> Map.of("start", "2027-03-01", "finish", "2027-03-01", "hours", 4), ORG));
        rows.add(new Row("GET", "/api/v1/absences/{id}", "/api/v1/absences/{absence}", none, ALL));
        rows.add(new Row("PUT", "/api/v1/absences/{id}", "/api/v1/absences/{absence}",
                () -> Map.of("start", "2027-02-01", "finish", "2027-02-05", "version", 999), ORG));
        rows.add(new Row("DELETE", "/api/v1/absences/{id}", "/api/v1/absences/{absence}?version=999", none, ORG));
    }

    /** Rows of the staffing feature's endpoints. */
    private void staffingRows(List<Row> rows) {
        // staffing: add rows here
    }

    /** Rows of the interchange feature's endpoints. */
    private void interchangeRows(List<Row> rows) {
        // interchange: add rows here
    }

    /** Rows of the schedule feature's endpoints. */
    private void scheduleRows(List<Row> rows) {
        // schedule: add rows here
    }

    /**
     * Rows of the timesheet feature's endpoints, on a week of the team member's submitted on the
     * fixture project (made here once): its owner submits, its project's manager and the PMO decide.
     */
    private void timesheetRows(List<Row> rows) {
        Supplier<Object> none = () -> null;
        if (!ids.containsKey("timesheet")) {
            Api member = apis.get(Role.TEAM_MEMBER);
            Api.Response saved = member.put("/api/v1/timesheets/mine?week=2027-01-04", Map.of("version", 0,
                    "rows", List.of(Map.of("taskId", ids.get("task"), "hours", List.of(1, 2)))));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            long sheet = saved.json().get("id").asLong();
            Api.Response submitted = member.post("/api/v1/timesheets/" + sheet + "/submit",
                    Map.of("version", saved.json().get("version").asLong()));
            assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
            ids.put("timesheet", sheet);
            ids.put("timesheetPart", submitted.json().get("parts").get(0).get("id").asLong());
        }
        Set<Role> approvers = EnumSet.of(Role.ADMIN, Role.PMO, Role.PROJECT_MANAGER);
        Set<Role> sheetReaders = EnumSet.of(Role.ADMIN, Role.PMO, Role.PROJECT_MANAGER, Role.TEAM_MEMBER);
        rows.add(new Row("GET", "/api/v1/timesheets/mine", "/api/v1/timesheets/mine?week=2027-01-06", none, ALL));
        rows.add(new Row("PUT", "/api/v1/timesheets/mine", "/api/v1/timesheets/mine?week=2027-01-04",
                () -> Map.of("rows", List.of(), "version", 999), ALL));
        rows.add(new Row("GET", "/api/v1/timesheets", "/api/v1/timesheets", none, ALL));
        rows.add(new Row("GET", "/api/v1/timesheets/{id}", "/api/v1/timesheets/{timesheet}", none, sheetReaders));
        rows.add(new Row("POST", "/api/v1/timesheets/{id}/submit", "/api/v1/timesheets/{timesheet}/submit",
                () -> Map.of("version", 999), EnumSet.of(Role.TEAM_MEMBER)));
        rows.add(new Row("GET", "/api/v1/timesheet-approvals", "/api/v1/timesheet-approvals", none, approvers));
        rows.add(new Row("GET", "/api/v1/timesheet-approvals/{id}", "/api/v1/timesheet-approvals/{timesheetPart}", none,
                sheetReaders));
        rows.add(new Row("POST", "/api/v1/timesheet-approvals/{id}/approve",
                "/api/v1/timesheet-approvals/{timesheetPart}/approve", () -> Map.of("version", 999), approvers));
        rows.add(new Row("POST", "/api/v1/timesheet-approvals/{id}/reject",
                "/api/v1/timesheet-approvals/{timesheetPart}/reject",
                () -> Map.of("version", 999, "reason", "Matrix"), approvers));
    }

    @Test
    void everyApiEndpointIsInTheMatrix() {
        Set<String> covered = new TreeSet<>();
        rows().forEach(r -> covered.add(r.method() + " " + r.pattern()));
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> endpoints.add(m.name() + " " + p))));
        endpoints.removeAll(covered);
        assertThat(endpoints).as("API endpoints without a row in the security matrix").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachRoleAsTheMatrixSays() {
        return rows().stream().flatMap(row -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest(row.method() + " " + row.pattern() + " anonymous → 401", () -> {
                    Api.Response r = Api.anonymous(port).send(row.method(), path(row), row.body().get(), null);
                    assertThat(r.status()).as(r.toString()).isEqualTo(401);
                })),
                ALL.stream().map(role -> DynamicTest.dynamicTest(row.method() + " " + row.pattern() + " as " + role
                        + (row.allowed().contains(role) ? " → allowed" : " → 403"), () -> {
                    Api.Response r = apis.get(role).send(row.method(), path(row), row.body().get(), null);
                    if (row.allowed().contains(role)) {
                        assertThat(r.status()).as(r.toString()).isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(r.status()).as(r.toString()).isEqualTo(403);
                    }
                }))));
    }

    private String path(Row row) {
        String path = row.path();
        for (Map.Entry<String, Object> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
        }
        return path;
    }
}
