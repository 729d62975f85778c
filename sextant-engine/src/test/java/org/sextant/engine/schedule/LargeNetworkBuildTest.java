package org.sextant.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Networks large enough for the two-core build ({@link ScheduleNetwork#PARALLEL_BUILD},
 * {@link LinkColumns#PARALLEL_THRESHOLD}): the result and the errors are those of a sequential build.
 */
class LargeNetworkBuildTest {

    private static final int SIZE = 40_000;

    /** Activity i follows i - 100 (FS) and i - 137 (SS, a day's lag): some 400 layers. */
    private static Net layered(int size) {
        Net net = new Net();
        for (int i = 0; i < size; i++) {
            net.task("A" + i, 1 + i % 3);
            if (i >= 100) {
                net.fs("A" + (i - 100), "A" + i);
            }
            if (i >= 137) {
                net.link("A" + (i - 137), "A" + i, LinkType.START_TO_START, Lag.working(480));
            }
        }
        return net;
    }

    @Test
    void linkOrderWithinEachSuccessorDecidesDrivingPredecessorsNotTheThreads() {
        Net sorted = layered(SIZE);
        Net shuffled = layered(SIZE);
        Collections.shuffle(shuffled.links, new Random(1));
        Schedule a = sorted.schedule();
        Schedule b = shuffled.schedule();
        for (int i = 0; i < SIZE; i += 997) {
            assertThat(b.activity(i).earlyStart()).isEqualTo(a.activity(i).earlyStart());
            assertThat(b.activity(i).lateFinish()).isEqualTo(a.activity(i).lateFinish());
            assertThat(b.activity(i).totalFloatMinutes()).isEqualTo(a.activity(i).totalFloatMinutes());
        }
        assertThat(a.activity("A" + (SIZE - 1))).isPresent();
        assertThat(a.criticalCount()).isEqualTo(b.criticalCount());
    }

    @Test
    void idsThatAreEqualButNotTheSameObjectsResolve() {
        Net net = layered(SIZE);
        List<Link> copies = new ArrayList<>();
        for (Link link : net.links) {
            copies.add(new Link(new String(link.predecessorId()), new String(link.successorId()), link.type(), link.lag()));
        }
        Schedule original = net.schedule();
        net.links.clear();
        net.links.addAll(copies);
        Schedule copied = net.schedule();
        assertThat(copied.activity(SIZE - 1)).isEqualTo(original.activity(SIZE - 1));
    }

    @Test
    void aDuplicateIdIsReportedBeforeAnyLaterError() {
        Net net = layered(SIZE);
        net.activities.set(10, Activity.of("A20", "p", 480));
        net.activities.set(5, Activity.of("A5", "p", -1));
        assertThatThrownBy(net::result).isInstanceOf(InvalidScheduleException.class).hasMessageContaining("A20")
                .hasMessageContaining("twice");
    }

    @Test
    void anUnknownParentIsReportedBeforeAnErrorOfALaterActivity() {
        Net net = layered(SIZE);
        net.activities.set(5, Activity.of("A5", "p", 480).withParent("nowhere"));
        net.activities.set(9, Activity.of("A9", "p", -1));
        assertThatThrownBy(net::result).isInstanceOf(InvalidScheduleException.class).hasMessageContaining("A5")
                .hasMessageContaining("nowhere");
    }

    @Test
    void anErrorOfAnEarlierActivityIsReportedBeforeALaterUnknownParent() {
        Net net = layered(SIZE);
        net.activities.set(5, Activity.of("A5", "p", -1));
        net.activities.set(9, Activity.of("A9", "p", 480).withParent("nowhere"));
        assertThatThrownBy(net::result).isInstanceOf(InvalidScheduleException.class).hasMessageContaining("A5")
                .hasMessageContaining("negative");
    }

    @Test
    void theFirstUndefinedLinkEndInInputOrderIsReported() {
        Net net = layered(SIZE);
        net.links.add(net.links.size() - 3, Link.finishToStart("A3", "ghost-late"));
        net.links.add(100, Link.finishToStart("ghost-early", "A50"));
        assertThatThrownBy(net::result).isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("ghost-early");
    }
}
