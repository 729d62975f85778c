package org.sextant.schedule.internal;

import java.time.LocalDateTime;
import org.sextant.platform.BusinessRuleException;
import org.sextant.schedule.Task;

/**
 * Completes and checks a progress report the way MS Project does when progress is typed in (ADR 0009):
 * <ul>
 *   <li>a percent complete above 0 without an actual start takes the scheduled start as actual start;</li>
 *   <li>100 % without an actual finish takes the scheduled finish as actual finish;</li>
 *   <li>an actual finish means 100 %: a lower percent with an actual finish is refused, since the two
 *       contradict each other and a request carries both (MS Project lets the field typed last win);</li>
 *   <li>remaining work left out is derived: work × (100 − percent) / 100; a finished task has none;</li>
 *   <li>an actual finish before the actual start, or without any start, is refused.</li>
 * </ul>
 * Each refusal names the field it concerns.
 */
final class ProgressRules {

    private ProgressRules() {
    }

    /** The report as it will be stored, for {@code task} as it is now. */
    static Task.Progress complete(Task task, Task.Progress reported) {
        int percent = reported.percentComplete();
        if (percent < 0 || percent > 100) {
            throw BusinessRuleException.invalid("percentComplete", "percent complete is 0 to 100; was " + percent);
        }
        LocalDateTime start = reported.actualStart();
        LocalDateTime finish = reported.actualFinish();
        if (finish != null && percent < 100) {
            throw BusinessRuleException.invalid("percentComplete", "a task with an actual finish is 100 % complete; "
                    + "was " + percent + " %. Clear the actual finish or report 100 %");
        }
        if (start == null && (percent > 0 || finish != null)) {
            start = task.plannedStart();
            if (start == null) {
                throw BusinessRuleException.invalid("actualStart", "a task with progress needs an actual start, and '"
                        + task.name() + "' has no scheduled start to take it from");
            }
        }
        if (percent == 100 && finish == null) {
            finish = task.plannedFinish();
            if (finish == null || finish.isBefore(start)) {
                throw BusinessRuleException.invalid("actualFinish", "a task 100 % complete needs an actual finish"
                        + (finish == null ? "" : " on or after its actual start " + start));
            }
        }
        if (finish != null && finish.isBefore(start)) {
            throw BusinessRuleException.invalid("actualFinish", "actual finish " + finish + " is before actual start "
                    + start);
        }
        Long remaining = reported.remainingWorkMinutes();
        if (remaining != null && remaining < 0) {
            throw BusinessRuleException.invalid("remainingWorkMinutes", "remaining work cannot be negative; was "
                    + remaining + " minutes");
        }
        if (remaining != null && remaining > 0 && percent == 100) {
            throw BusinessRuleException.invalid("remainingWorkMinutes", "a task 100 % complete has no remaining work; was "
                    + remaining + " minutes");
        }
        if (remaining == null) {
            remaining = Math.round(task.workMinutes() * (100 - percent) / 100.0);
        }
        return new Task.Progress(percent, start, finish, remaining);
    }
}
