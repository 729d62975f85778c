package org.sextant.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.project.ReportedHealth;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portfolio page: every project the user may see, filtered and sorted on the server, with the
 * figures a PMO shows executives (count, budget, health) above the table.
 */
@Controller
class PortfolioPageController {

    static final List<String> SORTABLE = List.of("code", "name", "phase", "plannedStart", "plannedFinish", "budget");

    private final Projects projects;
    private final Names names;
    private final JsonMapper json;
    private final ReportedHealth reported;

    PortfolioPageController(Projects projects, Names names, JsonMapper json, ObjectProvider<ReportedHealth> reported) {
        this.projects = projects;
        this.names = names;
        this.json = json;
        this.reported = reported.getIfAvailable(() -> ReportedHealth.NONE);
    }

    @GetMapping("/")
    String portfolio(@RequestParam(required = false) String q, @RequestParam(required = false) Long portfolio,
            @RequestParam(required = false) Long program, @RequestParam(required = false) Phase phase,
            @RequestParam(defaultValue = "code") String sort, @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String key = SORTABLE.contains(sort) ? sort : "code";
        boolean asc = !"desc".equals(dir);
        Projects.Filter filter = new Projects.Filter(q, portfolio == null ? null : PortfolioId.of(portfolio),
                program == null ? null : ProgramId.of(program), null, phase, null);
        PageResult<Project> result = projects.list(filter, new PageRequest(Math.max(page, 0), 50, key, asc));
        LocalDate today = LocalDate.now();
        Map<Long, Health> health = new LinkedHashMap<>();
        Map<Long, Integer> spend = new LinkedHashMap<>();
        result.items().forEach(p -> {
            health.put(p.id().value(), Health.of(p, today));
            spend.put(p.id().value(), spentPercent(p));
        });

        Names.Lookup lookup = names.lookup();
        model.addAttribute("result", result);
        model.addAttribute("health", health);
        model.addAttribute("spend", spend);
        model.addAttribute("reported", reported(result.items()));
        model.addAttribute("names", lookup);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("q", q);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("program", program);
        model.addAttribute("phase", phase);
        model.addAttribute("sort", key);
        model.addAttribute("dir", asc ? "asc" : "desc");
        model.addAttribute("base", base(q, portfolio, program, phase));
        List<Project> visible = projects.visible();
        model.addAttribute("kpi", Kpis.of(visible, today));
        model.addAttribute("phaseChart", PortfolioCharts.byPhase(visible, today, json));
        boolean manyPortfolios = lookup.portfolio().size() > 1;
        model.addAttribute("budgetChartTitle", manyPortfolios ? "Budget and actual cost by portfolio" : "Budget and actual cost by program");
        model.addAttribute("budgetChart", PortfolioCharts.budgetByGroup(visible,
                manyPortfolios ? lookup.portfolio() : lookup.program(), !manyPortfolios, json));
        model.addAttribute("mayCreate", ProjectController.mayCreate(CurrentUsers.require()));
        model.addAttribute("mayLevelPortfolio", CurrentUsers.require().isOrganisationWide());
        return "project/portfolio";
    }

    /** The latest reported health of the listed projects, by project id value. */
    private Map<Long, ReportedHealth.Latest> reported(List<Project> listed) {
        Map<Long, ReportedHealth.Latest> byId = new LinkedHashMap<>();
        reported.latest(listed.stream().map(Project::id).toList())
                .forEach((ProjectId id, ReportedHealth.Latest latest) -> byId.put(id.value(), latest));
        return byId;
    }

    /** Actual cost as a percentage of budget, capped at 100 for the bar. */
    static int spentPercent(Project p) {
        if (p.budget() == null || p.actualCost() == null || p.budget().signum() <= 0) {
            return 0;
        }
        return Math.min(100, p.actualCost().multiply(BigDecimal.valueOf(100))
                .divide(p.budget(), 0, java.math.RoundingMode.HALF_UP).intValue());
    }

    /** The page's URL with the current filters, for sort links and the pager. */
    private static String base(String q, Long portfolio, Long program, Phase phase) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/");
        if (q != null && !q.isBlank()) {
            b.queryParam("q", q);
        }
        if (portfolio != null) {
            b.queryParam("portfolio", portfolio);
        }
        if (program != null) {
            b.queryParam("program", program);
        }
        if (phase != null) {
            b.queryParam("phase", phase);
        }
        String url = b.encode().build().toUriString();
        return url.contains("?") ? url : url + "?";
    }

    /**
     * Portfolio figures over every visible project.
     *
     * @param projects  number of projects
     * @param running   projects not closed
     * @param budget    total approved budget (in the projects' currencies, summed as is)
     * @param spent     total actual cost
     * @param red       projects in red health
     * @param amber     projects in amber health
     * @param green     projects in green health
     * @param currency  the currency when all projects share one, else empty
     */
    record Kpis(int projects, int running, BigDecimal budget, BigDecimal spent, int red, int amber, int green,
            String currency) {

        static Kpis of(List<Project> all, LocalDate today) {
            BigDecimal budget = BigDecimal.ZERO;
            BigDecimal spent = BigDecimal.ZERO;
            int red = 0;
            int amber = 0;
            int green = 0;
            int running = 0;
            String currency = all.isEmpty() ? "" : all.getFirst().currency();
            for (Project p : all) {
                budget = budget.add(p.budget() == null ? BigDecimal.ZERO : p.budget());
                spent = spent.add(p.actualCost() == null ? BigDecimal.ZERO : p.actualCost());
                switch (Health.of(p, today).rag()) {
                    case "RED" -> red++;
                    case "AMBER" -> amber++;
                    case "GREEN" -> green++;
                    default -> { }
                }
                if (p.phase() != Phase.CLOSED) {
                    running++;
                }
                if (currency != null && !currency.equals(p.currency())) {
                    currency = "";
                }
            }
            return new Kpis(all.size(), running, budget, spent, red, amber, green, currency == null ? "" : currency);
        }

        public String budgetText() {
            return compact(budget);
        }

        public String spentText() {
            return compact(spent);
        }

        /** 12 400 000 → "12.4M", 85 000 → "85k". */
        static String compact(BigDecimal amount) {
            double v = amount.doubleValue();
            if (Math.abs(v) >= 1_000_000) {
                return String.format(java.util.Locale.ROOT, "%.1fM", v / 1_000_000);
            }
            if (Math.abs(v) >= 1_000) {
                return String.format(java.util.Locale.ROOT, "%.0fk", v / 1_000);
            }
            return String.format(java.util.Locale.ROOT, "%.0f", v);
        }

        public int spentPercent() {
            return budget.signum() == 0 ? 0 : spent.multiply(BigDecimal.valueOf(100))
                    .divide(budget, java.math.RoundingMode.HALF_UP).intValue();
        }
    }
}
