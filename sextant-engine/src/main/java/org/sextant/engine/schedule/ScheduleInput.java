package org.sextant.engine.schedule;

import java.util.List;
import java.util.Objects;
import org.sextant.engine.calendar.CalendarDefinition;

/** Everything the scheduler needs: one or more projects, their calendars, activities and links. */
public record ScheduleInput(List<Project> projects, List<CalendarDefinition> calendars, List<Activity> activities,
        List<Link> links, ScheduleOptions options) {

    public ScheduleInput {
        projects = List.copyOf(projects);
        calendars = List.copyOf(calendars);
        activities = List.copyOf(activities);
        links = List.copyOf(links);
        options = Objects.requireNonNullElseGet(options, ScheduleOptions::microsoftProject);
    }
}
