package org.sextant.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.sextant.demo.DemoOrganisationCreated;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectStatus;
import org.sextant.project.Projects;
import org.sextant.report.Rag;
import org.sextant.report.ReportPeriod;
import org.sextant.report.StatusReport;
import org.sextant.report.StatusReport.Choice;
import org.sextant.report.StatusReports;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo status reports: two submitted weekly reports (the week before the status date and the week up
 * to it) for up to eight running demo projects, with health from their cost and dates, a risk view and a
 * narrative, so the portfolio shows reported health. Runs after the other features' demo data.
 */
@Component
class DemoStatusReports {

    private static final int PROJECTS = 8;
    private static final String[] ACCOMPLISHED = {
        "Completed the design review with the client's architects and closed all major comments.",
        "Finished integration testing of the first release; 42 of 45 test cases passed.",
        "Onboarded two additional developers and ran the sprint planning for the next increment.",
        "Signed off the data migration approach with the business owners.",
        "Delivered the pilot to the first user group and collected their feedback.",
    };
    private static final String[] NEXT = {
        "Start user acceptance testing with the finance team; prepare the cut-over plan.",
        "Close the remaining defects from integration testing and freeze the scope of release 1.",
        "Run the performance tests and agree the go-live date with the steering committee.",
        "Complete the training material and schedule the sessions for key users.",
    };
    private static final String[] RISK_REASONS = {
        "Key supplier confirmed resources; open risks are low and owned.",
        "Dependency on the network upgrade of the infrastructure programme may delay testing.",
        "Single specialist for the integration layer is leaving next month; no replacement yet.",
    };

    private final Projects projects;
    private final StatusReports reports;

    DemoStatusReports(Projects projects, StatusReports reports) {
        this.projects = projects;
        this.reports = reports;
    }

    @EventListener
    @Order(100)
    void on(DemoOrganisationCreated event) {
        long started = System.nanoTime();
        Random random = event.random();
        List<Project> running = projects.visible().stream()
                .filter(p -> p.statusDate() != null && p.status() == ProjectStatus.ACTIVE
                        && (p.phase() == Phase.EXECUTION || p.phase() == Phase.MONITORING || p.phase() == Phase.CLOSING))
                .limit(PROJECTS).toList();
        for (Project p : running) {
            int riskLevel = random.nextInt(3);
            report(p, p.statusDate().minusWeeks(1), riskLevel == 2 ? 1 : riskLevel, random);
            report(p, p.statusDate(), riskLevel, random);
        }
        LoggerFactory.getLogger(DemoStatusReports.class).debug("Demo status reports for {} projects in {} ms",
                running.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private void report(Project p, LocalDate end, int riskLevel, Random random) {
        StatusReport draft = reports.create(p.id(), ReportPeriod.WEEKLY, end);
        Rag cost = costHealth(p);
        Rag risk = riskLevel == 0 ? Rag.GREEN : riskLevel == 1 ? Rag.AMBER : Rag.RED;
        String costReason = cost == draft.cost().suggested() ? null : costReason(p);
        Choice schedule = draft.schedule().suggested() == Rag.GREY
                ? new Choice(scheduleHealth(p), "Judged from the milestone plan; earned value is not set up yet.")
                : null;
        StatusReport.Draft d = new StatusReport.Draft(schedule, new Choice(cost, costReason), null,
                new Choice(risk, RISK_REASONS[riskLevel]), null,
                summary(p, cost, risk), ACCOMPLISHED[random.nextInt(ACCOMPLISHED.length)],
                NEXT[random.nextInt(NEXT.length)],
                risk == Rag.RED ? "Steering committee decision needed on backfilling the integration specialist." : null);
        StatusReport updated = reports.update(draft.id(), draft.version(), d);
        reports.submit(updated.id(), updated.version());
    }

    /** From the money spent against the budget, as a project manager would judge it without earned value. */
    private static Rag costHealth(Project p) {
        double ratio = spent(p);
        return ratio > 1 ? Rag.RED : ratio > 0.9 ? Rag.AMBER : Rag.GREEN;
    }

    private static Rag scheduleHealth(Project p) {
        return p.plannedFinish() != null && p.plannedFinish().isBefore(p.statusDate()) ? Rag.RED
                : p.plannedFinish() != null && p.plannedFinish().isBefore(p.statusDate().plusWeeks(4)) ? Rag.AMBER
                : Rag.GREEN;
    }

    private static double spent(Project p) {
        if (p.budget() == null || p.budget().signum() <= 0 || p.actualCost() == null) {
            return 0;
        }
        return p.actualCost().divide(p.budget(), 4, RoundingMode.HALF_UP).doubleValue();
    }

    private static String costReason(Project p) {
        return "Actual cost " + p.actualCost().setScale(0, RoundingMode.HALF_UP) + " " + p.currency() + " is "
                + BigDecimal.valueOf(spent(p) * 100).setScale(0, RoundingMode.HALF_UP) + "% of the budget; "
                + "earned value is not set up yet.";
    }

    private static String summary(Project p, Rag cost, Rag risk) {
        String money = switch (cost) {
            case RED -> "Spending is above budget and a recovery plan goes to the sponsor this week.";
            case AMBER -> "Most of the budget is committed; we are watching spend closely.";
            default -> "Spending is in line with the budget.";
        };
        String risks = switch (risk) {
            case RED -> " One high risk needs a decision.";
            case AMBER -> " Risks are known and being worked.";
            default -> "";
        };
        return p.name() + " progressed as planned in most areas. " + money + risks;
    }
}
