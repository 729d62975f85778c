package org.sextant.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.sextant.Api;
import org.sextant.TestData;

/**
 * A project built through the API whose earned value is computed by hand. It starts Monday
 * 2027-01-04 on the standard calendar (Monday to Friday, 8 hours):
 * <pre>
 * task  baseline                    work   cost (50/h)  progress on the status date
 * A     4 Jan - 15 Jan (10 days)    80 h   4,000        100 %, actual 4 Jan - 15 Jan
 * B     18 Jan - 29 Jan (10 days)   80 h   4,000        25 %, actual start 18 Jan
 * </pre>
 * Status date Friday 22 January 2027 (the project's status date): PV = 4,000 + 5/10 × 4,000 = 6,000;
 * EV = 4,000 + 25 % × 4,000 = 5,000; SV = -1,000; SPI = 5/6. Weekly PV at the ends of the four weeks:
 * 2,000, 4,000, 6,000, 8,000, so ES = 2 + (5,000 - 4,000) / (6,000 - 4,000) = 2.5 weeks, AT = 3 weeks,
 * SPI(t) = 5/6, IEAC(t) = 4 / (5/6) = 4.8 weeks. No actual costs are recorded: AC = 0.
 */
public final class EarnedValueFixture {

    public final long project;
    final long taskA;
    final long taskB;

    private EarnedValueFixture(long project, long taskA, long taskB) {
        this.project = project;
        this.taskA = taskA;
        this.taskB = taskB;
    }

    /** The project, in portfolio {@code portfolio} and program {@code program} (either may be null). */
    public static EarnedValueFixture create(TestData data, Long portfolio, Long program, boolean priced) {
        Api admin = data.admin();
        Map<String, Object> body = new HashMap<>();
        body.put("code", TestData.unique("EV"));
        body.put("name", TestData.unique("Earned value project"));
        body.put("portfolioId", portfolio != null ? portfolio : data.portfolio());
        if (program != null) {
            body.put("programId", program);
        }
        body.put("plannedStart", "2027-01-04");
        body.put("plannedFinish", "2027-03-31");
        body.put("statusDate", "2027-01-22");
        long project = TestData.created(admin.post("/api/v1/projects", body));
        long a = data.task(project, "A", 4800);
        long b = data.task(project, "B", 4800);
        data.link(project, a, b);
        if (priced) {
            long resource = TestData.created(admin.post("/api/v1/resources",
                    Map.of("name", TestData.unique("Fifty an hour"), "costRate", 50)));
            data.assign(a, resource, 4800);
            data.assign(b, resource, 4800);
        }
        assertThat(admin.post("/api/v1/projects/" + project + "/baselines", Map.of("number", 0)).status())
                .isEqualTo(201);
        progress(admin, a, 100, "2027-01-04T08:00:00", "2027-01-15T17:00:00");
        progress(admin, b, 25, "2027-01-18T08:00:00", null);
        return new EarnedValueFixture(project, a, b);
    }

    private static void progress(Api admin, long task, int percent, String start, String finish) {
        long version = admin.get("/api/v1/tasks/" + task).json().get("version").asLong();
        Map<String, Object> body = new HashMap<>();
        body.put("percentComplete", percent);
        body.put("actualStart", start);
        body.put("actualFinish", finish);
        body.put("version", version);
        Api.Response response = admin.send("PATCH", "/api/v1/tasks/" + task + "/progress", body, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
