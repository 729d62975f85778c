package org.sextant.schedule.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.schedule.WorkCalendar;
import org.sextant.schedule.WorkCalendar.WorkingTime;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shape of working intervals in the calendar tables: {@code [{"start":"08:00","end":"12:00"}]}. */
final class CalendarJson {

    private static final TypeReference<Map<String, List<Map<String, String>>>> WEEK = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> DAY = new TypeReference<>() { };

    private final JsonMapper json;

    CalendarJson(JsonMapper json) {
        this.json = json;
    }

    String week(Map<DayOfWeek, List<WorkingTime>> week) {
        Map<String, List<Map<String, String>>> map = new LinkedHashMap<>();
        new EnumMap<>(week).forEach((day, intervals) -> map.put(day.name(), intervals(intervals)));
        return json.writeValueAsString(map);
    }

    Map<DayOfWeek, List<WorkingTime>> week(String text) {
        Map<DayOfWeek, List<WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
        if (text != null) {
            json.readValue(text, WEEK).forEach((day, intervals) -> week.put(DayOfWeek.valueOf(day), times(intervals)));
        }
        return week;
    }

    String day(List<WorkingTime> intervals) {
        return intervals == null || intervals.isEmpty() ? null : json.writeValueAsString(intervals(intervals));
    }

    List<WorkingTime> day(String text) {
        return text == null ? List.of() : times(json.readValue(text, DAY));
    }

    String recurrence(WorkCalendar.Recurrence recurrence) {
        return recurrence == null ? null : json.writeValueAsString(recurrence);
    }

    WorkCalendar.Recurrence recurrence(String text) {
        return text == null ? null : json.readValue(text, WorkCalendar.Recurrence.class);
    }

    private static List<Map<String, String>> intervals(List<WorkingTime> intervals) {
        List<Map<String, String>> list = new ArrayList<>();
        for (WorkingTime time : intervals) {
            list.add(Map.of("start", time.start().toString(), "end", time.end().toString()));
        }
        return list;
    }

    private static List<WorkingTime> times(List<Map<String, String>> list) {
        return list.stream().map(m -> new WorkingTime(LocalTime.parse(m.get("start")), LocalTime.parse(m.get("end"))))
                .toList();
    }
}
