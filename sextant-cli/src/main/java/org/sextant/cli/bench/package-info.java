/**
 * {@code sextant bench ...}: benchmarks that print figures (never assertions). {@code bench schedule}
 * generates networks and measures the scheduling engine beside MPXJ's MicrosoftScheduler.
 */
package org.sextant.cli.bench;
