package org.sextant.portfolio;

import java.util.List;
import java.util.Optional;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;

/** Portfolios: everyone signed in reads them; ADMIN and PMO create, change and delete them. */
public interface Portfolios {

    Optional<Portfolio> find(PortfolioId id);

    Portfolio get(PortfolioId id);

    PageResult<Portfolio> list(String text, PageRequest page);

    List<Portfolio> all();

    Portfolio create(Portfolio.Draft draft);

    Portfolio update(PortfolioId id, long expectedVersion, Portfolio.Draft draft);

    void delete(PortfolioId id, long expectedVersion);
}
