/**
 * Baselines and progress: up to eleven saved copies (0–10) of a project's plan per task (dates,
 * duration, work, cost), compared with the current plan; and progress recorded as of a status date,
 * with its history. Other modules read baselines through {@link org.sextant.baseline.Baselines}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Baselines and progress")
package org.sextant.baseline;
