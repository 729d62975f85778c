package org.sextant.capacity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;
import org.sextant.SextantApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: the issue-5 speed goal "a 1,000-resource × 52-week grid over 500 projects renders in at
 * most 1 s", end to end. Starts the whole server on an embedded PostgreSQL of its own
 * ({@code target/pgdata-bench}), writes 1,000 resources (every fifth half time, 200 with a week of
 * absence), 500 projects of 40 tasks each with one assignment per task (20,000) and 2,000 allocations,
 * spread over the year, then times after warm-up: the REST grid ({@code GET /api/v1/capacity}, 52
 * weeks by resource, basic auth), and the heatmap page as a browser loads it (the page HTML, then the
 * grid JSON it fetches, in a signed-in session). Prints min / median / max of 10 runs each. Run with
 * {@code ../mvnw -o -q test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.sextant.capacity.CapacityGridEndToEndBenchmark}
 * (classpath from {@code ../mvnw -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 */
public final class CapacityGridEndToEndBenchmark {

    private static final String FROM = "2027-01-04";
    private static final String TO = "2028-01-02";
    private static final int RUNS = 10;

    private CapacityGridEndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SextantApplication.class)
                .profiles("test")
                .properties("server.port=0", "sextant.db.embedded-data-dir=target/pgdata-bench",
                        "sextant.db.clean-on-start=true", "logging.level.org.sextant=warn")
                .run(args)) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            long started = System.nanoTime();
            seed(context.getBean(JdbcClient.class));
            System.out.printf("data written in %.1f s%n", (System.nanoTime() - started) / 1e9);
            HttpClient http = HttpClient.newHttpClient();
            String basic = "Basic " + Base64.getEncoder().encodeToString("admin:sextant1".getBytes());
            String query = "from=" + FROM + "&to=" + TO + "&unit=week&groupBy=resource";
            HttpRequest api = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/capacity?" + query))
                    .header("Authorization", basic).GET().build();
            Browser browser = new Browser(port);
            for (int i = 0; i < 5; i++) {
                check(http.send(api, HttpResponse.BodyHandlers.ofString()));
                browser.load("/capacity?" + query, "/capacity/grid?" + query);
            }
            double[] apiMs = new double[RUNS];
            double[] pageMs = new double[RUNS];
            long bytes = 0;
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(api, HttpResponse.BodyHandlers.ofString());
                apiMs[i] = (System.nanoTime() - t0) / 1e6;
                check(r);
                bytes = r.body().length();
                t0 = System.nanoTime();
                browser.load("/capacity?" + query, "/capacity/grid?" + query);
                pageMs[i] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf("grid JSON: %,d bytes, rows over 52 weeks%n", bytes);
            Capacity capacity = context.getBean(Capacity.class);
            double[] computeMs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                org.sextant.identity.SystemUser.call(() -> capacity.grid(java.time.LocalDate.parse(FROM),
                        java.time.LocalDate.parse(TO), PeriodUnit.WEEK, CapacityGrid.GroupBy.RESOURCE,
                        new Capacity.Filter(null, null, null)));
                computeMs[i] = (System.nanoTime() - t0) / 1e6;
            }
            print("Capacity.grid in process (reads + arithmetic, no HTTP/JSON)", computeMs);
            print("GET /api/v1/capacity (1,000 resources × 52 weeks)", apiMs);
            print("heatmap page: GET /capacity + GET /capacity/grid", pageMs);
        }
    }

    /** A signed-in browser session: loads the page HTML, then the JSON the page's script fetches. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        private final String base;

        Browser(int port) throws Exception {
            base = "http://localhost:" + port;
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                    .matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=admin&password=sextant1&_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
                    java.nio.charset.StandardCharsets.UTF_8);
            http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        }

        void load(String page, String json) throws Exception {
            check(http.send(HttpRequest.newBuilder(URI.create(base + page)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
            check(http.send(HttpRequest.newBuilder(URI.create(base + json)).header("Accept", "application/json").GET()
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
    }

    private static void print(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-55s min %6.0f ms   median %6.0f ms   max %6.0f ms%n", what, sorted[0],
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    /** Writes the data set with set-based SQL (the features' APIs would take minutes for 20,000 tasks). */
    private static void seed(JdbcClient jdbc) {
        long portfolio = jdbc.sql("insert into portfolio (name) values ('Benchmark portfolio') returning id")
                .query(Long.class).single();
        jdbc.sql("""
                insert into resource (name, max_units)
                select 'Bench resource ' || g, case when g % 5 = 0 then 0.5 else 1.0 end from generate_series(1, 1000) g""")
                .update();
        jdbc.sql("""
                insert into resource_absence (resource_id, start_date, finish_date, reason)
                select r.id, date '2027-06-07' + (r.id % 20)::int * 7, date '2027-06-11' + (r.id % 20)::int * 7, 'Vacation'
                from resource r where r.name like 'Bench resource %' and r.id % 5 = 1""").update();
        jdbc.sql("""
                insert into project (code, name, portfolio_id, planned_start, planned_finish)
                select 'BENCH-' || g, 'Benchmark project ' || g, ?, date '2027-01-04', date '2027-12-31'
                from generate_series(1, 500) g""").param(portfolio).update();
        jdbc.sql("""
                insert into wbs_task (project_id, name, sort_order, duration_minutes, work_minutes, planned_start, planned_finish)
                select p.id, 'Task ' || g, g, 4800, 4800,
                       timestamp '2027-01-04 08:00' + ((p.id * 7 + g * 13) % 340) * interval '1 day',
                       timestamp '2027-01-04 17:00' + ((p.id * 7 + g * 13) % 340 + 13) * interval '1 day'
                from project p cross join generate_series(1, 40) g where p.code like 'BENCH-%'""").update();
        jdbc.sql("""
                insert into assignment (task_id, resource_id, units, work_minutes)
                select t.id, (select min(id) from resource where name like 'Bench resource %') + (t.id * 31) % 1000, 1, 4800
                from wbs_task t join project p on p.id = t.project_id where p.code like 'BENCH-%'""").update();
        jdbc.sql("""
                insert into allocation (project_id, resource_id, start_date, finish_date, unit, amount, firmness)
                select (select min(id) from project where code like 'BENCH-%') + g % 500,
                       (select min(id) from resource where name like 'Bench resource %') + (g * 17) % 1000,
                       date '2027-01-04' + (g * 11) % 300, date '2027-01-04' + (g * 11) % 300 + 60,
                       case when g % 2 = 0 then 'PERCENT' else 'HOURS' end, case when g % 2 = 0 then 50 else 120 end,
                       case when g % 3 = 0 then 'HARD' else 'SOFT' end
                from generate_series(1, 2000) g""").update();
        jdbc.sql("analyze").update();
    }
}
