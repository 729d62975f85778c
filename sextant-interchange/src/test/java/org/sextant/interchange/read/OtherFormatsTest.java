package org.sextant.interchange.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.planner.PlannerWriter;
import org.sextant.interchange.model.LinkData;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.model.TaskData;
import org.sextant.interchange.write.ProjectFileBuilder;

/**
 * Formats without a corpus file: Planner (written by MPXJ's PlannerWriter from a corpus project) and
 * GanttProject (a small file of our own, {@code formats/small.gan}). Each keeps tasks, hierarchy and links (for
 * GanttProject only the links of top-level tasks: MPXJ's limit). ProjectLibre ({@code .pod}) has no test: MPXJ
 * cannot write it and we have no file of it.
 */
class OtherFormatsTest {

    static final Path CORPUS = Path.of("../../shared/data/schedules");

    @Test
    void aPlannerFileKeepsTasksHierarchyAndLinks(@TempDir Path temp) throws IOException {
        ProjectData original = read(CORPUS.resolve("msproject/legacy-sample.xml"), "legacy-sample.xml");
        Path planner = temp.resolve("plan.planner");
        try (OutputStream out = Files.newOutputStream(planner)) {
            new PlannerWriter().write(new ProjectFileBuilder().build(original), out);
        }
        ReadResult result = new InterchangeReader().read(planner);
        assertThat(result).as(result.toString()).isInstanceOf(ReadResult.Read.class);
        assertThat(((ReadResult.Read) result).file().format()).startsWith("PLANNER");
        ProjectData reread = ((ReadResult.Read) result).file().projects().get(0);
        assertThat(hierarchy(reread)).containsExactlyElementsOf(hierarchy(original));
        assertThat(links(reread)).containsExactlyInAnyOrderElementsOf(links(original));
    }

    @Test
    void aGanttProjectFileKeepsTasksHierarchyAndLinks() throws Exception {
        Path gan = Path.of(getClass().getResource("/formats/small.gan").toURI());
        ProjectData project = read(gan, "small.gan");
        assertThat(hierarchy(project)).containsExactly("Design SUMMARY under -", "Sketch TASK under Design",
                "Review TASK under Design", "Approved MILESTONE under -", "Handover TASK under -");
        // MPXJ 14.3.4's GanttProjectReader reads the links of top-level tasks only (readRelationships does not
        // descend into sub-tasks), so the links Sketch -> Review and Review -> Approved of the file are lost
        assertThat(links(project)).containsExactly("Design -> Handover SS");
    }

    static ProjectData read(Path file, String name) {
        ReadResult result = new InterchangeReader().read(file, name);
        assertThat(result).as(name + " " + result).isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) result).file().projects().get(0);
    }

    /** Each task's name and kind, and its parent's name, in order. */
    static List<String> hierarchy(ProjectData project) {
        Map<String, String> names = new HashMap<>();
        project.tasks().forEach(t -> names.put(t.key(), t.name()));
        List<String> result = new ArrayList<>();
        for (TaskData task : project.tasks()) {
            result.add(task.name() + " " + task.kind() + " under "
                    + (task.parentKey() == null ? "-" : names.get(task.parentKey())));
        }
        return result;
    }

    static List<String> links(ProjectData project) {
        Map<String, String> names = new HashMap<>();
        project.tasks().forEach(t -> names.put(t.key(), t.name()));
        List<String> result = new ArrayList<>();
        for (LinkData link : project.links()) {
            result.add(names.get(link.predecessorKey()) + " -> " + names.get(link.successorKey()) + " " + link.type());
        }
        return result;
    }
}
