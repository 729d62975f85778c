/** The baselines and progress pages of a project, and the Gantt's baseline bars. */
package org.sextant.baseline.web;
