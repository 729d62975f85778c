package org.sextant.identity;

/**
 * An organisational unit that people and resources belong to.
 *
 * @param id          identity
 * @param version     optimistic-lock version
 * @param code        short code, unique
 * @param name        full name, unique
 * @param description free text
 */
public record Department(long id, long version, String code, String name, String description) {
}
