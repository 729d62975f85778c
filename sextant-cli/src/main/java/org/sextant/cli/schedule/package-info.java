/**
 * {@code sextant schedule FILE [--compare] [--vs-mpxj]}: reads a project file through the
 * interchange module, schedules it with the engine and compares it with the dates stored in the file.
 */
package org.sextant.cli.schedule;
