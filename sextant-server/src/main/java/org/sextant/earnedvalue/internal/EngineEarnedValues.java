package org.sextant.earnedvalue.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.baseline.Baselines;
import org.sextant.earnedvalue.EarnedValueRequest;
import org.sextant.earnedvalue.EarnedValueRollUp;
import org.sextant.earnedvalue.EarnedValueUnit;
import org.sextant.earnedvalue.EarnedValues;
import org.sextant.earnedvalue.ProjectEarnedValueReport;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarRules;
import org.sextant.engine.evm.EarnedValueAnalyzer;
import org.sextant.engine.evm.EarnedValueOptions;
import org.sextant.engine.evm.EarnedValueProject;
import org.sextant.engine.evm.PeriodUnit;
import org.sextant.engine.evm.PortfolioEarnedValue;
import org.sextant.engine.evm.ProjectEarnedValue;
import org.sextant.engine.evm.RollUpRequest;
import org.sextant.platform.BusinessRuleException;
import org.sextant.portfolio.PortfolioId;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.ProgramId;
import org.sextant.program.Programs;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.schedule.CalendarId;
import org.sextant.schedule.Calendars;
import org.sextant.schedule.EngineCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link EarnedValues} computed by the engine's {@link EarnedValueAnalyzer} from other modules' public
 * APIs, read by {@link ProjectReader}: the baseline, the current tasks, planned and actual costs or
 * approved hours, and the calendars. Nothing is stored:
 * every call computes from the current data (see ADR 0014).
 */
@Service
@Transactional(readOnly = true)
class EngineEarnedValues implements EarnedValues {

    /** A baseline longer than this many days is shown by month by default, a shorter one by week. */
    private static final long WEEKLY_UP_TO_DAYS = 26 * 7;

    private static final Logger LOG = LoggerFactory.getLogger(EngineEarnedValues.class);

    private final Projects projects;
    private final Baselines baselines;
    private final ProjectReader reader;
    private final Calendars calendars;
    private final Programs programs;
    private final Portfolios portfolios;

    EngineEarnedValues(Projects projects, Baselines baselines, ProjectReader reader, Calendars calendars,
            Programs programs, Portfolios portfolios) {
        this.projects = projects;
        this.baselines = baselines;
        this.reader = reader;
        this.calendars = calendars;
        this.programs = programs;
        this.portfolios = portfolios;
    }

    @Override
    public Optional<ProjectEarnedValue> project(ProjectId projectId, LocalDate statusDate) {
        Project project = projects.get(projectId);
        if (baselines.tasks(projectId, 0).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(analyze(project, 0, EarnedValueRequest.asOf(statusDate)).result());
    }

    @Override
    public ProjectEarnedValueReport report(ProjectId projectId, EarnedValueRequest request) {
        Project project = projects.get(projectId);
        int number = checkBaseline(request);
        if (baselines.find(projectId, number).isEmpty()) {
            throw BusinessRuleException.conflict("baseline", "project " + project.code() + " has no baseline " + number
                    + ": save one (Baselines page, or POST /api/v1/projects/" + projectId.value()
                    + "/baselines) and record progress before earned value can be measured");
        }
        return analyze(project, number, request);
    }

    @Override
    public EarnedValueRollUp program(ProgramId programId, EarnedValueRequest request) {
        String name = programs.get(programId).name();
        List<Project> members = projects.visible().stream().filter(p -> programId.equals(p.programId())).toList();
        return rollUp(name, members, request);
    }

    @Override
    public EarnedValueRollUp portfolio(PortfolioId portfolioId, EarnedValueRequest request) {
        String name = portfolios.get(portfolioId).name();
        List<Project> members = projects.visible().stream().filter(p -> portfolioId.equals(p.portfolioId())).toList();
        return rollUp(name, members, request);
    }

    private ProjectEarnedValueReport analyze(Project project, int number, EarnedValueRequest request) {
        CalendarRules rules = calendarRules();
        LocalDate status = request.statusDate() != null ? request.statusDate()
                : project.statusDate() != null ? project.statusDate() : LocalDate.now();
        ProjectInputs.Input input = input(reader.read(project, number, status), rules, request, status);
        EarnedValueOptions options = new EarnedValueOptions(status, period(request, List.of(input.project())),
                request.eacMethodOrDefault());
        ProjectEarnedValue result = new EarnedValueAnalyzer(rules).analyze(input.project(), options);
        return report(project, number, input, result);
    }

    private EarnedValueRollUp rollUp(String name, List<Project> members, EarnedValueRequest request) {
        int number = checkBaseline(request);
        long started = System.nanoTime();
        CalendarRules rules = calendarRules();
        LocalDate status = request.statusDate() != null ? request.statusDate() : latestStatusDate(members);
        List<ProjectReader.ProjectData> read = reader.readAll(members, number, status);
        long loaded = System.nanoTime();
        List<EarnedValueRollUp.Excluded> excluded = new ArrayList<>();
        Map<String, Integer> currencies = new HashMap<>();
        boolean anyWork = false;
        for (ProjectReader.ProjectData d : read) {
            Project p = d.project();
            if (d.baseline().isEmpty()) {
                excluded.add(new EarnedValueRollUp.Excluded(p.id(), p.code(), p.name(), "no baseline " + number));
            } else if (d.unit() == EarnedValueUnit.CURRENCY) {
                currencies.merge(currency(p), 1, Integer::sum);
            } else {
                anyWork |= d.unit() == EarnedValueUnit.WORK_HOURS;
            }
        }
        EarnedValueUnit unit = !currencies.isEmpty() ? EarnedValueUnit.CURRENCY
                : anyWork ? EarnedValueUnit.WORK_HOURS : EarnedValueUnit.DURATION_HOURS;
        String currency = currencies.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("EUR");
        String label = unit.label(currency);
        List<ProjectInputs.Input> inputs = new ArrayList<>();
        List<Project> included = new ArrayList<>();
        for (ProjectReader.ProjectData d : read) {
            Project p = d.project();
            if (d.baseline().isEmpty()) {
                continue;
            }
            if (d.unit() != unit || (unit == EarnedValueUnit.CURRENCY && !currency(p).equals(currency))) {
                excluded.add(new EarnedValueRollUp.Excluded(p.id(), p.code(), p.name(), d.unit() == EarnedValueUnit.CURRENCY
                        ? "in " + currency(p) + ", the roll-up is in " + label
                        : "measured in hours (its baseline has no cost), the roll-up is in " + label));
                continue;
            }
            inputs.add(input(d, rules, request, status));
            included.add(p);
        }
        if (inputs.isEmpty()) {
            return new EarnedValueRollUp(name, unit, label, Optional.empty(), List.of(), excluded);
        }
        List<EarnedValueProject> engineInputs = inputs.stream().map(ProjectInputs.Input::project).toList();
        EarnedValueOptions options = new EarnedValueOptions(status, period(request, engineInputs),
                request.eacMethodOrDefault());
        PortfolioEarnedValue result = new EarnedValueAnalyzer(rules).rollUp(
                new RollUpRequest(name, label, Map.of(), EngineCalendars.DEFAULT, engineInputs), options);
        List<ProjectEarnedValueReport> reports = new ArrayList<>();
        for (int i = 0; i < included.size(); i++) {
            reports.add(report(included.get(i), number, inputs.get(i), result.projects().get(i)));
        }
        LOG.debug("Earned value of {}: {} projects read in {} ms, analysed in {} ms", name, members.size(),
                (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
        return new EarnedValueRollUp(name, unit, label, Optional.of(result), reports, excluded);
    }

    /** The latest status date of the projects, or today when none has one. */
    private static LocalDate latestStatusDate(List<Project> projects) {
        return projects.stream().map(Project::statusDate).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElseGet(LocalDate::now);
    }

    private static ProjectInputs.Input input(ProjectReader.ProjectData d, CalendarRules rules,
            EarnedValueRequest request, LocalDate status) {
        return ProjectInputs.build(d.project(), calendarId(d.project(), rules), d.baseline(), d.unit(), d.current(),
                d.currentCost(), d.actuals(), d.history(), ProjectReader.progressDate(d.project()), status,
                request.ruleOrDefault());
    }

    private static ProjectEarnedValueReport report(Project project, int number, ProjectInputs.Input input,
            ProjectEarnedValue result) {
        return new ProjectEarnedValueReport(project.id(), project.code(), project.name(), number, input.unit(),
                input.unit().label(currency(project)), result, input.names());
    }

    private static int checkBaseline(EarnedValueRequest request) {
        int number = request.baselineOrDefault();
        if (number < 0 || number > Baselines.MAX_NUMBER) {
            throw BusinessRuleException.invalid("baseline", "baseline must be a number from 0 to "
                    + Baselines.MAX_NUMBER + ", was " + number);
        }
        return number;
    }

    /** The requested period, else weeks for baselines up to 26 weeks long and months beyond. */
    private static PeriodUnit period(EarnedValueRequest request, List<EarnedValueProject> inputs) {
        if (request.period() != null) {
            return request.period();
        }
        LocalDate first = null;
        LocalDate last = null;
        for (EarnedValueProject p : inputs) {
            for (var a : p.activities()) {
                first = first == null || a.start().toLocalDate().isBefore(first) ? a.start().toLocalDate() : first;
                last = last == null || a.finish().toLocalDate().isAfter(last) ? a.finish().toLocalDate() : last;
            }
        }
        return first != null && ChronoUnit.DAYS.between(first, last) > WEEKLY_UP_TO_DAYS ? PeriodUnit.MONTH
                : PeriodUnit.WEEK;
    }

    private CalendarRules calendarRules() {
        List<CalendarDefinition> definitions = new ArrayList<>();
        definitions.add(CalendarDefinition.standard(EngineCalendars.DEFAULT, List.of()));
        calendars.all().forEach(c -> definitions.add(EngineCalendars.definition(c)));
        return new CalendarRules(definitions);
    }

    private static String calendarId(Project project, CalendarRules rules) {
        if (project.calendarId() == null) {
            return EngineCalendars.DEFAULT;
        }
        String id = EngineCalendars.id(CalendarId.of(project.calendarId()));
        return rules.contains(id) ? id : EngineCalendars.DEFAULT;
    }

    private static String currency(Project project) {
        return project.currency() == null ? "EUR" : project.currency();
    }
}
