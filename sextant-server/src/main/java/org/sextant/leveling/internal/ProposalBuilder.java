package org.sextant.leveling.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sextant.engine.leveling.Delay;
import org.sextant.engine.leveling.DelayReason;
import org.sextant.engine.leveling.LevelingResult;
import org.sextant.engine.leveling.ScheduledActivity;
import org.sextant.leveling.Proposal;
import org.sextant.leveling.internal.LevelingTranslation.ProjectPlan;
import org.sextant.project.ProjectId;
import org.sextant.resource.Resource;
import org.sextant.schedule.LevelingStarts;
import org.sextant.schedule.ProjectSchedule;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's leveled schedule into a {@link Proposal}: each delayed (movable) task gets a
 * leveling start at the start of its leveled day; the dates "after" are those the scheduler computes
 * with these leveling starts ({@link LevelingStarts#preview}), so the comparison shows exactly what
 * acceptance will store. Over-allocations are counted on the leveling grid before (the current planned
 * starts) and after (the leveled starts).
 */
@Component
class ProposalBuilder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final LevelingStarts levelingStarts;

    ProposalBuilder(LevelingStarts levelingStarts) {
        this.levelingStarts = levelingStarts;
    }

    Proposal build(PlanReader.Read read, LevelingTranslation translation, LevelingResult.Leveled leveled) {
        WorkingDays days = translation.days;
        Map<ProjectId, Map<TaskId, LocalDateTime>> starts = new LinkedHashMap<>();
        Map<TaskId, Delay> delays = new HashMap<>();
        for (Delay delay : leveled.delays()) {
            int j = translation.index(delay.activity());
            if (j < 0 || translation.fixed(j)) {
                continue;
            }
            Task task = translation.tasks.get(j);
            delays.put(task.id(), delay);
            starts.computeIfAbsent(task.projectId(), k -> new HashMap<>())
                    .put(task.id(), days.date(delay.start()).atStartOfDay());
        }
        List<Proposal.ProjectChange> projects = new ArrayList<>();
        List<Proposal.TaskChange> changes = new ArrayList<>();
        Map<String, Task> byKey = new HashMap<>();
        translation.tasks.forEach(t -> byKey.put("t" + t.id().value(), t));
        for (ProjectPlan plan : read.plans()) {
            ProjectId project = plan.project().id();
            LocalDateTime before = plan.tasks().stream().map(Task::plannedFinish).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            if (plan.tasks().isEmpty()) {
                continue;
            }
            ProjectSchedule after = levelingStarts.preview(project, starts.getOrDefault(project, Map.of()));
            projects.add(new Proposal.ProjectChange(project.value(), plan.project().name(), before, after.finish(),
                    before == null || after.finish() == null ? 0
                            : ChronoUnit.DAYS.between(before.toLocalDate(), after.finish().toLocalDate())));
            for (ProjectSchedule.TaskSchedule s : after.tasks()) {
                Delay delay = delays.get(s.taskId());
                if (delay == null) {
                    continue;
                }
                Task task = byKey.get("t" + s.taskId().value());
                changes.add(change(task, s, delay, starts.get(project).get(task.id()), read, days, byKey));
            }
        }
        changes.sort(Comparator.comparing(Proposal.TaskChange::startAfter, Comparator.nullsLast(Comparator.naturalOrder())));
        int[] leveledStart = new int[translation.tasks.size()];
        for (int j = 0; j < leveledStart.length; j++) {
            ScheduledActivity a = leveled.activities().get(j);
            leveledStart[j] = a.start();
        }
        int[] overBefore = translation.overallocatedDays(translation.currentStart);
        int[] overAfter = translation.overallocatedDays(leveledStart);
        List<Proposal.ResourceLoad> loads = new ArrayList<>();
        int totalBefore = 0;
        int totalAfter = 0;
        for (int r = 0; r < translation.resources.size(); r++) {
            totalBefore += overBefore[r];
            totalAfter += overAfter[r];
            if (overBefore[r] > 0 || overAfter[r] > 0) {
                Resource res = translation.resources.get(r);
                loads.add(new Proposal.ResourceLoad(res.id().value(), res.name(), overBefore[r], overAfter[r]));
            }
        }
        loads.sort(Comparator.comparingInt(Proposal.ResourceLoad::daysBefore).reversed());
        return new Proposal(projects, changes, loads, totalBefore, totalAfter, leveled.schedulesGenerated());
    }

    private static Proposal.TaskChange change(Task task, ProjectSchedule.TaskSchedule after, Delay delay,
            LocalDateTime levelingStart, PlanReader.Read read, WorkingDays days, Map<String, Task> byKey) {
        String reason;
        Long resourceId = null;
        String resourceName = null;
        java.time.LocalDate blockedOn = null;
        Long predecessorId = null;
        switch (delay.reason()) {
            case DelayReason.ResourceOverload o -> {
                resourceId = Long.parseLong(o.resource().value().substring(1));
                Resource r = read.pool().get(org.sextant.resource.ResourceId.of(resourceId));
                resourceName = r == null ? o.resource().value() : r.name();
                blockedOn = days.date(o.period());
                reason = "needs " + o.required() + " % of " + resourceName + " on " + DAY.format(blockedOn)
                        + ", where only " + Math.max(0, o.available()) + " % was free";
            }
            case DelayReason.PredecessorDelayed p -> {
                Task predecessor = byKey.get(p.predecessor().value());
                predecessorId = predecessor == null ? null : predecessor.id().value();
                reason = "waits for '" + (predecessor == null ? p.predecessor().value() : predecessor.name())
                        + "', which leveling delayed";
            }
        }
        return new Proposal.TaskChange(task.id().value(), task.projectId().value(), task.wbsCode(), task.name(),
                task.plannedStart(), task.plannedFinish(), after.start(), after.finish(), levelingStart, delay.periods(),
                reason, resourceId, resourceName, blockedOn, predecessorId);
    }
}
