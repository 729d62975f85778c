/**
 * Reading project files into the {@link org.sextant.interchange.model} document model: a guard that
 * refuses hostile input before any parser sees it, MPXJ's universal reader, and a mapper that keeps
 * what Sextant can hold and counts, as warnings, what it cannot.
 */
package org.sextant.interchange.read;
