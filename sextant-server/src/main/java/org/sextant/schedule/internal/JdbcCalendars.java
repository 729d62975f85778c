package org.sextant.schedule.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.Paging;
import org.sextant.platform.PageResult;
import org.sextant.platform.SqlFilter;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.WorkCalendar;
import org.sextant.schedule.WorkCalendar.CalendarException;
import org.sextant.schedule.WorkCalendar.WorkingTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** {@link Calendars} over {@code calendar} and {@code calendar_exception}. Writes need ADMIN or PMO. */
@Service
@Transactional(readOnly = true)
class JdbcCalendars implements Calendars {

    private static final String ENTITY = "Calendar";
    private static final Map<String, String> SORTS = Map.of("name", "name", "id", "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CalendarJson json;

    JdbcCalendars(JdbcClient jdbc, AuditLog audit, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = new CalendarJson(mapper);
    }

    @Override
    public Optional<WorkCalendar> find(CalendarId id) {
        return jdbc.sql("select * from calendar where id = ?").param(id.value()).query(this::map).optional();
    }

    @Override
    public WorkCalendar get(CalendarId id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public PageResult<WorkCalendar> list(String text, PageRequest page) {
        SqlFilter filter = new SqlFilter().contains("text", text, "name");
        return Paging.page(jdbc, "calendar", filter, page.orderBy(SORTS, "name"), page, this::map);
    }

    @Override
    public List<WorkCalendar> all() {
        return jdbc.sql("select * from calendar order by name, id").query(this::map).list();
    }

    @Override
    @Transactional
    public WorkCalendar create(WorkCalendar.Draft draft) {
        requirePmo();
        validate(null, draft);
        long id = jdbc.sql("""
                insert into calendar (name, base_calendar_id, work_week, minutes_per_day, minutes_per_week, days_per_month)
                values (?, ?, cast(? as jsonb), ?, ?, ?) returning id""")
                .params(draft.name(), base(draft), json.week(week(draft)), draft.minutesPerDay(),
                        draft.minutesPerWeek(), draft.daysPerMonth())
                .query(Long.class).single();
        insertExceptions(id, draft.exceptions());
        WorkCalendar created = get(CalendarId.of(id));
        audit.created(ENTITY, id, null, created);
        return created;
    }

    @Override
    @Transactional
    public WorkCalendar update(CalendarId id, long expectedVersion, WorkCalendar.Draft draft) {
        requirePmo();
        WorkCalendar before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        validate(id, draft);
        int rows = jdbc.sql("""
                update calendar set name = ?, base_calendar_id = ?, work_week = cast(? as jsonb), minutes_per_day = ?,
                    minutes_per_week = ?, days_per_month = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(draft.name(), base(draft), json.week(week(draft)), draft.minutesPerDay(),
                        draft.minutesPerWeek(), draft.daysPerMonth(), id.value(), expectedVersion)
                .update();
        ExpectedVersion.requireUpdated(rows, ENTITY, id, expectedVersion);
        jdbc.sql("delete from calendar_exception where calendar_id = ?").param(id.value()).update();
        insertExceptions(id.value(), draft.exceptions());
        WorkCalendar after = get(id);
        audit.updated(ENTITY, id, null, before, after);
        return after;
    }

    @Override
    @Transactional
    public void delete(CalendarId id, long expectedVersion) {
        requirePmo();
        WorkCalendar before = get(id);
        ExpectedVersion.check(ENTITY, id, expectedVersion, before.version());
        long derived = jdbc.sql("select count(*) from calendar where base_calendar_id = ?").param(id.value())
                .query(Long.class).single();
        if (derived > 0) {
            throw BusinessRuleException.conflict("id", "Calendar '" + before.name() + "' is the base of " + derived
                    + " other calendar(s); change or delete them first.");
        }
        jdbc.sql("delete from calendar where id = ?").param(id.value()).update();
        audit.deleted(ENTITY, id, null, before);
    }

    private void validate(CalendarId self, WorkCalendar.Draft draft) {
        if (draft.baseCalendarId() != null) {
            if (find(draft.baseCalendarId()).isEmpty()) {
                throw BusinessRuleException.invalid("baseCalendarId", "calendar " + draft.baseCalendarId() + " does not exist");
            }
            Set<Long> seen = new HashSet<>();
            for (CalendarId at = draft.baseCalendarId(); at != null; at = find(at).map(WorkCalendar::baseCalendarId).orElse(null)) {
                if (at.equals(self) || !seen.add(at.value())) {
                    throw BusinessRuleException.invalid("baseCalendarId",
                            "calendar " + draft.baseCalendarId() + " derives from this calendar; bases must not form a loop");
                }
            }
        } else if (week(draft).values().stream().allMatch(List::isEmpty)) {
            throw BusinessRuleException.invalid("workWeek",
                    "a calendar without base calendar needs at least one working day in its work week");
        }
        week(draft).forEach((day, intervals) -> checkIntervals("workWeek." + day, intervals));
        for (int i = 0; i < draft.exceptions().size(); i++) {
            CalendarException exception = draft.exceptions().get(i);
            String field = "exceptions[" + i + "]";
            if (exception.finish().isBefore(exception.start())) {
                throw BusinessRuleException.invalid(field + ".finish", "finish " + exception.finish()
                        + " is before start " + exception.start());
            }
            if (exception.working() && exception.intervals().isEmpty()) {
                throw BusinessRuleException.invalid(field + ".intervals", "a working exception needs working intervals");
            }
            if (!exception.working() && !exception.intervals().isEmpty()) {
                throw BusinessRuleException.invalid(field + ".intervals", "a non-working exception has no working intervals");
            }
            checkIntervals(field + ".intervals", exception.intervals());
            if (exception.recurrence() != null) {
                checkRecurrence(field + ".recurrence", exception.recurrence());
            }
        }
    }

    /** A recurrence names the fields its type needs, within their ranges. */
    private static void checkRecurrence(String field, WorkCalendar.Recurrence r) {
        if (r.type() == null) {
            throw BusinessRuleException.invalid(field + ".type", "a recurrence needs a type: one of "
                    + java.util.Arrays.toString(WorkCalendar.Recurrence.Type.values()));
        }
        boolean onDay = r.type() == WorkCalendar.Recurrence.Type.MONTHLY_ON_DAY
                || r.type() == WorkCalendar.Recurrence.Type.YEARLY_ON_DAY;
        boolean onWeekday = r.type() == WorkCalendar.Recurrence.Type.MONTHLY_ON_WEEKDAY
                || r.type() == WorkCalendar.Recurrence.Type.YEARLY_ON_WEEKDAY;
        boolean yearly = r.type() == WorkCalendar.Recurrence.Type.YEARLY_ON_DAY
                || r.type() == WorkCalendar.Recurrence.Type.YEARLY_ON_WEEKDAY;
        if (r.every() != null && (r.every() < 1 || r.every() > 1000)) {
            throw BusinessRuleException.invalid(field + ".every", "every must be between 1 and 1000, was " + r.every());
        }
        if (r.occurrences() != null && (r.occurrences() < 0 || r.occurrences() > 10_000)) {
            throw BusinessRuleException.invalid(field + ".occurrences", "occurrences must be between 0 and 10000");
        }
        if (r.type() == WorkCalendar.Recurrence.Type.WEEKLY && (r.days() == null || r.days().isEmpty())) {
            throw BusinessRuleException.invalid(field + ".days", "a weekly recurrence needs the weekdays it falls on");
        }
        if (onDay && (r.dayOfMonth() == null || r.dayOfMonth() < 1 || r.dayOfMonth() > 31)) {
            throw BusinessRuleException.invalid(field + ".dayOfMonth", r.type() + " needs a dayOfMonth from 1 to 31");
        }
        if (onWeekday && (r.ordinal() == null || r.ordinal() < 1 || r.ordinal() > 5)) {
            throw BusinessRuleException.invalid(field + ".ordinal", r.type() + " needs an ordinal from 1 to 4, or 5 for the last");
        }
        if (onWeekday && r.weekday() == null) {
            throw BusinessRuleException.invalid(field + ".weekday", r.type() + " needs a weekday");
        }
        if (yearly && r.month() == null) {
            throw BusinessRuleException.invalid(field + ".month", r.type() + " needs a month");
        }
    }

    /** Intervals must each end after they start and must not overlap. */
    private static void checkIntervals(String field, List<WorkingTime> intervals) {
        List<WorkingTime> sorted = intervals.stream().sorted(Comparator.comparingInt(WorkingTime::startMinute)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            WorkingTime time = sorted.get(i);
            if (time.endMinute() <= time.startMinute()) {
                throw BusinessRuleException.invalid(field, "working time " + time.start() + "-" + time.end()
                        + " ends before it starts");
            }
            if (i > 0 && time.startMinute() < sorted.get(i - 1).endMinute()) {
                throw BusinessRuleException.invalid(field, "working times " + sorted.get(i - 1).start() + "-"
                        + sorted.get(i - 1).end() + " and " + time.start() + "-" + time.end() + " overlap");
            }
        }
    }

    private void insertExceptions(long calendarId, List<CalendarException> exceptions) {
        for (CalendarException e : exceptions) {
            jdbc.sql("""
                    insert into calendar_exception (calendar_id, name, start_date, finish_date, working, intervals,
                        recurrence)
                    values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                    .params(calendarId, e.name(), e.start(), e.finish(), e.working(), json.day(e.intervals()),
                            json.recurrence(e.recurrence()))
                    .update();
        }
    }

    private static Map<DayOfWeek, List<WorkingTime>> week(WorkCalendar.Draft draft) {
        return draft.workWeek() == null ? Map.of() : draft.workWeek();
    }

    private static Long base(WorkCalendar.Draft draft) {
        return draft.baseCalendarId() == null ? null : draft.baseCalendarId().value();
    }

    private List<CalendarException> exceptions(long calendarId) {
        return jdbc.sql("select * from calendar_exception where calendar_id = ? order by start_date, id")
                .param(calendarId)
                .query((rs, row) -> new CalendarException(rs.getString("name"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("finish_date", LocalDate.class),
                        rs.getBoolean("working"), json.day(rs.getString("intervals")),
                        json.recurrence(rs.getString("recurrence"))))
                .list();
    }

    private static void requirePmo() {
        CurrentUsers.requireAny("Only the PMO or an administrator manages calendars.", Role.ADMIN, Role.PMO);
    }

    private WorkCalendar map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Long base = rs.getObject("base_calendar_id", Long.class);
        return new WorkCalendar(CalendarId.of(id), rs.getLong("version"), rs.getString("name"),
                base == null ? null : CalendarId.of(base), json.week(rs.getString("work_week")),
                rs.getInt("minutes_per_day"), rs.getInt("minutes_per_week"), rs.getInt("days_per_month"),
                exceptions(id));
    }
}
