package org.sextant.earnedvalue.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sextant.baseline.Baseline;
import org.sextant.baseline.Baselines;
import org.sextant.earnedvalue.EarnedValueRequest;
import org.sextant.earnedvalue.EarnedValueRollUp;
import org.sextant.earnedvalue.EarnedValues;
import org.sextant.earnedvalue.ProjectEarnedValueReport;
import org.sextant.engine.evm.ActivityEarnedValue;
import org.sextant.engine.evm.EacMethod;
import org.sextant.engine.evm.EarnedSchedule;
import org.sextant.engine.evm.EarnedValueMetrics;
import org.sextant.engine.evm.PortfolioEarnedValue;
import org.sextant.platform.BusinessRuleException;
import org.sextant.portfolio.Portfolio;
import org.sextant.portfolio.PortfolioId;
import org.sextant.portfolio.Portfolios;
import org.sextant.program.ProgramId;
import org.sextant.program.Programs;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.schedule.TaskId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The earned value pages: a project's key figures and S-curve with status date, baseline and EAC
 * method to choose, and a program's or portfolio's roll-up with a row per project sortable by index.
 */
@Controller
class EarnedValuePageController {

    /** One project row of a roll-up page. */
    record Row(long id, String code, String name, String bac, String ev, String ac, String eac, Double spi, Double cpi,
            Double spit) {
    }

    /** One task row of a project page, formatted. */
    record TaskRow(String name, String bac, String pv, String ev, String ac, String sv, boolean late) {
    }

    private final EarnedValues earnedValues;
    private final Projects projects;
    private final Baselines baselines;
    private final Programs programs;
    private final Portfolios portfolios;
    private final JsonMapper json;

    EarnedValuePageController(EarnedValues earnedValues, Projects projects, Baselines baselines, Programs programs,
            Portfolios portfolios, JsonMapper json) {
        this.earnedValues = earnedValues;
        this.projects = projects;
        this.baselines = baselines;
        this.programs = programs;
        this.portfolios = portfolios;
        this.json = json;
    }

    @GetMapping("/projects/{id}/earned-value")
    String project(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
            @RequestParam(required = false) Integer baseline, @RequestParam(required = false) String eac,
            @RequestParam(required = false) String period, Model model) {
        Project project = projects.get(ProjectId.of(id));
        List<Baseline> saved = baselines.list(project.id());
        model.addAttribute("project", project);
        model.addAttribute("baselines", saved);
        choices(model, statusDate, baseline, eac, period);
        int number = baseline == null ? 0 : baseline;
        model.addAttribute("hasBaseline", saved.stream().anyMatch(b -> b.number() == number));
        if (saved.stream().noneMatch(b -> b.number() == number)) {
            return "earnedvalue/project";
        }
        try {
            ProjectEarnedValueReport report = earnedValues.report(project.id(),
                    EarnedValueRequest.parse(statusDate, baseline, eac, period, null));
            EarnedValueMetrics m = report.result().metrics();
            model.addAttribute("report", report);
            model.addAttribute("unit", report.unitLabel());
            model.addAttribute("statusDate", report.result().statusDate());
            model.addAttribute("kpis", Kpi.of(m, report.unitLabel(), report.result().sCurve().timeline().unit()));
            model.addAttribute("bac", Kpi.amount(m.budgetAtCompletion(), report.unitLabel()));
            model.addAttribute("eacs", eacs(m, report.unitLabel()));
            model.addAttribute("chart", SCurveChart.option(report.result().sCurve(), report.result().statusDate(),
                    m.budgetAtCompletion(), m.estimateAtCompletion(), report.unitLabel(), json));
            model.addAttribute("noProgress", m.earnedValue() == 0);
            model.addAttribute("taskRows", taskRows(report));
        } catch (BusinessRuleException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "earnedvalue/project";
    }

    @GetMapping("/programs/{id}/earned-value")
    String program(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
            @RequestParam(required = false) Integer baseline, @RequestParam(required = false) String eac,
            @RequestParam(required = false) String period, @RequestParam(required = false) String sort,
            @RequestParam(required = false, defaultValue = "asc") String dir, Model model) {
        var program = programs.get(ProgramId.of(id));
        model.addAttribute("kind", "program");
        model.addAttribute("backLink", "/programs/" + id);
        model.addAttribute("selfLink", "/programs/" + id + "/earned-value");
        model.addAttribute("portfolios", List.of());
        return rollUp(model, program.name(), statusDate, baseline, eac, period, sort, dir,
                request -> earnedValues.program(program.id(), request));
    }

    @GetMapping("/portfolios/{id}/earned-value")
    String portfolio(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
            @RequestParam(required = false) Integer baseline, @RequestParam(required = false) String eac,
            @RequestParam(required = false) String period, @RequestParam(required = false) String sort,
            @RequestParam(required = false, defaultValue = "asc") String dir, Model model) {
        Portfolio portfolio = portfolios.get(PortfolioId.of(id));
        model.addAttribute("kind", "portfolio");
        model.addAttribute("backLink", "/?portfolio=" + id);
        model.addAttribute("selfLink", "/portfolios/" + id + "/earned-value");
        model.addAttribute("portfolios", portfolios.all());
        model.addAttribute("portfolioId", id);
        return rollUp(model, portfolio.name(), statusDate, baseline, eac, period, sort, dir,
                request -> earnedValues.portfolio(portfolio.id(), request));
    }

    private String rollUp(Model model, String name, LocalDate statusDate, Integer baseline, String eac, String period,
            String sort, String dir, java.util.function.Function<EarnedValueRequest, EarnedValueRollUp> compute) {
        model.addAttribute("name", name);
        choices(model, statusDate, baseline, eac, period);
        boolean ascending = !"desc".equalsIgnoreCase(dir);
        String key = sort == null ? "code" : sort.toLowerCase(Locale.ROOT);
        model.addAttribute("sort", key);
        model.addAttribute("dir", ascending ? "asc" : "desc");
        try {
            EarnedValueRollUp r = compute.apply(EarnedValueRequest.parse(statusDate, baseline, eac, period, null));
            model.addAttribute("rollUp", r);
            model.addAttribute("unit", r.unitLabel());
            List<Row> rows = new ArrayList<>();
            for (ProjectEarnedValueReport p : r.projects()) {
                EarnedValueMetrics m = p.result().metrics();
                rows.add(new Row(p.projectId().value(), p.code(), p.name(), Kpi.amount(m.budgetAtCompletion(), p.unitLabel()),
                        Kpi.amount(m.earnedValue(), p.unitLabel()), Kpi.amount(m.actualCost(), p.unitLabel()),
                        Kpi.amount(m.estimateAtCompletion(), p.unitLabel()), value(m.schedulePerformanceIndex()),
                        value(m.costPerformanceIndex()),
                        m.earnedSchedule().map(EarnedSchedule::schedulePerformanceIndex).orElse(null)));
            }
            rows.sort(order(key, ascending));
            model.addAttribute("rows", rows);
            if (r.result().isPresent()) {
                PortfolioEarnedValue res = r.result().get();
                EarnedValueMetrics m = res.metrics();
                LocalDate status = res.projects().get(0).statusDate();
                model.addAttribute("statusDate", status);
                model.addAttribute("kpis", Kpi.of(m, r.unitLabel(), res.sCurve().timeline().unit()));
                model.addAttribute("bac", Kpi.amount(m.budgetAtCompletion(), r.unitLabel()));
                model.addAttribute("chart", SCurveChart.option(res.sCurve(), status, m.budgetAtCompletion(),
                        m.estimateAtCompletion(), r.unitLabel(), json));
            }
        } catch (BusinessRuleException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "earnedvalue/rollup";
    }

    private static void choices(Model model, LocalDate statusDate, Integer baseline, String eac, String period) {
        model.addAttribute("selectedStatusDate", statusDate);
        model.addAttribute("selectedBaseline", baseline == null ? 0 : baseline);
        model.addAttribute("selectedEac", eac == null || eac.isBlank() ? "CPI" : eac.toUpperCase(Locale.ROOT));
        model.addAttribute("selectedPeriod", period == null ? "" : period.toLowerCase(Locale.ROOT));
        List<String[]> methods = new ArrayList<>();
        for (EacMethod m : EacMethod.values()) {
            methods.add(new String[] {m == EacMethod.CPI_TIMES_SPI ? "CPI_SPI" : m.name(), Kpi.method(m)});
        }
        model.addAttribute("eacMethods", methods);
        model.addAttribute("baselineNumbers", java.util.stream.IntStream.rangeClosed(0, Baselines.MAX_NUMBER).boxed().toList());
        StringBuilder query = new StringBuilder();
        if (statusDate != null) {
            query.append("&statusDate=").append(statusDate);
        }
        if (baseline != null) {
            query.append("&baseline=").append(baseline);
        }
        if (eac != null && eac.matches("[A-Za-z_]+")) {
            query.append("&eac=").append(eac);
        }
        if (period != null && period.matches("[A-Za-z]+")) {
            query.append("&period=").append(period);
        }
        model.addAttribute("choiceQuery", query.toString());
    }

    /** The EAC by every method, for the forecast table. */
    private static List<String[]> eacs(EarnedValueMetrics m, String unit) {
        List<String[]> rows = new ArrayList<>();
        for (EacMethod method : EacMethod.values()) {
            OptionalDouble eac = m.estimatesAtCompletion().get(method);
            rows.add(new String[] {method == EacMethod.CPI_TIMES_SPI ? "CPI_SPI" : method.name(), Kpi.method(method),
                    Kpi.amount(eac, unit), eac.isPresent() ? Kpi.amount(m.budgetAtCompletion() - eac.getAsDouble(), unit) : "—"});
        }
        return rows;
    }

    private static List<TaskRow> taskRows(ProjectEarnedValueReport report) {
        List<TaskRow> rows = new ArrayList<>();
        for (ActivityEarnedValue a : report.result().activities()) {
            String id = a.activityId();
            String name = id.chars().allMatch(Character::isDigit)
                    ? report.taskNames().getOrDefault(TaskId.of(Long.parseLong(id)), "Task " + id + " (deleted since the baseline)")
                    : "Not in the baseline (added tasks, project expenses)";
            rows.add(new TaskRow(name, Kpi.number(a.budgetAtCompletion()), Kpi.number(a.plannedValue()),
                    Kpi.number(a.earnedValue()), Kpi.number(a.actualCost()), Kpi.number(a.scheduleVariance()),
                    a.scheduleVariance() < -0.005));
        }
        return rows;
    }

    private static Comparator<Row> order(String key, boolean ascending) {
        Comparator<Row> byCode = Comparator.comparing(Row::code);
        java.util.function.Function<Row, Double> f = switch (key) {
            case "spi" -> Row::spi;
            case "cpi" -> Row::cpi;
            case "spit" -> Row::spit;
            default -> null;
        };
        if (f == null) {
            return ascending ? byCode : byCode.reversed();
        }
        Comparator<Double> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(f, Comparator.nullsLast(values)).thenComparing(byCode);
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
