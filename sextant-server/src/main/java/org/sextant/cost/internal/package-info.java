/** The cost feature's rules ({@code Costing}, {@code RateCard}) and their persistence over JDBC. */
package org.sextant.cost.internal;
