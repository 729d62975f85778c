package org.sextant.capacity;

/** How an allocation's amount is expressed: total HOURS over the period, or PERCENT of the resource's capacity. */
public enum AllocationUnit {
    HOURS, PERCENT
}
