package org.sextant.program;

import java.util.List;
import java.util.Optional;
import org.sextant.identity.CurrentUser;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.portfolio.PortfolioId;

/**
 * Programs: everyone signed in reads them; ADMIN and PMO create and delete them; their program
 * manager (and ADMIN/PMO) changes them.
 */
public interface Programs {

    Optional<Program> find(ProgramId id);

    Program get(ProgramId id);

    PageResult<Program> list(PortfolioId portfolio, String text, PageRequest page);

    List<Program> all();

    /** Whether {@code user} may change the program and manage the projects in it. */
    boolean manages(CurrentUser user, ProgramId id);

    Program create(Program.Draft draft);

    Program update(ProgramId id, long expectedVersion, Program.Draft draft);

    void delete(ProgramId id, long expectedVersion);
}
