package org.sextant.engine.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarException;

/** A small builder for test networks: project "p" starting Monday 2026-01-05 08:00 on a standard calendar. */
final class Net {

    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);
    static final long DAY = 480;

    final List<Activity> activities = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<CalendarDefinition> calendars = new ArrayList<>(List.of(CalendarDefinition.standard("std", List.of())));
    final List<Project> projects = new ArrayList<>(List.of(Project.of("p", MONDAY, "std")));
    ScheduleOptions options = ScheduleOptions.microsoftProject();

    Net task(String id, double days) {
        activities.add(Activity.of(id, "p", Math.round(days * DAY)));
        return this;
    }

    Net add(Activity activity) {
        activities.add(activity);
        return this;
    }

    Net link(String from, String to, LinkType type, Lag lag) {
        links.add(new Link(from, to, type, lag));
        return this;
    }

    Net fs(String from, String to) {
        return link(from, to, LinkType.FINISH_TO_START, Lag.NONE);
    }

    Net calendar(CalendarDefinition calendar) {
        calendars.add(calendar);
        return this;
    }

    static CalendarDefinition withHoliday(String id, LocalDate holiday) {
        return CalendarDefinition.standard(id, List.of(CalendarException.holiday(holiday)));
    }

    Net options(ScheduleOptions newOptions) {
        options = newOptions;
        return this;
    }

    Net statusDate(LocalDateTime status) {
        Project p = projects.get(0);
        projects.set(0, new Project(p.id(), p.start(), status, p.calendarId(), p.mustFinishBy()));
        return this;
    }

    ScheduleInput input() {
        return new ScheduleInput(projects, calendars, activities, links, options);
    }

    ScheduleResult result() {
        return new CriticalPathScheduler().schedule(input());
    }

    Schedule schedule() {
        return (Schedule) result();
    }

    ActivitySchedule get(String id) {
        return schedule().activity(id).orElseThrow();
    }

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
