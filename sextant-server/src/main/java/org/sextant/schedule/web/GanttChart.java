package org.sextant.schedule.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Gantt chart of a project's WBS as an Apache ECharts option (JSON): one row per scheduled task in
 * WBS order, drawn as stacked horizontal bars on a time axis (an invisible bar up to the start, a
 * visible one for the duration, in days from the first start), milestones as diamonds, critical tasks
 * in red. A second, label-only time axis over the same span shows the dates.
 */
final class GanttChart {

    private GanttChart() {
    }

    /** The option, or null when no task has planned dates yet. */
    static String of(WbsRows wbs, Set<Long> critical, JsonMapper json) {
        List<WbsRows.Row> rows = wbs.rows().stream()
                .filter(r -> r.task().plannedStart() != null && r.task().plannedFinish() != null).toList();
        if (rows.isEmpty()) {
            return null;
        }
        LocalDateTime origin = rows.stream().map(r -> r.task().plannedStart()).min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime end = rows.stream().map(r -> r.task().plannedFinish()).max(LocalDateTime::compareTo).orElseThrow();
        List<String> names = new ArrayList<>();
        List<Object> offsets = new ArrayList<>();
        List<Object> bars = new ArrayList<>();
        List<Object> milestones = new ArrayList<>();
        for (WbsRows.Row r : rows) {
            double start = days(origin, r.task().plannedStart());
            double finish = days(origin, r.task().plannedFinish());
            String label = "\u00a0\u00a0".repeat(Math.min(r.depth(), 4)) + r.code() + " " + r.task().name();
            names.add(label);
            offsets.add(start);
            boolean milestone = r.task().kind().name().equals("MILESTONE");
            String colour = critical.contains(r.task().id().value()) ? "#d92d20"
                    : r.task().kind().name().equals("SUMMARY") ? "#0f1e3d" : "#1f6feb";
            bars.add(Map.of("value", milestone ? 0 : Math.max(finish - start, 0), "itemStyle", Map.of("color", colour)));
            if (milestone) {
                milestones.add(List.of(start, label));
            }
        }
        double span = Math.max(days(origin, end), 1);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("aria", Map.of("enabled", true));
        option.put("grid", Map.of("left", 280, "right", 24, "top", 28, "bottom", 8));
        option.put("xAxis", List.of(
                Map.of("type", "value", "min", 0, "max", span, "show", false),
                Map.of("type", "time", "position", "top", "min", millis(origin), "max", millis(end),
                        "splitLine", Map.of("show", true, "lineStyle", Map.of("color", "#eef1f6")),
                        "axisLabel", Map.of("hideOverlap", true))));
        option.put("yAxis", Map.of("type", "category", "data", names, "inverse", true, "axisTick", Map.of("show", false),
                "axisLabel", Map.of("width", 260, "overflow", "truncate", "fontSize", 11, "align", "left", "margin", 272)));
        option.put("tooltip", Map.of("show", false));
        option.put("series", List.of(
                Map.of("type", "bar", "stack", "gantt", "silent", true, "itemStyle", Map.of("color", "transparent"),
                        "data", offsets, "barWidth", 10),
                Map.of("type", "bar", "stack", "gantt", "data", bars, "barWidth", 10, "itemStyle", Map.of("borderRadius", 3)),
                Map.of("type", "scatter", "symbol", "diamond", "symbolSize", 12, "itemStyle", Map.of("color", "#f0a202"),
                        "data", milestones)));
        return json.writeValueAsString(option);
    }

    static int height(WbsRows wbs) {
        long scheduled = wbs.rows().stream().filter(r -> r.task().plannedStart() != null).count();
        return (int) Math.min(60 + scheduled * 22, 1400);
    }

    private static double days(LocalDateTime origin, LocalDateTime time) {
        return java.time.Duration.between(origin, time).toMinutes() / 1440.0;
    }

    private static long millis(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
