package org.sextant.timesheet.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.platform.Paging;
import org.sextant.platform.SqlFilter;
import org.sextant.resource.MyTask;
import org.sextant.resource.Resource;
import org.sextant.resource.Resources;
import org.sextant.timesheet.Timesheet;
import org.sextant.timesheet.TimesheetId;
import org.sextant.timesheet.TimesheetState;
import org.sextant.timesheet.Timesheets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Timesheets} over the timesheet tables: the owner's week, saved after {@link RowCheck} found
 * every row valid, and submitted part by part. Audited as "Timesheet" (rows) and "TimesheetPart"
 * (state changes, per project).
 */
@Service
@Transactional(readOnly = true)
class JdbcTimesheets implements Timesheets {

    static final String ENTITY = "Timesheet";
    static final String PART = "TimesheetPart";
    private static final Map<String, String> SORTS = Map.of("weekStart", "week_start", "id", "id");

    private final JdbcClient jdbc;
    private final TimesheetStore store;
    private final TimesheetViews views;
    private final MyAssignments assigned;
    private final Resources resources;
    private final TimesheetApprovers approvers;
    private final AuditLog audit;

    JdbcTimesheets(JdbcClient jdbc, TimesheetStore store, TimesheetViews views, MyAssignments assigned,
            Resources resources, TimesheetApprovers approvers, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.views = views;
        this.assigned = assigned;
        this.resources = resources;
        this.approvers = approvers;
        this.audit = audit;
    }

    @Override
    public Timesheet mine(LocalDate day) {
        CurrentUser user = CurrentUsers.require();
        LocalDate week = Timesheets.weekOf(day);
        Optional<Stored> stored = store.find(user.id().value(), week);
        return views.sheet(stored, user.id(), week, plannedIn(week));
    }

    @Override
    public PageResult<Timesheet> mine(PageRequest page) {
        CurrentUser user = CurrentUsers.require();
        SqlFilter where = new SqlFilter().always("user_id = :user", Map.of("user", user.id().value()));
        PageRequest newestFirst = page.sort() == null ? new PageRequest(page.page(), page.size(), "weekStart", false) : page;
        return Paging.page(jdbc, "timesheet", where, newestFirst.orderBy(SORTS, "weekStart"), newestFirst,
                (rs, row) -> rs.getLong("id")).map(id -> {
                    Stored s = store.find(id).orElseThrow();
                    return views.sheet(Optional.of(s), user.id(), s.weekStart(), List.of());
                });
    }

    @Override
    public Timesheet get(TimesheetId id) {
        CurrentUser user = CurrentUsers.require();
        Stored stored = store.find(id.value()).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (stored.userId() == user.id().value()) {
            return views.sheet(Optional.of(stored), user.id(), stored.weekStart(), plannedIn(stored.weekStart()));
        }
        if (!user.isOrganisationWide() && stored.parts().stream().noneMatch(p -> approvers.manages(user, p.projectId()))) {
            throw new AccessDeniedException("Only its owner, the managers of its projects and the PMO see a timesheet.");
        }
        return views.sheet(Optional.of(stored), org.sextant.identity.UserId.of(stored.userId()), stored.weekStart(),
                List.of());
    }

    @Override
    @Transactional
    public Timesheet save(LocalDate day, long expectedVersion, List<Timesheet.RowDraft> drafts) {
        CurrentUser user = CurrentUsers.require();
        LocalDate week = Timesheets.weekOf(day);
        Optional<Stored> before = store.find(user.id().value(), week);
        ExpectedVersion.check(ENTITY, before.map(s -> (Object) s.id()).orElse("week " + week), expectedVersion,
                before.map(Stored::version).orElse(0L));
        Resource resource = resources.findByUser(user.id()).orElseThrow(() -> BusinessRuleException.invalid(null,
                "Your user is not linked to a resource, so you have no tasks to book time on; ask the PMO to link one."));
        RowCheck.Result checked = new RowCheck(week, before, assigned.byTask()).check(drafts == null ? List.of() : drafts);
        long id;
        if (before.isPresent()) {
            id = before.get().id();
            ExpectedVersion.requireUpdated(store.bump(id, expectedVersion), ENTITY, id, expectedVersion);
        } else {
            id = store.insert(user.id().value(), resource.id().value(), week);
        }
        Map<Long, List<Stored.Row>> byProject = new LinkedHashMap<>(checked.editableByProject());
        for (Stored.Part part : before.map(Stored::parts).orElse(List.of())) {
            if (!part.state().editable()) {
                continue;
            }
            List<Stored.Row> rows = byProject.remove(part.projectId());
            if (rows == null) {
                store.deletePart(part.id());
                audit.deleted(PART, part.id(), part.projectId(), part);
            } else {
                store.replaceRows(part.id(), week, rows);
            }
        }
        byProject.forEach((project, rows) -> store.replaceRows(store.insertPart(id, project), week, rows));
        Stored after = store.find(id).orElseThrow();
        Timesheet view = views.sheet(Optional.of(after), user.id(), week, List.of());
        if (before.isPresent()) {
            audit.updated(ENTITY, id, null, views.sheet(before, user.id(), week, List.of()), view);
        } else {
            audit.created(ENTITY, id, null, view);
        }
        return views.sheet(Optional.of(after), user.id(), week, plannedIn(week));
    }

    @Override
    @Transactional
    public Timesheet submit(TimesheetId id, long expectedVersion) {
        CurrentUser user = CurrentUsers.require();
        Stored sheet = store.find(id.value()).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (sheet.userId() != user.id().value()) {
            throw new AccessDeniedException("Only its owner submits a timesheet.");
        }
        ExpectedVersion.check(ENTITY, id, expectedVersion, sheet.version());
        List<Stored.Part> open = sheet.parts().stream().filter(p -> p.state().editable()).toList();
        if (open.isEmpty()) {
            throw BusinessRuleException.conflict(null, sheet.parts().isEmpty()
                    ? "Nothing to submit: enter hours first."
                    : "Nothing to submit: every project's hours of this week are already submitted or approved.");
        }
        if (open.stream().mapToLong(Stored.Part::minutes).sum() == 0) {
            throw BusinessRuleException.invalid("rows", "Nothing to submit: enter hours before submitting the week.");
        }
        ExpectedVersion.requireUpdated(store.bump(id.value(), expectedVersion), ENTITY, id, expectedVersion);
        for (Stored.Part part : open) {
            ExpectedVersion.requireUpdated(store.move(part.id(), part.version(), part.state(), TimesheetState.SUBMITTED,
                    null, null), PART, part.id(), part.version());
        }
        Stored after = store.find(id.value()).orElseThrow();
        for (Stored.Part part : open) {
            audit.updated(PART, part.id(), part.projectId(), views.part(sheet, part),
                    views.part(after, after.part(part.id()).orElseThrow()));
        }
        return views.sheet(Optional.of(after), user.id(), after.weekStart(), plannedIn(after.weekStart()));
    }

    /** The caller's tasks planned (at least partly) in the week starting {@code week}: suggested rows. */
    private List<MyTask> plannedIn(LocalDate week) {
        LocalDateTime from = week.atStartOfDay();
        LocalDateTime to = week.plusDays(Timesheet.DAYS).atStartOfDay();
        List<MyTask> planned = new ArrayList<>();
        for (MyTask task : assigned.byTask().values()) {
            boolean startsBeforeEnd = task.plannedStart() == null || task.plannedStart().isBefore(to);
            boolean finishesAfterStart = task.plannedFinish() == null || !task.plannedFinish().isBefore(from);
            if (startsBeforeEnd && finishesAfterStart) {
                planned.add(task);
            }
        }
        return planned;
    }
}
