package org.sextant.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.sextant.interchange.read.InterchangeReader;
import org.sextant.interchange.read.ReadResult;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The import job API end to end: upload, preview, confirm, progress, result; export; refusals. */
@ServerTest
class ImportApiTest {

    static final Path CORPUS = Path.of("../../shared/data/schedules");

    @LocalServerPort
    int port;

    long lastImportMillis;

    JsonNode importFile(String user, Path file) throws Exception {
        return importFile(user, file, java.util.Map.of(), "DONE");
    }

    JsonNode importFile(String user, Path file, java.util.Map<String, Object> options, String expected) throws Exception {
        Uploads.Answer uploaded = Uploads.upload(port, user, file.getFileName().toString(), Files.readAllBytes(file));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(202);
        long job = uploaded.json().get("id").asLong();
        Api api = Api.basic(port, user, "sextant1");
        JsonNode ready = Uploads.await(api, job, "ANALYSING");
        assertThat(ready.get("status").asString()).as(ready.toString()).isEqualTo("READY");
        long start = System.nanoTime();
        Api.Response confirmed = api.post("/api/v1/imports/" + job + "/confirm", options);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(202);
        JsonNode done = Uploads.await(api, job, "IMPORTING");
        lastImportMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo(expected);
        return done;
    }

    @Test
    void anXerFileIsPreviewedThenImportedIntoANewProjectWithItsTasksLinksAndAssignments() throws Exception {
        Path file = CORPUS.resolve("primavera/resource-rates-test.xer");
        Uploads.Answer uploaded = Uploads.upload(port, "pmo", "resource-rates-test.xer", Files.readAllBytes(file));
        Api pmo = Api.basic(port, "pmo", "sextant1");
        JsonNode ready = Uploads.await(pmo, uploaded.json().get("id").asLong(), "ANALYSING");
        assertThat(ready.get("preview").get("format").asString()).isEqualTo("XER");
        assertThat(ready.get("preview").get("projects").get(0).get("tasks").asInt()).isPositive();

        JsonNode done = importFile("pmo", file);
        long project = done.get("projectIds").get(0).asLong();
        Api.Response tasks = pmo.get("/api/v1/projects/" + project + "/tasks?size=1");
        assertThat(tasks.json().get("total").asLong())
                .isEqualTo(ready.get("preview").get("projects").get(0).get("tasks").asLong());
    }

    @Test
    void sp10CostLoadedImportsEndToEnd() throws Exception {
        Path file = CORPUS.resolve("primavera/SP10_-_COST_LOADED.xer");
        importFile("admin", file); // warm-up
        long start = System.nanoTime();
        JsonNode done = importFile("admin", file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("IMPORT-BENCH SP10_-_COST_LOADED.xer upload+analyse+import " + millis + " ms, of which "
                + "confirm→DONE (database import) " + lastImportMillis + " ms");
        long project = done.get("projectIds").get(0).asLong();
        Api admin = Api.basic(port, "admin", "sextant1");
        assertThat(admin.get("/api/v1/projects/" + project + "/tasks?size=1").json().get("total").asLong())
                .isGreaterThan(3000);
        java.util.List<JsonNode> schedules = Uploads.storedAndRecomputedTasks(admin, project);
        assertThat(schedules.get(0)).as("schedule stored by the import").isEqualTo(schedules.get(1));
    }

    @Test
    void aFailedImportLeavesNothingBehindAndSaysWhy() throws Exception {
        Path file = CORPUS.resolve("msproject/task-links-project2019-mspdi.xml");
        JsonNode first = importFile("pmo", file);
        Api pmo = Api.basic(port, "pmo", "sextant1");
        String code = pmo.get("/api/v1/projects/" + first.get("projectIds").get(0).asLong()).json().get("code").asString();
        long before = pmo.get("/api/v1/projects?size=1").json().get("total").asLong();
        JsonNode failed = importFile("pmo", file, java.util.Map.of("code", code), "FAILED");
        assertThat(failed.get("problem").asString()).isEqualTo("IMPORT_FAILED");
        assertThat(failed.get("message").asString()).contains("nothing was imported");
        assertThat(failed.get("projectIds")).isEmpty();
        assertThat(pmo.get("/api/v1/projects?size=1").json().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void aMultiProjectXerBecomesAProgramOfProjects() throws Exception {
        JsonNode done = importFile("admin", CORPUS.resolve("primavera/MultiprojectWithExternal.xer"));
        assertThat(done.get("projectIds").size()).isGreaterThan(1);
        assertThat(done.get("programId").isNull()).isFalse();
    }

    @Test
    void anImportedProjectExportsToEveryFormat() throws Exception {
        JsonNode done = importFile("pmo", CORPUS.resolve("msproject/task-links-project2019-mspdi.xml"));
        long project = done.get("projectIds").get(0).asLong();
        Api pmo = Api.basic(port, "pmo", "sextant1");
        for (String format : new String[] {"mspdi", "mpx", "xer", "pmxml", "csv", "xlsx"}) {
            Api.Response exported = pmo.get("/api/v1/projects/" + project + "/export?format=" + format);
            assertThat(exported.status()).as(format + " " + exported).isEqualTo(200);
            assertThat(exported.header("Content-Disposition")).contains("attachment");
        }
        Api.Response mspdi = pmo.get("/api/v1/projects/" + project + "/export?format=mspdi");
        Path temp = Files.createTempFile("export", ".xml");
        Files.writeString(temp, mspdi.raw().body());
        ReadResult reread = new InterchangeReader().read(temp);
        Files.delete(temp);
        assertThat(reread).isInstanceOf(ReadResult.Read.class);
        long tasks = pmo.get("/api/v1/projects/" + project + "/tasks?size=1").json().get("total").asLong();
        assertThat(((ReadResult.Read) reread).file().projects().get(0).tasks()).hasSize((int) tasks);
        assertThat(pmo.get("/api/v1/projects/" + project + "/export?format=pdf").status()).isEqualTo(422);
    }

    @Test
    void assignmentWorkActualWorkAndCostsSurviveImportAndExportToMspdiXerAndPmxml() throws Exception {
        Api admin = Api.basic(port, "admin", "sextant1");
        String[][] cases = {{"msproject/ActualTaskProperties.mpp", "mspdi"}, {"primavera/encoding1251.xer", "xer"},
                {"primavera/encoding1251.xer", "pmxml"}};
        for (String[] c : cases) {
            Path file = CORPUS.resolve(c[0]);
            List<String> expected = assignments(((ReadResult.Read) new InterchangeReader().read(file)).file());
            assertThat(expected).as(c[0]).anyMatch(a -> !a.contains("actual=0 ")).anyMatch(a -> !a.contains("cost=0.00"));
            long project = importFile("admin", file).get("projectIds").get(0).asLong();
            Api.Response exported = admin.get("/api/v1/projects/" + project + "/export?format=" + c[1]);
            assertThat(exported.status()).as(c[1] + " " + exported).isEqualTo(200);
            Path temp = Files.createTempFile("export", c[1].equals("xer") ? ".xer" : ".xml");
            Files.writeString(temp, exported.raw().body(), StandardCharsets.UTF_8);
            ReadResult reread = new InterchangeReader().read(temp);
            Files.delete(temp);
            assertThat(reread).as(c[1]).isInstanceOf(ReadResult.Read.class);
            assertThat(assignments(((ReadResult.Read) reread).file())).as(c[0] + " as " + c[1])
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /**
     * Each assignment as task position, resource name, work, actual work, cost and actual cost (to the cent);
     * the position, because the test reads the export as UTF-8 text and XER is written in the file's code page.
     */
    static List<String> assignments(org.sextant.interchange.model.InterchangeFile file) {
        List<String> result = new java.util.ArrayList<>();
        for (var project : file.projects()) {
            java.util.Map<String, Integer> tasks = new java.util.HashMap<>();
            project.tasks().forEach(t -> tasks.put(t.key(), tasks.size()));
            java.util.Map<String, String> resources = new java.util.HashMap<>();
            project.resources().forEach(r -> resources.put(r.key(), r.name()));
            for (var a : project.assignments()) {
                result.add("task " + tasks.get(a.taskKey()) + " / " + resources.get(a.resourceKey()) + " work=" + a.workMinutes()
                        + " actual=" + a.actualWorkMinutes() + " cost=" + money(a.cost()) + " actualCost="
                        + money(a.actualCost()));
            }
        }
        return result;
    }

    static String money(java.math.BigDecimal cost) {
        return cost == null ? "0.00" : cost.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void hostileFilesAreRefusedWithTheProblemNamed() throws Exception {
        Api pmo = Api.basic(port, "pmo", "sextant1");
        assertRefused(pmo, "empty.mpp", new byte[0], "EMPTY");
        assertRefused(pmo, "xxe.xml", """
                <?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Project xmlns="http://schemas.microsoft.com/project"><Name>&x;</Name></Project>"""
                .getBytes(StandardCharsets.UTF_8), "XML_ENTITIES");
        byte[] whole = Files.readAllBytes(CORPUS.resolve("msproject/task-links-project2019-mspdi.xml"));
        assertRefused(pmo, "plan.mpp", whole, "WRONG_EXTENSION");
        assertRefused(pmo, "cut.xml", java.util.Arrays.copyOf(whole, whole.length / 2), "TRUNCATED", "CORRUPT");
        assertRefused(pmo, "big.xer", new byte[51 * 1024 * 1024], "TOO_LARGE");
    }

    void assertRefused(Api api, String name, byte[] content, String... problems) throws InterruptedException {
        Uploads.Answer uploaded = Uploads.upload(port, "pmo", name, content);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(202);
        JsonNode job = Uploads.await(api, uploaded.json().get("id").asLong(), "ANALYSING");
        assertThat(job.get("status").asString()).as(name).isEqualTo("REFUSED");
        assertThat(job.get("problem").asString()).as(name + " " + job).isIn((Object[]) problems);
        assertThat(job.get("message").asString()).isNotBlank();
    }

    @Test
    void teamMembersAndExecutivesMayNotImportAndJobsArePrivate() throws IOException {
        assertThat(Uploads.upload(port, "member", "x.xml", "<x/>".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(Uploads.upload(port, "exec", "x.xml", "<x/>".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        Uploads.Answer mine = Uploads.upload(port, "pmo", "x.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        assertThat(Api.basic(port, "projmgr", "sextant1").get("/api/v1/imports/" + mine.json().get("id").asLong())
                .status()).isEqualTo(403);
    }
}
