package org.sextant.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Leveling jobs over real HTTP: proposal, discard, accept with audit, refusal of stale proposals, programs. */
@ServerTest
class LevelingJobApiTest {

    private static final long WEEK = 5 * 480;

    @LocalServerPort
    int port;

    /** Two parallel one-week tasks of one project, both needing the same full-time resource. */
    record Clash(long project, long first, long second, long resource) {
    }

    private Clash clash(TestData data, Long manager) {
        long project = data.project(manager);
        long first = data.task(project, "Design", WEEK);
        long second = data.task(project, "Build", WEEK);
        long resource = data.resource(TestData.unique("Alice"), null);
        data.assign(first, resource, WEEK);
        data.assign(second, resource, WEEK);
        return new Clash(project, first, second, resource);
    }

    static JsonNode await(Api api, JsonNode job) throws InterruptedException {
        long id = job.get("id").asLong();
        for (int i = 0; i < 600; i++) {
            JsonNode current = api.get("/api/v1/leveling-jobs/" + id).json();
            if (!current.get("status").asString().equals("RUNNING")) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("leveling job " + id + " still running after 60 s");
    }

    private static JsonNode level(Api api, long project, Map<String, Object> options) throws InterruptedException {
        Api.Response started = api.post("/api/v1/projects/" + project + "/leveling-jobs", options);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).endsWith("/api/v1/leveling-jobs/" + started.json().get("id").asLong());
        return await(api, started.json());
    }

    private static String start(Api api, long task) {
        return api.get("/api/v1/tasks/" + task).json().get("plannedStart").asString();
    }

    @Test
    void aProposalDelaysOneOfTwoClashingTasksAndExplainsWhyWithoutChangingThePlan() throws Exception {
        TestData data = new TestData(port);
        Clash c = clash(data, null);
        String before = start(data.admin(), c.second());

        JsonNode job = level(data.admin(), c.project(), Map.of("schedules", 200));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("READY");
        assertThat(job.get("progress").asInt()).isEqualTo(100);
        JsonNode proposal = job.get("proposal");
        assertThat(proposal.get("overallocationsBefore").asInt()).isEqualTo(5);
        assertThat(proposal.get("overallocationsAfter").asInt()).isZero();
        assertThat(proposal.get("tasks").size()).isEqualTo(1);
        JsonNode delayed = proposal.get("tasks").get(0);
        assertThat(delayed.get("delayDays").asInt()).isEqualTo(5);
        assertThat(delayed.get("resourceId").asLong()).isEqualTo(c.resource());
        assertThat(delayed.get("reason").asString()).contains("Alice").contains("2027");
        assertThat(delayed.get("blockedOn").asString()).isEqualTo("2027-01-04");
        assertThat(proposal.get("projects").get(0).get("finishChangeDays").asLong()).isEqualTo(7);
        assertThat(start(data.admin(), c.second())).isEqualTo(before);
        assertThat(data.admin().get("/api/v1/projects/" + c.project() + "/leveling-starts").json().size()).isZero();
    }

    @Test
    void acceptingKeepsTheLeveledDatesThroughReschedulingAndIsAudited() throws Exception {
        TestData data = new TestData(port);
        Clash c = clash(data, null);
        JsonNode job = level(data.admin(), c.project(), Map.of("schedules", 100));
        long delayedTask = job.get("proposal").get("tasks").get(0).get("taskId").asLong();
        long other = delayedTask == c.first() ? c.second() : c.first();

        Api.Response accepted = data.admin().post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(start(data.admin(), delayedTask)).isEqualTo("2027-01-11T08:00:00");
        assertThat(start(data.admin(), other)).isEqualTo("2027-01-04T08:00:00");
        // an unrelated change reschedules the project; the leveled start holds
        data.task(c.project(), "Unrelated", 480);
        assertThat(start(data.admin(), delayedTask)).isEqualTo("2027-01-11T08:00:00");
        JsonNode audit = data.admin().get("/api/v1/audit?entityType=LevelingJob&entityId=" + job.get("id").asLong()).json();
        assertThat(audit.get("items").toString()).contains("ACCEPTED");
        assertThat(data.admin().post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/accept", null).status())
                .isEqualTo(409);

        JsonNode again = level(data.admin(), c.project(), Map.of("schedules", 50));
        // the leveled plan has nothing over-allocated; levelling it again proposes the same leveling start
        assertThat(again.get("proposal").get("overallocationsBefore").asInt()).isZero();
        assertThat(again.get("proposal").get("tasks").size()).isEqualTo(1);
        assertThat(again.get("proposal").get("tasks").get(0).get("levelingStart").asString())
                .isEqualTo("2027-01-11T00:00:00");
        assertThat(again.get("proposal").get("projects").get(0).get("finishChangeDays").asLong()).isZero();

        Api.Response cleared = data.admin().delete("/api/v1/projects/" + c.project() + "/leveling-starts");
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().get("tasks").asInt()).isEqualTo(1);
        assertThat(start(data.admin(), delayedTask)).isEqualTo("2027-01-04T08:00:00");
    }

    @Test
    void acceptanceIsRefusedWhenThePlanChangedSinceTheProposal() throws Exception {
        TestData data = new TestData(port);
        Clash c = clash(data, null);
        JsonNode job = level(data.admin(), c.project(), Map.of("schedules", 20));
        data.task(c.project(), "Added after leveling", 480);

        Api.Response accepted = data.admin().post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(409);
        assertThat(TestData.field(accepted)).isEqualTo("proposal");
        assertThat(data.admin().get("/api/v1/projects/" + c.project() + "/leveling-starts").json().size()).isZero();
    }

    @Test
    void aDiscardedProposalChangesNothingAndCannotBeAcceptedAnyMore() throws Exception {
        TestData data = new TestData(port);
        Clash c = clash(data, null);
        JsonNode job = level(data.admin(), c.project(), Map.of("schedules", 20));

        Api.Response discarded = data.admin().post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/discard", null);

        assertThat(discarded.status()).as(discarded.toString()).isEqualTo(200);
        assertThat(discarded.json().get("status").asString()).isEqualTo("DISCARDED");
        assertThat(data.admin().post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/accept", null).status())
                .isEqualTo(409);
        assertThat(start(data.admin(), c.first())).isEqualTo(start(data.admin(), c.second()));
    }

    @Test
    void theSameSeedGivesTheSameProposalAndWithinFloatKeepsTheFinish() throws Exception {
        TestData data = new TestData(port);
        Clash c = clash(data, null);
        JsonNode one = level(data.admin(), c.project(), Map.of("seed", 7, "schedules", 300));
        JsonNode two = level(data.admin(), c.project(), Map.of("seed", 7, "schedules", 300));
        assertThat(two.get("proposal").get("tasks")).isEqualTo(one.get("proposal").get("tasks"));

        JsonNode withinFloat = level(data.admin(), c.project(), Map.of("policy", "WITHIN_FLOAT", "schedules", 50));
        assertThat(withinFloat.get("proposal").get("projects").get(0).get("finishChangeDays").asLong()).isZero();
        assertThat(withinFloat.get("proposal").get("overallocationsAfter").asInt()).isEqualTo(5);
    }

    @Test
    void theHigherPriorityTaskGoesFirstWithThePriorityRule() throws Exception {
        TestData data = new TestData(port);
        Clash c = clash(data, null);
        JsonNode task = data.admin().get("/api/v1/tasks/" + c.second()).json();
        Api.Response raised = data.admin().put("/api/v1/tasks/" + c.second(), Map.of("name", "Build",
                "durationMinutes", WEEK, "priority", 900, "version", task.get("version").asLong()));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);

        JsonNode job = level(data.admin(), c.project(), Map.of("schedules", 1));

        assertThat(job.get("proposal").get("tasks").get(0).get("taskId").asLong()).isEqualTo(c.first());
    }

    @Test
    void aProgramIsLeveledOnItsSharedResourcesAcrossItsProjects() throws Exception {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long portfolio = data.portfolio();
        long program = TestData.created(admin.post("/api/v1/programs", Map.of("portfolioId", portfolio,
                "name", TestData.unique("Program"))));
        long resource = data.resource(TestData.unique("Shared"), null);
        long[] tasks = new long[2];
        for (int i = 0; i < 2; i++) {
            long project = TestData.created(admin.post("/api/v1/projects", Map.of("code", TestData.unique("PG"),
                    "name", TestData.unique("Program project"), "portfolioId", portfolio, "programId", program,
                    "priority", i == 0 ? 800 : 200, "plannedStart", "2027-01-04", "plannedFinish", "2027-12-31")));
            tasks[i] = data.task(project, "Work " + i, WEEK);
            data.assign(tasks[i], resource, WEEK);
        }
        Api.Response started = admin.post("/api/v1/programs/" + program + "/leveling-jobs", Map.of("schedules", 1));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode job = await(admin, started.json());

        assertThat(job.get("scope").asString()).isEqualTo("PROGRAM");
        assertThat(job.get("proposal").get("projects").size()).isEqualTo(2);
        assertThat(job.get("proposal").get("tasks").size()).isEqualTo(1);
        assertThat(job.get("proposal").get("tasks").get(0).get("taskId").asLong()).isEqualTo(tasks[1]);
        assertThat(admin.post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/accept", null).status()).isEqualTo(200);
        assertThat(start(admin, tasks[1])).isEqualTo("2027-01-11T08:00:00");
    }

    @Test
    void onlyTheProjectsEditorsLevelItAndBadOptionsAreNamed() throws Exception {
        TestData data = new TestData(port);
        String manager = TestData.unique("lvpm");
        long managerId = data.user(manager, "PROJECT_MANAGER");
        String outsider = TestData.unique("lvother");
        data.user(outsider, "PROJECT_MANAGER");
        Clash c = clash(data, managerId);

        assertThat(data.as(outsider).post("/api/v1/projects/" + c.project() + "/leveling-jobs", Map.of()).status())
                .isEqualTo(403);
        JsonNode job = level(data.as(manager), c.project(), Map.of("schedules", 10));
        assertThat(job.get("status").asString()).isEqualTo("READY");
        assertThat(data.as(outsider).get("/api/v1/leveling-jobs/" + job.get("id").asLong()).status()).isEqualTo(403);
        assertThat(data.as(outsider).post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/accept", null)
                .status()).isEqualTo(403);

        Api.Response bad = data.admin().post("/api/v1/projects/" + c.project() + "/leveling-jobs",
                Map.of("schedules", 0));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(TestData.field(bad)).isEqualTo("schedules");
        assertThat(data.admin().post("/api/v1/projects/" + c.project() + "/leveling-jobs",
                Map.of("policy", "SOMETIMES")).status()).isIn(400, 422);
    }

    @Test
    void anAbsenceOfTheResourceIsWaitedFor() throws Exception {
        TestData data = new TestData(port);
        long project = data.project(null);
        long task = data.task(project, "Alone", WEEK);
        long resource = data.resource(TestData.unique("Away"), null);
        data.assign(task, resource, WEEK);
        TestData.created(data.admin().post("/api/v1/resources/" + resource + "/absences",
                Map.of("start", "2027-01-04", "finish", "2027-01-06", "reason", "Vacation")));

        JsonNode job = level(data.admin(), project, Map.of("schedules", 10));

        JsonNode tasks = job.get("proposal").get("tasks");
        assertThat(tasks.size()).isEqualTo(1);
        assertThat(tasks.get(0).get("startAfter").asString()).isEqualTo("2027-01-07T08:00:00");
    }

    /** A portfolio with two active projects and one on hold, each with a week of work for one shared resource. */
    record Scenario(long portfolio, long[] projects, long[] tasks, long resource) {
    }

    private Scenario scenario(TestData data) {
        Api admin = data.admin();
        long portfolio = data.portfolio();
        long resource = data.resource(TestData.unique("Pooled"), null);
        long[] projects = new long[3];
        long[] tasks = new long[3];
        for (int i = 0; i < 3; i++) {
            projects[i] = TestData.created(admin.post("/api/v1/projects", Map.of("code", TestData.unique("PF"),
                    "name", TestData.unique("Scenario project"), "portfolioId", portfolio, "priority", 900 - 100 * i,
                    "status", i == 2 ? "ON_HOLD" : "ACTIVE", "plannedStart", "2027-01-04", "plannedFinish", "2027-12-31")));
            tasks[i] = data.task(projects[i], "Work " + i, WEEK);
            data.assign(tasks[i], resource, WEEK);
        }
        return new Scenario(portfolio, projects, tasks, resource);
    }

    @Test
    void aPortfolioScenarioLevelsTheActiveProjectsOnTheirSharedPoolAndTheAcceptanceIsAudited() throws Exception {
        TestData data = new TestData(port);
        Scenario s = scenario(data);
        Api pmo = Api.basic(port, "pmo", "sextant1");

        Api.Response started = pmo.post("/api/v1/portfolios/" + s.portfolio() + "/leveling-jobs", Map.of("schedules", 1));

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("scope").asString()).isEqualTo("PORTFOLIO");
        assertThat(started.json().get("projectIds").toString()).isEqualTo("[" + s.projects()[0] + "," + s.projects()[1] + "]");
        JsonNode job = await(pmo, started.json());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("READY");
        assertThat(job.get("proposal").get("projects").size()).isEqualTo(2);
        assertThat(job.get("proposal").get("overallocationsBefore").asInt()).isEqualTo(5);
        assertThat(job.get("proposal").get("overallocationsAfter").asInt()).isZero();
        assertThat(job.get("proposal").get("tasks").size()).isEqualTo(1);
        assertThat(job.get("proposal").get("tasks").get(0).get("taskId").asLong()).isEqualTo(s.tasks()[1]);
        assertThat(start(pmo, s.tasks()[1])).isEqualTo("2027-01-04T08:00:00");

        Api.Response accepted = pmo.post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/accept", null);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(start(pmo, s.tasks()[1])).isEqualTo("2027-01-11T08:00:00");
        assertThat(start(pmo, s.tasks()[2])).isEqualTo("2027-01-04T08:00:00");
        JsonNode audit = pmo.get("/api/v1/audit?entityType=LevelingJob&entityId=" + job.get("id").asLong()).json();
        assertThat(audit.get("items").toString()).contains("ACCEPTED").contains("projectIds");
    }

    @Test
    void aPortfolioScenarioLevelsOnlyTheChosenProjects() throws Exception {
        TestData data = new TestData(port);
        Scenario s = scenario(data);
        Api admin = data.admin();

        Api.Response started = admin.post("/api/v1/portfolios/" + s.portfolio() + "/leveling-jobs",
                Map.of("projectIds", List.of(s.projects()[0], s.projects()[2]), "schedules", 1));

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode job = await(admin, started.json());
        assertThat(job.get("proposal").get("projects").size()).isEqualTo(2);
        assertThat(job.get("proposal").get("tasks").get(0).get("taskId").asLong()).isEqualTo(s.tasks()[2]);
        assertThat(admin.post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/discard", null).status())
                .isEqualTo(200);
        assertThat(start(admin, s.tasks()[2])).isEqualTo("2027-01-04T08:00:00");
    }

    @Test
    void aPortfolioScenarioIsForThePmoOnlyAndAProjectOfAnotherPortfolioIsNamed() throws Exception {
        TestData data = new TestData(port);
        Scenario s = scenario(data);
        long stranger = data.project(null);
        String programManager = TestData.unique("lvpfm");
        data.user(programManager, "PROGRAM_MANAGER");

        assertThat(data.as(programManager).post("/api/v1/portfolios/" + s.portfolio() + "/leveling-jobs",
                Map.of("schedules", 1)).status()).isEqualTo(403);
        Api.Response foreign = data.admin().post("/api/v1/portfolios/" + s.portfolio() + "/leveling-jobs",
                Map.of("projectIds", List.of(s.projects()[0], stranger)));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(TestData.field(foreign)).isEqualTo("projectIds");
        Api.Response empty = data.admin().post("/api/v1/portfolios/" + data.portfolio() + "/leveling-jobs", null);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(TestData.field(empty)).isEqualTo("projectIds");
        assertThat(data.admin().post("/api/v1/portfolios/999999999/leveling-jobs", null).status()).isEqualTo(404);

        JsonNode job = await(data.admin(), data.admin().post("/api/v1/portfolios/" + s.portfolio() + "/leveling-jobs",
                Map.of("schedules", 1)).json());
        assertThat(data.as(programManager).get("/api/v1/leveling-jobs/" + job.get("id").asLong()).status())
                .isEqualTo(403);
    }

    @Test
    void aMustFinishOnTaskKeepsItsDatesAndAStartNoEarlierThanTaskIsDelayedAfterItNeverBeforeItsDate()
            throws Exception {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        long resource = data.resource(TestData.unique("Constrained"), null);
        long fixed = TestData.created(admin.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Fixed",
                "durationMinutes", WEEK, "priority", 100, "constraintType", "MFO",
                "constraintDate", "2027-01-08T17:00:00")));
        long later = TestData.created(admin.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Later",
                "durationMinutes", 2 * 480, "priority", 900, "constraintType", "SNET",
                "constraintDate", "2027-01-06T08:00:00")));
        data.assign(fixed, resource, WEEK);
        data.assign(later, resource, 2 * 480);
        assertThat(start(admin, fixed)).isEqualTo("2027-01-04T08:00:00");
        assertThat(start(admin, later)).isEqualTo("2027-01-06T08:00:00");

        JsonNode job = level(admin, project, Map.of("schedules", 50));

        JsonNode tasks = job.get("proposal").get("tasks");
        assertThat(tasks.size()).as(job.toString()).isEqualTo(1);
        assertThat(tasks.get(0).get("taskId").asLong()).isEqualTo(later);
        assertThat(tasks.get(0).get("startAfter").asString()).isEqualTo("2027-01-11T08:00:00");
        assertThat(job.get("proposal").get("overallocationsAfter").asInt()).isZero();
        assertThat(admin.post("/api/v1/leveling-jobs/" + job.get("id").asLong() + "/accept", null).status())
                .isEqualTo(200);
        assertThat(start(admin, fixed)).isEqualTo("2027-01-04T08:00:00");
        assertThat(start(admin, later)).isEqualTo("2027-01-11T08:00:00");
    }
}
