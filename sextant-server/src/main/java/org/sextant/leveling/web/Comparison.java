package org.sextant.leveling.web;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sextant.leveling.Proposal;

/**
 * The before/after Gantt of a proposal as SVG geometry: one row per delayed task, its current bar above
 * its leveled bar, on a common time axis (x in 0..{@value #WIDTH}).
 */
record Comparison(List<Row> rows, String from, String to, int height) {

    static final int WIDTH = 1000;
    static final int ROW = 34;
    static final int MAX_ROWS = 200;

    /** One task: x and width of the bar before and after, and the row's y. */
    record Row(String label, double beforeX, double beforeWidth, double afterX, double afterWidth, int y,
            String title) {
    }

    static Comparison of(Proposal proposal) {
        LocalDateTime min = null;
        LocalDateTime max = null;
        List<Proposal.TaskChange> tasks = proposal.tasks().stream().limit(MAX_ROWS).toList();
        for (Proposal.TaskChange t : tasks) {
            for (LocalDateTime d : new LocalDateTime[] {t.startBefore(), t.finishBefore(), t.startAfter(), t.finishAfter()}) {
                if (d != null) {
                    min = min == null || d.isBefore(min) ? d : min;
                    max = max == null || d.isAfter(max) ? d : max;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        if (min == null) {
            return new Comparison(rows, "", "", 0);
        }
        double span = Math.max(1, ChronoUnit.MINUTES.between(min, max));
        int y = 0;
        for (Proposal.TaskChange t : tasks) {
            double bx = x(t.startBefore(), min, span);
            double ax = x(t.startAfter(), min, span);
            rows.add(new Row(t.name(), bx, Math.max(2, x(t.finishBefore(), min, span) - bx), ax,
                    Math.max(2, x(t.finishAfter(), min, span) - ax), y,
                    t.name() + ": " + day(t.startBefore()) + " – " + day(t.finishBefore()) + " → " + day(t.startAfter())
                            + " – " + day(t.finishAfter())));
            y += ROW;
        }
        return new Comparison(rows, day(min), day(max), y);
    }

    private static double x(LocalDateTime d, LocalDateTime min, double span) {
        return d == null ? 0 : Math.round(WIDTH * ChronoUnit.MINUTES.between(min, d) / span * 10) / 10.0;
    }

    private static String day(LocalDateTime d) {
        return d == null ? "–" : d.toLocalDate().toString();
    }
}
