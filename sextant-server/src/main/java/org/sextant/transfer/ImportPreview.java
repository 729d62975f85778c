package org.sextant.transfer;

import java.util.List;

/**
 * What a file holds, as a user sees it before confirming.
 *
 * @param format   MPP, MSPDI, XER, ...
 * @param projects counts per project
 * @param warnings what will not be kept
 */
public record ImportPreview(String format, List<ProjectCounts> projects, List<Warning> warnings) {

    public record ProjectCounts(String name, int tasks, int milestones, int summaries, int links, int resources,
            int assignments, int calendars) {
    }

    public record Warning(String code, String message, int count) {
    }
}
