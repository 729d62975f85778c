package org.sextant.cli.bench;

import java.util.HashMap;
import java.util.Map;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.sextant.engine.calendar.CalendarException;
import org.sextant.engine.schedule.Activity;
import org.sextant.engine.schedule.Link;
import org.sextant.engine.schedule.ScheduleInput;

/** Builds the same generated network as an MPXJ {@link ProjectFile}, to time MPXJ's scheduler on it. */
final class MpxjNetworkBuilder {

    private MpxjNetworkBuilder() {
    }

    static ProjectFile build(ScheduleInput input) {
        ProjectFile file = new ProjectFile();
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        for (CalendarException holiday : NetworkGenerator.holidays()) {
            calendar.addCalendarException(holiday.from(), holiday.to());
        }
        file.getProjectProperties().setDefaultCalendar(calendar);
        file.getProjectProperties().setStartDate(NetworkGenerator.START);
        Map<String, Task> tasks = new HashMap<>();
        for (Activity activity : input.activities()) {
            Task task = file.addTask();
            task.setName(activity.id());
            Duration duration = Duration.getInstance(activity.durationMinutes() / 60.0, TimeUnit.HOURS);
            task.setDuration(duration);
            task.setActualDuration(Duration.getInstance(0, TimeUnit.HOURS));
            task.setRemainingDuration(duration);
            switch (activity.constraint().type()) {
                case START_NO_EARLIER_THAN -> {
                    task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
                    task.setConstraintDate(activity.constraint().date());
                }
                case FINISH_NO_LATER_THAN -> {
                    task.setConstraintType(ConstraintType.FINISH_NO_LATER_THAN);
                    task.setConstraintDate(activity.constraint().date());
                }
                default -> task.setConstraintType(ConstraintType.AS_SOON_AS_POSSIBLE);
            }
            tasks.put(activity.id(), task);
        }
        for (Link link : input.links()) {
            RelationType type = switch (link.type()) {
                case FINISH_TO_START -> RelationType.FINISH_START;
                case START_TO_START -> RelationType.START_START;
                case FINISH_TO_FINISH -> RelationType.FINISH_FINISH;
                case START_TO_FINISH -> RelationType.START_FINISH;
            };
            tasks.get(link.successorId()).addPredecessor(new Relation.Builder()
                    .predecessorTask(tasks.get(link.predecessorId())).type(type)
                    .lag(Duration.getInstance(link.lag().value() / 60.0, TimeUnit.HOURS)));
        }
        return file;
    }
}
