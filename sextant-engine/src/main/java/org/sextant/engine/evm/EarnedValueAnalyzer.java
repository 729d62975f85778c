package org.sextant.engine.evm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sextant.engine.calendar.CalendarRules;
import org.sextant.engine.calendar.CompiledCalendar;
import org.sextant.engine.calendar.EpochMinutes;

/**
 * Earned value analysis of a project, and roll-up of several, as of a status date.
 *
 * <p>Technique, per project on a timeline of periods covering its baseline and the status date:
 * PV is time-phased by {@link PlannedValueSpreader}; EV is each activity's budget times the share its
 * {@link EarnedValueRule} earns for the current progress (the latest {@link ProgressSnapshot} at or
 * before the status date), and the EV curve takes, at the end of each period, the latest snapshot
 * reported by then; AC sums the {@link ActualCost}s dated up to the status date, cumulated per
 * period. The figures follow {@link EarnedValueMetrics} and {@link EarnedSchedule}. The status date
 * counts as a whole day: values are taken at its end.
 *
 * <p>Roll-up: every project is analysed on one timeline covering them all; amounts and curves are
 * converted to the roll-up currency and summed, and every index, forecast and the earned schedule
 * are recomputed from the sums as if the program were one project (indexes are never averaged).
 *
 * <p>Complexity per project: {@code O(n log p + n × p + s × n + a log p)} for {@code n} activities,
 * {@code p} periods, {@code s} snapshots and {@code a} actual costs; a roll-up adds {@code O(P × p)}
 * for {@code P} projects. Edge cases: no activities (zero BAC: every ratio absent), no progress yet
 * (EV = 0), a status date before the baseline start (PV = 0, SPI and earned schedule absent), a
 * finished project (ES = PD). Rejected with an {@link EarnedValueInputException} naming project and
 * activity: duplicate activity ids, progress or actual costs of unknown activities, an activity twice
 * in one snapshot, a project without exchange rate, duplicate project names.
 *
 * <p>Not thread-safe (compiled calendars are cached per analyzer); use one analyzer per thread.
 */
public final class EarnedValueAnalyzer {

    private final CalendarRules calendars;
    private final Map<String, CompiledCalendar> compiled = new HashMap<>();

    /** An analyzer spreading budgets over the working time of {@code calendars}. */
    public EarnedValueAnalyzer(CalendarRules calendars) {
        this.calendars = calendars;
    }

    /** The earned value of one project as of {@code options.statusDate()}. */
    public ProjectEarnedValue analyze(EarnedValueProject project, EarnedValueOptions options) {
        Timeline timeline = timelineFor(List.of(project), options);
        return compute(project, timeline, options).result();
    }

    /** The earned value of several projects summed in one currency, with each project's own result. */
    public PortfolioEarnedValue rollUp(RollUpRequest request, EarnedValueOptions options) {
        Set<String> names = new HashSet<>();
        for (EarnedValueProject project : request.projects()) {
            if (!names.add(project.name())) {
                throw new EarnedValueInputException(project.name(), null, "appears twice in roll-up " + request.name());
            }
        }
        Timeline timeline = timelineFor(request.projects(), options);
        int n = timeline.periods();
        double[] pvBoundaries = new double[n + 1];
        double[] pv = new double[n];
        double[] ev = new double[n];
        double[] ac = new double[n];
        double bac = 0;
        double pvNow = 0;
        double evNow = 0;
        double acNow = 0;
        double etc = 0;
        int start = Integer.MAX_VALUE;
        int finish = Integer.MIN_VALUE;
        List<ProjectEarnedValue> results = new ArrayList<>(request.projects().size());
        for (EarnedValueProject project : request.projects()) {
            double rate = rate(request, project);
            Computed c = compute(project, timeline, options);
            EarnedValueMetrics m = c.result().metrics();
            bac += m.budgetAtCompletion() * rate;
            pvNow += m.plannedValue() * rate;
            evNow += m.earnedValue() * rate;
            acNow += m.actualCost() * rate;
            etc += c.bottomUpEtc() * rate;
            for (int j = 0; j <= n; j++) {
                pvBoundaries[j] += c.pvBoundaries()[j] * rate;
            }
            c.result().sCurve().addTo(pv, ev, ac, rate);
            if (!project.activities().isEmpty()) {
                start = Math.min(start, c.startInstant());
                finish = Math.max(finish, c.finishInstant());
            }
            results.add(c.result());
        }
        Optional<EarnedSchedule> es = Optional.empty();
        if (start != Integer.MAX_VALUE) {
            es = earnedSchedule(timeline, pvBoundaries, start, finish, evNow, bac, statusInstant(options),
                    calendar(request.name(), request.calendarId(), timeline.start()));
        }
        EarnedValueMetrics metrics = EarnedValueMetrics.of(bac, pvNow, evNow, acNow, etc, options.eacMethod(), es);
        SCurve curve = new SCurve(timeline, pv, ev, ac, reportedPeriods(timeline, options.statusDate()));
        return new PortfolioEarnedValue(request.name(), request.currency(), metrics, curve, results);
    }

    private static double rate(RollUpRequest request, EarnedValueProject project) {
        if (project.currency().equals(request.currency())) {
            return 1;
        }
        Double rate = request.exchangeRates().get(project.currency());
        if (rate == null || !(rate > 0) || rate.isInfinite()) {
            throw new EarnedValueInputException(project.name(), null,
                    "no exchange rate from " + project.currency() + " to " + request.currency());
        }
        return rate;
    }

    /** The timeline covering every baseline, every actual cost up to the status date, and the status date. */
    private static Timeline timelineFor(List<EarnedValueProject> projects, EarnedValueOptions options) {
        LocalDate from = options.statusDate();
        LocalDate to = options.statusDate();
        for (EarnedValueProject project : projects) {
            for (BaselineActivity activity : project.activities()) {
                LocalDate start = activity.start().toLocalDate();
                LocalDate finish = activity.finish().toLocalDate();
                if (start.isBefore(from)) {
                    from = start;
                }
                if (finish.isAfter(to)) {
                    to = finish;
                }
            }
            for (ActualCost cost : project.actuals()) {
                if (cost.date().isBefore(from)) {
                    from = cost.date();
                }
            }
        }
        return Timeline.covering(options.periodUnit(), from, to);
    }

    private record Computed(ProjectEarnedValue result, double[] pvBoundaries, double bottomUpEtc, int startInstant,
            int finishInstant) {
    }

    private Computed compute(EarnedValueProject project, Timeline timeline, EarnedValueOptions options) {
        String name = project.name();
        List<BaselineActivity> activities = project.activities();
        Map<String, Integer> index = new HashMap<>(activities.size() * 2);
        for (int i = 0; i < activities.size(); i++) {
            if (index.put(activities.get(i).id(), i) != null) {
                throw new EarnedValueInputException(name, activities.get(i).id(), "appears twice in the baseline");
            }
        }
        LocalDate status = options.statusDate();
        int statusInstant = statusInstant(options);
        int n = timeline.periods();
        long[] boundaryDay = new long[n + 1];
        for (int j = 0; j <= n; j++) {
            boundaryDay[j] = timeline.boundary(j).toEpochDay();
        }
        int reported = reportedPeriods(timeline, status);

        CompiledCalendar calendar = calendar(name, project.calendarId(), timeline.start());
        PlannedValueSpreader spreader = new PlannedValueSpreader(calendar);
        double[] activityPv = new double[activities.size()];
        double[] pvBoundaries = spreader.cumulative(activities, timeline, statusInstant, activityPv);

        // progress: the current snapshot and the EV curve
        List<ProgressSnapshot> snapshots = new ArrayList<>();
        for (ProgressSnapshot snapshot : project.progress()) {
            if (!snapshot.statusDate().isAfter(status)) {
                snapshots.add(snapshot);
            }
        }
        snapshots.sort(Comparator.comparing(ProgressSnapshot::statusDate));
        ActivityProgress[] current = new ActivityProgress[activities.size()];
        double[] snapshotEv = new double[snapshots.size()];
        for (int k = 0; k < snapshots.size(); k++) {
            ActivityProgress[] progress = progressOf(name, snapshots.get(k), index, activities.size());
            snapshotEv[k] = earned(activities, progress);
            if (k == snapshots.size() - 1) {
                current = progress;
            }
        }
        double[] ev = new double[n];
        double evNow = snapshots.isEmpty() ? 0 : snapshotEv[snapshots.size() - 1];
        int k = -1;
        for (int i = 0; i < reported; i++) {
            if (boundaryDay[i + 1] > status.toEpochDay()) {
                ev[i] = evNow;
            } else {
                while (k + 1 < snapshots.size() && snapshots.get(k + 1).statusDate().toEpochDay() < boundaryDay[i + 1]) {
                    k++;
                }
                ev[i] = k < 0 ? 0 : snapshotEv[k];
            }
        }

        // actual costs per activity and per period
        double[] activityAc = new double[activities.size()];
        double[] ac = new double[n];
        for (ActualCost cost : project.actuals()) {
            Integer i = index.get(cost.activityId());
            if (i == null) {
                throw new EarnedValueInputException(name, cost.activityId(), "actual cost on " + cost.date()
                        + " for an activity not in the baseline");
            }
            if (cost.date().isAfter(status)) {
                continue;
            }
            activityAc[i] += cost.amount();
            int period = Math.max(0, periodOfDay(boundaryDay, cost.date().toEpochDay()));
            ac[period] += cost.amount();
        }
        for (int i = 1; i < n; i++) {
            ac[i] += ac[i - 1];
        }
        for (int i = reported; i < n; i++) {
            ac[i] = 0;
        }

        // status-date figures per activity
        double bac = 0;
        double pvNow = 0;
        double acNow = 0;
        double etc = 0;
        int start = Integer.MAX_VALUE;
        int finish = Integer.MIN_VALUE;
        List<ActivityEarnedValue> perActivity = new ArrayList<>(activities.size());
        for (int i = 0; i < activities.size(); i++) {
            BaselineActivity activity = activities.get(i);
            double budget = activity.budget();
            double pvA = activityPv[i];
            double evA = budget * activity.rule().earnedShare(current[i]);
            bac += budget;
            pvNow += pvA;
            acNow += activityAc[i];
            etc += current[i] != null && current[i].estimateToComplete().isPresent()
                    ? current[i].estimateToComplete().getAsDouble() : budget - evA;
            start = Math.min(start, EpochMinutes.of(activity.start()));
            finish = Math.max(finish, EpochMinutes.of(activity.finish()));
            perActivity.add(new ActivityEarnedValue(activity.id(), budget, pvA, evA, activityAc[i]));
        }
        double[] pv = Arrays.copyOfRange(pvBoundaries, 1, n + 1);
        Optional<EarnedSchedule> es = activities.isEmpty() ? Optional.empty()
                : earnedSchedule(timeline, pvBoundaries, start, finish, evNow, bac, statusInstant, calendar);
        EarnedValueMetrics metrics = EarnedValueMetrics.of(bac, pvNow, evNow, acNow, etc, options.eacMethod(), es);
        SCurve curve = new SCurve(timeline, pv, ev, ac, reported);
        ProjectEarnedValue result = new ProjectEarnedValue(name, project.currency(), status, metrics, curve, perActivity);
        return new Computed(result, pvBoundaries, etc, start, finish);
    }

    private static ActivityProgress[] progressOf(String project, ProgressSnapshot snapshot, Map<String, Integer> index,
            int size) {
        ActivityProgress[] progress = new ActivityProgress[size];
        for (ActivityProgress p : snapshot.activities()) {
            Integer i = index.get(p.activityId());
            if (i == null) {
                throw new EarnedValueInputException(project, p.activityId(), "progress on " + snapshot.statusDate()
                        + " for an activity not in the baseline");
            }
            if (progress[i] != null) {
                throw new EarnedValueInputException(project, p.activityId(), "reported twice on " + snapshot.statusDate());
            }
            progress[i] = p;
        }
        return progress;
    }

    private static double earned(List<BaselineActivity> activities, ActivityProgress[] progress) {
        double ev = 0;
        for (int i = 0; i < progress.length; i++) {
            ev += activities.get(i).budget() * activities.get(i).rule().earnedShare(progress[i]);
        }
        return ev;
    }

    /** Lipke's earned schedule, counting from the period that holds the baseline start. */
    private static Optional<EarnedSchedule> earnedSchedule(Timeline timeline, double[] pvBoundaries, int start,
            int finish, double ev, double bac, int statusInstant, CompiledCalendar calendar) {
        int n = timeline.periods();
        int[] instants = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            instants[j] = timeline.instant(j);
        }
        int startPeriod = PlannedValueSpreader.firstAtOrAfter(instants, start + 1) - 1;
        int finishBoundary = PlannedValueSpreader.firstAtOrAfter(instants, finish);
        double actualTime = 0;
        if (statusInstant > start) {
            int k = PlannedValueSpreader.firstAtOrAfter(instants, statusInstant + 1) - 1;
            double fraction = 0;
            if (k < n) {
                int work = calendar.workBetween(instants[k], instants[k + 1]);
                fraction = work > 0 ? calendar.workBetween(instants[k], statusInstant) / (double) work
                        : (statusInstant - instants[k]) / (double) (instants[k + 1] - instants[k]);
            }
            actualTime = k - startPeriod + fraction;
        }
        return EarnedSchedule.of(pvBoundaries, timeline, startPeriod, finishBoundary, ev, bac, actualTime);
    }

    /** The period (index) holding epoch day {@code day}, -1 before the timeline. */
    private static int periodOfDay(long[] boundaryDay, long day) {
        int i = Arrays.binarySearch(boundaryDay, day);
        return i >= 0 ? i : -i - 2;
    }

    /** Periods up to and including the one holding the status date. */
    private static int reportedPeriods(Timeline timeline, LocalDate status) {
        int reported = 0;
        while (reported < timeline.periods() && !timeline.boundary(reported).isAfter(status)) {
            reported++;
        }
        return reported;
    }

    /** The end of the status date, in engine minutes. */
    private static int statusInstant(EarnedValueOptions options) {
        return Math.toIntExact(options.statusDate().plusDays(1).toEpochDay() * EpochMinutes.DAY);
    }

    private CompiledCalendar calendar(String owner, String calendarId, LocalDate anchor) {
        if (!calendars.contains(calendarId)) {
            throw new EarnedValueInputException(owner, null, "unknown calendar " + calendarId);
        }
        return compiled.computeIfAbsent(calendarId, id -> calendars.compile(id, anchor));
    }
}
