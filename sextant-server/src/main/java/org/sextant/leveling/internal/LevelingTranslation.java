package org.sextant.leveling.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.sextant.engine.leveling.Activity;
import org.sextant.engine.leveling.ActivityId;
import org.sextant.engine.leveling.CapacityPeriod;
import org.sextant.engine.leveling.CapacityProfile;
import org.sextant.engine.leveling.Demand;
import org.sextant.engine.leveling.LevelingProblem;
import org.sextant.engine.leveling.Link;
import org.sextant.engine.leveling.LinkType;
import org.sextant.project.Project;
import org.sextant.resource.Absence;
import org.sextant.resource.Assignment;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.EngineCalendars;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;

/**
 * Translates stored plans into the engine's {@link LevelingProblem} on a grid of working days
 * ({@link WorkingDays}):
 * <ul>
 *   <li>an activity per unfinished leaf task (summaries carry no work); duration = its working minutes
 *       in grid days, rounded up; released at its unleveled early start (the schedule without leveling
 *       starts, so constraints, the status date and links from outside the scope are kept);</li>
 *   <li>started tasks, and tasks with a "must start/finish on" or "no later than" constraint, are fixed
 *       where they are: leveling does not move them, their demand is booked first;</li>
 *   <li>links between the activities of the scope (a link to or from a summary stands for its leaf
 *       tasks); lags in grid days, rounded;</li>
 *   <li>demand = assignment units in percent (1.0 = 100), at most the resource's max units so that a
 *       single over-sized assignment delays nothing forever;</li>
 *   <li>capacity per day = max units in percent × the share of the grid day the resource works on its
 *       own calendar, less absences, and zero outside its employment.</li>
 * </ul>
 * Priorities: the project's priority first, then the task's (both 0..1000, higher first).
 */
final class LevelingTranslation {

    /** One project's plan as stored, with each task's start in the schedule without leveling starts. */
    record ProjectPlan(Project project, List<Task> tasks, List<Dependency> links, List<Assignment> assignments,
            Map<TaskId, LocalDateTime> unleveledStarts) {
    }

    final WorkingDays days;
    final LevelingProblem problem;
    /** The task of each activity, in problem order. */
    final List<Task> tasks = new ArrayList<>();
    final int[] duration;
    final int[] currentStart;
    final int[] release;
    /** The resources of the problem, in problem order. */
    final List<Resource> resources = new ArrayList<>();
    /** capacity[r][p] in percent for p below the horizon; {@link #lasting} after it. */
    final int[][] capacity;
    final int[] lasting;
    private final Map<ActivityId, Integer> byActivity = new HashMap<>();
    private final int[][] demandUnits;
    private final int[][] demandResource;

    LevelingTranslation(WorkingDays days, List<ProjectPlan> plans, Map<ResourceId, Resource> pool,
            Map<ResourceId, List<Absence>> absences) {
        this.days = days;
        Map<TaskId, Task> all = new HashMap<>();
        Map<TaskId, List<TaskId>> children = new HashMap<>();
        Map<TaskId, Project> projectOf = new HashMap<>();
        Map<TaskId, LocalDateTime> unleveled = new HashMap<>();
        for (ProjectPlan plan : plans) {
            for (Task t : plan.tasks()) {
                all.put(t.id(), t);
                projectOf.put(t.id(), plan.project());
                if (t.parentId() != null) {
                    children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t.id());
                }
            }
            unleveled.putAll(plan.unleveledStarts());
        }
        Map<TaskId, Integer> index = new LinkedHashMap<>();
        for (ProjectPlan plan : plans) {
            for (Task t : plan.tasks()) {
                if (t.kind() != TaskKind.SUMMARY && !children.containsKey(t.id()) && t.actualFinish() == null
                        && t.percentComplete() < 100) {
                    index.put(t.id(), tasks.size());
                    byActivity.put(activityId(t.id()), tasks.size());
                    tasks.add(t);
                }
            }
        }
        int n = tasks.size();
        duration = new int[n];
        currentStart = new int[n];
        release = new int[n];
        demandUnits = new int[n][];
        demandResource = new int[n][];

        Map<ResourceId, Integer> resourceIndex = new LinkedHashMap<>();
        Map<TaskId, Map<Integer, Integer>> demands = new HashMap<>();
        for (ProjectPlan plan : plans) {
            for (Assignment a : plan.assignments()) {
                Resource r = pool.get(a.resourceId());
                if (r == null || !index.containsKey(a.taskId())) {
                    continue;
                }
                int ri = resourceIndex.computeIfAbsent(r.id(), k -> {
                    resources.add(r);
                    return resources.size() - 1;
                });
                int units = Math.max(1, a.units().movePointRight(2).intValue());
                demands.computeIfAbsent(a.taskId(), k -> new LinkedHashMap<>()).merge(ri, units, Integer::sum);
            }
        }
        int horizon = 1;
        for (int j = 0; j < n; j++) {
            Task t = tasks.get(j);
            duration[j] = t.kind() == TaskKind.MILESTONE ? 0 : (int) Math.ceil(t.durationMinutes() / (double) Math.max(1,
                    days.minutes(0)));
            LocalDateTime early = unleveled.getOrDefault(t.id(), t.plannedStart());
            release[j] = early == null ? 0 : days.period(early);
            currentStart[j] = t.plannedStart() == null ? release[j] : days.period(t.plannedStart());
            horizon = Math.max(horizon, Math.max(release[j], currentStart[j]) + 1);
            horizon += duration[j];
        }
        // capacity must be known as far as employment bounds and absences reach, not only the plan
        for (Resource r : resources) {
            for (LocalDate bound : new LocalDate[] {r.employmentStart(), r.employmentEnd()}) {
                if (bound != null) {
                    horizon = Math.max(horizon, days.period(bound) + 2);
                }
            }
            for (Absence a : absences.getOrDefault(r.id(), List.of())) {
                horizon = Math.max(horizon, days.period(a.finish()) + 2);
            }
        }
        horizon = Math.min(horizon + 1, WorkingDays.MAX_PERIODS);

        capacity = new int[resources.size()][];
        lasting = new int[resources.size()];
        List<org.sextant.engine.leveling.Resource> engineResources = new ArrayList<>();
        for (int r = 0; r < resources.size(); r++) {
            Resource res = resources.get(r);
            int max = Math.max(1, res.maxUnits().movePointRight(2).intValue());
            capacity[r] = capacityOf(res, max, absences.getOrDefault(res.id(), List.of()), horizon);
            lasting[r] = res.employmentEnd() != null && days.date(horizon - 1).isAfter(res.employmentEnd()) ? 0 : max;
            engineResources.add(new org.sextant.engine.leveling.Resource(engineId(res.id()),
                    profile(capacity[r], lasting[r])));
        }

        List<Activity> activities = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            Task t = tasks.get(j);
            Map<Integer, Integer> own = demands.getOrDefault(t.id(), Map.of());
            List<Demand> list = new ArrayList<>();
            demandUnits[j] = new int[own.size()];
            demandResource[j] = new int[own.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> d : own.entrySet()) {
                int units = Math.min(d.getValue(), Math.max(1, resources.get(d.getKey()).maxUnits().movePointRight(2)
                        .intValue()));
                demandUnits[j][k] = units;
                demandResource[j][k++] = d.getKey();
                list.add(new Demand(engineId(resources.get(d.getKey()).id()), units));
            }
            Project project = projectOf.get(t.id());
            OptionalInt fixed = fixedStart(t, release[j]);
            activities.add(new Activity(activityId(t.id()), duration[j], list, fixed.isPresent() ? 0 : release[j], fixed,
                    project.priority(), t.priority()));
        }
        problem = new LevelingProblem(activities, links(plans, index, children), engineResources);
    }

    private OptionalInt fixedStart(Task t, int release) {
        if (t.actualStart() != null) {
            return OptionalInt.of(days.period(t.actualStart()));
        }
        return switch (t.constraintType()) {
            case MSO, MFO, SNLT, FNLT -> OptionalInt.of(release);
            default -> OptionalInt.empty();
        };
    }

    private List<Link> links(List<ProjectPlan> plans, Map<TaskId, Integer> index, Map<TaskId, List<TaskId>> children) {
        Set<Long> seen = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (ProjectPlan plan : plans) {
            for (Dependency d : plan.links()) {
                if (!seen.add(d.id().value())) {
                    continue;
                }
                LinkType type = switch (d.type()) {
                    case FS -> LinkType.FINISH_TO_START;
                    case SS -> LinkType.START_TO_START;
                    case FF -> LinkType.FINISH_TO_FINISH;
                    case SF -> LinkType.START_TO_FINISH;
                };
                int lag = (int) Math.round(d.lagMinutes() / (double) Math.max(1, days.minutes(0)));
                for (TaskId p : leaves(d.predecessorId(), children, index)) {
                    for (TaskId s : leaves(d.successorId(), children, index)) {
                        if (!p.equals(s) && pairs.add(p.value() + ">" + s.value())) {
                            links.add(new Link(activityId(p), activityId(s), type, lag));
                        }
                    }
                }
            }
        }
        return links;
    }

    /** The activities a task stands for: itself, or the leaf tasks under a summary. */
    private static List<TaskId> leaves(TaskId task, Map<TaskId, List<TaskId>> children, Map<TaskId, Integer> index) {
        List<TaskId> result = new ArrayList<>();
        List<TaskId> stack = new ArrayList<>(List.of(task));
        Set<TaskId> visited = new HashSet<>();
        while (!stack.isEmpty()) {
            TaskId t = stack.removeLast();
            if (!visited.add(t)) {
                continue;
            }
            if (children.containsKey(t)) {
                stack.addAll(children.get(t));
            } else if (index.containsKey(t)) {
                result.add(t);
            }
        }
        return result;
    }

    private int[] capacityOf(Resource r, int max, List<Absence> absences, int horizon) {
        String calendar = r.calendarId() == null ? null : EngineCalendars.id(r.calendarId());
        int[] units = new int[horizon];
        for (int p = 0; p < horizon; p++) {
            LocalDate day = days.date(p);
            if ((r.employmentStart() != null && day.isBefore(r.employmentStart()))
                    || (r.employmentEnd() != null && day.isAfter(r.employmentEnd()))) {
                continue;
            }
            int grid = days.minutes(p);
            int own = calendar == null ? grid : days.minutes(calendar, day);
            int off = 0;
            for (Absence a : absences) {
                if (a.covers(day)) {
                    off = Math.max(off, a.minutesOff(own));
                }
            }
            int available = Math.max(0, Math.min(grid, own) - off);
            units[p] = available >= grid ? max : (int) ((long) max * available / grid);
        }
        return units;
    }

    /** Runs of capacity differing from {@code lasting} as engine exceptions. */
    private static CapacityProfile profile(int[] units, int lasting) {
        List<CapacityPeriod> exceptions = new ArrayList<>();
        int p = 0;
        while (p < units.length) {
            int q = p;
            while (q < units.length && units[q] == units[p]) {
                q++;
            }
            if (units[p] != lasting) {
                exceptions.add(new CapacityPeriod(p, q, units[p]));
            }
            p = q;
        }
        return new CapacityProfile(lasting, exceptions);
    }

    int capacityAt(int r, int p) {
        return p < capacity[r].length ? capacity[r][p] : lasting[r];
    }

    /** Over-allocated days per resource (problem order) when activity {@code j} starts at {@code start[j]}. */
    int[] overallocatedDays(int[] start) {
        int[] over = new int[resources.size()];
        int end = 1;
        for (int j = 0; j < tasks.size(); j++) {
            end = Math.max(end, start[j] + duration[j]);
        }
        int[][] usage = new int[resources.size()][end];
        for (int j = 0; j < tasks.size(); j++) {
            for (int k = 0; k < demandUnits[j].length; k++) {
                for (int p = start[j]; p < start[j] + duration[j]; p++) {
                    usage[demandResource[j][k]][p] += demandUnits[j][k];
                }
            }
        }
        for (int r = 0; r < resources.size(); r++) {
            for (int p = 0; p < end; p++) {
                if (usage[r][p] > capacityAt(r, p)) {
                    over[r]++;
                }
            }
        }
        return over;
    }

    /** The problem index of an activity, -1 if unknown. */
    int index(ActivityId id) {
        return byActivity.getOrDefault(id, -1);
    }

    /** Whether activity {@code j} is fixed where it is. */
    boolean fixed(int j) {
        return problem.activities().get(j).fixedStart().isPresent();
    }

    static ActivityId activityId(TaskId task) {
        return new ActivityId("t" + task.value());
    }

    static org.sextant.engine.leveling.ResourceId engineId(ResourceId resource) {
        return new org.sextant.engine.leveling.ResourceId("r" + resource.value());
    }
}
