package org.sextant.capacity;

/** The width of a capacity-grid column. Weeks start on Monday; months on the first. */
public enum PeriodUnit {
    DAY, WEEK, MONTH
}
