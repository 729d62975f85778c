/**
 * Capacity: the PMO's allocations (a resource or a generic role booked to a project for a period, in
 * hours or percent, soft or hard) and, built on them and on task assignments, the time-phased
 * capacity-versus-demand view across the portfolio. The PMO books hard and soft allocations; a
 * project's program and project managers may request soft ones for their project.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Capacity")
package org.sextant.capacity;
