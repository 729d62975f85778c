package org.sextant.transfer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.sextant.Api;
import org.sextant.SextantApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Prints how long importing project files end to end takes on a whole server (embedded PostgreSQL,
 * demo data, real HTTP): upload → analysed (guard + MPXJ + mapping + storing the document as JSON) →
 * confirmed → DONE (one transaction: project, calendars, resources, tasks, links, assignments, details,
 * audit, the reschedule before commit). First {@code SP10_-_COST_LOADED.xer} (2 warm-up runs, then 5
 * measured), then every corpus file once warm. Besides wall time it prints the CPU time the server's JVM
 * and PostgreSQL's backends used, because the build machine is shared and wall time follows its load.
 *
 * <p>Build it and write the test class path from the repository's root with {@code ./mvnw -B -q -pl sextant-server
 * -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt}
 * (the modules' jars are not installed, so the class path is resolved in the reactor), then run from
 * {@code sextant-server} with JDK 21 or later:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.sextant.transfer.ImportBenchmark
 * [corpus-dir]}; with {@code -Dbench.sp10Only=true} it stops after SP10 (for profiling).
 */
public final class ImportBenchmark {

    private static final String USER = "admin";
    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    private final int port;
    private final String token;
    private final Api api;
    private final JdbcTemplate jdbc;

    private ImportBenchmark(int port, JdbcTemplate jdbc) {
        this.port = port;
        // uploads and polls with a token, as an API client would: basic authentication hashes the password
        // (BCrypt, ~75 ms of CPU) on every request, which would cost the server more than a small import
        this.token = Api.basic(port, USER, "sextant1").post("/api/v1/tokens", java.util.Map.of("name", "bench"))
                .json().get("secret").asString();
        this.api = Api.bearer(port, token);
        this.jdbc = jdbc;
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../shared/data/schedules");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SextantApplication.class)
                .profiles("test")
                .properties("server.port=0", "sextant.db.embedded-data-dir=target/pgdata-bench",
                        "sextant.db.clean-on-start=true", "logging.level.org.sextant.demo=info",
                        "logging.level.org.sextant.schedule.internal.Rescheduler=debug",
                        "logging.level.org.sextant.schedule.internal.JdbcScheduleImport=debug")
                .run();
        try {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            new ImportBenchmark(port, new JdbcTemplate(context.getBean(DataSource.class))).run(corpus);
        } finally {
            context.close();
        }
    }

    private void run(Path corpus) throws Exception {
        Path sp10 = corpus.resolve("primavera/SP10_-_COST_LOADED.xer");
        System.out.println("IMPORT-BENCH SP10_-_COST_LOADED.xer: " + WARM_UP + " warm-up runs, then " + RUNS);
        for (int i = 0; i < WARM_UP; i++) {
            print("warm-up", sp10, time(sp10));
        }
        List<Timing> measured = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            Timing t = time(sp10);
            measured.add(t);
            print("run " + (i + 1), sp10, t);
        }
        List<Long> totals = measured.stream().map(Timing::totalMillis).sorted().toList();
        List<Long> imports = measured.stream().map(Timing::importMillis).sorted().toList();
        System.out.printf("IMPORT-BENCH SP10 median end to end %d ms (min %d), of which analysing %d ms and importing "
                + "%d ms (min %d)%n", totals.get(RUNS / 2), totals.get(0),
                measured.stream().map(Timing::analyseMillis).sorted().toList().get(RUNS / 2), imports.get(RUNS / 2),
                imports.get(0));
        if (Boolean.getBoolean("bench.sp10Only")) {
            return;
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".csv"))
                    .sorted().toList();
        }
        for (Path file : files) {
            time(file); // warm-up per format
        }
        long sum = 0;
        System.out.println("IMPORT-BENCH every corpus file (warm):");
        for (Path file : files) {
            Timing t = time(file);
            sum += t.totalMillis();
            print(corpus.relativize(file).toString(), file, t);
        }
        System.out.printf("IMPORT-BENCH %d files, %d ms in all%n", files.size(), sum);
    }

    private static void print(String label, Path file, Timing t) {
        System.out.printf("IMPORT-BENCH %-62s %-12s total %5d ms | analyse %5d ms | import %5d ms | CPU: server %5d ms,"
                + " PostgreSQL %5d ms%n", label, t.outcome(), t.totalMillis(), t.analyseMillis(), t.importMillis(),
                t.serverCpuMillis(), t.databaseCpuMillis());
    }

    record Timing(String outcome, long analyseMillis, long importMillis, long serverCpuMillis, long databaseCpuMillis) {

        long totalMillis() {
            return analyseMillis + importMillis;
        }
    }

    private Timing time(Path file) throws IOException, InterruptedException {
        byte[] content = Files.readAllBytes(file);
        long cpu0 = serverCpu();
        long db0 = databaseCpu();
        long start = System.nanoTime();
        Uploads.Answer uploaded = Uploads.uploadAs(port, "Bearer " + token, file.getFileName().toString(), content);
        if (uploaded.status() != 202) {
            return new Timing("HTTP " + uploaded.status(), 0, 0, 0, 0);
        }
        long job = uploaded.json().get("id").asLong();
        JsonNode ready = poll(job, "ANALYSING");
        long analysed = System.nanoTime();
        String status = ready.get("status").asString();
        if (!status.equals("READY")) {
            return new Timing(ready.get("problem").asString(), (analysed - start) / 1_000_000, 0,
                    (serverCpu() - cpu0) / 1_000_000, databaseCpu() - db0);
        }
        api.post("/api/v1/imports/" + job + "/confirm", java.util.Map.of());
        JsonNode done = poll(job, "IMPORTING");
        long finished = System.nanoTime();
        String outcome = done.get("status").asString();
        if (!done.get("message").isNull()) {
            System.out.println("IMPORT-BENCH   note: " + done.get("message").asString().replace("\n", " | "));
        }
        return new Timing(outcome.equals("DONE") ? "DONE" : outcome + " " + done.get("message").asString(),
                (analysed - start) / 1_000_000, (finished - analysed) / 1_000_000, (serverCpu() - cpu0) / 1_000_000,
                databaseCpu() - db0);
    }

    private JsonNode poll(long job, String whileStatus) throws InterruptedException {
        while (true) {
            JsonNode json = api.get("/api/v1/imports/" + job).json();
            if (!json.get("status").asString().equals(whileStatus)) {
                return json;
            }
            Thread.sleep(20);
        }
    }

    private static long serverCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU milliseconds (user + system) of the PostgreSQL server's running processes, from /proc. */
    private long databaseCpu() {
        Long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
        Optional<ProcessHandle> postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent);
        if (postmaster.isEmpty()) {
            return 0;
        }
        long ticks = ticks(postmaster.get().pid());
        for (ProcessHandle child : postmaster.get().children().toList()) {
            ticks += ticks(child.pid());
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
