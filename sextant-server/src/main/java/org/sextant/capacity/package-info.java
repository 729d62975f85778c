/**
 * Capacity: the PMO's allocations (a resource or a generic role booked to a project for a period, in
 * hours or percent, soft or hard) and, built on them and on task assignments, the time-phased
 * capacity-versus-demand view across the portfolio. The PMO books hard and soft allocations; a
 * project's program and project managers may request soft ones for their project.
 *
 * <h2>Generic roles have no capacity of their own (ADR 0017)</h2>
 * A resource of kind ROLE ("Java developer") is demand waiting to be staffed, not someone who works:
 * <ul>
 *   <li>its capacity is zero, so roles add no invented hours to department or skill rows nor to the
 *       utilisation KPIs; their demand (assignments and allocations made to the role) still counts there;</li>
 *   <li>a percentage allocation of a role is turned into hours with the role's calendar and max units
 *       (50 % of a full-time role = 20 h in a 40-hour week) — that is demand, not capacity;</li>
 *   <li>with rows by role, a role's row shows the role's demand against the capacity of the people who
 *       could fill it: the active PERSON resources holding every skill the role names at least at the
 *       role's proficiency (any active person for a role that names no skill). Their own load is in their
 *       rows; the role row answers "is there enough qualified capacity for this role demand at all";</li>
 *   <li>staffing ({@link org.sextant.capacity.Staffing}) offers exactly those qualified people.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Capacity")
package org.sextant.capacity;
