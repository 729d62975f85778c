package org.sextant.interchange.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;
import org.sextant.interchange.model.InterchangeFile;
import org.sextant.interchange.model.ProjectData;

/**
 * Reads any file MPXJ reads (MPP, MPX, MSPDI, XER, PMXML, Planner, GanttProject, ProjectLibre, ...)
 * into an {@link InterchangeFile}, or refuses it with a {@link ReadProblem}: the {@link InputGuard}
 * first, then MPXJ, then a check that the extension names the format found and that no project's
 * links form a loop. Thread-safe; each call uses its own MPXJ reader.
 */
public final class InterchangeReader {

    /** The default size limit: 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final Map<String, Set<String>> FORMATS_BY_EXTENSION = Map.of(
            "mpp", Set.of("MPP"), "mpt", Set.of("MPP"), "mpx", Set.of("MPX"),
            "xml", Set.of("MSPDI", "PMXML", "PLANNER", "PHOENIX", "GANTTPROJECT", "GAN"),
            "xer", Set.of("XER"), "pmxml", Set.of("PMXML"), "gan", Set.of("GAN", "GANTTPROJECT"),
            "planner", Set.of("PLANNER"), "pod", Set.of("POD", "PROJECTLIBRE"));

    private final InputGuard guard;

    public InterchangeReader(long maxBytes) {
        this.guard = new InputGuard(maxBytes);
    }

    public InterchangeReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Reads {@code file}; {@code fileName} (the name the user gave it) decides the expected format. */
    public ReadResult read(Path file, String fileName) {
        try {
            var refused = guard.check(file);
            if (refused.isPresent()) {
                return refused.get();
            }
            List<ProjectFile> projects;
            try {
                projects = new UniversalProjectReader().readAll(file.toFile());
            } catch (MPXJException | RuntimeException e) {
                return classify(e);
            }
            if (projects == null || projects.isEmpty() || projects.get(0) == null) {
                return ReadResult.refused(ReadProblem.UNSUPPORTED_FORMAT,
                        "the content is not in a project file format Sextant reads");
            }
            String format = format(projects.get(0));
            String extension = extension(fileName);
            Set<String> expected = FORMATS_BY_EXTENSION.get(extension);
            if (expected != null && expected.stream().noneMatch(format::startsWith)) {
                return ReadResult.refused(ReadProblem.WRONG_EXTENSION, "the file is named ." + extension
                        + " but holds " + format + " content");
            }
            Warnings warnings = new Warnings();
            List<ProjectData> data = new ArrayList<>();
            for (ProjectFile project : projects) {
                data.add(new MpxjMapper(project, warnings).map());
            }
            for (ProjectData project : data) {
                List<String> cycle = LinkCycles.find(project);
                if (!cycle.isEmpty()) {
                    return ReadResult.refused(ReadProblem.LINK_CYCLE, "the links of project " + project.name()
                            + " form a loop: " + String.join(" → ", cycle));
                }
            }
            return new ReadResult.Read(new InterchangeFile(format, data, warnings.list()));
        } catch (IOException e) {
            return ReadResult.refused(ReadProblem.CORRUPT, "the file cannot be read: " + e.getMessage());
        }
    }

    /** Reads a file by its own name. */
    public ReadResult read(Path file) {
        return read(file, file.getFileName().toString());
    }

    static String format(ProjectFile file) {
        String type = file.getProjectProperties().getFileType();
        String application = file.getProjectProperties().getFileApplication();
        if ("XML".equalsIgnoreCase(type) && application != null && !application.isBlank()) {
            type = application; // MPXJ's Planner reader names the type XML and the application Planner
        }
        return type == null ? "UNKNOWN" : type.toUpperCase(Locale.ROOT);
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Names the problem behind an exception MPXJ raised while reading. */
    static ReadResult.Refused classify(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 2000; t = t.getCause()) {
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
        }
        String all = text.toString();
        String lower = all.toLowerCase(Locale.ROOT);
        String detail = rootMessage(e);
        if (lower.contains("password")) {
            return ReadResult.refused(ReadProblem.PASSWORD_PROTECTED, "the file is protected by a password ("
                    + detail + "); save it without a password and upload it again");
        }
        if (lower.contains("doctype") || lower.contains("entity")) {
            return ReadResult.refused(ReadProblem.XML_ENTITIES, "the XML uses entities, which are refused: " + detail);
        }
        if (lower.contains("must start and end within the same entity") || lower.contains("premature end")
                || lower.contains("unexpected end") || lower.contains("eofexception") || lower.contains("truncated")
                || lower.contains("unable to read entire")) {
            return ReadResult.refused(ReadProblem.TRUNCATED, "the file ends before its content does: " + detail);
        }
        return ReadResult.refused(ReadProblem.CORRUPT, "the file is damaged: " + detail);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
