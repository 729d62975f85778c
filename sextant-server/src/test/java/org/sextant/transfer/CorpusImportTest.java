package org.sextant.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sextant.Api;
import org.sextant.ServerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every file of the corpus ({@code ../shared/data/schedules}) imports through the server, or is refused
 * for the reason expected of it: all are uploaded at once and confirmed as soon as they are analysed,
 * so the worker pool works through them as a batch. SP10 (6,260 WBS elements) is left to
 * {@link ImportApiTest}, which imports it separately.
 */
@ServerTest
class CorpusImportTest {

    static final Path CORPUS = Path.of("../../shared/data/schedules");

    /** Files that must be refused, with the problem (none in the current corpus). */
    static final Map<String, String> REFUSED = Map.of();

    @LocalServerPort
    int port;

    @Test
    void everyCorpusFileImportsWithItsTasksAndLinksOrIsRefusedForTheExpectedReason() throws Exception {
        Path manifest = CORPUS.resolve("manifest.csv");
        Assumptions.assumeTrue(Files.exists(manifest), "corpus not available");
        List<String> files = Files.readAllLines(manifest).stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                .filter(p -> !p.contains("SP10_")).toList();
        Api admin = Api.basic(port, "admin", "sextant1");
        Map<String, Long> jobs = new LinkedHashMap<>();
        for (String file : files) {
            Uploads.Answer uploaded = Uploads.upload(port, "admin", Path.of(file).getFileName().toString(),
                    Files.readAllBytes(CORPUS.resolve(file)));
            assertThat(uploaded.status()).as(file + " " + uploaded.body()).isEqualTo(202);
            jobs.put(file, uploaded.json().get("id").asLong());
        }
        SoftAssertions softly = new SoftAssertions();
        Map<String, JsonNode> previews = new LinkedHashMap<>();
        for (var job : jobs.entrySet()) {
            JsonNode analysed = Uploads.await(admin, job.getValue(), "ANALYSING");
            String expected = REFUSED.get(job.getKey());
            if (expected != null) {
                softly.assertThat(analysed.get("problem").asString()).as(job.getKey()).isEqualTo(expected);
                continue;
            }
            softly.assertThat(analysed.get("status").asString()).as(job.getKey() + " " + analysed).isEqualTo("READY");
            if ("READY".equals(analysed.get("status").asString())) {
                previews.put(job.getKey(), analysed.get("preview"));
                assertThat(admin.post("/api/v1/imports/" + job.getValue() + "/confirm", Map.of()).status()).isEqualTo(202);
            }
        }
        List<String> imported = new ArrayList<>();
        for (var entry : previews.entrySet()) {
            JsonNode done = Uploads.await(admin, jobs.get(entry.getKey()), "IMPORTING");
            softly.assertThat(done.get("status").asString()).as(entry.getKey() + " " + done).isEqualTo("DONE");
            if (!"DONE".equals(done.get("status").asString())) {
                continue;
            }
            if (!done.get("message").isNull()) {
                System.out.println("CORPUS-IMPORT " + entry.getKey() + ": " + done.get("message").asString());
            }
            JsonNode projects = entry.getValue().get("projects");
            softly.assertThat(done.get("projectIds").size()).as(entry.getKey()).isEqualTo(projects.size());
            for (int i = 0; i < done.get("projectIds").size(); i++) {
                long project = done.get("projectIds").get(i).asLong();
                softly.assertThat(admin.get("/api/v1/projects/" + project + "/tasks?size=1").json().get("total").asInt())
                        .as(entry.getKey() + " tasks").isEqualTo(projects.get(i).get("tasks").asInt());
                // repeated links between two tasks are merged and links to other files' tasks are left out
                int links = admin.get("/api/v1/projects/" + project + "/dependencies?size=1").json().get("total").asInt();
                int inFile = projects.get(i).get("links").asInt();
                softly.assertThat(links).as(entry.getKey() + " links").isBetween(inFile > 0 ? 1 : 0, inFile);
                List<JsonNode> schedules = Uploads.storedAndRecomputedTasks(admin, project);
                softly.assertThat(schedules.get(0)).as(entry.getKey() + " schedule stored by the import")
                        .isEqualTo(schedules.get(1));
            }
            imported.add(entry.getKey());
        }
        softly.assertThat(imported.size() + REFUSED.size()).isEqualTo(files.size());
        softly.assertAll();
    }
}
