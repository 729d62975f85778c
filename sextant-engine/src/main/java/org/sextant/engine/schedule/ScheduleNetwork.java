package org.sextant.engine.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextant.engine.calendar.CalendarDefinition;
import org.sextant.engine.calendar.CalendarRules;
import org.sextant.engine.calendar.CompiledCalendar;
import org.sextant.engine.calendar.EpochMinutes;

/**
 * The array form of a {@link ScheduleInput}: activities become indexes {@code 0..n-1}, links become
 * compressed adjacency lists, instants become epoch minutes, and the nodes are put in topological
 * order.
 *
 * <p>Technique: ids are resolved through an {@link IdIndex} (built on a second core for large inputs
 * while this thread reads the activities' attributes) and links by {@link LinkColumns} in batches,
 * shared between two cores for large inputs (ADR 0015); errors are then raised for the first faulty
 * activity or link in input order, as a sequential build would. Links are numbered in successor order
 * (the input order when the input is grouped by successor, else a stable counting sort), so that the
 * links into activity {@code i} are {@code inStart[i] .. inStart[i + 1] - 1}; the links out of an
 * activity are listed in input order. Links whose successor is a summary are expanded to the
 * summary's leaf descendants (a summary's predecessors constrain every task below it); each child
 * gets a roll-up edge to its parent so that a summary is computed after its children. Kahn's
 * algorithm over int arrays gives the topological order in O(n + m); when nodes remain, a walk back
 * along unprocessed predecessors finds one cycle, which is returned as evidence. Memory is about 100
 * bytes per activity (including the id index) and 18 per link.
 */
final class ScheduleNetwork {

    static final int NONE = Integer.MIN_VALUE;
    /** Activities from which the id index is built on a second core (ADR 0015). */
    static final int PARALLEL_BUILD = 1 << 15;

    final ScheduleOptions options;
    final String[] ids;
    /** Activity id to index (also for look-ups by id on the result). */
    final IdIndex index;
    final int n;
    final CompiledCalendar[] calendars;
    final int[] cal;
    final int[] dur;
    final boolean[] elapsed;
    final byte[] milestoneKind;
    final byte[] constraint;
    final int[] constraintDate;
    final int[] deadline;
    final int[] actualStart;
    final int[] actualFinish;
    final int[] remaining;
    final int[] parent;
    final boolean[] summary;
    final int[] project;
    final int[] projectStart;
    final int[] projectStatus;
    final int[] projectFinishBound;
    final int[] projectCal;
    final String[] projectIds;

    // links (after summary expansion), numbered in successor order so that the links into activity i
    // are l = inStart[i] .. inStart[i + 1] - 1, in input order; and CSR by predecessor (outLinks)
    final int m;
    final int[] linkPred;
    final int[] linkSucc;
    final byte[] linkType;
    final byte[] lagUnit;
    final int[] lagAmount;
    final int[] inStart;
    final int[] outStart;
    final int[] outLinks;
    final int[] childStart;
    final int[] children;
    /** Assignments of work-driven activities, CSR by activity (null when no activity has any). */
    final int[] assignmentStart;
    final int[] assignmentCal;
    final int[] assignmentDur;

    final int[] order;
    final int[] position;
    final List<String> cycle;

    ScheduleNetwork(ScheduleInput input) {
        options = input.options();
        List<Activity> activities = input.activities();
        n = activities.size();
        ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = activities.get(i).id();
        }
        // the id index is offered to a second core while this thread reads the activities' attributes
        SharedWork.Offer<IdIndex> pendingIndex = SharedWork.offer(() -> new IdIndex(ids),
                n >= PARALLEL_BUILD && SharedWork.available());
        int projects = input.projects().size();
        projectIds = new String[projects];
        projectStart = new int[projects];
        projectStatus = new int[projects];
        projectFinishBound = new int[projects];
        projectCal = new int[projects];
        cal = new int[n];
        dur = new int[n];
        elapsed = new boolean[n];
        milestoneKind = new byte[n];
        constraint = new byte[n];
        constraintDate = new int[n];
        // columns that are usually all "none" (or equal to the durations) share one array until a value differs
        int[] none = new int[n];
        Arrays.fill(none, NONE);
        SharedColumn deadlines = new SharedColumn(none);
        SharedColumn actualStarts = new SharedColumn(none);
        SharedColumn actualFinishes = new SharedColumn(none);
        SharedColumn remainings = new SharedColumn(dur);
        parent = new int[n];
        summary = new boolean[n];
        project = new int[n];
        List<CompiledCalendar> compiled = new ArrayList<>();
        int[] asgStart = null;
        int[] asgCal = new int[0];
        int[] asgDur = new int[0];
        int asgCount = 0;
        boolean anyParent = false;
        int reached = 0;
        RuntimeException failure = null;
        try {
            Map<String, Integer> projectIndex = new HashMap<>();
            LocalDate anchor = LocalDate.of(2000, 1, 1);
            for (int p = 0; p < projects; p++) {
                Project project = input.projects().get(p);
                projectIds[p] = project.id();
                projectIndex.put(project.id(), p);
                projectStart[p] = EpochMinutes.of(project.start());
                projectStatus[p] = instant(project.statusDate());
                projectFinishBound[p] = instant(project.mustFinishBy());
                if (p == 0) {
                    anchor = project.start().toLocalDate();
                }
            }
            CalendarRules rules = new CalendarRules(input.calendars());
            Map<String, Integer> calendarIndex = new HashMap<>();
            for (CalendarDefinition definition : input.calendars()) {
                calendarIndex.put(definition.id(), compiled.size());
                compiled.add(rules.compile(definition.id(), anchor));
            }
            for (int p = 0; p < projects; p++) {
                Integer c = calendarIndex.get(input.projects().get(p).calendarId());
                if (c == null) {
                    throw new InvalidScheduleException(null, "project " + projectIds[p] + " uses unknown calendar "
                            + input.projects().get(p).calendarId());
                }
                projectCal[p] = c;
            }

            for (int i = 0; i < n; i++) {
                reached = i;
                Activity a = activities.get(i);
                Integer p = a.projectId() == null && projects == 1 ? Integer.valueOf(0)
                        : projectIndex.get(a.projectId());
                if (p == null) {
                    throw new InvalidScheduleException(a.id(), "belongs to unknown project " + a.projectId());
                }
                project[i] = p;
                if (a.calendarId() == null) {
                    cal[i] = projectCal[p];
                } else {
                    Integer c = calendarIndex.get(a.calendarId());
                    if (c == null) {
                        throw new InvalidScheduleException(a.id(), "uses unknown calendar " + a.calendarId());
                    }
                    cal[i] = c;
                }
                if (!a.resourceCalendarIds().isEmpty()) {
                    List<String> common = new ArrayList<>();
                    if (a.calendarId() != null) {
                        common.add(a.calendarId());
                    }
                    for (String resourceCalendar : a.resourceCalendarIds()) {
                        if (!calendarIndex.containsKey(resourceCalendar)) {
                            throw new InvalidScheduleException(a.id(),
                                    "uses unknown resource calendar " + resourceCalendar);
                        }
                        if (!common.contains(resourceCalendar)) {
                            common.add(resourceCalendar);
                        }
                    }
                    String key = String.join("&", common);
                    Integer c = calendarIndex.get(key);
                    if (c == null) {
                        c = compiled.size();
                        calendarIndex.put(key, c);
                        compiled.add(common.size() == 1 ? rules.compile(common.get(0), anchor)
                                : rules.compileIntersection(common, anchor));
                    }
                    cal[i] = c;
                }
                if (!a.assignments().isEmpty()) {
                    if (asgStart == null) {
                        asgStart = new int[n + 1];
                    }
                    for (Assignment assignment : a.assignments()) {
                        if (!calendarIndex.containsKey(assignment.calendarId())) {
                            throw new InvalidScheduleException(a.id(), "has an assignment on unknown calendar "
                                    + assignment.calendarId());
                        }
                        String key = a.calendarId() == null || a.calendarId().equals(assignment.calendarId())
                                ? assignment.calendarId() : a.calendarId() + "&" + assignment.calendarId();
                        Integer c = calendarIndex.get(key);
                        if (c == null) {
                            c = compiled.size();
                            calendarIndex.put(key, c);
                            compiled.add(rules.compileIntersection(
                                    List.of(a.calendarId(), assignment.calendarId()), anchor));
                        }
                        if (asgCount == asgCal.length) {
                            asgCal = Arrays.copyOf(asgCal, asgCount * 2 + 4);
                            asgDur = Arrays.copyOf(asgDur, asgCount * 2 + 4);
                        }
                        asgCal[asgCount] = c;
                        asgDur[asgCount] = Math.toIntExact(assignment.durationMinutes());
                        asgCount++;
                    }
                }
                if (asgStart != null) {
                    asgStart[i + 1] = asgCount;
                }
                if (a.durationMinutes() < 0) {
                    throw new InvalidScheduleException(a.id(),
                            "has a negative duration (" + a.durationMinutes() + " min)");
                }
                dur[i] = Math.toIntExact(a.durationMinutes());
                elapsed[i] = a.durationType() == DurationType.ELAPSED;
                milestoneKind[i] = (byte) a.milestoneKind().ordinal();
                constraint[i] = (byte) a.constraint().type().ordinal();
                constraintDate[i] = instant(a.constraint().date());
                deadlines.set(i, instant(a.deadline()));
                Progress progress = a.progress();
                actualStarts.set(i, instant(progress.actualStart()));
                actualFinishes.set(i, instant(progress.actualFinish()));
                if (progress.actualFinish() != null && progress.actualStart() == null) {
                    throw new InvalidScheduleException(a.id(), "has an actual finish but no actual start");
                }
                remainings.set(i, remainingOf(a));
                parent[i] = -1;
                anyParent |= a.parentId() != null;
            }
            reached = n;
        } catch (RuntimeException e) {
            failure = e;
        }
        deadline = deadlines.values;
        actualStart = actualStarts.values;
        actualFinish = actualFinishes.values;
        remaining = remainings.values;
        // errors surface in the order of a sequential build: duplicate ids, then by activity
        index = pendingIndex.get();
        if (anyParent) {
            resolveParents(activities, reached);
        }
        if (failure != null) {
            throw failure;
        }
        calendars = compiled.toArray(CompiledCalendar[]::new);
        if (asgStart != null) {
            for (int i = 1; i <= n; i++) {
                asgStart[i] = Math.max(asgStart[i], asgStart[i - 1]);
            }
        }
        assignmentStart = asgStart;
        assignmentCal = asgCal;
        assignmentDur = asgDur;
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                summary[parent[i]] = true;
            }
        }
        int[] childCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                childCount[parent[i] + 1]++;
            }
        }
        childStart = prefix(childCount);
        children = new int[childStart[n]];
        if (children.length > 0) {
            int[] fill = Arrays.copyOf(childStart, n);
            for (int i = 0; i < n; i++) {
                if (parent[i] >= 0) {
                    children[fill[parent[i]]++] = i;
                }
            }
        }

        // links, expanding summary successors to their leaves, numbered in successor order
        List<Link> links = input.links();
        LinkColumns columns = new LinkColumns(links, index);
        columns.validate(links);
        boolean anySummary = childStart[n] > 0;
        int[] rank = null;
        if (columns.sortedBySuccessor && !anySummary) {
            m = columns.count;
            linkPred = columns.pred;
            linkSucc = columns.succ;
            linkType = columns.type;
            lagUnit = columns.lagUnit;
            lagAmount = columns.lagAmount;
        } else {
            LinkColumns expanded = anySummary ? expandSummaries(columns) : columns;
            m = expanded.count;
            rank = stableOrderBySuccessor(expanded.succ, m);
            linkPred = permute(expanded.pred, rank, m);
            linkSucc = permute(expanded.succ, rank, m);
            linkType = permute(expanded.type, rank, m);
            lagUnit = permute(expanded.lagUnit, rank, m);
            lagAmount = permute(expanded.lagAmount, rank, m);
        }
        inStart = new int[n + 1];
        int[] next = new int[n + 1];
        for (int l = 0; l < m; l++) {
            inStart[linkSucc[l] + 1]++;
            next[linkPred[l] + 1]++;
        }
        prefix(inStart);
        prefix(next);
        outLinks = new int[m];
        // the links out of an activity stay in input order (the topological order below follows it)
        for (int k = 0; k < m; k++) {
            int l = rank == null ? k : rank[k];
            outLinks[next[linkPred[l]]++] = l;
        }
        // next[p] is now where p's links end, that is where p + 1's begin
        System.arraycopy(next, 0, next, 1, n);
        next[0] = 0;
        outStart = next;
        order = new int[n];
        position = new int[n];
        cycle = topologicalOrder();
    }

    /**
     * Parents of activities {@code 0..count-1} (those read before a failure, if any): the first
     * unknown parent throws, as it would have when met in input order.
     */
    private void resolveParents(List<Activity> activities, int count) {
        for (int i = 0; i < count; i++) {
            String parentId = activities.get(i).parentId();
            if (parentId != null) {
                int q = index.get(parentId);
                if (q < 0) {
                    throw new InvalidScheduleException(ids[i], "has unknown parent " + parentId);
                }
                parent[i] = q;
            }
        }
    }

    /** The links with every link to a summary replaced by links to each of the summary's leaves, in input order. */
    private LinkColumns expandSummaries(LinkColumns links) {
        int size = 0;
        int[][] targets = new int[links.count][];
        for (int l = 0; l < links.count; l++) {
            int s = links.succ[l];
            targets[l] = summary[s] ? leaves(s) : null;
            size += targets[l] == null ? 1 : targets[l].length;
        }
        int[] lp = new int[size];
        int[] ls = new int[size];
        byte[] lt = new byte[size];
        byte[] lu = new byte[size];
        int[] lv = new int[size];
        int count = 0;
        for (int l = 0; l < links.count; l++) {
            int targetCount = targets[l] == null ? 1 : targets[l].length;
            for (int k = 0; k < targetCount; k++) {
                lp[count] = links.pred[l];
                ls[count] = targets[l] == null ? links.succ[l] : targets[l][k];
                lt[count] = links.type[l];
                lu[count] = links.lagUnit[l];
                lv[count] = links.lagAmount[l];
                count++;
            }
        }
        return new LinkColumns(count, lp, ls, lt, lu, lv);
    }

    /** The position of each link when links are stably sorted by successor (counting sort, O(n + m)). */
    private int[] stableOrderBySuccessor(int[] succ, int count) {
        int[] next = new int[n + 1];
        for (int l = 0; l < count; l++) {
            next[succ[l] + 1]++;
        }
        prefix(next);
        int[] rank = new int[count];
        for (int l = 0; l < count; l++) {
            rank[l] = next[succ[l]]++;
        }
        return rank;
    }

    private static int[] permute(int[] values, int[] rank, int count) {
        int[] result = new int[count];
        for (int l = 0; l < count; l++) {
            result[rank[l]] = values[l];
        }
        return result;
    }

    private static byte[] permute(byte[] values, int[] rank, int count) {
        byte[] result = new byte[count];
        for (int l = 0; l < count; l++) {
            result[rank[l]] = values[l];
        }
        return result;
    }

    private static int instant(LocalDateTime dateTime) {
        return dateTime == null ? NONE : EpochMinutes.of(dateTime);
    }

    private static int remainingOf(Activity a) {
        Progress progress = a.progress();
        if (progress.remainingMinutes() != null) {
            if (progress.remainingMinutes() < 0) {
                throw new InvalidScheduleException(a.id(), "has a negative remaining duration");
            }
            return Math.toIntExact(progress.remainingMinutes());
        }
        if (progress.percentComplete() != null) {
            double done = Math.max(0, Math.min(100, progress.percentComplete()));
            return (int) Math.round(a.durationMinutes() * (100 - done) / 100.0);
        }
        return Math.toIntExact(a.durationMinutes());
    }

    private static int[] prefix(int[] counts) {
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
        return counts;
    }

    /** The leaf descendants of a summary. */
    int[] leaves(int s) {
        List<Integer> result = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(s));
        while (!stack.isEmpty()) {
            int x = stack.remove(stack.size() - 1);
            if (!summary[x]) {
                result.add(x);
                continue;
            }
            for (int k = childStart[x]; k < childStart[x + 1]; k++) {
                stack.add(children[k]);
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Kahn's algorithm over link edges and child-to-parent roll-up edges; returns a cycle or null. */
    private List<String> topologicalOrder() {
        // the in-degrees live in the position array until the order is known (a network with a cycle
        // keeps them there as evidence, and is never scheduled)
        int[] indegree = position;
        for (int l = 0; l < m; l++) {
            indegree[linkSucc[l]]++;
        }
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) {
                indegree[parent[i]]++;
            }
        }
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (indegree[i] == 0) {
                order[tail++] = i;
            }
        }
        while (head < tail) {
            int x = order[head++];
            for (int k = outStart[x]; k < outStart[x + 1]; k++) {
                int s = linkSucc[outLinks[k]];
                if (--indegree[s] == 0) {
                    order[tail++] = s;
                }
            }
            int p = parent[x];
            if (p >= 0 && --indegree[p] == 0) {
                order[tail++] = p;
            }
        }
        if (tail < n) {
            return findCycle(indegree);
        }
        for (int k = 0; k < n; k++) {
            position[order[k]] = k;
        }
        return null;
    }

    private List<String> findCycle(int[] indegree) {
        int start = 0;
        while (indegree[start] == 0) {
            start++;
        }
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int x = start;
        while (seenAt[x] < 0) {
            seenAt[x] = path.size();
            path.add(x);
            x = unprocessedPredecessor(x, indegree);
        }
        List<Integer> loop = new ArrayList<>(path.subList(seenAt[x], path.size()));
        java.util.Collections.reverse(loop);
        List<String> names = new ArrayList<>();
        for (int i : loop) {
            names.add(ids[i]);
        }
        return names;
    }

    private int unprocessedPredecessor(int x, int[] indegree) {
        for (int k = inStart[x]; k < inStart[x + 1]; k++) {
            int p = linkPred[k];
            if (indegree[p] > 0) {
                return p;
            }
        }
        for (int k = childStart[x]; k < childStart[x + 1]; k++) {
            if (indegree[children[k]] > 0) {
                return children[k];
            }
        }
        throw new IllegalStateException("no unprocessed predecessor of " + ids[x]);
    }

    /**
     * A column of n ints that is the shared array {@code base} for as long as every value set equals
     * base's value at that index, and becomes a copy of it at the first that does not (set in index
     * order, base filled up to the index being set). Read-only columns of a network without progress
     * or deadlines thus share one array; {@code remaining} is {@code dur} itself while they agree,
     * which {@link IncrementalScheduler#changeDuration} keeps agreeing.
     */
    private static final class SharedColumn {

        private final int[] base;
        int[] values;

        SharedColumn(int[] base) {
            this.base = base;
            values = base;
        }

        void set(int i, int value) {
            if (values == base) {
                if (value == base[i]) {
                    return;
                }
                values = base.clone();
            }
            values[i] = value;
        }
    }

    /** Whether activity {@code i} is scheduled by its assignments (work-driven). */
    boolean workDriven(int i) {
        return assignmentStart != null && assignmentStart[i] < assignmentStart[i + 1];
    }

    /** Working minutes of a link's lag for the given predecessor. */
    int lagMinutes(int l) {
        int amount = lagAmount[l];
        if (amount == 0) {
            return 0;
        }
        if (lagUnit[l] == LagUnit.PERCENT_OF_PREDECESSOR.ordinal()) {
            return (int) Math.round(dur[linkPred[l]] * (amount / 10000.0));
        }
        return amount;
    }
}
