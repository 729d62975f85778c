package org.sextant.project.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portfolio page's charts as Apache ECharts options (JSON), drawn by {@code /js/sextant.js}:
 * projects per phase coloured by health, and budget against actual cost per portfolio.
 */
final class PortfolioCharts {

    static final Map<String, String> RAG_COLOURS = Map.of("GREEN", "#2f9e5b", "AMBER", "#f0a202", "RED", "#d92d20",
            "GREY", "#9aa4b2");

    private PortfolioCharts() {
    }

    static String byPhase(List<Project> projects, LocalDate today, JsonMapper json) {
        List<String> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            phases.add(label(phase.name()));
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (String rag : List.of("GREEN", "AMBER", "RED", "GREY")) {
            int[] counts = new int[Phase.values().length];
            for (Project p : projects) {
                if (Health.of(p, today).rag().equals(rag)) {
                    counts[p.phase().ordinal()]++;
                }
            }
            series.add(Map.of("name", rag.equals("GREY") ? "Closed" : label(rag), "type", "bar", "stack", "health",
                    "barWidth", "55%", "itemStyle", Map.of("color", RAG_COLOURS.get(rag)), "data", counts));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("bottom", 0, "icon", "circle", "itemWidth", 8, "itemHeight", 8));
        option.put("grid", Map.of("left", 8, "right", 12, "top", 12, "bottom", 36, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", phases, "axisTick", Map.of("show", false)));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1, "splitLine", Map.of("lineStyle", Map.of("color", "#eef1f6"))));
        option.put("series", series);
        return json.writeValueAsString(option);
    }

    static String budgetByGroup(List<Project> projects, Map<Long, String> groupNames, boolean byProgram, JsonMapper json) {
        Map<String, BigDecimal[]> totals = new LinkedHashMap<>();
        for (Project p : projects) {
            Object id = byProgram ? p.programId() : p.portfolioId();
            String name = id == null ? "No program" : groupNames.getOrDefault(Long.valueOf(id.toString()), "?");
            BigDecimal[] t = totals.computeIfAbsent(name, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            t[0] = t[0].add(p.budget() == null ? BigDecimal.ZERO : p.budget());
            t[1] = t[1].add(p.actualCost() == null ? BigDecimal.ZERO : p.actualCost());
        }
        List<String> names = new ArrayList<>(totals.keySet());
        List<BigDecimal> budget = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        for (String name : names) {
            budget.add(thousands(totals.get(name)[0]));
            actual.add(thousands(totals.get(name)[1]));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true));
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("bottom", 0, "icon", "circle", "itemWidth", 8, "itemHeight", 8));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 12, "bottom", 36, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", "{value}k"),
                "splitLine", Map.of("lineStyle", Map.of("color", "#eef1f6"))));
        option.put("yAxis", Map.of("type", "category", "data", names, "axisTick", Map.of("show", false),
                "axisLabel", Map.of("width", 150, "overflow", "truncate")));
        option.put("series", List.of(
                Map.of("name", "Budget", "type", "bar", "data", budget, "itemStyle", Map.of("color", "#1f6feb", "borderRadius", 3)),
                Map.of("name", "Actual cost", "type", "bar", "data", actual, "itemStyle", Map.of("color", "#ffb020", "borderRadius", 3))));
        return json.writeValueAsString(option);
    }

    private static BigDecimal thousands(BigDecimal amount) {
        return amount.divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP);
    }

    private static String label(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase();
    }
}
