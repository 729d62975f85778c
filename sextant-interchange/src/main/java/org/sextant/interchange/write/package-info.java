/**
 * Writing the {@link org.sextant.interchange.model} document model: to MS Project (MSPDI XML, MPX)
 * and Primavera (XER, PMXML) through an MPXJ {@link org.mpxj.ProjectFile}, and to CSV and Excel
 * task lists directly.
 */
package org.sextant.interchange.write;
