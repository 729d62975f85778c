package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sextant.ServerTest;
import org.sextant.identity.Role;
import org.sextant.identity.SystemUser;
import org.sextant.identity.UserDraft;
import org.sextant.identity.Users;
import org.sextant.portfolio.Portfolio;
import org.sextant.portfolio.Portfolios;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The UI controllers over real HTTP (no browser): what each page renders, refuses and validates. */
@ServerTest
class UiPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    Portfolios portfolios;

    long portfolioId;

    @BeforeEach
    void organisation() {
        SystemUser.run(() -> {
            ensureUser("ui-exec", Role.EXECUTIVE);
            portfolioId = portfolios.all().stream().filter(p -> p.name().equals("UI test portfolio")).findFirst()
                    .orElseGet(() -> portfolios.create(new Portfolio.Draft("UI test portfolio", null, null)))
                    .id().value();
        });
    }

    private void ensureUser(String username, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            users.create(new UserDraft(username, username + "@example.com", "Test " + role, "sextant1",
                    EnumSet.of(role), null, true));
        }
    }

    @Test
    void everyMainPageRendersForTheAdministrator() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        for (String path : new String[] {"/", "/programs", "/users", "/users/new", "/audit", "/projects/new", "/programs/new"}) {
            WebSession.Page page = admin.get(path);
            assertThat(page.status()).as(path + ": " + page.html()).isEqualTo(200);
            assertThat(page.html()).as(path).contains("Sign out").doesNotContain("Exception");
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebSession anonymous = WebSession.anonymous(port);
        WebSession.Page page = anonymous.get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
        assertThat(anonymous.get("/login").html()).contains("Sign in").contains("name=\"_csrf\"");
    }

    @Test
    void wrongPasswordShowsAMessageOnTheLoginPage() {
        WebSession session = WebSession.anonymous(port);
        session.get("/login");
        WebSession.Page answer = session.post("/login", Map.of("username", "admin", "password", "nope"));
        assertThat(answer.location()).contains("/login?error");
        assertThat(session.get("/login?error").html()).contains("Wrong user name or password");
    }

    @Test
    void projectFormShowsEachProblemBesideItsField() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        admin.get("/projects/new");
        Map<String, String> form = projectForm("UI-BAD");
        form.put("name", "");
        form.put("plannedStart", "2027-02-30");
        form.put("budget", "lots");
        WebSession.Page page = admin.post("/projects", form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("id=\"name-error\"").contains("Name is required.")
                .contains("id=\"plannedStart-error\"").contains("id=\"budget-error\"");
    }

    @Test
    void aRuleBrokenInTheServiceIsShownBesideItsField() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        admin.get("/projects/new");
        Map<String, String> form = projectForm("UI-DATES");
        form.put("plannedFinish", "2026-01-01");
        WebSession.Page page = admin.post("/projects", form);
        assertThat(page.html()).contains("id=\"plannedFinish-error\"").contains("is before planned start");
    }

    @Test
    void aStaleEditSaysSomeoneElseChangedTheProject() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        admin.get("/projects/new");
        WebSession.Page created = admin.post("/projects", projectForm("UI-STALE"));
        assertThat(created.status()).as(created.html()).isEqualTo(302);
        String path = created.location().replaceFirst("^https?://[^/]+", "");
        admin.get(path);
        Map<String, String> edit = projectForm("UI-STALE");
        edit.put("version", "0");
        edit.put("name", "First edit");
        assertThat(admin.post(path, edit).status()).isEqualTo(302);
        edit.put("name", "Second edit from an old page");
        WebSession.Page stale = admin.post(path, edit);
        assertThat(stale.html()).contains("changed by someone else");
        assertThat(admin.get(path).html()).contains("First edit");
    }

    @Test
    void anExecutiveReadsButMayNotEditOrAdminister() {
        WebSession exec = WebSession.signIn(port, "ui-exec", "sextant1");
        assertThat(exec.get("/").html()).doesNotContain("href=\"/users\"").doesNotContain("href=\"/audit\"");
        WebSession.Page users = exec.get("/users");
        assertThat(users.status()).isEqualTo(403);
        assertThat(users.html()).contains("Not allowed").doesNotContain("Exception");
        assertThat(exec.get("/audit").status()).isEqualTo(403);
        WebSession.Page create = exec.post("/projects", projectForm("UI-EXEC"));
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.html()).contains("does not allow");
    }

    @Test
    void anUnknownProjectIsAFriendlyNotFoundPage() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        WebSession.Page page = admin.get("/projects/987654");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html()).contains("Not found").contains("987654");
        WebSession.Page bad = admin.get("/projects/not-a-number");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html()).doesNotContain("Exception");
    }

    @Test
    void htmxFailuresComeBackAsAnAlertForTheMessagesBox() {
        WebSession exec = WebSession.signIn(port, "ui-exec", "sextant1");
        exec.get("/");
        WebSession.Page page = exec.htmxPost("/projects/987654/stakeholders", Map.of("name", "X"));
        assertThat(page.status()).isIn(403, 404);
        assertThat(page.header("HX-Retarget")).isEqualTo("#messages");
        assertThat(page.html()).contains("alert-danger").doesNotContain("<html");
    }

    @Test
    void theWbsTableAddsEditsInlineAndExplainsWhatIsWrong() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        String project = createProject(admin, "UI-WBS");
        String tasks = project + "/tasks";

        WebSession.Page added = admin.htmxPost(tasks, Map.of("name", "Build", "kind", "TASK", "durationDays", "4", "parentId", ""));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.html()).contains("Build").contains("4d").contains("Added task Build");
        assertThat(added.header("HX-Trigger")).isEqualTo("tasks-changed");
        String taskId = firstMatch(added.html(), "id=\"task-(\\d+)\"");

        WebSession.Page editing = admin.get(tasks + "/" + taskId + "/edit");
        assertThat(editing.html()).contains("<tr").doesNotContain("<html").contains("name=\"percentComplete\"");
        WebSession.Page saved = admin.htmxPost(tasks + "/" + taskId,
                Map.of("name", "Build and test", "kind", "TASK", "durationDays", "6", "percentComplete", "25", "version", "0", "parentId", ""));
        assertThat(saved.html()).doesNotContain("<html").contains("Build and test").contains("25%").contains("6d");

        WebSession.Page invalid = admin.htmxPost(tasks + "/" + taskId,
                Map.of("name", "", "kind", "TASK", "durationDays", "-1", "percentComplete", "140", "version", "1", "parentId", ""));
        assertThat(invalid.html()).contains("Name is required.").contains("cannot be negative").contains("between 0 and 100");

        WebSession.Page stale = admin.htmxPost(tasks + "/" + taskId,
                Map.of("name", "Old page", "kind", "TASK", "durationDays", "1", "percentComplete", "0", "version", "0", "parentId", ""));
        assertThat(stale.html()).contains("Changed by someone else");

        WebSession.Page milestone = admin.htmxPost(tasks, Map.of("name", "Go-live", "kind", "MILESTONE", "durationDays", "3", "parentId", ""));
        assertThat(milestone.html()).contains("id=\"durationDays-error\"");
    }

    @Test
    void dependenciesAreAddedAndALoopIsRefusedWithItsTasks() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        String project = createProject(admin, "UI-DEP");
        String a = firstMatch(admin.htmxPost(project + "/tasks", Map.of("name", "Alpha", "kind", "TASK", "durationDays", "2")).html(),
                "id=\"task-(\\d+)\"");
        String html = admin.htmxPost(project + "/tasks", Map.of("name", "Beta", "kind", "TASK", "durationDays", "2")).html();
        String b = lastMatch(html, "id=\"task-(\\d+)\"");

        WebSession.Page linked = admin.htmxPost(project + "/dependencies",
                Map.of("predecessorId", a, "successorId", b, "type", "FS", "lagDays", "1"));
        assertThat(linked.html()).contains("Alpha").contains("Beta").contains("1 link");
        WebSession.Page loop = admin.htmxPost(project + "/dependencies",
                Map.of("predecessorId", b, "successorId", a, "type", "FS", "lagDays", "0"));
        assertThat(loop.status()).isEqualTo(200);
        assertThat(loop.html()).containsIgnoringCase("loop").contains("1 link");

        WebSession.Page scheduled = admin.htmxPost(project + "/tasks/schedule", Map.of());
        assertThat(scheduled.html()).contains("Scheduled: finish").contains("critical");
        assertThat(admin.get(project + "/team").html()).contains("Nobody is assigned yet");
    }

    @Test
    void stakeholdersAreAddedAndRemovedInPlace() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        String project = createProject(admin, "UI-STK");
        WebSession.Page missing = admin.htmxPost(project + "/stakeholders", Map.of("name", "", "interest", "HIGH", "influence", "LOW"));
        assertThat(missing.html()).contains("id=\"stakeholderName-error\"").contains("Name is required.");
        WebSession.Page added = admin.htmxPost(project + "/stakeholders",
                Map.of("name", "Chief Financial Officer", "organisation", "Finance", "interest", "HIGH", "influence", "HIGH"));
        assertThat(added.html()).contains("Chief Financial Officer").contains("1 person").doesNotContain("<html");
        String id = firstMatch(added.html(), "/stakeholders/(\\d+)/delete");
        WebSession.Page removed = admin.htmxPost(project + "/stakeholders/" + id + "/delete", Map.of("version", "0"));
        assertThat(removed.html()).contains("No stakeholders recorded yet.");
    }

    @Test
    void administratorCreatesAndDeactivatesAUser() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        admin.get("/users/new");
        WebSession.Page missing = admin.post("/users", Map.of("username", "ui-new", "email", "", "displayName", "New Person",
                "password", "secret-123", "active", "on"));
        assertThat(missing.html()).contains("E-mail is required.").contains("Choose at least one role.");
        String username = "ui-user-" + System.nanoTime() % 100000;
        WebSession.Page created = admin.post("/users", Map.of("username", username, "email", username + "@example.com",
                "displayName", "New Person", "password", "secret-123", "roles", "TEAM_MEMBER", "active", "on"));
        assertThat(created.status()).as(created.html()).isEqualTo(302);
        WebSession.Page list = admin.follow("/users?text=" + username);
        assertThat(list.html()).contains("Created user " + username).contains("Team member");
        String id = firstMatch(list.html(), "/users/(\\d+)/deactivate");
        WebSession.Page done = admin.post("/users/" + id + "/deactivate", Map.of("version", "0"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(admin.get("/users?text=" + username).html()).contains("Inactive");
    }

    @Test
    void auditPageFiltersByEntityAndShowsFieldChanges() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        String project = createProject(admin, "UI-AUD");
        String id = project.substring(project.lastIndexOf('/') + 1);
        WebSession.Page page = admin.get("/audit?entityType=Project&entityId=" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("1 event<").contains("UI-AUD").contains("audit-change");
        assertThat(admin.get("/audit?projectId=abc").html()).contains("A project id is a whole number.");
    }

    @Test
    void programPagesListCreateAndShowTheirProjects() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        admin.get("/programs/new");
        String name = "UI program " + System.nanoTime() % 100000;
        WebSession.Page created = admin.post("/programs", Map.of("portfolioId", Long.toString(portfolioId), "name", name,
                "start", "2027-01-01", "finish", "2027-12-31"));
        assertThat(created.status()).as(created.html()).isEqualTo(302);
        WebSession.Page page = admin.follow(created.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.html()).contains(name).contains("No projects in this program yet.");
        assertThat(admin.get("/programs").html()).contains(name);
        assertThat(admin.get("/resources").status()).isEqualTo(200);
    }

    @Test
    void portfolioPageFiltersAndSortsOnTheServer() {
        WebSession admin = WebSession.signIn(port, "admin", "sextant1");
        createProject(admin, "UI-SORT-A");
        createProject(admin, "UI-SORT-B");
        String desc = admin.get("/?q=UI-SORT&sort=code&dir=desc").html();
        assertThat(desc.indexOf("UI-SORT-B")).isPositive().isLessThan(desc.indexOf("UI-SORT-A"));
        assertThat(desc).contains("aria-sort=\"descending\"");
        assertThat(admin.get("/?q=UI-SORT-A").html()).doesNotContain("UI-SORT-B");
        assertThat(admin.get("/?sort=nonsense").status()).isEqualTo(200);
    }

    private String createProject(WebSession session, String code) {
        session.get("/projects/new");
        WebSession.Page created = session.post("/projects", projectForm(code + "-" + System.nanoTime() % 100000));
        assertThat(created.status()).as(created.html()).isEqualTo(302);
        return created.location().replaceFirst("^https?://[^/]+", "");
    }

    private static String firstMatch(String html, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as(regex + " in " + html).isTrue();
        return m.group(1);
    }

    private static String lastMatch(String html, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(html);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        assertThat(last).as(regex).isNotNull();
        return last;
    }

    Map<String, String> projectForm(String code) {
        Map<String, String> form = new HashMap<>();
        form.put("code", code);
        form.put("name", "Project " + code);
        form.put("portfolioId", Long.toString(portfolioId));
        form.put("phase", "PLANNING");
        form.put("status", "ACTIVE");
        form.put("priority", "500");
        form.put("plannedStart", "2027-01-04");
        form.put("plannedFinish", "2027-06-30");
        form.put("budget", "125000");
        form.put("actualCost", "0");
        form.put("currency", "EUR");
        return form;
    }
}
