/**
 * A neutral, immutable document model of a project file: what Sextant keeps of an MS Project,
 * Primavera or spreadsheet file, independent of both MPXJ and the server's tables. Elements refer to
 * each other by the string keys they had in the file (MPXJ unique ids), never by database ids.
 */
package org.sextant.interchange.model;
