package org.sextant.earnedvalue.internal;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sextant.baseline.BaselineTask;
import org.sextant.baseline.Baselines;
import org.sextant.baseline.ProgressEntry;
import org.sextant.baseline.ProgressHistory;
import org.sextant.cost.DatedCost;
import org.sextant.cost.ProjectCosts;
import org.sextant.earnedvalue.EarnedValueProperties;
import org.sextant.earnedvalue.EarnedValueUnit;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.Tasks;
import org.sextant.timesheet.ApprovedTime;
import org.sextant.timesheet.ApprovedWork;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.stereotype.Component;

/**
 * Reads what earned value needs of projects through the other modules' APIs: their baselines, current
 * tasks, their recorded progress history, current planned costs per task and actuals in their unit. Projects are read in bulk, a chunk of
 * up to {@value #CHUNK} at a time with the modules' many-project methods, so a chunk costs a constant
 * number of queries however many projects it holds; one project is a chunk of one, so a project and a
 * roll-up share one code path. A roll-up reads its chunks on {@link EarnedValueProperties#parallelReads()}
 * threads, each carrying the caller's security context, contiguous so results keep the projects' order.
 * The projects passed in are those the caller may read; the task and cost reads check it again, for the
 * whole chunk at once. Each module call runs in that module's own read-only transaction.
 */
@Component
class ProjectReader {

    /** One project's stored data; {@code baseline} empty when the baseline was never saved. */
    record ProjectData(Project project, List<BaselineTask> baseline, EarnedValueUnit unit, List<Task> current,
            Map<TaskId, BigDecimal> currentCost, List<ProjectInputs.Actual> actuals, List<ProgressEntry> history) {
    }

    private final Baselines baselines;
    private final Tasks tasks;
    private final ProgressHistory progressHistory;
    private final ProjectCosts costs;
    private final ApprovedTime approvedTime;
    private final int threads;
    private final ExecutorService executor;

    ProjectReader(Baselines baselines, Tasks tasks, ProgressHistory progressHistory, ProjectCosts costs,
            ApprovedTime approvedTime, EarnedValueProperties properties) {
        this.baselines = baselines;
        this.tasks = tasks;
        this.progressHistory = progressHistory;
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

    /** Most projects read with one set of queries. */
    static final int CHUNK = 250;

    /** One project's data as of {@code status} (actuals up to the later of it and the project's progress date). */
    ProjectData read(Project project, int baseline, LocalDate status) {
        return readChunk(List.of(project), baseline, status).get(0);
    }

    /** Every project's data, in the order given. */
    List<ProjectData> readAll(List<Project> projects, int baseline, LocalDate status) {
        int chunk = Math.max(1, Math.min(CHUNK, (projects.size() + threads - 1) / threads));
        List<List<Project>> slices = new ArrayList<>();
        for (int from = 0; from < projects.size(); from += chunk) {
            slices.add(projects.subList(from, Math.min(projects.size(), from + chunk)));
        }
        if (executor == null || slices.size() < 2) {
            return slices.stream().flatMap(slice -> readChunk(slice, baseline, status).stream()).toList();
        }
        List<Future<List<ProjectData>>> parts = new ArrayList<>();
        for (List<Project> slice : slices) {
            parts.add(executor.submit(new DelegatingSecurityContextCallable<>(
                    () -> readChunk(slice, baseline, status))));
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

    /**
     * The data of a few projects, in their order, with one bulk call per module (planned and actual costs
     * in one call, cut here at each project's "actuals up to" date; approved hours one call per distinct such
     * date, in practice one): projects without the baseline are read no further.
     */
    private List<ProjectData> readChunk(List<Project> projects, int baseline, LocalDate status) {
        Map<ProjectId, List<BaselineTask>> saved = baselines.tasks(projects.stream().map(Project::id).toList(),
                baseline);
        List<ProjectId> measured = new ArrayList<>();
        List<ProjectId> priced = new ArrayList<>();
        Map<LocalDate, List<ProjectId>> workedUpTo = new LinkedHashMap<>();
        for (Project p : projects) {
            List<BaselineTask> tasksSaved = saved.get(p.id());
            if (tasksSaved.isEmpty()) {
                continue;
            }
            measured.add(p.id());
            EarnedValueUnit unit = ProjectInputs.unit(tasksSaved);
            if (unit == EarnedValueUnit.CURRENCY) {
                priced.add(p.id());
            } else if (unit == EarnedValueUnit.WORK_HOURS) {
                workedUpTo.computeIfAbsent(actualsUpTo(p, status), d -> new ArrayList<>()).add(p.id());
            }
        }
        Map<ProjectId, List<Task>> current = measured.isEmpty() ? Map.of() : tasks.all(measured);
        Map<ProjectId, List<ProgressEntry>> history = measured.isEmpty() ? Map.of()
                : progressHistory.ofProjects(measured, latestProgressDate(projects));
        Map<ProjectId, Map<TaskId, BigDecimal>> currentCost = new LinkedHashMap<>();
        Map<ProjectId, List<ProjectInputs.Actual>> actuals = new LinkedHashMap<>();
        if (!priced.isEmpty()) {
            Map<ProjectId, LocalDate> upTo = new LinkedHashMap<>();
            projects.forEach(p -> upTo.put(p.id(), actualsUpTo(p, status)));
            costs.plannedAndActual(priced).forEach((id, costed) -> {
                currentCost.put(id, costed.plannedByTask());
                List<ProjectInputs.Actual> list = new ArrayList<>();
                for (DatedCost c : costed.actual()) {
                    if (!c.date().isAfter(upTo.get(id))) {
                        list.add(new ProjectInputs.Actual(c.taskId(), c.date(), c.amount().doubleValue()));
                    }
                }
                actuals.put(id, list);
            });
        }
        workedUpTo.forEach((upTo, ids) -> approvedTime.approved(ids, upTo).forEach((id, approved) -> {
            List<ProjectInputs.Actual> list = new ArrayList<>();
            for (ApprovedWork w : approved) {
                list.add(new ProjectInputs.Actual(w.taskId(), w.day(), w.minutes() / 60.0));
            }
            actuals.put(id, list);
        }));
        List<ProjectData> data = new ArrayList<>(projects.size());
        for (Project p : projects) {
            List<BaselineTask> tasksSaved = saved.get(p.id());
            EarnedValueUnit unit = ProjectInputs.unit(tasksSaved);
            if (tasksSaved.isEmpty()) {
                data.add(new ProjectData(p, tasksSaved, unit, List.of(), Map.of(), List.of(), List.of()));
            } else {
                data.add(new ProjectData(p, tasksSaved, unit, current.get(p.id()),
                        currentCost.getOrDefault(p.id(), Map.of()), actuals.getOrDefault(p.id(), List.of()),
                        history.getOrDefault(p.id(), List.of())));
            }
        }
        return data;
    }

    /** History after every project's progress date is never used (each project ignores its own later entries). */
    private static LocalDate latestProgressDate(List<Project> projects) {
        return projects.stream().map(ProjectReader::progressDate).max(LocalDate::compareTo).orElseGet(LocalDate::now);
    }

    /** Actuals count up to the later of the status date and the project's progress date. */
    private static LocalDate actualsUpTo(Project project, LocalDate status) {
        LocalDate progressDate = progressDate(project);
        return status.isAfter(progressDate) ? status : progressDate;
    }

    static LocalDate progressDate(Project project) {
        return project.statusDate() != null ? project.statusDate() : LocalDate.now();
    }
}
