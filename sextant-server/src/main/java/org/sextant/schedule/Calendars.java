package org.sextant.schedule;

import java.util.List;
import java.util.Optional;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;

/** Calendars are global: everyone signed in reads them; ADMIN and PMO create, change and delete them. */
public interface Calendars {

    Optional<WorkCalendar> find(CalendarId id);

    WorkCalendar get(CalendarId id);

    PageResult<WorkCalendar> list(String text, PageRequest page);

    /** Every calendar, by name (calendars are few). */
    List<WorkCalendar> all();

    WorkCalendar create(WorkCalendar.Draft draft);

    WorkCalendar update(CalendarId id, long expectedVersion, WorkCalendar.Draft draft);

    void delete(CalendarId id, long expectedVersion);
}
