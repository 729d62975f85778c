package org.sextant.capacity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationId;
import org.sextant.capacity.Allocations;
import org.sextant.capacity.Staffing;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.BusinessRuleException;
import org.sextant.identity.CurrentUser;
import org.sextant.project.ProjectAccess;
import org.sextant.project.Projects;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentDemand;
import org.sextant.resource.AssignmentDemands;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.Assignments;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Task;
import org.sextant.schedule.Tasks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The capacity page's "Open role demand" card (htmx fragments): role allocations and tasks assigned to
 * a role in the horizon, the ranked people qualified for one ({@link Staffing#candidates}), and
 * one-click staffing ({@link Staffing#staff}). The PMO and administrators staff allocations; a task's
 * role assignment is staffed by whoever may edit its project (the API's rules); others see the list.
 */
@Controller
class StaffingController {

    private final Allocations allocations;
    private final Staffing staffing;
    private final Resources resources;
    private final Projects projects;
    private final AssignmentDemands assignmentDemands;
    private final Assignments assignments;
    private final ProjectAccess access;
    private final Tasks tasks;

    StaffingController(Allocations allocations, Staffing staffing, Resources resources, Projects projects,
            AssignmentDemands assignmentDemands, Assignments assignments, ProjectAccess access, Tasks tasks) {
        this.tasks = tasks;
        this.allocations = allocations;
        this.assignmentDemands = assignmentDemands;
        this.assignments = assignments;
        this.access = access;
        this.staffing = staffing;
        this.resources = resources;
        this.projects = projects;
    }

    /** A role allocation as the card lists it. */
    record Demand(Allocation allocation, String role, String project) {
    }

    /** A task of one project assigned to a role, as the project's team section lists it. */
    record ProjectRoleTask(Assignment assignment, String taskName, java.time.LocalDateTime start,
            java.time.LocalDateTime finish) {
    }

    /** A task assigned to a role, as the card lists it. */
    record RoleTask(AssignmentDemand demand, String role, String project, boolean canStaff) {
    }

    @GetMapping("/capacity/staffing")
    String demands(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        List<Demand> demands = new ArrayList<>();
        for (Allocation a : allocations.overlapping(from, to)) {
            Resource r = resources.find(a.resourceId()).orElse(null);
            if (r != null && r.kind() == ResourceKind.ROLE) {
                String project = projects.find(a.projectId()).map(p -> p.code() + " " + p.name())
                        .orElse(a.projectId().toString());
                demands.add(new Demand(a, r.name(), project));
            }
        }
        demands.sort(java.util.Comparator.comparing((Demand d) -> d.allocation().start()));
        model.addAttribute("demands", demands);
        CurrentUser me = CurrentUsers.require();
        java.util.Map<ResourceId, Resource> kinds = new java.util.HashMap<>();
        List<RoleTask> roleTasks = new ArrayList<>();
        for (AssignmentDemand d : assignmentDemands.overlapping(from, to)) {
            Resource r = kinds.computeIfAbsent(d.resourceId(), k -> resources.find(k).orElse(null));
            if (r != null && r.kind() == ResourceKind.ROLE) {
                String project = projects.find(d.projectId()).map(p -> p.code() + " " + p.name())
                        .orElse(d.projectId().toString());
                roleTasks.add(new RoleTask(d, r.name(), project, access.canEdit(me, d.projectId())));
            }
        }
        roleTasks.sort(java.util.Comparator.comparing((RoleTask t) -> t.demand().start()));
        model.addAttribute("roleTasks", roleTasks);
        model.addAttribute("canStaff", canStaff());
        return "capacity/staffing :: demands";
    }

    @GetMapping("/capacity/staffing/{id}/candidates")
    String candidates(@PathVariable long id, Model model) {
        Allocation allocation = allocations.get(AllocationId.of(id));
        model.addAttribute("allocation", allocation);
        model.addAttribute("candidates", staffing.candidates(allocation.id()));
        model.addAttribute("canStaff", canStaff());
        return "capacity/staffing :: candidates";
    }

    @PostMapping("/capacity/staffing/{id}/staff")
    String staff(@PathVariable long id, @RequestParam long resourceId, @RequestParam long version, Model model) {
        try {
            Allocation staffed = staffing.staff(AllocationId.of(id), version, ResourceId.of(resourceId));
            model.addAttribute("level", "success");
            model.addAttribute("text", resources.get(staffed.resourceId()).name() + " is booked for "
                    + staffed.start() + " – " + staffed.finish() + " instead of the role.");
        } catch (BusinessRuleException e) {
            model.addAttribute("level", "danger");
            model.addAttribute("text", e.getMessage());
        }
        return "fragments :: alert";
    }

    /** The tasks of a project assigned to one role, each with "Suggest people" (the team section's control). */
    @GetMapping("/capacity/staffing/projects/{projectId}/roles/{roleId}")
    String projectRoleTasks(@PathVariable long projectId, @PathVariable long roleId, Model model) {
        List<ProjectRoleTask> rows = new ArrayList<>();
        for (Assignment a : assignments.ofProject(ProjectId.of(projectId))) {
            if (a.resourceId().value() == roleId) {
                Task task = tasks.get(a.taskId());
                rows.add(new ProjectRoleTask(a, task.name(), task.plannedStart(), task.plannedFinish()));
            }
        }
        model.addAttribute("roleTasks", rows);
        model.addAttribute("roleId", roleId);
        return "capacity/staffing :: projectRoleTasks";
    }

    @GetMapping("/capacity/staffing/assignments/{id}/candidates")
    String assignmentCandidates(@PathVariable long id, Model model) {
        Assignment assignment = assignments.get(AssignmentId.of(id));
        model.addAttribute("assignment", assignment);
        model.addAttribute("candidates", staffing.candidates(assignment.id()));
        model.addAttribute("canStaff", access.canEdit(CurrentUsers.require(), assignment.projectId()));
        return "capacity/staffing :: assignmentCandidates";
    }

    @PostMapping("/capacity/staffing/assignments/{id}/staff")
    String staffAssignment(@PathVariable long id, @RequestParam long resourceId, @RequestParam long version,
            Model model) {
        try {
            Assignment staffed = staffing.staff(AssignmentId.of(id), version, ResourceId.of(resourceId));
            model.addAttribute("level", "success");
            model.addAttribute("text", staffed.resourceName() + " is assigned to the task instead of the role.");
        } catch (BusinessRuleException e) {
            model.addAttribute("level", "danger");
            model.addAttribute("text", e.getMessage());
        }
        return "fragments :: alert";
    }

    private static boolean canStaff() {
        return CurrentUsers.find().map(u -> u.has(Role.ADMIN) || u.has(Role.PMO)).orElse(false);
    }
}
