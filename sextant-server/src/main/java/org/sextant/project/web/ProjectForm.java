package org.sextant.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.identity.UserId;
import org.sextant.platform.web.FormErrors;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectStatus;

/** The project overview form as typed: text in, {@link Project.Draft} out, with a message per unusable field. */
record ProjectForm(String code, String name, String objective, String description, String statementOfWork,
        String client, String sponsor, String managerId, String portfolioId, String programId, String phase,
        String status, String priority, String plannedStart, String plannedFinish, String budget, String actualCost,
        String currency, Long version) {

    static ProjectForm empty(LocalDate today) {
        return new ProjectForm("", "", "", "", "", "", "", "", "", "", Phase.INITIATION.name(),
                ProjectStatus.PROPOSED.name(), "500", today.toString(), today.plusMonths(6).toString(), "0", "0",
                "EUR", null);
    }

    static ProjectForm of(Project p) {
        return new ProjectForm(p.code(), p.name(), nz(p.objective()), nz(p.description()), nz(p.statementOfWork()),
                nz(p.client()), nz(p.sponsor()), p.managerId() == null ? "" : p.managerId().toString(),
                p.portfolioId().toString(), p.programId() == null ? "" : p.programId().toString(), p.phase().name(),
                p.status().name(), Integer.toString(p.priority()), str(p.plannedStart()), str(p.plannedFinish()),
                p.budget() == null ? "" : p.budget().toPlainString(),
                p.actualCost() == null ? "" : p.actualCost().toPlainString(), nz(p.currency()), p.version());
    }

    Project.Draft toDraft(FormErrors errors, Project existing) {
        String c = errors.required("code", code, "Code");
        String n = errors.required("name", name, "Name");
        Long portfolio = errors.id("portfolioId", portfolioId);
        if (portfolio == null) {
            errors.reject("portfolioId", "Choose a portfolio.");
        }
        Long program = errors.id("programId", programId);
        Long manager = errors.id("managerId", managerId);
        Phase ph = errors.choice("phase", phase, Phase.class);
        ProjectStatus st = errors.choice("status", status, ProjectStatus.class);
        Integer prio = errors.integer("priority", priority);
        if (prio != null && (prio < 0 || prio > 1000)) {
            errors.reject("priority", "Priority is between 0 and 1000.");
        }
        LocalDate start = errors.date("plannedStart", plannedStart);
        LocalDate finish = errors.date("plannedFinish", plannedFinish);
        if (start == null) {
            errors.reject("plannedStart", "Planned start is required.");
        }
        if (finish == null) {
            errors.reject("plannedFinish", "Planned finish is required.");
        }
        BigDecimal money = errors.decimal("budget", budget);
        BigDecimal spent = errors.decimal("actualCost", actualCost);
        String cur = FormErrors.text(currency);
        if (cur != null && !cur.matches("[A-Z]{3}")) {
            errors.reject("currency", "Enter an ISO 4217 code like EUR.");
        }
        return new Project.Draft(c, n, FormErrors.text(objective), FormErrors.text(description),
                FormErrors.text(statementOfWork), FormErrors.text(client), FormErrors.text(sponsor),
                manager == null ? null : UserId.of(manager), portfolio == null ? null : PortfolioId.of(portfolio),
                program == null ? null : ProgramId.of(program), ph == null ? Phase.INITIATION : ph,
                st == null ? ProjectStatus.ACTIVE : st, prio == null ? 500 : prio, start, finish,
                money == null ? BigDecimal.ZERO : money, spent == null ? BigDecimal.ZERO : spent,
                cur == null ? "EUR" : cur, existing == null ? null : existing.calendarId(),
                existing == null ? null : existing.statusDate());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
