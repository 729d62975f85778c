package org.sextant.interchange.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.interchange.model.InterchangeFile;

/** Collects warnings by code, counting repeats. */
final class Warnings {

    private final Map<String, String> messages = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String code, String message) {
        messages.putIfAbsent(code, message);
        counts.merge(code, 1, Integer::sum);
    }

    List<InterchangeFile.Warning> list() {
        List<InterchangeFile.Warning> list = new ArrayList<>();
        messages.forEach((code, message) -> list.add(new InterchangeFile.Warning(code, message, counts.get(code))));
        return list;
    }
}
