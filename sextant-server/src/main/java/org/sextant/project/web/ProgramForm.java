package org.sextant.project.web;

import java.time.LocalDate;
import org.sextant.identity.UserId;
import org.sextant.platform.web.FormErrors;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.Program;

/** The program form as typed. */
record ProgramForm(String portfolioId, String name, String description, String managerId, String sponsor,
        String start, String finish, Long version) {

    static ProgramForm empty() {
        return new ProgramForm("", "", "", "", "", "", "", null);
    }

    static ProgramForm of(Program p) {
        return new ProgramForm(p.portfolioId().toString(), p.name(), p.description() == null ? "" : p.description(),
                p.managerId() == null ? "" : p.managerId().toString(), p.sponsor() == null ? "" : p.sponsor(),
                p.start() == null ? "" : p.start().toString(), p.finish() == null ? "" : p.finish().toString(),
                p.version());
    }

    Program.Draft toDraft(FormErrors errors) {
        Long portfolio = errors.id("portfolioId", portfolioId);
        if (portfolio == null) {
            errors.reject("portfolioId", "Choose a portfolio.");
        }
        String n = errors.required("name", name, "Name");
        Long manager = errors.id("managerId", managerId);
        LocalDate s = errors.date("start", start);
        LocalDate f = errors.date("finish", finish);
        return new Program.Draft(portfolio == null ? null : PortfolioId.of(portfolio), n, FormErrors.text(description),
                manager == null ? null : UserId.of(manager), FormErrors.text(sponsor), s, f);
    }
}
