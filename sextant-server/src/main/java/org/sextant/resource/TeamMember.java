package org.sextant.resource;

/**
 * A resource assigned to tasks of a project, with its total work there.
 *
 * @param resourceId       the resource
 * @param name             its name
 * @param kind             person, role or equipment
 * @param departmentId     its department
 * @param assignments      number of tasks it is assigned to in the project
 * @param totalWorkMinutes work over those assignments
 */
public record TeamMember(ResourceId resourceId, String name, ResourceKind kind, Long departmentId, long assignments,
        long totalWorkMinutes) {
}
