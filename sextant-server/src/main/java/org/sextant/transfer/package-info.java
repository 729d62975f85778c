/**
 * Interchange: import of MS Project, Primavera and other project files into new projects (as jobs
 * that analyse, preview, then import in one transaction off the request thread) and export of
 * projects to MSPDI, MPX, XER, PMXML, CSV and Excel. The file formats themselves live in the
 * {@code sextant-interchange} library ({@code org.sextant.interchange.*}); this feature maps its
 * document model to the schedule, resource and project features through their public APIs.
 */
package org.sextant.transfer;
