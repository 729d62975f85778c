/**
 * Reading any file MPXJ reads (MS Project MPP/MSPDI/MPX, Primavera XER/PMXML, ...) into the engine's
 * {@link org.sextant.engine.schedule.ScheduleInput}, together with the dates the original tool
 * computed and stored ({@link org.sextant.interchange.schedule.StoredDates}), and comparing Sextant's
 * schedule (or MPXJ's own schedulers) with those dates ({@link org.sextant.interchange.schedule.ParityCheck}).
 */
package org.sextant.interchange.schedule;
