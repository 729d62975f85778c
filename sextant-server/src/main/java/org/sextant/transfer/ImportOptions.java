package org.sextant.transfer;

import org.sextant.portfolio.PortfolioId;

/**
 * Choices made on confirming an import; each null takes the default.
 *
 * @param portfolioId the portfolio of the new project(s); default the first portfolio
 * @param code        the new project's code (suffixed -1, -2 ... for several); default from the file name
 */
public record ImportOptions(PortfolioId portfolioId, String code) {

    public static ImportOptions defaults() {
        return new ImportOptions(null, null);
    }
}
