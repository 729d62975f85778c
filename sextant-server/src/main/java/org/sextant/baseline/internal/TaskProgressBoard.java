package org.sextant.baseline.internal;

import java.time.LocalDate;
import java.util.List;
import org.sextant.baseline.ProgressBoard;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskAssignees;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProgressBoard} from the schedule's tasks and the project's status date. */
@Service
@Transactional(readOnly = true)
class TaskProgressBoard implements ProgressBoard {

    private final Projects projects;
    private final Tasks tasks;
    private final ProjectAccess access;
    private final TaskAssignees assignees;

    TaskProgressBoard(Projects projects, Tasks tasks, ProjectAccess access, TaskAssignees assignees) {
        this.projects = projects;
        this.tasks = tasks;
        this.access = access;
        this.assignees = assignees;
    }

    @Override
    public Board board(ProjectId projectId, PageRequest page) {
        Project project = projects.get(projectId);
        CurrentUser user = CurrentUsers.require();
        boolean canEdit = access.canEdit(user, projectId);
        List<Task> leaves = tasks.all(projectId).stream().filter(t -> t.kind() != TaskKind.SUMMARY).toList();
        int from = Math.min(page.offset(), leaves.size());
        int to = Math.min(from + page.size(), leaves.size());
        List<Row> rows = leaves.subList(from, to).stream().map(t -> row(t, canEdit || mayReport(user, t))).toList();
        return new Board(projectId, project.version(), project.statusDate(), canEdit,
                new PageResult<>(rows, page.page(), page.size(), leaves.size()));
    }

    @Override
    public Row row(TaskId taskId) {
        Task task = tasks.get(taskId);
        CurrentUser user = CurrentUsers.require();
        return row(task, access.canEdit(user, task.projectId()) || mayReport(user, task));
    }

    @Override
    @Transactional
    public long setStatusDate(ProjectId projectId, long expectedVersion, LocalDate statusDate) {
        access.requireEdit(projectId);
        Project p = projects.get(projectId);
        ExpectedVersion.check("Project", projectId, expectedVersion, p.version());
        if (statusDate != null && p.plannedStart() != null && statusDate.isBefore(p.plannedStart().minusYears(1))) {
            throw BusinessRuleException.invalid("statusDate", "status date " + statusDate
                    + " is more than a year before the project's planned start " + p.plannedStart());
        }
        Project updated = projects.update(projectId, expectedVersion, new Project.Draft(p.code(), p.name(),
                p.objective(), p.description(), p.statementOfWork(), p.client(), p.sponsor(), p.managerId(),
                p.portfolioId(), p.programId(), p.phase(), p.status(), p.priority(), p.plannedStart(),
                p.plannedFinish(), p.budget(), p.actualCost(), p.currency(), p.calendarId(), statusDate));
        return updated.version();
    }

    private boolean mayReport(CurrentUser user, Task task) {
        return user.has(Role.TEAM_MEMBER) && assignees.isAssigned(user.id(), task.id());
    }

    static Row row(Task t, boolean editable) {
        return new Row(t.id(), t.version(), t.wbsCode(), t.name(), t.kind(), t.plannedStart(), t.plannedFinish(),
                t.workMinutes(), t.percentComplete(), t.actualStart(), t.actualFinish(), t.remainingWorkMinutes(),
                editable);
    }
}
