package org.sextant.earnedvalue;

import java.util.Arrays;
import java.util.Map;
import org.sextant.Api;
import org.sextant.SextantApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Not a test: times the portfolio roll-up of earned value end to end — HTTP, security, the reads of
 * every project's baseline, tasks and costs through the modules' APIs, the engine and the JSON — over
 * a portfolio of 1,000 projects (20 tasks each, a baseline 0, progress up to a status date), seeded
 * directly with SQL into the test server's embedded PostgreSQL. Prints each timed call after warm-up.
 * Run from {@code sextant-server} after {@code ./mvnw -B -o -q -pl sextant-server -am test-compile}:
 * <pre>
 * ../mvnw -B -o -q exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.sextant.earnedvalue.EarnedValueServerBenchmark -Dexec.args="1000 20"
 * </pre>
 * (or with {@code java -cp} over {@code target/classes}, {@code target/test-classes} and the test classpath).
 */
public final class EarnedValueServerBenchmark {

    private EarnedValueServerBenchmark() {
    }

    public static void main(String[] args) {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SextantApplication.class)
                .profiles("test").properties("server.port=0", "logging.level.root=warn",
                        "logging.level.org.sextant.earnedvalue=debug").run()) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long started = System.nanoTime();
            long portfolio = seed(jdbc, projects, tasks);
            System.out.printf("seeded %d projects × %d tasks with baseline 0 in %.1f s%n", projects, tasks,
                    (System.nanoTime() - started) / 1e9);
            Api admin = Api.basic(port, "admin", "sextant1");
            for (String query : new String[] {"", "?period=week"}) {
                String path = "/api/v1/portfolios/" + portfolio + "/earned-value" + query;
                for (int i = 0; i < 8; i++) {
                    check(admin.get(path), projects);
                }
                double[] ms = new double[7];
                JsonNode last = null;
                for (int i = 0; i < ms.length; i++) {
                    long t = System.nanoTime();
                    last = check(admin.get(path), projects);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("GET %s: %d projects, %d periods (%s); ms per call %s, median %.0f ms%n", path,
                        last.get("projects").size(), last.get("sCurve").size(), last.get("period").asString(),
                        Arrays.toString(Arrays.stream(ms).map(Math::round).toArray()), ms[ms.length / 2]);
                System.out.printf("  BAC %.0f, PV %.0f, EV %.0f, SPI %.3f, SPI(t) %.3f%n",
                        last.get("metrics").get("bac").asDouble(), last.get("metrics").get("pv").asDouble(),
                        last.get("metrics").get("ev").asDouble(), last.get("metrics").get("spi").asDouble(),
                        last.get("earnedSchedule").get("spit").asDouble());
            }
        }
    }

    private static JsonNode check(Api.Response response, int projects) {
        if (response.status() != 200 || response.json().get("projects").size() != projects) {
            throw new IllegalStateException("unexpected roll-up: " + response);
        }
        return response.json();
    }

    /** A portfolio of {@code projects} projects, each {@code tasks} two-week tasks in a row, a baseline 0 and progress. */
    static long seed(JdbcClient jdbc, int projects, int tasks) {
        long run = System.currentTimeMillis() % 100_000;
        long portfolio = jdbc.sql("insert into portfolio (name) values (:name) returning id")
                .param("name", "EV benchmark " + run).query(Long.class).single();
        jdbc.sql("""
                insert into project (code, name, portfolio_id, planned_start, planned_finish, status_date)
                select 'EVB' || :run || '-' || g, 'Benchmark project ' || g, :portfolio, date '2027-01-04',
                       date '2027-12-31', date '2027-06-30'
                from generate_series(1, :projects) g""")
                .params(Map.of("run", run, "portfolio", portfolio, "projects", projects)).update();
        jdbc.sql("""
                insert into wbs_task (project_id, name, sort_order, duration_minutes, work_minutes, planned_start,
                                      planned_finish, percent_complete, actual_start, actual_finish)
                select p.id, 'Task ' || k, k, 4800, 4800, s.start, s.finish,
                       case when s.finish < date '2027-06-30' then 100 - (p.id % 3) * 10
                            when s.start < date '2027-06-30' then ((p.id * 7 + k) % 90)::int else 0 end,
                       case when s.start < date '2027-06-30' then s.start end,
                       case when s.finish < date '2027-06-30' and p.id % 3 = 0 then s.finish end
                from project p cross join generate_series(1, :tasks) k
                cross join lateral (select timestamp '2027-01-04 08:00' + ((k - 1) * 14 + p.id % 5) * interval '1 day' as start,
                                           timestamp '2027-01-15 17:00' + ((k - 1) * 14 + p.id % 5) * interval '1 day' as finish) s
                where p.portfolio_id = :portfolio""")
                .params(Map.of("portfolio", portfolio, "tasks", tasks)).update();
        jdbc.sql("""
                insert into baseline (project_id, number, name, saved_by, status_date, task_count)
                select id, 0, 'Benchmark baseline', 'benchmark', status_date, :tasks from project where portfolio_id = :portfolio""")
                .params(Map.of("portfolio", portfolio, "tasks", tasks)).update();
        jdbc.sql("""
                insert into baseline_task (baseline_id, task_id, name, sort_order, start_at, finish_at, duration_minutes,
                                           work_minutes, cost, milestone, summary)
                select b.id, t.id, t.name, t.sort_order, t.planned_start, t.planned_finish, t.duration_minutes,
                       t.work_minutes, 1000 + (t.project_id % 10) * 100 + t.sort_order * 50, false, false
                from wbs_task t join baseline b on b.project_id = t.project_id and b.number = 0
                join project p on p.id = t.project_id where p.portfolio_id = :portfolio""")
                .param("portfolio", portfolio).update();
        return portfolio;
    }
}
