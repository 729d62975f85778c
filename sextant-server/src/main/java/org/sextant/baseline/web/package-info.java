/**
 * The baselines page (eleven slots, save / replace with confirmation / clear, comparison with the current
 * plan), the progress page (status date, inline progress per leaf task, history per task) and the JSON
 * the Gantt's baseline selector reads with the page's session.
 */
package org.sextant.baseline.web;
