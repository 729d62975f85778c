package org.sextant.capacity;

import java.time.LocalDate;
import java.util.List;

/**
 * Time-phased capacity versus demand, in hours: one row per resource (or department, skill, role),
 * one cell per period. Demand is kept apart by source: task assignments, hard and soft allocations.
 *
 * @param from    horizon start
 * @param to      horizon end (inclusive)
 * @param unit    period width
 * @param groupBy what a row is
 * @param periods the columns
 * @param rows    the rows, by name
 * @param kpis    utilisation figures over the whole grid
 */
public record CapacityGrid(LocalDate from, LocalDate to, PeriodUnit unit, GroupBy groupBy, List<Period> periods,
        List<Row> rows, Kpis kpis) {

    /**
     * What a grid row stands for. A resource with several skills counts in each of their skills' rows. A
     * ROLE row sets the role's demand against the capacity of the people qualified for it (see the
     * package documentation); roles have no capacity of their own in any row.
     */
    public enum GroupBy {
        RESOURCE, DEPARTMENT, SKILL, ROLE
    }

    /** Whether a cell's demand fits its capacity. */
    public enum Load {
        /** demand above capacity */
        OVER,
        /** demand below the under-use threshold of capacity */
        UNDER,
        OK,
        /** no capacity and no demand */
        NONE
    }

    public record Period(String label, LocalDate start, LocalDate finish) {
    }

    /**
     * @param key     resource, department or skill id ("-" for none)
     * @param name    what the row shows
     * @param cells   one per period
     * @param utilisation demand (hard + assignments) ÷ capacity over the horizon, in %, null without capacity
     */
    public record Row(String key, String name, List<Cell> cells, Double utilisation) {
    }

    /**
     * @param capacity hours available
     * @param assigned hours of task assignments
     * @param hard     hours of hard allocations
     * @param soft     hours of soft allocations
     * @param loadPercent (assigned + hard + soft) ÷ capacity in %, null without capacity
     * @param load     the flag
     */
    public record Cell(double capacity, double assigned, double hard, double soft, Double loadPercent, Load load) {
    }

    /**
     * @param capacityHours     total capacity
     * @param committedHours    assignments + hard allocations
     * @param softHours         soft allocations
     * @param utilisation       committed ÷ capacity in %
     * @param utilisationWithSoft (committed + soft) ÷ capacity in %
     * @param overAllocatedRows rows with at least one over-allocated period
     * @param underUsedRows     rows whose utilisation is below the under-use threshold
     * @param overAllocatedCells cells over capacity
     */
    public record Kpis(double capacityHours, double committedHours, double softHours, Double utilisation,
            Double utilisationWithSoft, int overAllocatedRows, int underUsedRows, int overAllocatedCells) {
    }

    /** One source of a resource's load, for drill-down. */
    public record Contribution(String kind, long projectId, Long taskId, String what, double hours) {
    }
}
