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
