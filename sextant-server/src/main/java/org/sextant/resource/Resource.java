package org.sextant.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sextant.identity.UserId;
import org.sextant.schedule.CalendarId;

/**
 * A person, generic role or piece of equipment that work can be assigned to.
 *
 * @param id              identity
 * @param version         optimistic-lock version
 * @param name            name
 * @param kind            person, role or equipment
 * @param email           contact, for people
 * @param userId          the user who is this resource (lets them see and report on their tasks)
 * @param departmentId    department, if any
 * @param skills          skills with proficiency 1 (novice) to 5 (expert)
 * @param costRate        cost per hour
 * @param currency        ISO 4217 code of the cost rate
 * @param maxUnits        capacity, 1.0 = one full-time person
 * @param calendarId      own working-time calendar, if not the project's
 * @param employmentStart first day available
 * @param employmentEnd   last day available
 * @param active          inactive resources are kept for history but not assigned
 */
public record Resource(ResourceId id, long version, String name, ResourceKind kind, String email, UserId userId,
        Long departmentId, List<SkillLevel> skills, BigDecimal costRate, String currency, BigDecimal maxUnits,
        CalendarId calendarId, LocalDate employmentStart, LocalDate employmentEnd, boolean active) {

    public Resource {
        skills = List.copyOf(skills);
    }

    /** A skill a resource has and how well ({@code skill} is the name, filled in on reading). */
    public record SkillLevel(SkillId skillId, String skill, int proficiency) {
    }

    /** The fields a client sets. */
    public record Draft(String name, ResourceKind kind, String email, UserId userId, Long departmentId,
            List<SkillLevel> skills, BigDecimal costRate, String currency, BigDecimal maxUnits, CalendarId calendarId,
            LocalDate employmentStart, LocalDate employmentEnd, boolean active) {
    }
}
