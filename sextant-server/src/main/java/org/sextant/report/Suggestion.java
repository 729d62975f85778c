package org.sextant.report;

/**
 * What a health rule suggests, with the evidence in words.
 *
 * @param rag     the suggested value (GREY when there is no data to judge by)
 * @param because why, in a sentence a project manager can check
 */
public record Suggestion(Rag rag, String because) {
}
