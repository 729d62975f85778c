package org.sextant.baseline.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.baseline.Baseline;
import org.sextant.baseline.BaselineComparison;
import org.sextant.baseline.BaselineComparison.Presence;
import org.sextant.baseline.BaselineComparison.Row;
import org.sextant.baseline.BaselineComparison.Values;
import org.sextant.baseline.BaselineComparison.Variance;
import org.sextant.schedule.TaskId;

/**
 * Builds a {@link BaselineComparison} from two flat lists of plan entries, the current plan and the
 * baseline, matched by task id.
 *
 * <p>Technique: the union of both lists forms one tree (a task's parent is its current parent, or its
 * baseline parent when it was removed; a parent missing from both lists makes it top-level). A
 * post-order walk rolls up every node that has children on a side: earliest start, latest finish,
 * summed work, summed cost plus the node's own, and duration as the working minutes between the
 * rolled-up start and finish. A node without children on a side keeps its own values there. The
 * project total rolls up the top-level nodes the same way. A pre-order walk then emits rows in WBS
 * order (by current sort order, else baseline sort order, then id) with their depth.
 *
 * <p>O(n log n) for n tasks (sorting siblings); the recursion is as deep as the WBS.
 */
final class ComparisonBuilder {

    /** Working minutes between two instants on the project's calendar (negative when {@code to} is earlier). */
    @FunctionalInterface
    interface WorkingMinutes {
        long between(LocalDateTime from, LocalDateTime to);
    }

    /**
     * A task as one side of the comparison knows it.
     *
     * @param id        task
     * @param parentId  parent task, or null
     * @param wbsCode   outline code
     * @param name      name
     * @param sortOrder WBS position
     * @param summary   summary kind
     * @param milestone milestone kind
     * @param values    its own planned values
     */
    record Entry(long id, Long parentId, String wbsCode, String name, int sortOrder, boolean summary,
            boolean milestone, Values values) {
    }

    private static final class Node {
        final long id;
        Entry current;
        Entry baseline;
        Values rolledCurrent;
        Values rolledBaseline;
        final List<Node> children = new ArrayList<>();

        Node(long id) {
            this.id = id;
        }

        Entry any() {
            return current != null ? current : baseline;
        }
    }

    private final WorkingMinutes working;

    ComparisonBuilder(WorkingMinutes working) {
        this.working = working;
    }

    BaselineComparison build(Baseline baseline, List<Entry> current, List<Entry> saved) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        current.forEach(e -> nodes.computeIfAbsent(e.id(), Node::new).current = e);
        saved.forEach(e -> nodes.computeIfAbsent(e.id(), Node::new).baseline = e);
        List<Node> roots = new ArrayList<>();
        for (Node node : nodes.values()) {
            Long parent = node.current != null ? node.current.parentId() : node.baseline.parentId();
            Node parentNode = parent == null ? null : nodes.get(parent);
            (parentNode == null || parentNode == node ? roots : parentNode.children).add(node);
        }
        Comparator<Node> wbsOrder = Comparator.comparingInt((Node n) -> n.any().sortOrder()).thenComparingLong(n -> n.id);
        nodes.values().forEach(n -> n.children.sort(wbsOrder));
        roots.sort(wbsOrder);
        for (Node root : roots) {
            rollUp(root);
        }
        List<Row> rows = new ArrayList<>(nodes.size());
        for (Node root : roots) {
            emit(root, 0, rows);
        }
        Values totalCurrent = combine(roots, true, null);
        Values totalBaseline = combine(roots, false, null);
        Row total = new Row(null, null, null, "Project total", 0, true, false, Presence.BOTH, totalCurrent,
                totalBaseline, variance(totalCurrent, totalBaseline));
        return new BaselineComparison(baseline, rows, total);
    }

    /** Post-order: fills each node's rolled-up values on both sides. */
    private void rollUp(Node node) {
        for (Node child : node.children) {
            rollUp(child);
        }
        node.rolledCurrent = node.current == null ? null : side(node, node.current, true);
        node.rolledBaseline = node.baseline == null ? null : side(node, node.baseline, false);
    }

    private Values side(Node node, Entry own, boolean current) {
        boolean hasChildren = node.children.stream().anyMatch(c -> (current ? c.rolledCurrent : c.rolledBaseline) != null);
        return hasChildren ? combine(node.children, current, own.values().cost()) : own.values();
    }

    /** Rolls up the nodes' values on one side; {@code ownCost} is added to the children's cost. */
    private Values combine(List<Node> parts, boolean current, BigDecimal ownCost) {
        LocalDateTime start = null;
        LocalDateTime finish = null;
        long work = 0;
        BigDecimal cost = ownCost == null ? BigDecimal.ZERO : ownCost;
        for (Node part : parts) {
            Values v = current ? part.rolledCurrent : part.rolledBaseline;
            if (v == null) {
                continue;
            }
            start = v.start() == null || (start != null && !v.start().isBefore(start)) ? start : v.start();
            finish = v.finish() == null || (finish != null && !v.finish().isAfter(finish)) ? finish : v.finish();
            work += v.workMinutes();
            cost = cost.add(v.cost());
        }
        long duration = start == null || finish == null ? 0 : Math.max(0, working.between(start, finish));
        return new Values(start, finish, duration, work, cost);
    }

    /** Pre-order: one row per node, children after their parent. */
    private void emit(Node node, int depth, List<Row> rows) {
        Entry e = node.any();
        Presence presence = node.current == null ? Presence.REMOVED : node.baseline == null ? Presence.ADDED : Presence.BOTH;
        boolean summary = !node.children.isEmpty() || e.summary();
        rows.add(new Row(TaskId.of(node.id), e.parentId() == null ? null : TaskId.of(e.parentId()), e.wbsCode(), e.name(),
                depth, summary, e.milestone(), presence, node.rolledCurrent, node.rolledBaseline,
                variance(node.rolledCurrent, node.rolledBaseline)));
        for (Node child : node.children) {
            emit(child, depth + 1, rows);
        }
    }

    /** Current minus baseline; null unless both sides exist. */
    Variance variance(Values current, Values baseline) {
        if (current == null || baseline == null) {
            return null;
        }
        return new Variance(days(baseline.start(), current.start()), days(baseline.finish(), current.finish()),
                current.durationMinutes() - baseline.durationMinutes(), current.workMinutes() - baseline.workMinutes(),
                current.cost().subtract(baseline.cost()));
    }

    private BigDecimal days(LocalDateTime baseline, LocalDateTime current) {
        if (baseline == null || current == null) {
            return null;
        }
        return BigDecimal.valueOf(working.between(baseline, current))
                .divide(BigDecimal.valueOf(BaselineComparison.MINUTES_PER_DAY), 2, RoundingMode.HALF_UP);
    }
}
