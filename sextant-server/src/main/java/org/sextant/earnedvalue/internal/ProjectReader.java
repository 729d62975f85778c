package org.sextant.earnedvalue.internal;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sextant.baseline.BaselineTask;
import org.sextant.baseline.Baselines;
import org.sextant.cost.DatedCost;
import org.sextant.cost.ProjectCosts;
import org.sextant.earnedvalue.EarnedValueProperties;
import org.sextant.earnedvalue.EarnedValueUnit;
import org.sextant.project.Project;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.Tasks;
import org.sextant.timesheet.ApprovedTime;
import org.sextant.timesheet.ApprovedWork;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.stereotype.Component;

/**
 * Reads what earned value needs of a project through the other modules' APIs: its baseline, its
 * current tasks, its current planned cost per task and its actuals in its unit. A roll-up reads its
 * projects on {@link EarnedValueProperties#parallelReads()} threads, each carrying the caller's
 * security context, in contiguous chunks so results keep the projects' order. Each module call runs in
 * that module's own read-only transaction.
 */
@Component
class ProjectReader {

    /** One project's stored data; {@code baseline} empty when the baseline was never saved. */
    record ProjectData(Project project, List<BaselineTask> baseline, EarnedValueUnit unit, List<Task> current,
            Map<TaskId, BigDecimal> currentCost, List<ProjectInputs.Actual> actuals) {
    }

    private final Baselines baselines;
    private final Tasks tasks;
    private final ProjectCosts costs;
    private final ApprovedTime approvedTime;
    private final int threads;
    private final ExecutorService executor;

    ProjectReader(Baselines baselines, Tasks tasks, ProjectCosts costs, ApprovedTime approvedTime,
            EarnedValueProperties properties) {
        this.baselines = baselines;
        this.tasks = tasks;
        this.costs = costs;
        this.approvedTime = approvedTime;
        this.threads = properties.parallelReads();
        this.executor = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "earned-value-reader");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** One project's data as of {@code status} (actuals up to the later of it and the project's progress date). */
    ProjectData read(Project project, int baseline, LocalDate status) {
        List<BaselineTask> saved = baselines.tasks(project.id(), baseline);
        EarnedValueUnit unit = ProjectInputs.unit(saved);
        if (saved.isEmpty()) {
            return new ProjectData(project, saved, unit, List.of(), Map.of(), List.of());
        }
        LocalDate progressDate = progressDate(project);
        LocalDate actualsUpTo = status.isAfter(progressDate) ? status : progressDate;
        List<Task> current = tasks.all(project.id());
        Map<TaskId, BigDecimal> currentCost = unit == EarnedValueUnit.CURRENCY
                ? costs.plannedCostByTask(project.id()) : Map.of();
        List<ProjectInputs.Actual> actuals = new ArrayList<>();
        if (unit == EarnedValueUnit.CURRENCY) {
            for (DatedCost c : costs.actualCosts(project.id(), actualsUpTo)) {
                actuals.add(new ProjectInputs.Actual(c.taskId(), c.date(), c.amount().doubleValue()));
            }
        } else if (unit == EarnedValueUnit.WORK_HOURS) {
            for (ApprovedWork w : approvedTime.approved(project.id(), actualsUpTo)) {
                actuals.add(new ProjectInputs.Actual(w.taskId(), w.day(), w.minutes() / 60.0));
            }
        }
        return new ProjectData(project, saved, unit, current, currentCost, actuals);
    }

    /** Every project's data, in the order given. */
    List<ProjectData> readAll(List<Project> projects, int baseline, LocalDate status) {
        if (executor == null || projects.size() < 2 * threads) {
            return projects.stream().map(p -> read(p, baseline, status)).toList();
        }
        int chunk = (projects.size() + threads - 1) / threads;
        List<Future<List<ProjectData>>> parts = new ArrayList<>();
        for (int from = 0; from < projects.size(); from += chunk) {
            List<Project> slice = projects.subList(from, Math.min(projects.size(), from + chunk));
            parts.add(executor.submit(new DelegatingSecurityContextCallable<>(
                    () -> slice.stream().map(p -> read(p, baseline, status)).toList())));
        }
        List<ProjectData> all = new ArrayList<>(projects.size());
        try {
            for (Future<List<ProjectData>> part : parts) {
                all.addAll(part.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading projects for earned value", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        return all;
    }

    static LocalDate progressDate(Project project) {
        return project.statusDate() != null ? project.statusDate() : LocalDate.now();
    }
}
