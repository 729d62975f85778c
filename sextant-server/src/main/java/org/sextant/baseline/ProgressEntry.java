package org.sextant.baseline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.sextant.schedule.TaskId;

/**
 * One recorded state of a task's progress: what it was after a write, as of the project's status date
 * at that moment.
 *
 * @param id                   position in the history (ascending with time)
 * @param taskId               the task
 * @param taskName             its current name
 * @param wbsCode              its current outline code
 * @param statusDate           the project's status date when recorded (the day of recording if it had none)
 * @param percentComplete      0..100
 * @param actualStart          actual start, if started
 * @param actualFinish         actual finish, if finished
 * @param remainingWorkMinutes remaining work, if reported or derived
 * @param recordedBy           login name of the writer ("system" for start-up and demo data)
 * @param recordedAt           when
 */
public record ProgressEntry(long id, TaskId taskId, String taskName, String wbsCode, LocalDate statusDate,
        int percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish, Long remainingWorkMinutes,
        String recordedBy, Instant recordedAt) {
}
