package org.sextant.interchange.model;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A WBS element.
 *
 * @param key               id in the file (MPXJ unique id)
 * @param parentKey         the summary above it, null at the top
 * @param wbs               WBS / outline code
 * @param name              name
 * @param kind              summary, task or milestone
 * @param durationMinutes   duration in working minutes
 * @param workMinutes       work over all assignments, in minutes
 * @param start             scheduled start
 * @param finish            scheduled finish
 * @param percentComplete   0..100
 * @param actualStart       actual start
 * @param actualFinish      actual finish
 * @param remainingMinutes  remaining duration in working minutes
 * @param constraint        date constraint
 * @param constraintDate    its date (null for ASAP/ALAP)
 * @param deadline          deadline
 * @param calendarKey       own calendar, null for the project's
 * @param priority          0..1000
 * @param cost              total cost
 * @param notes             plain-text notes
 * @param baselines         saved baselines (0 = the baseline, 1..10 the numbered ones)
 * @param attributes        custom fields by name, as text
 */
public record TaskData(String key, String parentKey, String wbs, String name, Kind kind, long durationMinutes,
        long workMinutes, LocalDateTime start, LocalDateTime finish, double percentComplete, LocalDateTime actualStart,
        LocalDateTime actualFinish, long remainingMinutes, Constraint constraint, LocalDateTime constraintDate,
        LocalDateTime deadline, String calendarKey, int priority, BigDecimal cost, String notes,
        List<Baseline> baselines, Map<String, String> attributes) {

    public TaskData {
        baselines = List.copyOf(baselines);
        attributes = Map.copyOf(attributes);
    }

    public enum Kind { SUMMARY, TASK, MILESTONE }

    /** Date constraints, as MS Project names them. */
    public enum Constraint { ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO, MFO }

    /** A saved baseline of the task. */
    public record Baseline(int number, LocalDateTime start, LocalDateTime finish, long durationMinutes,
            long workMinutes, BigDecimal cost) {
    }
}
