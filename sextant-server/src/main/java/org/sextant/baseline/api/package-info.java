/** REST endpoints of baselines and progress under {@code /api/v1}. */
package org.sextant.baseline.api;
