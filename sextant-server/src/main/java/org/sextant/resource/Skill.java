package org.sextant.resource;

/**
 * Something a resource can do, e.g. "Java" in category "Software engineering".
 *
 * @param id       identity
 * @param version  optimistic-lock version
 * @param name     unique name
 * @param category grouping, optional
 */
public record Skill(SkillId id, long version, String name, String category) {

    /** The fields a client sets. */
    public record Draft(String name, String category) {
    }
}
