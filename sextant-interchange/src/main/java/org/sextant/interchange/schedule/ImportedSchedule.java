package org.sextant.interchange.schedule;

import java.util.List;
import org.sextant.engine.schedule.ScheduleInput;

/**
 * A file read for scheduling: the engine input, the stored dates of the tasks that can be compared,
 * and which tool wrote it.
 */
public record ImportedSchedule(ScheduleInput input, List<StoredDates> stored, SourceTool tool) {

    /** The tool whose scheduling rules the file follows. */
    public enum SourceTool {
        MICROSOFT_PROJECT,
        PRIMAVERA
    }

    public ImportedSchedule {
        stored = List.copyOf(stored);
    }
}
