/** The implementation of earned value: reading baselines, progress and costs, and calling the engine. */
package org.sextant.earnedvalue.internal;
