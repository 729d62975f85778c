package org.sextant.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sextant.demo.internal.DemoPeople.Staff;
import org.sextant.identity.UserId;
import org.sextant.portfolio.Portfolio;
import org.sextant.portfolio.PortfolioId;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.Program;
import org.sextant.program.ProgramId;
import org.sextant.program.Programs;
import org.sextant.project.Level;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectStatus;
import org.sextant.project.Projects;
import org.sextant.project.Stakeholder;
import org.sextant.resource.Assignment;
import org.sextant.resource.Assignments;
import org.sextant.resource.Resource;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Dependencies;
import org.sextant.schedule.Dependency;
import org.sextant.schedule.DependencyType;
import org.sextant.schedule.ProjectSchedule;
import org.sextant.schedule.Scheduler;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;
import org.sextant.schedule.Tasks;

/** Portfolios, programs and projects with scheduled WBS, links, assignments, progress and money. */
final class DemoProjects {

    /** The date progress is reported against in the demo. */
    static final LocalDate STATUS_DATE = LocalDate.of(2026, 11, 16);
    private static final int PROJECTS = 26;
    private static final Phase[] PHASES = {
        Phase.CLOSED, Phase.EXECUTION, Phase.PLANNING, Phase.EXECUTION, Phase.MONITORING, Phase.INITIATION,
        Phase.EXECUTION, Phase.CLOSING, Phase.PLANNING, Phase.EXECUTION, Phase.CLOSED, Phase.MONITORING,
        Phase.EXECUTION, Phase.INITIATION, Phase.EXECUTION, Phase.PLANNING, Phase.CLOSING, Phase.EXECUTION,
        Phase.MONITORING, Phase.INITIATION, Phase.EXECUTION, Phase.CLOSED, Phase.PLANNING, Phase.EXECUTION,
        Phase.INITIATION, Phase.PLANNING};

    /** One generated project and what later steps need of it. */
    private record Built(ProjectId id, boolean late, boolean overBudget, List<Task> leaves, List<Task> summaries,
            List<Task> milestones, List<Task> firsts) {
    }

    private final Random random;
    private final Portfolios portfolios;
    private final Programs programs;
    private final Projects projects;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Assignments assignments;
    private final Scheduler scheduler;
    private int sortOrder;

    DemoProjects(Random random, Portfolios portfolios, Programs programs, Projects projects, Tasks tasks,
            Dependencies dependencies, Assignments assignments, Scheduler scheduler) {
        this.random = random;
        this.portfolios = portfolios;
        this.programs = programs;
        this.projects = projects;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.assignments = assignments;
        this.scheduler = scheduler;
    }

    void create(Staff staff) {
        List<PortfolioId> portfolioIds = List.of(
                portfolio("Digital Transformation", "Customer-facing digital products and data.", staff.users().get("exec")),
                portfolio("Operational Excellence", "Back-office systems, finance and HR.", staff.users().get("exec")),
                portfolio("Infrastructure & Security", "Platforms, networks and security.", staff.users().get("pmo")));
        List<ProgramId> programIds = List.of(
                program(portfolioIds.get(0), "Customer 360", staff.users().get("progmgr")),
                program(portfolioIds.get(1), "ERP Modernisation", null),
                program(portfolioIds.get(2), "Zero Trust", null));

        List<Built> built = new ArrayList<>();
        List<String> subjects = new ArrayList<>(DemoNames.SUBJECTS);
        java.util.Collections.shuffle(subjects, random);
        for (int i = 0; i < PROJECTS; i++) {
            ProgramId program = i < 4 ? programIds.get(0) : i < 7 ? programIds.get(1) : i < 10 ? programIds.get(2) : null;
            PortfolioId portfolio = i < 4 ? portfolioIds.get(0) : i < 7 ? portfolioIds.get(1) : i < 10
                    ? portfolioIds.get(2) : portfolioIds.get(i % 3);
            UserId manager = i == 1 || i == 3 || i == 12 ? staff.users().get("projmgr")
                    : staff.projectManagers().get(1 + i % (staff.projectManagers().size() - 1));
            built.add(project(i, subjects.get(i % subjects.size()), portfolio, program, manager, staff));
        }
        crossProjectLinks(built);
        org.slf4j.LoggerFactory.getLogger(DemoProjects.class).debug("Demo WBS built");
        for (int i = 0; i < built.size(); i++) {
            finish(built.get(i), PHASES[i]);
        }
    }

    private PortfolioId portfolio(String name, String description, UserId owner) {
        return portfolios.create(new Portfolio.Draft(name, description, owner)).id();
    }

    private ProgramId program(PortfolioId portfolio, String name, UserId manager) {
        return programs.create(new Program.Draft(portfolio, name, name + " program", manager, "Executive board",
                LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31))).id();
    }

    private Built project(int i, String subject, PortfolioId portfolio, ProgramId program, UserId manager, Staff staff) {
        Phase phase = PHASES[i];
        LocalDate start = switch (phase) {
            case CLOSED -> LocalDate.of(2025, 1 + random.nextInt(6), 1);
            case CLOSING -> LocalDate.of(2025, 7 + random.nextInt(4), 1);
            case EXECUTION, MONITORING -> LocalDate.of(2026, 2 + random.nextInt(7), 1);
            case PLANNING -> LocalDate.of(2026, 11, 1).plusMonths(random.nextInt(3));
            case INITIATION -> LocalDate.of(2027, 1 + random.nextInt(4), 1);
        };
        start = start.plusDays((8 - start.getDayOfWeek().getValue()) % 7);
        ProjectStatus status = phase == Phase.CLOSED ? ProjectStatus.COMPLETED : i == 13 ? ProjectStatus.PROPOSED
                : i == 17 ? ProjectStatus.ON_HOLD : ProjectStatus.ACTIVE;
        String name = subject + " " + DemoNames.pick(random, DemoNames.ACTIONS);
        String client = DemoNames.pick(random, DemoNames.CLIENTS);
        Project project = projects.create(new Project.Draft(String.format("PRJ-%03d", i + 1), name,
                "Deliver the " + name.toLowerCase() + " on time and within budget.",
                "The " + subject + " initiative for the " + client.toLowerCase() + ".",
                "Analysis, design, build, test and deployment of the " + subject + " solution.", client,
                DemoNames.pick(random, DemoNames.FIRST) + " " + DemoNames.pick(random, DemoNames.LAST) + " (director)",
                manager, portfolio, program, phase, status, 100 + random.nextInt(9) * 100, start, start.plusYears(1),
                BigDecimal.ZERO, BigDecimal.ZERO, "EUR", staff.standard().value(), null));
        for (int s = 0; s < 2 + random.nextInt(3); s++) {
            String person = DemoNames.pick(random, DemoNames.FIRST) + " " + DemoNames.pick(random, DemoNames.LAST);
            projects.addStakeholder(project.id(), new Stakeholder.Draft(person, client,
                    DemoNames.pick(random, DemoNames.STAKEHOLDER_ROLES), null, Level.values()[random.nextInt(3)],
                    Level.values()[random.nextInt(3)], random.nextBoolean() ? "Monthly steering committee"
                            : "Fortnightly status e-mail", null));
        }
        return wbs(i, project.id(), staff);
    }

    private Built wbs(int index, ProjectId project, Staff staff) {
        List<Task> leaves = new ArrayList<>();
        List<Task> summaries = new ArrayList<>();
        List<Task> milestones = new ArrayList<>();
        List<Task> firsts = new ArrayList<>();
        Task previousMilestone = null;
        int skip = 1 + random.nextInt(3);
        int code = 0;
        for (int p = 0; p < DemoNames.PHASES.size(); p++) {
            if (p > 0 && p < DemoNames.PHASES.size() - 1 && p == skip) {
                continue;
            }
            List<String> names = DemoNames.PHASES.get(p);
            code++;
            Task summary = tasks.create(project, draft(null, code + "", names.getFirst(), TaskKind.SUMMARY, 0));
            summaries.add(summary);
            int count = 2 + random.nextInt(Math.max(1, names.size() - 4));
            Task previous = previousMilestone;
            List<Task> phaseTasks = new ArrayList<>();
            for (int t = 1; t <= count; t++) {
                long duration = (1 + random.nextInt(10)) * 480L;
                Task task = tasks.create(project, draft(summary.id(), code + "." + t, names.get(t), TaskKind.TASK, duration));
                phaseTasks.add(task);
                if (t == 1) {
                    firsts.add(task);
                }
                if (previous != null) {
                    boolean parallel = t > 2 && random.nextInt(4) == 0;
                    Task predecessor = parallel ? phaseTasks.get(t - 3) : previous;
                    if (random.nextInt(6) == 0 && predecessor != previousMilestone) {
                        link(project, predecessor, task, DependencyType.SS, 480);
                    } else {
                        link(project, predecessor, task, DependencyType.FS, 0);
                    }
                }
                previous = task;
                assign(task, p, staff);
            }
            Task milestone = tasks.create(project, draft(summary.id(), code + "." + (count + 1),
                    names.getFirst() + " complete", TaskKind.MILESTONE, 0));
            for (Task task : phaseTasks) {
                if (task == previous || random.nextInt(4) == 0) {
                    link(project, task, milestone, DependencyType.FS, 0);
                }
            }
            leaves.addAll(phaseTasks);
            leaves.add(milestone);
            milestones.add(milestone);
            previousMilestone = milestone;
        }
        if (index == 1 || index == 3) {
            for (Task task : leaves.stream().filter(t -> t.kind() == TaskKind.TASK).limit(6).skip(2).toList()) {
                assignments.create(task.id(), new Assignment.Draft(staff.member().id(), BigDecimal.ONE,
                        task.durationMinutes()));
            }
        }
        return new Built(project, index % 4 == 1, index % 5 == 2, leaves, summaries, milestones, firsts);
    }

    private Task.Draft draft(TaskId parent, String code, String name, TaskKind kind, long duration) {
        return new Task.Draft(parent, code, name, kind, ++sortOrder, duration, kind == TaskKind.TASK ? duration : 0, null, null,
                0, null, null, ConstraintType.ASAP, null, null, null, 500, null);
    }

    private void link(ProjectId project, Task predecessor, Task successor, DependencyType type, long lag) {
        dependencies.create(project, new Dependency.Draft(predecessor.id(), successor.id(), type, lag,
                Dependency.LagFormat.WORKING));
    }

    /** Phase-dependent staffing: one or two people of the matching department. */
    private void assign(Task task, int phase, Staff staff) {
        String[][] departments = {{"BIZ", "FIN"}, {"BIZ", "MKT"}, {"ENG", "MKT"}, {"ENG", "OPS"}, {"ENG", "BIZ"},
            {"OPS", "BIZ"}, {"BIZ", "FIN"}};
        List<Resource> chosen = new ArrayList<>();
        for (int n = 0; n < 1 + random.nextInt(2); n++) {
            String dept = departments[phase][random.nextInt(2)];
            Resource r = random.nextInt(12) == 0 ? staff.roles().get(phase % staff.roles().size())
                    : DemoNames.pick(random, staff.byDepartment().get(dept));
            if (!chosen.contains(r) && r != staff.member()) {
                chosen.add(r);
                BigDecimal units = random.nextInt(3) == 0 ? new BigDecimal("0.5") : BigDecimal.ONE;
                assignments.create(task.id(), new Assignment.Draft(r.id(), units,
                        units.multiply(BigDecimal.valueOf(task.durationMinutes())).longValue()));
            }
        }
    }

    /** A few links from one project's phase milestone into the next project of the same program. */
    private void crossProjectLinks(List<Built> built) {
        int[][] pairs = {{0, 1}, {1, 2}, {4, 5}, {7, 8}, {8, 9}};
        for (int[] pair : pairs) {
            Built from = built.get(pair[0]);
            Built to = built.get(pair[1]);
            Task milestone = from.milestones().get(Math.min(1, from.milestones().size() - 1));
            Task first = to.firsts().get(Math.min(2, to.firsts().size() - 1));
            link(to.id(), milestone, first, DependencyType.FS, 0);
        }
    }

    /** Schedules the project, reports progress up to the status date, and sets dates and money. */
    private void finish(Built project, Phase phase) {
        ProjectSchedule schedule = scheduler.schedule(project.id());
        boolean started = phase != Phase.INITIATION && phase != Phase.PLANNING;
        LocalDateTime status = phase == Phase.CLOSED ? schedule.finish().plusDays(1) : STATUS_DATE.atTime(8, 0);
        double done = 0;
        double total = 0;
        BigDecimal cost = BigDecimal.ZERO;
        java.util.Map<TaskId, Task> current = new java.util.HashMap<>();
        tasks.all(project.id()).forEach(t -> current.put(t.id(), t));
        for (ProjectSchedule.TaskSchedule s : schedule.tasks()) {
            Task task = current.get(s.taskId());
            if (task.kind() == TaskKind.SUMMARY) {
                continue;
            }
            int percent = 0;
            if (started && !s.start().isAfter(status)) {
                double elapsed = s.finish().isAfter(status)
                        ? (double) ChronoUnit.MINUTES.between(s.start(), status) / Math.max(1, ChronoUnit.MINUTES.between(s.start(), s.finish()))
                        : 1.0;
                percent = elapsed >= 1.0 ? 100 : (int) Math.round(100 * elapsed * (project.late() ? 0.5 : 0.9));
                tasks.updateProgress(task.id(), task.version(), new Task.Progress(percent, s.start(),
                        percent == 100 ? s.finish() : null));
            }
            done += percent * (double) task.durationMinutes();
            total += 100.0 * task.durationMinutes();
            cost = cost.add(BigDecimal.valueOf(task.workMinutes() / 60.0 * (70 + random.nextInt(30))));
        }
        for (Task summary : project.summaries()) {
            rollUp(summary);
        }
        double complete = total == 0 ? 0 : done / total;
        Project p = projects.find(project.id()).orElseThrow();
        BigDecimal budget = cost.multiply(BigDecimal.valueOf(1.1 + random.nextInt(15) / 100.0))
                .setScale(-3, RoundingMode.HALF_UP).max(BigDecimal.valueOf(25_000)).setScale(2, RoundingMode.HALF_UP);
        double costFactor = project.overBudget() && started ? 1.25 + random.nextInt(25) / 100.0
                : 0.85 + random.nextInt(15) / 100.0;
        BigDecimal actual = budget.multiply(BigDecimal.valueOf(complete * costFactor)).setScale(2, RoundingMode.HALF_UP);
        LocalDate finish = schedule.finish().toLocalDate();
        LocalDate plannedFinish = project.late() && started ? finish.minusDays(10 + random.nextInt(30))
                : finish.plusDays(random.nextInt(10));
        plannedFinish = plannedFinish.isBefore(p.plannedStart()) ? p.plannedStart() : plannedFinish;
        projects.update(p.id(), p.version(), new Project.Draft(p.code(), p.name(), p.objective(), p.description(),
                p.statementOfWork(), p.client(), p.sponsor(), p.managerId(), p.portfolioId(), p.programId(), p.phase(),
                p.status(), p.priority(), p.plannedStart(), plannedFinish, budget, actual, p.currency(), p.calendarId(),
                started ? status.toLocalDate() : null));
    }

    /** A summary's progress from its children: weighted by duration, started when any started. */
    private void rollUp(Task summary) {
        List<Task> children = tasks.list(summary.projectId(), new Tasks.Filter(null, summary.id(), null),
                org.sextant.platform.PageRequest.of(0, 500)).items();
        double weighted = 0;
        double weight = 0;
        LocalDateTime start = null;
        LocalDateTime finish = null;
        boolean allDone = !children.isEmpty();
        for (Task child : children) {
            long w = Math.max(child.durationMinutes(), 1);
            weighted += child.percentComplete() * (double) w;
            weight += w;
            if (child.actualStart() != null && (start == null || child.actualStart().isBefore(start))) {
                start = child.actualStart();
            }
            if (child.actualFinish() == null) {
                allDone = false;
            } else if (finish == null || child.actualFinish().isAfter(finish)) {
                finish = child.actualFinish();
            }
        }
        if (start != null) {
            Task current = tasks.find(summary.id()).orElseThrow();
            tasks.updateProgress(summary.id(), current.version(), new Task.Progress(
                    (int) Math.round(weighted / weight), start, allDone ? finish : null));
        }
    }
}
