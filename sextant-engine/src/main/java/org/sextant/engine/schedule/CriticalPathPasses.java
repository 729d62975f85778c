package org.sextant.engine.schedule;

import java.util.Arrays;
import org.sextant.engine.calendar.CompiledCalendar;

/**
 * The critical path method over a {@link ScheduleNetwork}: forward pass (early dates), backward pass
 * (late dates), total and free float, driving links and the critical flag.
 *
 * <p>Technique: nodes are visited in topological order; all date arithmetic is done on working-minute
 * indexes of each activity's {@link CompiledCalendar}, so that a chain of activities on one calendar
 * costs one index conversion per link and two instant conversions per activity. Each pass is a sweep
 * over the order that skips nodes not marked dirty; a full schedule marks every node (and, visiting
 * every node anyway, propagates nothing), an incremental one marks only the edited activity, and a
 * node that changes marks its neighbours. Floats reuse the date each link allowed in the forward pass
 * (see {@link #floats}). Complexity
 * O((n + m) · log D) for n activities, m links and D calendar days in the window; memory is a dozen
 * int arrays of length n plus an int and a boolean per link.
 *
 * <p>Rules, with the tolerances that the parity tests rely on:
 * <ul>
 *   <li>FS/SS links constrain the successor's start, FF/SF its finish; lags are whole working minutes
 *       (rounded) in the {@link LagCalendar} of the options, elapsed lags are calendar minutes and
 *       percent lags are a percentage of the predecessor's duration, rounded to the minute.</li>
 *   <li>Starts land on the start of a working minute and finishes on the end of one; a milestone
 *       keeps its driving instant when working time ends there (a milestone after a task that ends on
 *       Friday 17:00 is on Friday 17:00).</li>
 *   <li>Every activity starts no earlier than its project's start and finishes, late, no later than
 *       its project's early finish (or its must-finish-by date), which is the late finish of
 *       open-ended activities. Float is therefore measured against each project's own finish, also
 *       in a network of several projects.</li>
 *   <li>Constraints: SNET/FNET raise early dates, MSO/MFO fix them; SNLT/FNLT cap early dates only
 *       when {@link ScheduleOptions#lateConstraintsInForwardPass()} (MS Project) and always cap late
 *       dates; deadlines cap late dates only. Conflicts surface as negative total float.</li>
 *   <li>ALAP activities (MS Project) are moved to their late dates after a first backward pass and
 *       successors are rescheduled (a second forward and backward pass); with
 *       {@link ScheduleOptions#alapWithinFreeFloat()} (Primavera) they only use their free float.</li>
 *   <li>Progress: completed activities keep their actual dates; started ones keep their actual start
 *       and finish after their duration (MS Project) or after their remaining duration from the
 *       status date, waiting for predecessors under retained logic (Primavera). Planned dates
 *       ({@code startAt}/{@code finishAt}) can then differ from early dates: a completed activity
 *       whose predecessors have not finished (out-of-sequence progress) hands their dates on to its
 *       successors under retained logic, and hands on its actual finish otherwise.</li>
 *   <li>A task driven by a finish link (FF/SF) finishes at the instant the link allows, as MS Project
 *       shows it: the predecessor's date itself for a link without lag (Monday 08:00 after an SF link
 *       from a start on Monday 08:00, not Friday 17:00), the end of the working minute where a working
 *       lag ends otherwise (Friday 17:00, not Monday 08:00). Of links that allow the same working
 *       minute the later instant drives, so neither the order of the links nor the order in which
 *       activities are visited changes a date.</li>
 *   <li>Summaries span their children; their links constrain all leaves below them.</li>
 *   <li>Total float is late finish minus early finish in the activity's working minutes; free float
 *       is the least slack of its outgoing links in the successor's working minutes, never above total
 *       float nor below zero; a link with zero slack is driving.</li>
 * </ul>
 */
final class CriticalPathPasses {

    private static final int FREE = Integer.MAX_VALUE;
    private static final int ELAPSED = LagUnit.ELAPSED_MINUTES.ordinal();
    private static final int PERCENT = LagUnit.PERCENT_OF_PREDECESSOR.ordinal();

    private final ScheduleNetwork net;
    final int[] es;
    final int[] ef;
    /** Where activities are planned: actual dates once progressed, else the early dates (same arrays without progress). */
    final int[] startAt;
    final int[] finishAt;
    final int[] esW;
    final int[] efW;
    final int[] ls;
    final int[] lf;
    final int[] lfW;
    /** Late start as a working index of the activity's calendar (mirrors {@code ls}). */
    final int[] lsW;
    final int[] totalFloat;
    final int[] freeFloat;
    final boolean[] critical;
    final boolean[] drivingLink;
    final int[] projectFinish;
    private final int[] summaryFinishBound;
    private final int[] summaryStartBound;
    private final int[] summaries;
    private final boolean[] alapPinned;
    private final boolean anyAlap;
    private final int[] projectStartWork;
    private final int[] projectEndWork;
    /**
     * The instant the latest {@link #candidate} call allows, whose working index it returned: set by
     * every call, for the link being evaluated.
     */
    private int rawInstant;
    /**
     * What {@link #candidate} returned for each link in the latest forward computation of its
     * successor; floats reuse it when it cannot have changed since (see {@link #floats}).
     */
    private final int[] allowedW;

    CriticalPathPasses(ScheduleNetwork net) {
        this.net = net;
        int n = net.n;
        es = new int[n];
        ef = new int[n];
        esW = new int[n];
        efW = new int[n];
        ls = new int[n];
        lf = new int[n];
        lfW = new int[n];
        lsW = new int[n];
        totalFloat = new int[n];
        freeFloat = new int[n];
        critical = new boolean[n];
        drivingLink = new boolean[net.m];
        allowedW = new int[net.m];
        projectFinish = new int[net.projectIds.length];
        int count = 0;
        boolean alap = false;
        for (int i = 0; i < n; i++) {
            if (net.summary[i]) {
                count++;
            }
            alap |= net.constraint[i] == ConstraintType.AS_LATE_AS_POSSIBLE.ordinal() && net.actualStart[i] == ScheduleNetwork.NONE;
        }
        boolean anyProgress = false;
        for (int i = 0; i < n && !anyProgress; i++) {
            anyProgress = net.actualStart[i] != ScheduleNetwork.NONE;
        }
        startAt = anyProgress ? new int[n] : es;
        finishAt = anyProgress ? new int[n] : ef;
        summaryFinishBound = new int[count > 0 ? n : 0];
        summaryStartBound = new int[count > 0 ? n : 0];
        alapPinned = new boolean[alap ? n : 0];
        anyAlap = alap;
        int projects = net.projectIds.length;
        projectStartWork = new int[net.calendars.length * projects];
        projectEndWork = new int[net.calendars.length * projects];
        for (int c = 0; c < net.calendars.length; c++) {
            for (int p = 0; p < projects; p++) {
                projectStartWork[c * projects + p] = net.calendars[c].toWork(net.projectStart[p]);
            }
        }
        summaries = new int[count];
        int k = 0;
        for (int pos = 0; pos < n; pos++) {
            int i = net.order[pos];
            if (net.summary[i]) {
                summaries[k++] = i;
            }
        }
    }

    /** Schedules every activity. */
    void full() {
        boolean[] dirty = new boolean[net.n];
        Arrays.fill(dirty, true);

        forward(dirty, 0);
        finishProjects();
        if (anyAlap && net.options.alapWithinFreeFloat()) {
            alapWithinFreeFloat();
        }
        Arrays.fill(dirty, true);
        backward(dirty, net.n - 1);
        if (anyAlap && !net.options.alapWithinFreeFloat()) {
            for (int i = 0; i < net.n; i++) {
                alapPinned[i] = net.constraint[i] == ConstraintType.AS_LATE_AS_POSSIBLE.ordinal()
                        && net.actualStart[i] == ScheduleNetwork.NONE && !net.summary[i];
            }
            Arrays.fill(dirty, true);
            forward(dirty, 0);
            finishProjects();
            Arrays.fill(dirty, true);
            backward(dirty, net.n - 1);
        }
        Arrays.fill(dirty, true);
        floats(dirty);
    }

    /**
     * Reschedules after the duration of activity {@code i} changed: only nodes reachable from it are
     * recomputed, unless a project's finish moves (then the whole backward pass runs).
     */
    void incremental(int i) {
        if (anyAlap) {
            full();
            return;
        }
        int n = net.n;
        boolean[] dirty = new boolean[n];
        boolean[] touched = new boolean[n];
        dirty[i] = true;
        touched[i] = true;
        forwardTracking(dirty, touched, net.position[i]);
        int[] before = projectFinish.clone();
        finishProjects();
        boolean fullBackward = !Arrays.equals(before, projectFinish);
        boolean[] back = new boolean[n];
        if (fullBackward) {
            Arrays.fill(back, true);
        } else {
            System.arraycopy(touched, 0, back, 0, n);
        }
        backwardTracking(back, touched, n - 1);
        if (fullBackward) {
            Arrays.fill(touched, true);
        }
        boolean[] floatNodes = touched.clone();
        for (int x = 0; x < n; x++) {
            if (touched[x]) {
                for (int k = net.inStart[x]; k < net.inStart[x + 1]; k++) {
                    floatNodes[net.linkPred[k]] = true;
                }
            }
        }
        floats(floatNodes);
    }

    /** A full forward sweep: {@code dirty} is all true and {@code fromPos} 0 (callers' contract). */
    private void forward(boolean[] dirty, int fromPos) {
        forwardTracking(dirty, null, fromPos);
    }

    private void forwardTracking(boolean[] dirty, boolean[] touched, int fromPos) {
        int[] order = net.order;
        for (int pos = fromPos; pos < order.length; pos++) {
            int i = order[pos];
            if (!dirty[i]) {
                continue;
            }
            dirty[i] = false;
            int oldEs = es[i];
            int oldEf = ef[i];
            if (net.summary[i]) {
                rollUpEarly(i);
            } else {
                forwardNode(i);
            }
            // a full sweep (touched == null) visits every node anyway: nothing to propagate
            if (touched != null && (oldEs != es[i] || oldEf != ef[i])) {
                touched[i] = true;
                for (int k = net.outStart[i]; k < net.outStart[i + 1]; k++) {
                    dirty[net.linkSucc[net.outLinks[k]]] = true;
                }
                if (net.parent[i] >= 0) {
                    dirty[net.parent[i]] = true;
                }
            }
        }
    }

    private void forwardNode(int i) {
        CompiledCalendar c = net.calendars[net.cal[i]];
        int d = net.dur[i];
        int p = net.project[i];
        int startW = projectStartWork[net.cal[i] * projectFinish.length + p];
        int rawStart = net.projectStart[p];
        int finishW = Integer.MIN_VALUE;
        int rawFinish = 0;
        boolean milestone = d == 0;
        for (int k = net.inStart[i]; k < net.inStart[i + 1]; k++) {
            int l = k;
            int w = candidate(l, c);
            allowedW[l] = w;
            byte type = net.linkType[l];
            // of two links allowing the same working minute, the later instant drives (Monday 08:00
            // rather than Friday 17:00), whatever the order of the links
            if (type == 0 || type == 1) {
                if (w > startW || (w == startW && rawInstant > rawStart)) {
                    startW = w;
                    rawStart = rawInstant;
                }
            } else if (w > finishW || (w == finishW && rawInstant > rawFinish)) {
                finishW = w;
                rawFinish = rawInstant;
            }
        }
        int status = net.projectStatus[p];
        boolean started = net.actualStart[i] != ScheduleNetwork.NONE;
        if (started) {
            scheduleStarted(i, c, startW, finishW, status);
            return;
        }
        if (net.options.unstartedAfterStatusDate() && status != ScheduleNetwork.NONE) {
            int sw = c.toWork(status);
            if (sw > startW) {
                startW = sw;
                rawStart = status;
            }
        }
        int w = startW;
        int raw = rawStart;
        if (finishW != Integer.MIN_VALUE && (finishW - d > w || (finishW - d == w && d > 0))) {
            w = finishW - d;
            raw = rawFinish;
        } else {
            rawFinish = Integer.MIN_VALUE;
        }
        if (anyAlap && alapPinned[i]) {
            w = lfW[i] - d;
            raw = ls[i];
        } else if (net.constraint[i] != 0) {
            int cd = net.constraintDate[i];
            if (cd != ScheduleNetwork.NONE) {
                int cw = c.toWork(cd);
                int type = net.constraint[i];
                int target = w;
                if (type == 2 || type == 8) {
                    target = Math.max(w, cw);
                } else if (type == 4 || type == 9) {
                    target = Math.max(w, cw - d);
                } else if (type == 6) {
                    target = cw;
                } else if (type == 7) {
                    target = cw - d;
                } else if (type == 3 && net.options.lateConstraintsInForwardPass()) {
                    target = Math.min(w, cw);
                } else if (type == 5 && net.options.lateConstraintsInForwardPass()) {
                    target = Math.min(w, cw - d);
                }
                if (target != w) {
                    w = target;
                    raw = type == 4 || type == 5 || type == 7 || type == 9 ? cd : cd;
                }
            }
        }
        if (net.elapsed[i]) {
            int start = c.startOf(w);
            setEarly(i, c, start, start + d);
        } else if (milestone) {
            int kind = net.milestoneKind[i];
            int at = kind == 1 ? c.startOf(w) : c.toWork(raw) == w && c.workEndsAt(raw) ? raw : c.startOf(w);
            es[i] = at;
            ef[i] = at;
            esW[i] = w;
            efW[i] = w;
        } else if (net.workDriven(i)) {
            forwardAssignments(i, c, w);
        } else {
            es[i] = c.startOf(w);
            boolean finishDriven = w + d == finishW && raw == rawFinish && net.milestoneKind[i] == 0
                    && c.toWork(rawFinish) == finishW;
            ef[i] = finishDriven ? rawFinish : c.finishOf(w + d);
            esW[i] = w;
            efW[i] = w + d;
        }
        startAt[i] = es[i];
        finishAt[i] = ef[i];
    }

    /**
     * A work-driven activity: each assignment starts at the activity's start on its own calendar and
     * lasts its own duration there; the activity spans its assignments (MS Project's rule for a task
     * whose resources work on different calendars).
     */
    private void forwardAssignments(int i, CompiledCalendar c, int w) {
        int begin = c.startOf(w);
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int k = net.assignmentStart[i]; k < net.assignmentStart[i + 1]; k++) {
            CompiledCalendar a = net.calendars[net.assignmentCal[k]];
            int aw = a.toWork(begin);
            first = Math.min(first, a.startOf(aw));
            last = Math.max(last, a.finishOf(aw + net.assignmentDur[k]));
        }
        es[i] = first;
        ef[i] = last;
        esW[i] = c.toWork(first);
        efW[i] = Math.max(esW[i], c.toWork(last));
    }

    /** Late dates of a work-driven activity: every assignment finishes by the activity's late finish. */
    private void backwardAssignments(int i, CompiledCalendar c, int bound) {
        int finish = bound == efW[i] ? ef[i] : c.finishOf(bound);
        int start = Integer.MAX_VALUE;
        for (int k = net.assignmentStart[i]; k < net.assignmentStart[i + 1]; k++) {
            CompiledCalendar a = net.calendars[net.assignmentCal[k]];
            start = Math.min(start, a.startOf(a.toWork(finish) - net.assignmentDur[k]));
        }
        lf[i] = finish;
        ls[i] = start;
    }

    /** Primavera's ALAP: each ALAP activity moves as late as its successors' early dates allow. */
    private void alapWithinFreeFloat() {
        int[] order = net.order;
        for (int pos = order.length - 1; pos >= 0; pos--) {
            int i = order[pos];
            if (net.summary[i] || net.constraint[i] != ConstraintType.AS_LATE_AS_POSSIBLE.ordinal()
                    || net.actualStart[i] != ScheduleNetwork.NONE) {
                continue;
            }
            CompiledCalendar c = net.calendars[net.cal[i]];
            int d = net.dur[i];
            int bound = FREE;
            for (int k = net.outStart[i]; k < net.outStart[i + 1]; k++) {
                int l = net.outLinks[k];
                int s = net.linkSucc[l];
                byte type = net.linkType[l];
                int target = type == 0 || type == 1 ? es[s] : ef[s];
                int w = lateCandidate(l, c, target, s, false);
                bound = Math.min(bound, type == 0 || type == 2 ? w : w + d);
            }
            if (bound == FREE) {
                bound = c.toWork(projectFinish[net.project[i]]);
            }
            if (bound > efW[i]) {
                int w = bound - d;
                int kind = net.milestoneKind[i];
                if (d == 0) {
                    int at = kind == 2 ? c.finishOf(w) : c.startOf(w);
                    es[i] = at;
                    ef[i] = at;
                } else {
                    es[i] = c.startOf(w);
                    ef[i] = c.finishOf(bound);
                }
                esW[i] = w;
                efW[i] = bound;
                startAt[i] = es[i];
                finishAt[i] = ef[i];
            }
        }
    }

    /**
     * Dates of an activity that has started. Primavera under retained logic: the remaining work
     * resumes at the status date and waits for predecessors; a completed activity keeps its actual
     * dates as planned dates, but when predecessors that have not finished would place it later (out
     * of sequence progress), its early dates, which drive its successors, follow them. MS Project: actual start plus the duration; completed activities are their actuals.
     */
    private void scheduleStarted(int i, CompiledCalendar c, int startW, int finishW, int status) {
        int start = net.actualStart[i];
        boolean done = net.actualFinish[i] != ScheduleNetwork.NONE;
        boolean retained = net.options.progressMode() == ProgressMode.RETAINED_LOGIC;
        int rem = done ? 0 : net.remaining[i];
        if (done && retained && net.options.remainingFromStatusDate()) {
            int finish = net.actualFinish[i];
            int w = c.toWork(finish);
            int driven = finish;
            if (startW > w) {
                w = startW;
                driven = c.startOf(startW);
            }
            if (finishW != Integer.MIN_VALUE && finishW > w) {
                driven = c.finishOf(finishW);
            }
            if (driven == finish) {
                setEarly(i, c, start, finish);
            } else {
                setEarly(i, c, driven, driven);
                setScheduled(i, start, finish);
            }
        } else if (net.options.remainingFromStatusDate() && status != ScheduleNetwork.NONE && !done) {
            int resume = Math.max(c.toWork(status), c.toWork(start));
            boolean finishDriven = false;
            if (retained) {
                resume = Math.max(resume, startW);
                if (finishW != Integer.MIN_VALUE && finishW - rem > resume) {
                    resume = finishW - rem;
                    finishDriven = true;
                }
            }
            int earlyFinish = rem > 0 ? c.finishOf(resume + rem) : finishDriven ? c.finishOf(resume) : c.startOf(resume);
            setEarly(i, c, start, earlyFinish);
        } else if (done) {
            setEarly(i, c, start, net.actualFinish[i]);
        } else if (net.elapsed[i] || net.dur[i] == 0) {
            setEarly(i, c, start, start + net.dur[i]);
        } else {
            setEarly(i, c, start, c.finishOf(c.toWork(start) + net.dur[i]));
        }
    }

    private void setScheduled(int i, int start, int finish) {
        startAt[i] = start;
        finishAt[i] = finish;
    }

    private void setEarly(int i, CompiledCalendar c, int start, int finish) {
        es[i] = start;
        ef[i] = finish;
        startAt[i] = start;
        finishAt[i] = finish;
        esW[i] = c.toWork(start);
        efW[i] = c.toWork(finish);
    }

    /**
     * The earliest start (FS, SS) or finish (FF, SF) that link {@code l} allows, as a working index of
     * {@code s}'s calendar; always sets {@link #rawInstant} to that date as an instant: the
     * predecessor's date without lag, that date plus the lag in calendar minutes for an elapsed or
     * 24-hour lag, else the end of the working minute where the lag ends ({@link CompiledCalendar#finishOf}:
     * Friday 17:00 rather than Monday 08:00).
     */
    private int candidate(int l, CompiledCalendar s) {
        int p = net.linkPred[l];
        byte type = net.linkType[l];
        boolean fromFinish = type == 0 || type == 2;
        int base = fromFinish ? ef[p] : es[p];
        int lag = net.lagMinutes(l);
        if (net.calendars[net.cal[p]] == s && (lag == 0
                || (net.lagUnit[l] != ELAPSED && lagCalendar(p, net.linkSucc[l]) == s))) {
            // same calendar: the predecessor's working index is already known (esW/efW mirror es/ef)
            int w = (fromFinish ? efW[p] : esW[p]) + lag;
            rawInstant = lag == 0 ? base : s.finishOf(w);
            return w;
        }
        int x;
        if (lag == 0) {
            x = base;
        } else if (net.lagUnit[l] == LagUnit.ELAPSED_MINUTES.ordinal()) {
            x = base + lag;
        } else {
            CompiledCalendar lagCal = lagCalendar(p, net.linkSucc[l]);
            if (lagCal == null) {
                x = base + lag;
            } else if (lagCal == s) {
                int w = s.toWork(base) + lag;
                rawInstant = s.finishOf(w);
                return w;
            } else {
                x = lagCal.finishOf(lagCal.toWork(base) + lag);
            }
        }
        rawInstant = x;
        return s.toWork(x);
    }

    private CompiledCalendar lagCalendar(int p, int s) {
        return switch (net.options.lagCalendar()) {
            case PREDECESSOR -> net.calendars[net.cal[p]];
            case SUCCESSOR -> net.calendars[net.cal[s]];
            case TWENTY_FOUR_HOUR -> null;
            case PROJECT_DEFAULT -> net.calendars[net.projectCal[net.project[s]]];
        };
    }

    private void rollUpEarly(int i) {
        int start = Integer.MAX_VALUE;
        int finish = Integer.MIN_VALUE;
        for (int k = net.childStart[i]; k < net.childStart[i + 1]; k++) {
            int child = net.children[k];
            start = Math.min(start, es[child]);
            finish = Math.max(finish, ef[child]);
        }
        setEarly(i, net.calendars[net.cal[i]], start, finish);
        if (startAt != es) {
            int plannedStart = Integer.MAX_VALUE;
            int plannedFinish = Integer.MIN_VALUE;
            for (int k = net.childStart[i]; k < net.childStart[i + 1]; k++) {
                plannedStart = Math.min(plannedStart, startAt[net.children[k]]);
                plannedFinish = Math.max(plannedFinish, finishAt[net.children[k]]);
            }
            setScheduled(i, plannedStart, plannedFinish);
        }
    }

    private void finishProjects() {
        Arrays.fill(projectFinish, Integer.MIN_VALUE);
        for (int i = 0; i < net.n; i++) {
            if (!net.summary[i]) {
                int p = net.project[i];
                projectFinish[p] = Math.max(projectFinish[p], ef[i]);
            }
        }
        for (int p = 0; p < projectFinish.length; p++) {
            if (projectFinish[p] == Integer.MIN_VALUE) {
                projectFinish[p] = net.projectStart[p];
            }
        }
    }

    /** A full backward sweep: {@code dirty} is all true and {@code fromPos} the last position. */
    private void backward(boolean[] dirty, int fromPos) {
        backwardTracking(dirty, null, fromPos);
    }

    private void backwardTracking(boolean[] dirty, boolean[] touched, int fromPos) {
        int projects = projectFinish.length;
        for (int c = 0; c < net.calendars.length; c++) {
            for (int p = 0; p < projects; p++) {
                int end = net.projectFinishBound[p] != ScheduleNetwork.NONE ? net.projectFinishBound[p] : projectFinish[p];
                projectEndWork[c * projects + p] = net.calendars[c].toWork(end);
            }
        }
        int[] order = net.order;
        for (int pos = fromPos; pos >= 0; pos--) {
            int i = order[pos];
            if (!dirty[i]) {
                continue;
            }
            dirty[i] = false;
            int oldLs = ls[i];
            int oldLf = lf[i];
            int oldLfW = lfW[i];
            backwardNode(i);
            if (!net.summary[i]) {
                lsW[i] = net.calendars[net.cal[i]].toWork(ls[i]);
            }
            if (touched != null && (oldLs != ls[i] || oldLf != lf[i] || oldLfW != lfW[i])) {
                touched[i] = true;
                for (int k = net.inStart[i]; k < net.inStart[i + 1]; k++) {
                    dirty[net.linkPred[k]] = true;
                }
                for (int k = net.childStart[i]; k < net.childStart[i + 1]; k++) {
                    dirty[net.children[k]] = true;
                }
            }
        }
        rollUpLate();
    }

    private void backwardNode(int i) {
        CompiledCalendar c = net.calendars[net.cal[i]];
        int d = net.workDriven(i) ? efW[i] - esW[i] : net.dur[i];
        int bound = FREE;
        boolean hasSuccessor = false;
        for (int k = net.outStart[i]; k < net.outStart[i + 1]; k++) {
            int l = net.outLinks[k];
            int s = net.linkSucc[l];
            byte type = net.linkType[l];
            int target = type == 0 ? ls[s] : type == 1 ? ls[s] : lf[s];
            int w = lateCandidate(l, c, target, s, true);
            bound = Math.min(bound, type == 0 || type == 2 ? w : w + d);
            hasSuccessor = true;
        }
        int q = net.parent[i];
        if (q >= 0 && summaries.length > 0) {
            if (summaryFinishBound[q] != FREE) {
                bound = Math.min(bound, c.toWork(summaryFinishBound[q]));
                hasSuccessor = true;
            }
            if (summaryStartBound[q] != FREE) {
                bound = Math.min(bound, c.toWork(summaryStartBound[q]) + d);
                hasSuccessor = true;
            }
        }
        if (net.summary[i]) {
            summaryFinishBound[i] = bound == FREE ? FREE : c.finishOf(bound);
            summaryStartBound[i] = FREE;
            return;
        }
        int p = net.project[i];
        int endW = projectEndWork[net.cal[i] * projectFinish.length + p];
        bound = hasSuccessor ? Math.min(bound, endW) : endW;
        int cd = net.constraintDate[i];
        if (cd != ScheduleNetwork.NONE && !(anyAlap && alapPinned[i])) {
            int cw = c.toWork(cd);
            switch (net.constraint[i]) {
                case 3, 8 -> bound = Math.min(bound, cw + d);
                case 5, 9 -> bound = Math.min(bound, cw);
                case 6 -> bound = cw + d;
                case 7 -> bound = cw;
                default -> { }
            }
        }
        if (net.deadline[i] != ScheduleNetwork.NONE) {
            bound = Math.min(bound, c.toWork(net.deadline[i]));
        }
        if (net.actualFinish[i] != ScheduleNetwork.NONE && !net.options.remainingFromStatusDate()) {
            ls[i] = es[i];
            lf[i] = ef[i];
            lfW[i] = efW[i];
            return;
        }
        if (net.actualFinish[i] != ScheduleNetwork.NONE) {
            lfW[i] = bound;
            lf[i] = c.finishOf(bound);
            ls[i] = lf[i];
            return;
        }
        lfW[i] = bound;
        if (net.elapsed[i]) {
            lf[i] = c.finishOf(bound);
            ls[i] = lf[i] - d;
        } else if (d == 0) {
            int kind = net.milestoneKind[i];
            int at = kind != 0 || bound != esW[i] ? c.finishOf(bound) : es[i];
            ls[i] = at;
            lf[i] = at;
        } else if (net.workDriven(i) && net.actualStart[i] == ScheduleNetwork.NONE) {
            backwardAssignments(i, c, bound);
        } else if (net.actualStart[i] != ScheduleNetwork.NONE && net.options.remainingFromStatusDate()) {
            int rem = net.remaining[i];
            lf[i] = c.finishOf(bound);
            ls[i] = rem == 0 ? lf[i] : c.startOf(bound - rem);
        } else {
            ls[i] = c.startOf(bound - d);
            lf[i] = c.finishOf(bound);
        }
    }

    /**
     * The latest finish or start of the predecessor that link {@code l} allows, in its calendar, given
     * the successor's {@code target} instant; {@code lateTarget} says it is the successor's late start or
     * finish, whose working index is then taken from {@code lsW}/{@code lfW} when the calendars agree.
     */
    private int lateCandidate(int l, CompiledCalendar c, int target, int s, boolean lateTarget) {
        int lag = net.lagMinutes(l);
        if (lateTarget && net.calendars[net.cal[s]] == c && (lag == 0
                || (net.lagUnit[l] != ELAPSED && lagCalendar(net.linkPred[l], s) == c))) {
            // same calendar: the successor's working index is already known (lsW/lfW mirror ls/lf)
            byte type = net.linkType[l];
            return (type == 0 || type == 1 ? lsW[s] : lfW[s]) - lag;
        }
        if (lag == 0) {
            return c.toWork(target);
        }
        if (net.lagUnit[l] == LagUnit.ELAPSED_MINUTES.ordinal()) {
            return c.toWork(target - lag);
        }
        CompiledCalendar lagCal = lagCalendar(net.linkPred[l], s);
        if (lagCal == null) {
            return c.toWork(target - lag);
        }
        if (lagCal == c) {
            return c.toWork(target) - lag;
        }
        return c.toWork(lagCal.startOf(lagCal.toWork(target) - lag));
    }

    private void rollUpLate() {
        for (int i : summaries) {
            int start = Integer.MAX_VALUE;
            int finish = Integer.MIN_VALUE;
            for (int k = net.childStart[i]; k < net.childStart[i + 1]; k++) {
                int child = net.children[k];
                start = Math.min(start, ls[child]);
                finish = Math.max(finish, lf[child]);
            }
            ls[i] = start;
            lf[i] = finish;
            lfW[i] = net.calendars[net.cal[i]].toWork(finish);
            lsW[i] = net.calendars[net.cal[i]].toWork(start);
        }
    }

    /**
     * Total and free float, driving links and critical flags of {@code nodes}.
     *
     * <p>A link's allowed date is the one the forward pass computed for it ({@link #allowedW}): its
     * successor was recomputed whenever its predecessor's dates moved. It is computed again for percent
     * lags (the predecessor's duration may change without moving its dates) and when ALAP activities
     * exist (Primavera's ALAP moves activities after the forward pass).
     */
    private void floats(boolean[] nodes) {
        int n = net.n;
        boolean reuse = !anyAlap;
        for (int i = 0; i < n; i++) {
            if (!nodes[i]) {
                continue;
            }
            CompiledCalendar c = net.calendars[net.cal[i]];
            int tf = net.actualFinish[i] != ScheduleNetwork.NONE && !net.summary[i] ? 0
                    : net.summary[i] ? c.toWork(lf[i]) - efW[i] : lfW[i] - efW[i];
            totalFloat[i] = tf;
            int ff = FREE;
            for (int k = net.outStart[i]; k < net.outStart[i + 1]; k++) {
                int l = net.outLinks[k];
                int s = net.linkSucc[l];
                CompiledCalendar sc = net.calendars[net.cal[s]];
                byte type = net.linkType[l];
                int allowed = reuse && net.lagUnit[l] != PERCENT ? allowedW[l] : candidate(l, sc);
                int actual = type == 0 || type == 1 ? esW[s] : efW[s];
                int slack = actual - allowed;
                drivingLink[l] = slack <= 0 && net.actualStart[s] == ScheduleNetwork.NONE;
                ff = Math.min(ff, slack);
            }
            freeFloat[i] = Math.max(0, Math.min(ff, tf));
        }
        if (net.options.criticalBy() == CriticalBy.LONGEST_PATH) {
            longestPath();
        } else {
            long threshold = net.options.criticalFloatMinutes();
            for (int i = 0; i < n; i++) {
                critical[i] = totalFloat[i] <= threshold && net.actualFinish[i] == ScheduleNetwork.NONE;
            }
        }
    }

    private void longestPath() {
        Arrays.fill(critical, false);
        int[] order = net.order;
        for (int pos = order.length - 1; pos >= 0; pos--) {
            int i = order[pos];
            if (net.summary[i] || net.actualFinish[i] != ScheduleNetwork.NONE) {
                continue;
            }
            boolean onPath = ef[i] == projectFinish[net.project[i]];
            for (int k = net.outStart[i]; k < net.outStart[i + 1] && !onPath; k++) {
                int l = net.outLinks[k];
                onPath = drivingLink[l] && critical[net.linkSucc[l]];
            }
            critical[i] = onPath;
        }
        for (int i : summaries) {
            for (int k = net.childStart[i]; k < net.childStart[i + 1]; k++) {
                critical[i] |= critical[net.children[k]];
            }
        }
    }
}
