/**
 * {@code sextant convert IN OUT}: reads any project file MPXJ reads and writes it in the format
 * named by OUT's extension (.xml MSPDI, .pmxml, .xer, .mpx, .csv, .xlsx), printing what was not kept.
 */
package org.sextant.cli.convert;
