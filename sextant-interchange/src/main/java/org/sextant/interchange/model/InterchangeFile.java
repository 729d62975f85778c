package org.sextant.interchange.model;

import java.util.List;

/**
 * What one file holds: usually one project, several for a multi-project XER or PMXML file.
 *
 * @param format   the format read (MPP, MSPDI, MPX, XER, PMXML, ...), as MPXJ names it
 * @param projects the projects, in file order
 * @param warnings what could not be kept
 */
public record InterchangeFile(String format, List<ProjectData> projects, List<Warning> warnings) {

    public InterchangeFile {
        projects = List.copyOf(projects);
        warnings = List.copyOf(warnings);
    }

    /** Something in the file that Sextant does not keep, with how often it occurs. */
    public record Warning(String code, String message, int count) {
    }

    public int taskCount() {
        return projects.stream().mapToInt(p -> p.tasks().size()).sum();
    }

    public int linkCount() {
        return projects.stream().mapToInt(p -> p.links().size()).sum();
    }

    public int resourceCount() {
        return projects.stream().mapToInt(p -> p.resources().size()).sum();
    }

    public int assignmentCount() {
        return projects.stream().mapToInt(p -> p.assignments().size()).sum();
    }

    public int calendarCount() {
        return projects.stream().mapToInt(p -> p.calendars().size()).sum();
    }
}
