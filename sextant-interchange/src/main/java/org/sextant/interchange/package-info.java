/**
 * Reading and writing project files (MS Project, Primavera P6, Planner, GanttProject, CSV, Excel)
 * through MPXJ, and mapping them to and from Sextant's engine models.
 */
package org.sextant.interchange;
