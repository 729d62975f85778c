package org.sextant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.TestData;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The baselines and progress pages over HTTP, as a browser without JavaScript sees them. */
@ServerTest
class BaselinePagesTest {

    @LocalServerPort
    int port;

    @Test
    void replacingABaselineAsksForConfirmationFirstAndViewersGetNoButtons() {
        TestData data = new TestData(port);
        String pm = TestData.unique("blpm");
        long project = data.project(data.user(pm, "PROJECT_MANAGER"));
        data.task(project, "Excavate", 2400);
        WebSession manager = WebSession.signIn(port, pm, "sextant1");
        String page = "/projects/" + project + "/baselines";

        assertThat(manager.follow(page).html()).contains("id=\"save-baseline\"").contains("id=\"no-baselines\"");
        WebSession.Page saved = manager.post(page, Map.of("number", "", "name", "Approved plan"));
        assertThat(saved.status()).isEqualTo(302);
        String html = manager.follow(page).html();
        assertThat(html).contains("Approved plan").contains("id=\"comparison-table\"").contains("id=\"replace-0\"");

        WebSession.Page asked = manager.post(page + "/0/replace", Map.of("version", "0", "name", "Re-planned"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.html()).contains("id=\"confirm-baseline\"").contains("Replace baseline 0?");
        Api admin = data.admin();
        assertThat(admin.get("/api/v1/projects/" + project + "/baselines/0").json().get("baseline").get("version").asLong())
                .isZero();
        assertThat(manager.post(page + "/0/replace", Map.of("version", "0", "name", "Re-planned", "confirmed", "true"))
                .status()).isEqualTo(302);
        JsonNode replaced = admin.get("/api/v1/projects/" + project + "/baselines/0").json().get("baseline");
        assertThat(replaced.get("version").asLong()).isEqualTo(1);
        assertThat(replaced.get("name").asString()).isEqualTo("Re-planned");

        String viewer = TestData.unique("blexec");
        data.user(viewer, "EXECUTIVE");
        WebSession executive = WebSession.signIn(port, viewer, "sextant1");
        String seen = executive.follow(page).html();
        assertThat(seen).contains("Re-planned").doesNotContain("id=\"save-baseline\"").doesNotContain("id=\"replace-0\"")
                .doesNotContain("id=\"clear-0\"");
        assertThat(executive.post(page, Map.of("name", "Sneaky")).status()).isEqualTo(403);
    }

    @Test
    void theProgressPageNamesTheFieldInErrorAndLetsATeamMemberReportOnlyOnTheirTask() {
        TestData data = new TestData(port);
        Api admin = data.admin();
        long project = data.project(null);
        String username = TestData.unique("blmember");
        long user = data.user(username, "TEAM_MEMBER");
        long mine = data.task(project, "Hang the doors", 960);
        long theirs = data.task(project, "Tile the floor", 960);
        data.assign(mine, data.resource(username, user), 960);
        WebSession member = WebSession.signIn(port, username, "sextant1");
        String page = "/projects/" + project + "/progress";

        String html = member.follow(page).html();
        assertThat(html).contains("id=\"edit-progress-" + mine + "\"").doesNotContain("id=\"edit-progress-" + theirs + "\"")
                .doesNotContain("id=\"status-date-form\"");
        assertThat(member.get(page + "/tasks/" + theirs + "/edit").status()).isEqualTo(403);
        assertThat(member.htmxPost(page + "/tasks/" + theirs, Map.of("percentComplete", "50", "version", "0")).status())
                .isEqualTo(403);

        WebSession.Page wrong = member.htmxPost(page + "/tasks/" + mine, Map.of("percentComplete", "100",
                "actualStart", "2027-01-06T08:00", "actualFinish", "2027-01-05T17:00", "version", "0"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.html()).contains("id=\"actualFinish-error\"").contains("is before actual start");
        WebSession.Page bad = member.htmxPost(page + "/tasks/" + mine, Map.of("percentComplete", "lots", "version", "0"));
        assertThat(bad.html()).contains("id=\"percentComplete-error\"");

        WebSession.Page ok = member.htmxPost(page + "/tasks/" + mine, Map.of("percentComplete", "50",
                "actualStart", "2027-01-04T08:00", "remainingWorkHours", "6", "version", "0"));
        assertThat(ok.html()).contains("50 %").contains("6 h");
        JsonNode task = admin.get("/api/v1/tasks/" + mine).json();
        assertThat(task.get("remainingWorkMinutes").asLong()).isEqualTo(360);
        assertThat(member.get(page + "/tasks/" + mine + "/history").html()).contains(username);
    }

    @Test
    void theProjectManagerSetsTheStatusDateOnTheProgressPage() {
        TestData data = new TestData(port);
        String pm = TestData.unique("blsd");
        long project = data.project(data.user(pm, "PROJECT_MANAGER"));
        WebSession manager = WebSession.signIn(port, pm, "sextant1");
        String page = "/projects/" + project + "/progress";
        long version = data.admin().get("/api/v1/projects/" + project).json().get("version").asLong();
        assertThat(manager.follow(page).html()).contains("id=\"status-date-form\"");
        assertThat(manager.post(page + "/status-date", Map.of("statusDate", "2027-02-05", "version", "" + version))
                .status()).isEqualTo(302);
        assertThat(manager.follow(page).html()).contains("5 Feb 2027");
        WebSession.Page typo = manager.post(page + "/status-date", Map.of("statusDate", "5/2/27", "version", "" + (version + 1)));
        assertThat(typo.html()).contains("id=\"statusDate-error\"");
    }

    @Test
    void demoProjectsUnderWayHaveBaselineZeroAndAProgressHistoryOverTwoStatusDates() {
        Api admin = Api.basic(port, "admin", "sextant1");
        JsonNode projects = admin.get("/api/v1/projects?q=PRJ-&size=50&sort=code").json().get("items");
        int withBaseline = 0;
        boolean slipped = false;
        for (JsonNode p : projects) {
            String phase = p.get("phase").asString();
            long id = p.get("id").asLong();
            if (!phase.equals("EXECUTION") && !phase.equals("MONITORING") && !phase.equals("CLOSING")) {
                continue;
            }
            Api.Response baseline = admin.get("/api/v1/projects/" + id + "/baselines/0");
            assertThat(baseline.status()).as(p.get("code").asString()).isEqualTo(200);
            withBaseline++;
            JsonNode total = admin.get("/api/v1/projects/" + id + "/baselines/0/comparison").json().get("total");
            slipped |= total.get("variance").get("finishDays").asDouble() > 0;
            JsonNode history = admin.get("/api/v1/projects/" + id + "/progress/history?size=500").json();
            assertThat(history.get("total").asLong()).isPositive();
            java.util.Set<String> dates = new java.util.HashSet<>();
            history.get("items").forEach(e -> dates.add(e.get("statusDate").asString()));
            assertThat(dates).contains(p.get("statusDate").asString()).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(withBaseline).isGreaterThan(3);
        assertThat(slipped).as("a late demo project finishes after its baseline").isTrue();
    }
}
