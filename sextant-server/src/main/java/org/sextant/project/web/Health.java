package org.sextant.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectStatus;

/**
 * A project's health at a glance (red/amber/green), from what the project record knows until status
 * reports and earned value arrive: money spent against budget and the planned finish against today.
 *
 * @param rag    GREEN, AMBER, RED, or GREY for projects no longer running
 * @param reason in words, e.g. "Over budget"
 */
public record Health(String rag, String reason) {

    private static final BigDecimal AMBER_SPEND = new BigDecimal("0.9");

    static Health of(Project p, LocalDate today) {
        if (p.phase() == Phase.CLOSED || p.status() == ProjectStatus.COMPLETED || p.status() == ProjectStatus.CANCELLED) {
            return new Health("GREY", p.status() == ProjectStatus.CANCELLED ? "Cancelled" : "Closed");
        }
        boolean overBudget = p.budget() != null && p.actualCost() != null && p.budget().signum() > 0
                && p.actualCost().compareTo(p.budget()) > 0;
        boolean late = p.plannedFinish() != null && p.plannedFinish().isBefore(today);
        if (overBudget && late) {
            return new Health("RED", "Late and over budget");
        }
        if (overBudget) {
            return new Health("RED", "Over budget");
        }
        if (late) {
            return new Health("RED", "Late");
        }
        if (p.status() == ProjectStatus.ON_HOLD) {
            return new Health("AMBER", "On hold");
        }
        if (p.budget() != null && p.actualCost() != null && p.budget().signum() > 0
                && p.actualCost().compareTo(p.budget().multiply(AMBER_SPEND)) > 0) {
            return new Health("AMBER", "Budget nearly spent");
        }
        if (p.plannedFinish() != null && !p.plannedFinish().isAfter(today.plusDays(14)) && p.phase() != Phase.CLOSING) {
            return new Health("AMBER", "Finish due soon");
        }
        return new Health("GREEN", "On track");
    }

    public String label() {
        return switch (rag) {
            case "GREEN" -> "Green";
            case "AMBER" -> "Amber";
            case "RED" -> "Red";
            default -> "Closed";
        };
    }
}
