package org.sextant.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectId;
import org.sextant.schedule.ConstraintType;
import org.sextant.schedule.Task;
import org.sextant.schedule.TaskId;
import org.sextant.schedule.TaskKind;

class ProgressRulesTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 1, 4, 8, 0);
    private static final LocalDateTime FINISH = LocalDateTime.of(2027, 1, 8, 17, 0);

    private static Task task(LocalDateTime start, LocalDateTime finish) {
        return new Task(TaskId.of(1), 0, ProjectId.of(1), null, "1", "Survey", TaskKind.TASK, 1, 2400, 2400, start,
                finish, 0, null, null, ConstraintType.ASAP, null, null, null, 500, null, null);
    }

    private static String field(Runnable call) {
        try {
            call.run();
        } catch (BusinessRuleException e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void progressWithoutAnActualStartStartsAtTheScheduledStart() {
        Task.Progress p = ProgressRules.complete(task(START, FINISH), new Task.Progress(25, null, null));
        assertThat(p.actualStart()).isEqualTo(START);
        assertThat(p.actualFinish()).isNull();
    }

    @Test
    void oneHundredPercentFinishesAtTheScheduledFinishWithNoWorkLeft() {
        Task.Progress p = ProgressRules.complete(task(START, FINISH), new Task.Progress(100, null, null));
        assertThat(p.actualStart()).isEqualTo(START);
        assertThat(p.actualFinish()).isEqualTo(FINISH);
        assertThat(p.remainingWorkMinutes()).isZero();
    }

    @Test
    void remainingWorkLeftOutIsTheUnfinishedShareOfTheWork() {
        assertThat(ProgressRules.complete(task(START, FINISH), new Task.Progress(25, START, null)).remainingWorkMinutes())
                .isEqualTo(1800);
        assertThat(ProgressRules.complete(task(START, FINISH), new Task.Progress(25, START, null, 600L))
                .remainingWorkMinutes()).isEqualTo(600);
        assertThat(ProgressRules.complete(task(START, FINISH), new Task.Progress(0, null, null)).actualStart()).isNull();
    }

    @Test
    void anActualFinishWithLessThanAHundredPercentIsRefused() {
        assertThat(field(() -> ProgressRules.complete(task(START, FINISH), new Task.Progress(60, START, FINISH))))
                .isEqualTo("percentComplete");
    }

    @Test
    void anActualFinishBeforeTheActualStartIsRefused() {
        assertThat(field(() -> ProgressRules.complete(task(START, FINISH),
                new Task.Progress(100, FINISH, START)))).isEqualTo("actualFinish");
    }

    @Test
    void progressOnAnUnscheduledTaskNeedsAnActualStart() {
        assertThat(field(() -> ProgressRules.complete(task(null, null), new Task.Progress(10, null, null))))
                .isEqualTo("actualStart");
        assertThatThrownBy(() -> ProgressRules.complete(task(START, FINISH), new Task.Progress(100, START, null, 5L)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("no remaining work");
    }
}
