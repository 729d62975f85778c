package org.sextant.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sextant.engine.schedule.Net.at;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.DayPattern;

/** Activities scheduled by their assignments: work ÷ units on each resource's own calendar. */
class WorkDrivenActivityTest {

    /** Monday to Thursday: Fridays off. */
    private static final CalendarDefinition FOUR_DAYS = CalendarDefinition.derived("four", "std",
            Map.of(DayOfWeek.FRIDAY, DayPattern.NON_WORKING), List.of());

    @Test
    void anAssignmentLastsItsWorkDividedByItsUnits() {
        Activity a = Activity.of("A", "p", 480).withAssignments(List.of(new Assignment("std", 960, 0.5)));
        ActivitySchedule s = new Net().add(a).get("A");
        assertThat(s.start()).isEqualTo(at("2026-01-05T08:00"));
        assertThat(s.finish()).isEqualTo(at("2026-01-08T17:00"));
    }

    @Test
    void aTaskWhoseResourcesWorkOnDifferentCalendarsFinishesWithItsLastAssignment() {
        Activity a = Activity.of("A", "p", 2400).withAssignments(List.of(new Assignment("std", 2400, 1.0),
                new Assignment("four", 1200, 0.5)));
        Net net = new Net().calendar(FOUR_DAYS).add(a).task("B", 1).fs("A", "B");
        ActivitySchedule s = net.get("A");
        assertThat(s.start()).isEqualTo(at("2026-01-05T08:00"));
        // five days on the four-day calendar: Monday to Thursday, then the next Monday
        assertThat(s.finish()).isEqualTo(at("2026-01-12T17:00"));
        assertThat(s.totalFloatMinutes()).isZero();
        assertThat(s.critical()).isTrue();
        assertThat(s.lateStart()).isEqualTo(at("2026-01-05T08:00"));
        ActivitySchedule b = net.get("B");
        assertThat(b.start()).isEqualTo(at("2026-01-13T08:00"));
        assertThat(b.drivingPredecessors()).containsExactly("A");
    }

    @Test
    void aTaskThatStartsWhereOnlyOneOfItsResourcesWorksStartsWithTheEarliestAssignment() {
        // a Friday start: the four-day resource begins on Monday, the other on Friday
        Activity a = Activity.of("A", "p", 480).withConstraint(new Constraint(ConstraintType.START_NO_EARLIER_THAN,
                at("2026-01-09T08:00"))).withAssignments(List.of(new Assignment("four", 480, 1.0),
                new Assignment("std", 480, 1.0)));
        ActivitySchedule s = new Net().calendar(FOUR_DAYS).add(a).get("A");
        assertThat(s.start()).isEqualTo(at("2026-01-09T08:00"));
        assertThat(s.finish()).isEqualTo(at("2026-01-12T17:00"));
    }

    @Test
    void anAssignmentOnAnUnknownCalendarIsRejectedNamingTheActivity() {
        Activity a = Activity.of("A", "p", 480).withAssignments(List.of(new Assignment("nowhere", 480, 1.0)));
        assertThatThrownBy(new Net().add(a)::result).isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("A").hasMessageContaining("nowhere");
    }

    @Test
    void assignmentsWithoutPositiveUnitsAreRefused() {
        assertThatThrownBy(() -> new Assignment("std", 480, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("units");
    }
}
