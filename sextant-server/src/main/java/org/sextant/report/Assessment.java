package org.sextant.report;

/**
 * One health value of a report: what the rules suggest and why, and what the project manager says.
 *
 * @param suggested the rules' suggestion
 * @param because   the suggestion's evidence in words, e.g. "SPI 0.91 is below the amber limit 0.95"
 * @param value     the reported value
 * @param reason    why the value differs from the suggestion (required then), else optional comment
 */
public record Assessment(Rag suggested, String because, Rag value, String reason) {

    public boolean overridden() {
        return value != suggested;
    }
}
