package org.sextant.engine.schedule;

import java.time.LocalDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sextant.engine.calendar.EpochMinutes;

/**
 * A computed schedule. It keeps its figures in arrays (an immutable snapshot) and builds
 * {@link ActivitySchedule} values on demand, so that a million-activity schedule costs a few int
 * arrays rather than millions of objects.
 */
public final class Schedule implements ScheduleResult {

    private final ScheduleNetwork net;
    private final int[] es;
    private final int[] ef;
    private final int[] startAt;
    private final int[] finishAt;
    private final int[] ls;
    private final int[] lf;
    private final int[] totalFloat;
    private final int[] freeFloat;
    private final boolean[] critical;
    private final boolean[] drivingLink;
    private final int[] projectFinish;

    /** A snapshot of the passes' figures; {@code copy} is false when the passes are discarded afterwards. */
    Schedule(ScheduleNetwork net, CriticalPathPasses passes, boolean copy) {
        this.net = net;
        es = copy ? passes.es.clone() : passes.es;
        ef = copy ? passes.ef.clone() : passes.ef;
        startAt = passes.startAt == passes.es ? es : copy ? passes.startAt.clone() : passes.startAt;
        finishAt = passes.finishAt == passes.ef ? ef : copy ? passes.finishAt.clone() : passes.finishAt;
        ls = copy ? passes.ls.clone() : passes.ls;
        lf = copy ? passes.lf.clone() : passes.lf;
        totalFloat = copy ? passes.totalFloat.clone() : passes.totalFloat;
        freeFloat = copy ? passes.freeFloat.clone() : passes.freeFloat;
        critical = copy ? passes.critical.clone() : passes.critical;
        drivingLink = copy ? passes.drivingLink.clone() : passes.drivingLink;
        projectFinish = passes.projectFinish.clone();
    }

    /** Number of activities. */
    public int size() {
        return net.n;
    }

    /** The schedule of every activity, in input order. */
    public List<ActivitySchedule> activities() {
        return new AbstractList<>() {
            @Override
            public ActivitySchedule get(int i) {
                return activity(i);
            }

            @Override
            public int size() {
                return net.n;
            }
        };
    }

    /** The schedule of one activity by id. */
    public Optional<ActivitySchedule> activity(String id) {
        int i = net.index.get(id);
        return i < 0 ? Optional.empty() : Optional.of(activity(i));
    }

    /** The schedule of the activity at input position {@code i}. */
    public ActivitySchedule activity(int i) {
        LocalDateTime earlyStart = EpochMinutes.toDateTime(es[i]);
        LocalDateTime earlyFinish = EpochMinutes.toDateTime(ef[i]);
        LocalDateTime start = startAt == es ? earlyStart : EpochMinutes.toDateTime(startAt[i]);
        LocalDateTime finish = finishAt == ef ? earlyFinish : EpochMinutes.toDateTime(finishAt[i]);
        return new ActivitySchedule(net.ids[i], start, finish, earlyStart, earlyFinish,
                EpochMinutes.toDateTime(ls[i]), EpochMinutes.toDateTime(lf[i]), totalFloat[i], freeFloat[i],
                critical[i], net.summary[i], drivingPredecessors(i));
    }

    private List<String> drivingPredecessors(int i) {
        List<String> result = new ArrayList<>(1);
        for (int k = net.inStart[i]; k < net.inStart[i + 1]; k++) {
            int l = k;
            if (drivingLink[l]) {
                result.add(net.ids[net.linkPred[l]]);
            }
        }
        return List.copyOf(result);
    }

    /** The early finish of a project (the latest early finish of its activities). */
    public LocalDateTime projectFinish(String projectId) {
        for (int p = 0; p < net.projectIds.length; p++) {
            if (net.projectIds[p].equals(projectId)) {
                return EpochMinutes.toDateTime(projectFinish[p]);
            }
        }
        throw new IllegalArgumentException("unknown project " + projectId);
    }

    /** Early start of activity {@code i} as epoch minutes (for bulk consumers). */
    public int earlyStartMinutes(int i) {
        return es[i];
    }

    /** Early finish of activity {@code i} as epoch minutes (for bulk consumers). */
    public int earlyFinishMinutes(int i) {
        return ef[i];
    }

    /** Number of critical activities. */
    public int criticalCount() {
        int count = 0;
        for (boolean c : critical) {
            if (c) {
                count++;
            }
        }
        return count;
    }
}
