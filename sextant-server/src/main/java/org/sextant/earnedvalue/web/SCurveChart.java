package org.sextant.earnedvalue.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.sextant.engine.evm.SCurve;
import tools.jackson.databind.json.JsonMapper;

/**
 * An S-curve as an Apache ECharts option (JSON, drawn by {@code /js/sextant.js}): cumulative PV, EV and
 * AC per period, a vertical line at the period holding the status date, and horizontal lines at the
 * BAC and the EAC.
 */
final class SCurveChart {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    private SCurveChart() {
    }

    static String option(SCurve curve, LocalDate statusDate, double bac, OptionalDouble eac, String unitLabel,
            JsonMapper json) {
        List<String> labels = new ArrayList<>();
        List<Double> pv = new ArrayList<>();
        List<Double> ev = new ArrayList<>();
        List<Double> ac = new ArrayList<>();
        String statusLabel = null;
        for (SCurve.Point p : curve.points()) {
            String label = LABEL.format(p.periodEnd());
            labels.add(label);
            pv.add(round(p.plannedValue()));
            ev.add(p.earnedValue().isPresent() ? round(p.earnedValue().getAsDouble()) : null);
            ac.add(p.actualCost().isPresent() ? round(p.actualCost().getAsDouble()) : null);
            if (statusLabel == null && !p.periodEnd().isBefore(statusDate)) {
                statusLabel = label;
            }
        }
        List<Map<String, Object>> levels = new ArrayList<>();
        levels.add(Map.of("name", "BAC", "yAxis", round(bac), "label", Map.of("formatter", "BAC {c}"),
                "lineStyle", Map.of("color", "#5b6577", "type", "dashed")));
        if (eac.isPresent() && Double.isFinite(eac.getAsDouble())) {
            levels.add(Map.of("name", "EAC", "yAxis", round(eac.getAsDouble()), "label", Map.of("formatter", "EAC {c}"),
                    "lineStyle", Map.of("color", "#d92d20", "type", "dashed")));
        }
        Map<String, Object> pvSeries = series("Planned value (PV)", pv, "#2563eb");
        List<Object> markData = new ArrayList<>(levels);
        if (statusLabel != null) {
            markData.add(Map.of("name", "Status date", "xAxis", statusLabel,
                    "label", Map.of("formatter", "Status " + statusDate), "lineStyle", Map.of("color", "#0f766e")));
        }
        pvSeries.put("markLine", Map.of("symbol", "none", "silent", true, "data", markData));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 24, "bottom", 40, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "boundaryGap", false, "data", labels));
        option.put("yAxis", Map.of("type", "value", "name", unitLabel,
                "splitLine", Map.of("lineStyle", Map.of("color", "#eef1f6"))));
        option.put("series", List.of(pvSeries, series("Earned value (EV)", ev, "#2f9e5b"),
                series("Actual cost (AC)", ac, "#f0a202")));
        return json.writeValueAsString(option);
    }

    private static Map<String, Object> series(String name, List<Double> data, String colour) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "line");
        s.put("showSymbol", false);
        s.put("data", data);
        s.put("itemStyle", Map.of("color", colour));
        s.put("lineStyle", Map.of("width", 2));
        return s;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
