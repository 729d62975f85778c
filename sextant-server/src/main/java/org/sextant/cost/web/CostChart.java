package org.sextant.cost.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.cost.CostOverview;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost view's chart as an Apache ECharts option (JSON, drawn by {@code /js/sextant.js}): budget,
 * plan and actual per month as bars, their running totals as lines, and the forecast at completion as
 * a horizontal line.
 */
final class CostChart {

    private CostChart() {
    }

    static String option(CostOverview view, JsonMapper json) {
        List<String> months = new ArrayList<>();
        List<Double> budget = new ArrayList<>();
        List<Double> planned = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        List<Double> cumBudget = new ArrayList<>();
        List<Double> cumPlanned = new ArrayList<>();
        List<Double> cumActual = new ArrayList<>();
        BigDecimal b = BigDecimal.ZERO;
        BigDecimal p = BigDecimal.ZERO;
        BigDecimal a = BigDecimal.ZERO;
        for (CostOverview.MonthRow m : view.byMonth()) {
            months.add(m.period().toString());
            budget.add(m.budget().doubleValue());
            planned.add(m.planned().doubleValue());
            actual.add(m.actual().doubleValue());
            b = b.add(m.budget());
            p = p.add(m.planned());
            a = a.add(m.actual());
            cumBudget.add(b.doubleValue());
            cumPlanned.add(p.doubleValue());
            cumActual.add(a.doubleValue());
        }
        Map<String, Object> cumulativePlan = series("Planned to date", "line", cumPlanned, "#2563eb", 1);
        if (view.forecast() != null) {
            cumulativePlan.put("markLine", Map.of("symbol", "none", "silent", true, "data", List.of(Map.of(
                    "name", "Forecast", "yAxis", view.forecast().doubleValue(),
                    "label", Map.of("formatter", "Forecast at completion {c}"),
                    "lineStyle", Map.of("color", "#d92d20", "type", "dashed")))));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("bottom", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 24, "bottom", 56, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", months));
        option.put("yAxis", List.of(
                Map.of("type", "value", "name", view.currency() + " / month",
                        "splitLine", Map.of("lineStyle", Map.of("color", "#eef1f6"))),
                Map.of("type", "value", "name", view.currency() + " to date", "splitLine", Map.of("show", false))));
        option.put("series", List.of(series("Budget", "bar", budget, "#94a3b8", 0),
                series("Planned", "bar", planned, "#93c5fd", 0), series("Actual", "bar", actual, "#f0a202", 0),
                series("Budget to date", "line", cumBudget, "#5b6577", 1), cumulativePlan,
                series("Actual to date", "line", cumActual, "#b45309", 1)));
        return json.writeValueAsString(option);
    }

    private static Map<String, Object> series(String name, String type, List<Double> data, String colour, int axis) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", type);
        s.put("yAxisIndex", axis);
        s.put("data", data);
        s.put("itemStyle", Map.of("color", colour));
        if (type.equals("line")) {
            s.put("showSymbol", false);
            s.put("lineStyle", Map.of("width", 2));
        }
        return s;
    }
}
