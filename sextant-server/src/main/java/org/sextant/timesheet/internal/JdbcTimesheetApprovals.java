package org.sextant.timesheet.internal;

import java.util.List;
import java.util.Map;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.platform.Paging;
import org.sextant.platform.SqlFilter;
import org.sextant.project.Project;
import org.sextant.project.Projects;
import org.sextant.resource.Assignments;
import org.sextant.resource.ResourceId;
import org.sextant.schedule.TaskId;
import org.sextant.timesheet.TimesheetApprovals;
import org.sextant.timesheet.TimesheetPart;
import org.sextant.timesheet.TimesheetPartId;
import org.sextant.timesheet.TimesheetState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TimesheetApprovals}: a decision moves the part with a conditional update (only from
 * SUBMITTED, only at the version the approver saw), so two approvals of the same hours cannot both
 * succeed; the approval adds each task's hours to its assignment's actual work in the same
 * transaction, which makes the addition happen exactly once.
 */
@Service
@Transactional(readOnly = true)
class JdbcTimesheetApprovals implements TimesheetApprovals {

    static final int MAX_REASON = 1000;
    private static final String PART = JdbcTimesheets.PART;
    private static final String WHO = "Only project managers, the PMO and administrators approve timesheets.";
    private static final Map<String, String> SORTS = Map.of("submittedAt", "submitted_at", "weekStart", "week_start",
            "id", "id");

    private final JdbcClient jdbc;
    private final TimesheetStore store;
    private final TimesheetViews views;
    private final TimesheetApprovers approvers;
    private final Projects projects;
    private final Assignments assignments;
    private final AuditLog audit;

    JdbcTimesheetApprovals(JdbcClient jdbc, TimesheetStore store, TimesheetViews views, TimesheetApprovers approvers,
            Projects projects, Assignments assignments, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.views = views;
        this.approvers = approvers;
        this.projects = projects;
        this.assignments = assignments;
        this.audit = audit;
    }

    @Override
    public PageResult<TimesheetPart> awaiting(PageRequest page) {
        CurrentUser user = CurrentUsers.requireAny(WHO, Role.ADMIN, Role.PMO, Role.PROJECT_MANAGER);
        SqlFilter where = new SqlFilter().always("state = 'SUBMITTED' and user_id <> :me", Map.of("me", user.id().value()));
        if (!user.isOrganisationWide()) {
            List<Long> managed = projects.list(new Projects.Filter(null, null, null, user.id(), null, null),
                    PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream().map(p -> p.id().value()).toList();
            if (managed.isEmpty()) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
            where.always("project_id in (:projects)", Map.of("projects", managed));
        }
        String source = """
                (select p.id, p.project_id, p.state, p.submitted_at, t.user_id, t.week_start
                 from timesheet_part p join timesheet t on t.id = p.timesheet_id) q""";
        return Paging.page(jdbc, source, where, page.orderBy(SORTS, "submittedAt"), page, (rs, row) -> rs.getLong("id"))
                .map(id -> view(id));
    }

    @Override
    public TimesheetPart get(TimesheetPartId id) {
        CurrentUser user = CurrentUsers.require();
        Stored sheet = sheetOf(id);
        Stored.Part part = sheet.part(id.value()).orElseThrow();
        if (sheet.userId() != user.id().value() && !approvers.mayDecide(user, sheet, part)) {
            throw new AccessDeniedException("Only its owner, the manager of its project and the PMO see a timesheet.");
        }
        return views.part(sheet, part);
    }

    @Override
    @Transactional
    public TimesheetPart approve(TimesheetPartId id, long expectedVersion) {
        CurrentUser user = CurrentUsers.requireAny(WHO, Role.ADMIN, Role.PMO, Role.PROJECT_MANAGER);
        Stored sheet = sheetOf(id);
        Stored.Part part = decidable(user, sheet, id, expectedVersion, "approved");
        ExpectedVersion.requireUpdated(store.move(part.id(), expectedVersion, TimesheetState.SUBMITTED,
                TimesheetState.APPROVED, user.username(), null), PART, id, expectedVersion);
        store.touch(sheet.id());
        for (Stored.Row row : part.rows()) {
            if (row.total() > 0) {
                assignments.addActualWork(TaskId.of(row.taskId()), ResourceId.of(sheet.resourceId()), row.total());
            }
        }
        // approved hours are actual cost: the project's actual cost follows them (cost feature, ADR 0011)
        projects.refreshActualCost(org.sextant.project.ProjectId.of(part.projectId()));
        return decided(sheet, part);
    }

    @Override
    @Transactional
    public TimesheetPart reject(TimesheetPartId id, long expectedVersion, String reason) {
        CurrentUser user = CurrentUsers.requireAny(WHO, Role.ADMIN, Role.PMO, Role.PROJECT_MANAGER);
        Stored sheet = sheetOf(id);
        Stored.Part part = decidable(user, sheet, id, expectedVersion, "rejected");
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.invalid("reason", "Say why the hours are rejected, so their owner can correct them.");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw BusinessRuleException.invalid("reason", "A reason has at most " + MAX_REASON + " characters.");
        }
        ExpectedVersion.requireUpdated(store.move(part.id(), expectedVersion, TimesheetState.SUBMITTED,
                TimesheetState.REJECTED, user.username(), reason.strip()), PART, id, expectedVersion);
        store.touch(sheet.id());
        return decided(sheet, part);
    }

    /** The part, after checking the caller may decide on it, that it awaits a decision and is at the expected version. */
    private Stored.Part decidable(CurrentUser user, Stored sheet, TimesheetPartId id, long expectedVersion, String verb) {
        Stored.Part part = sheet.part(id.value()).orElseThrow();
        approvers.require(user, sheet, part);
        if (part.state() != TimesheetState.SUBMITTED) {
            String code = projects.find(org.sextant.project.ProjectId.of(part.projectId())).map(Project::code).orElse("?");
            throw BusinessRuleException.conflict("state", "These hours on " + code + " are " + part.state().name().toLowerCase()
                    + "; only submitted hours can be " + verb + ".");
        }
        ExpectedVersion.check(PART, id, expectedVersion, part.version());
        return part;
    }

    private TimesheetPart decided(Stored before, Stored.Part part) {
        Stored after = store.find(before.id()).orElseThrow();
        TimesheetPart view = views.part(after, after.part(part.id()).orElseThrow());
        audit.updated(PART, part.id(), part.projectId(), views.part(before, part), view);
        return view;
    }

    private TimesheetPart view(long partId) {
        Stored sheet = store.findByPart(partId).orElseThrow();
        return views.part(sheet, sheet.part(partId).orElseThrow());
    }

    private Stored sheetOf(TimesheetPartId id) {
        return store.findByPart(id.value()).orElseThrow(() -> new NotFoundException(PART, id));
    }
}
