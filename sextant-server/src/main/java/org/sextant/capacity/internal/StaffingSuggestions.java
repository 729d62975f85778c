package org.sextant.capacity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationId;
import org.sextant.capacity.AllocationUnit;
import org.sextant.capacity.Allocations;
import org.sextant.capacity.Capacity;
import org.sextant.capacity.CapacityGrid;
import org.sextant.capacity.PeriodUnit;
import org.sextant.capacity.Staffing;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectAccess;
import org.sextant.resource.Assignment;
import org.sextant.resource.AssignmentId;
import org.sextant.resource.Assignments;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.schedule.Task;
import org.sextant.schedule.Tasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Staffing} from the capacity grid of the qualified people over the demand's period: an
 * allocation's dates, or the planned dates of the task a role is assigned to.
 */
@Service
@Transactional(readOnly = true)
class StaffingSuggestions implements Staffing {

    private final Allocations allocations;
    private final Assignments assignments;
    private final Tasks tasks;
    private final Resources resources;
    private final Capacity capacity;
    private final ProjectAccess access;

    StaffingSuggestions(Allocations allocations, Assignments assignments, Tasks tasks, Resources resources,
            Capacity capacity, ProjectAccess access) {
        this.access = access;
        this.allocations = allocations;
        this.assignments = assignments;
        this.tasks = tasks;
        this.resources = resources;
        this.capacity = capacity;
    }

    @Override
    public List<Candidate> candidates(AllocationId id) {
        Allocation allocation = allocations.get(id);
        Resource role = requireRole(allocation.resourceId(), "the allocation");
        return ranked(role, allocation.start(), allocation.finish(), cap -> allocation.unit() == AllocationUnit.HOURS
                ? allocation.amount().doubleValue() : cap * allocation.amount().doubleValue() / 100);
    }

    @Override
    @Transactional
    public Allocation staff(AllocationId id, long expectedVersion, ResourceId person) {
        Allocation allocation = allocations.get(id);
        Resource role = requireRole(allocation.resourceId(), "the allocation");
        requireQualified(resources.get(person), role);
        return allocations.update(id, expectedVersion, new Allocation.Draft(allocation.projectId(), person,
                allocation.start(), allocation.finish(), allocation.unit(), allocation.amount(), allocation.firmness(),
                allocation.note()));
    }

    @Override
    public List<Candidate> candidates(AssignmentId id) {
        Assignment assignment = assignments.get(id);
        Resource role = requireRole(assignment.resourceId(), "the assignment");
        Task task = tasks.get(assignment.taskId());
        if (task.plannedStart() == null || task.plannedFinish() == null) {
            throw BusinessRuleException.invalid("taskId", "task '" + task.name() + "' is not scheduled yet, so "
                    + "there is no period to find free people in");
        }
        double needed = Math.max(0, assignment.workMinutes() - assignment.actualWorkMinutes()) / 60.0;
        return ranked(role, task.plannedStart().toLocalDate(), task.plannedFinish().toLocalDate(), cap -> needed);
    }

    @Override
    @Transactional
    public Assignment staff(AssignmentId id, long expectedVersion, ResourceId person) {
        Assignment assignment = assignments.get(id);
        access.requireEdit(assignment.projectId());
        Resource role = requireRole(assignment.resourceId(), "the assignment");
        requireQualified(resources.get(person), role);
        boolean taken = assignments.list(assignment.taskId(), null, PageRequest.of(0, PageRequest.MAX_SIZE)).items()
                .stream().anyMatch(a -> a.resourceId().equals(person));
        if (taken) {
            throw BusinessRuleException.conflict("resourceId", "resource " + person + " is already assigned to the "
                    + "task; change that assignment instead");
        }
        return assignments.update(id, expectedVersion, new Assignment.Draft(person, assignment.units(),
                assignment.workMinutes()));
    }

    /** The qualified people, those whose free capacity covers the need first, then by skills and free hours. */
    private List<Candidate> ranked(Resource role, LocalDate from, LocalDate to, DoubleUnaryOperator neededOfCapacity) {
        Map<ResourceId, Resource> people = new LinkedHashMap<>();
        if (role.skills().isEmpty()) {
            collect(people, new Resources.Filter(null, ResourceKind.PERSON, null, null, true));
        } else {
            collect(people, new Resources.Filter(null, ResourceKind.PERSON, null, role.skills().get(0).skillId(), true));
        }
        people.values().removeIf(p -> !PortfolioCapacity.qualifies(p, role));
        Map<String, double[]> load = new HashMap<>();
        CapacityGrid grid = capacity.grid(from, to, PeriodUnit.MONTH, CapacityGrid.GroupBy.RESOURCE,
                new Capacity.Filter(null, null, ResourceKind.PERSON.name()));
        for (CapacityGrid.Row row : grid.rows()) {
            double cap = row.cells().stream().mapToDouble(CapacityGrid.Cell::capacity).sum();
            double demand = row.cells().stream().mapToDouble(c -> c.assigned() + c.hard() + c.soft()).sum();
            load.put(row.key(), new double[] {cap, demand});
        }
        List<Candidate> result = new ArrayList<>();
        for (Resource person : people.values()) {
            double[] figures = load.getOrDefault(person.id().toString(), new double[] {0, 0});
            double needed = neededOfCapacity.applyAsDouble(figures[0]);
            double free = Math.max(0, figures[0] - figures[1]);
            int matched = 0;
            int proficiency = 0;
            for (Resource.SkillLevel wanted : role.skills()) {
                for (Resource.SkillLevel has : person.skills()) {
                    if (has.skillId().equals(wanted.skillId())) {
                        matched++;
                        proficiency += has.proficiency();
                    }
                }
            }
            result.add(new Candidate(person.id(), person.name(), matched, proficiency, round(needed), round(free),
                    needed > 0 && free + 1e-6 >= needed));
        }
        result.sort(Comparator.comparing(Candidate::fits).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::matchedSkills).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::proficiency).reversed())
                .thenComparing(Comparator.comparingDouble(Candidate::freeHours).reversed()));
        return result;
    }

    private Resource requireRole(ResourceId resource, String what) {
        Resource role = resources.get(resource);
        if (role.kind() != ResourceKind.ROLE) {
            throw BusinessRuleException.invalid("resourceId", what + " is already staffed by " + role.name());
        }
        return role;
    }

    private static void requireQualified(Resource chosen, Resource role) {
        if (chosen.kind() != ResourceKind.PERSON) {
            throw BusinessRuleException.invalid("resourceId", chosen.name() + " is not a person");
        }
        if (!PortfolioCapacity.qualifies(chosen, role)) {
            throw BusinessRuleException.invalid("resourceId", chosen.name() + " does not have the skills of "
                    + role.name() + " at the level it needs" + (chosen.active() ? "" : " (or is inactive)"));
        }
    }

    private void collect(Map<ResourceId, Resource> into, Resources.Filter filter) {
        for (int page = 0; ; page++) {
            PageResult<Resource> result = resources.list(filter, PageRequest.of(page, PageRequest.MAX_SIZE));
            result.items().forEach(r -> into.putIfAbsent(r.id(), r));
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= result.total()) {
                return;
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
