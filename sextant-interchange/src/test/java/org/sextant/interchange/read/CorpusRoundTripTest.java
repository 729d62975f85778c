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
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextant.interchange.model.AssignmentData;
import org.sextant.interchange.model.CalendarData;
import org.sextant.interchange.model.InterchangeFile;
import org.sextant.interchange.model.LinkData;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.model.ResourceData;
import org.sextant.interchange.model.TaskData;
import org.sextant.interchange.write.ExportFormat;
import org.sextant.interchange.write.InterchangeWriter;

/**
 * Every file of the shared corpus is read, written to MSPDI and read again; the second reading keeps
 * tasks (order, hierarchy, kind, dates, durations, constraints), links, calendars with exceptions,
 * resources and assignments. The task count matches the corpus manifest (as MPXJ counted).
 */
class CorpusRoundTripTest {

    static final Path CORPUS = Path.of("../../shared/data/schedules");

    /** Files that cannot be read, with the expected problem (none in the current corpus). */
    static final Map<String, ReadProblem> UNREADABLE = Map.of();

    static Stream<String> corpus() throws IOException {
        Path manifest = CORPUS.resolve("manifest.csv");
        Assumptions.assumeTrue(Files.exists(manifest), "corpus not available");
        return Files.readAllLines(manifest).stream().skip(1).map(line -> line.substring(0, line.indexOf(',')));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusFileSurvivesARoundTripThroughMspdi(String path, @TempDir Path temp) throws IOException {
        ReadResult first = new InterchangeReader().read(CORPUS.resolve(path));
        if (UNREADABLE.containsKey(path)) {
            assertThat(first).isInstanceOfSatisfying(ReadResult.Refused.class,
                    refused -> assertThat(refused.problem()).isEqualTo(UNREADABLE.get(path)));
            return;
        }
        assertThat(first).as(path).isInstanceOf(ReadResult.Read.class);
        InterchangeFile original = ((ReadResult.Read) first).file();
        for (ProjectData project : original.projects()) {
            Path out = temp.resolve("out-" + project.key() + ".xml");
            try (OutputStream stream = Files.newOutputStream(out)) {
                new InterchangeWriter().write(project, ExportFormat.MSPDI, stream);
            }
            ReadResult second = new InterchangeReader().read(out);
            assertThat(second).as(path + " re-read").isInstanceOf(ReadResult.Read.class);
            InterchangeFile reread = ((ReadResult.Read) second).file();
            assertThat(reread.format()).isEqualTo("MSPDI");
            assertThat(reread.projects()).hasSize(1);
            assertSame(path, project, reread.projects().get(0));
        }
    }

    static void assertSame(String path, ProjectData expected, ProjectData actual) {
        assertThat(shape(actual.tasks())).as(path + " tasks").containsExactlyElementsOf(shape(expected.tasks()));
        assertThat(links(actual)).as(path + " links").containsExactlyInAnyOrderElementsOf(links(expected));
        // MS Project gives every resource a calendar; the MSPDI writer adds those Primavera files lack
        List<String> names = expected.resources().stream().map(ResourceData::name).toList();
        List<String> added = new ArrayList<>(calendars(actual));
        added.removeAll(calendars(expected));
        assertThat(calendars(actual)).as(path + " calendars").containsAll(calendars(expected));
        assertThat(added).as(path + " added calendars").allMatch(c -> names.stream().anyMatch(n -> plain(n).startsWith(plain(c.substring(0, c.indexOf(" week="))))));
        // MS Project uses the list separator between resource names; MPXJ swaps ',' and ';' in them
        assertThat(actual.resources().stream().map(r -> plain(r.name())).toList()).as(path + " resources")
                .containsExactlyElementsOf(expected.resources().stream().map(r -> plain(r.name())).toList());
        assertThat(assignments(actual)).as(path + " assignments").containsExactlyInAnyOrderElementsOf(assignments(expected));
    }

    static String plain(String name) {
        return name.replace(';', ' ').replace(',', ' ');
    }

    static List<String> shape(List<TaskData> tasks) {
        Map<String, Integer> index = new HashMap<>();
        List<String> shape = new ArrayList<>();
        for (TaskData task : tasks) {
            index.put(task.key(), index.size());
            shape.add(index.get(task.key()) + " parent=" + (task.parentKey() == null ? "-" : index.get(task.parentKey()))
                    + " " + task.name() + " " + task.kind() + " " + task.start() + ".." + task.finish()
                    + " d=" + task.durationMinutes() + " " + task.constraint() + "@" + task.constraintDate()
                    + " deadline=" + task.deadline() + " actual=" + task.actualStart() + ".." + task.actualFinish()
                    + " pct=" + Math.round(task.percentComplete()));
        }
        return shape;
    }

    static List<String> links(ProjectData project) {
        Map<String, Integer> index = new HashMap<>();
        project.tasks().forEach(task -> index.put(task.key(), index.size()));
        List<String> links = new ArrayList<>();
        for (LinkData link : project.links()) {
            links.add(index.get(link.predecessorKey()) + "->" + index.get(link.successorKey()) + " " + link.type() + " "
                    + link.lagMinutes() + (link.elapsed() ? "e" : ""));
        }
        return links;
    }

    static List<String> calendars(ProjectData project) {
        List<String> calendars = new ArrayList<>();
        Map<String, CalendarData> byKey = new HashMap<>();
        project.calendars().forEach(calendar -> byKey.put(calendar.key(), calendar));
        for (CalendarData calendar : project.calendars()) {
            // MSPDI keeps 51 characters of a calendar name
            String name = calendar.name().length() > 51 ? calendar.name().substring(0, 51) : calendar.name();
            calendars.add(name + " week=" + effectiveWeek(calendar, byKey) + " exceptions="
                    + effectiveExceptions(calendar, byKey));
        }
        return calendars;
    }

    /** The working time of each weekday, following base calendars (the week a scheduler sees). */
    static Map<java.time.DayOfWeek, List<CalendarData.Interval>> effectiveWeek(CalendarData calendar,
            Map<String, CalendarData> byKey) {
        Map<java.time.DayOfWeek, List<CalendarData.Interval>> week = new java.util.TreeMap<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            CalendarData current = calendar;
            int depth = 0;
            while (current != null && !current.week().containsKey(day) && depth++ < 10) {
                current = current.baseKey() == null ? null : byKey.get(current.baseKey());
            }
            week.put(day, current == null ? List.of() : current.week().get(day));
        }
        return week;
    }

    /** Own exceptions and those of the base calendars, as text, sorted and without repeats. */
    static List<String> effectiveExceptions(CalendarData calendar, Map<String, CalendarData> byKey) {
        java.util.TreeSet<String> exceptions = new java.util.TreeSet<>();
        CalendarData current = calendar;
        for (int depth = 0; current != null && depth < 10; depth++) {
            current.exceptions().forEach(e -> exceptions.add(e.from() + ".." + e.to() + e.intervals()));
            current = current.baseKey() == null ? null : byKey.get(current.baseKey());
        }
        return List.copyOf(exceptions);
    }

    static List<String> assignments(ProjectData project) {
        Map<String, Integer> index = new HashMap<>();
        project.tasks().forEach(task -> index.put(task.key(), index.size()));
        Map<String, String> names = new HashMap<>();
        project.resources().forEach(resource -> names.put(resource.key(), resource.name()));
        List<String> result = new ArrayList<>();
        for (AssignmentData assignment : project.assignments()) {
            result.add(index.get(assignment.taskKey()) + " " + plain(names.get(assignment.resourceKey())) + " work="
                    + assignment.workMinutes() + " actual=" + assignment.actualWorkMinutes() + " cost="
                    + money(assignment.cost()) + " actualCost=" + money(assignment.actualCost()));
        }
        return result;
    }

    /** A cost to the cent; no cost and zero are the same to MS Project. */
    static String money(java.math.BigDecimal cost) {
        return cost == null ? "0.00" : cost.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
