/**
 * Resources: the people, generic roles and equipment that do the work, with their skills, cost rates,
 * capacity (max units, i.e. part time), employment start and end, calendars and absences (whole days or
 * hours off per day, {@link org.sextant.resource.Absences}), all of which capacity planning and leveling
 * count; and assignments, which put a resource on a task with units and
 * work. The PMO maintains resources and skills; a project's editors assign them. This feature tells the
 * project feature who works on which project ({@link org.sextant.project.ProjectMembership}) and the
 * schedule feature who is assigned to a task ({@link org.sextant.schedule.TaskAssignees}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resource")
package org.sextant.resource;
