package org.sextant.interchange.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One project of a file.
 *
 * @param key             the project's id in the file
 * @param code            short code (Primavera project id), if any
 * @param name            name (title)
 * @param start           project start
 * @param finish          project finish
 * @param statusDate      status (data) date progress is reported against
 * @param currency        ISO 4217 code, if known
 * @param defaultCalendar key of the project calendar
 * @param calendars       calendars, bases before derived ones
 * @param tasks           tasks in WBS order, parents before children
 * @param links           precedence links between tasks of this project
 * @param resources       resources
 * @param assignments     resource assignments
 */
public record ProjectData(String key, String code, String name, LocalDateTime start, LocalDateTime finish,
        LocalDateTime statusDate, String currency, String defaultCalendar, List<CalendarData> calendars,
        List<TaskData> tasks, List<LinkData> links, List<ResourceData> resources, List<AssignmentData> assignments) {

    public ProjectData {
        calendars = List.copyOf(calendars);
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        resources = List.copyOf(resources);
        assignments = List.copyOf(assignments);
    }
}
