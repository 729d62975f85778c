package org.sextant.engine.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneticLevelerTest {

    private static final ResourceId CRANE = new ResourceId("crane");
    private final Leveler leveler = Leveler.standard();

    private static LevelingOptions options(int budget, long seed) {
        return new LevelingOptions(LevelingOptions.DelayPolicy.ALLOW_DELAY, budget, seed);
    }

    private static Demand crane(int units) {
        return new Demand(CRANE, units);
    }

    private static LevelingResult.Leveled leveled(LevelingResult result) {
        assertThat(result).isInstanceOf(LevelingResult.Leveled.class);
        return (LevelingResult.Leveled) result;
    }

    /** Random layered networks with 3 resources, links only forward, some lags and link types. */
    static LevelingProblem randomProblem(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Resource> pool = List.of(Resource.constant("a", 6), Resource.constant("b", 4), Resource.constant("c", 5));
        List<Activity> activities = new java.util.ArrayList<>();
        List<Link> links = new java.util.ArrayList<>();
        LinkType[] types = LinkType.values();
        for (int j = 0; j < n; j++) {
            activities.add(Activity.of("A" + j, random.nextInt(0, 8),
                    new Demand(pool.get(0).id(), random.nextInt(0, 6)),
                    new Demand(pool.get(1).id(), random.nextInt(0, 4))));
            for (int p = Math.max(0, j - 6); p < j; p++) {
                if (random.nextInt(4) == 0) {
                    links.add(new Link(activities.get(p).id(), activities.get(j).id(),
                            types[random.nextInt(types.length)], random.nextInt(-1, 3)));
                }
            }
        }
        return new LevelingProblem(activities, links, pool);
    }

    @Test
    void precedenceIsRespectedForEveryLinkType() {
        for (long seed = 1; seed <= 20; seed++) {
            LevelingProblem problem = randomProblem(seed, 25);
            LevelingResult.Leveled result = leveled(leveler.level(problem, options(300, seed)));
            assertThat(ScheduleChecks.violatedLinks(problem, result)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void capacityIsNeverExceeded() {
        for (long seed = 1; seed <= 20; seed++) {
            LevelingProblem problem = randomProblem(seed, 25);
            LevelingResult.Leveled result = leveled(leveler.level(problem, options(300, seed)));
            assertThat(ScheduleChecks.overloads(problem, result)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void delayedActivityIsReportedWithResourceAndPeriod() {
        LevelingProblem problem = new LevelingProblem(
                List.of(Activity.of("lift", 4, crane(1)).withPriorities(0, 9), Activity.of("hoist", 3, crane(1))),
                List.of(), List.of(new Resource(CRANE, CapacityProfile.constant(1))));

        LevelingResult.Leveled result = leveled(leveler.level(problem, options(1, 1)));

        assertThat(result.delays()).containsExactly(new Delay(new ActivityId("hoist"), 0, 4,
                new DelayReason.ResourceOverload(CRANE, 0, 1, 0)));
    }

    @Test
    void successorOfADelayedActivityIsReportedAsHeldBackByIt() {
        LevelingProblem problem = new LevelingProblem(
                List.of(Activity.of("lift", 4, crane(1)).withPriorities(0, 9), Activity.of("hoist", 3, crane(1)),
                        Activity.of("paint", 2)),
                List.of(Link.finishToStart(new ActivityId("hoist"), new ActivityId("paint"))),
                List.of(new Resource(CRANE, CapacityProfile.constant(1))));

        LevelingResult.Leveled result = leveled(leveler.level(problem, options(1, 1)));

        assertThat(result.delays()).contains(new Delay(new ActivityId("paint"), 3, 7,
                new DelayReason.PredecessorDelayed(new ActivityId("hoist"))));
    }

    @Test
    void sameSeedGivesTheSameSchedule() {
        LevelingProblem problem = randomProblem(7, 40);
        assertThat(leveler.level(problem, options(500, 42))).isEqualTo(leveler.level(problem, options(500, 42)));
    }

    @Test
    void emptyProblemGivesAnEmptySchedule() {
        LevelingResult.Leveled result = leveled(leveler.level(
                new LevelingProblem(List.of(), List.of(), List.of()), LevelingOptions.defaults()));
        assertThat(result.activities()).isEmpty();
        assertThat(result.makespan()).isZero();
    }

    @Test
    void singleActivityStartsAtItsReleaseDate() {
        LevelingProblem problem = new LevelingProblem(List.of(Activity.of("only", 5, crane(2)).releasedAt(3)),
                List.of(), List.of(new Resource(CRANE, CapacityProfile.constant(2))));
        LevelingResult.Leveled result = leveled(leveler.level(problem, LevelingOptions.defaults()));
        assertThat(result.activities()).containsExactly(new ScheduledActivity(new ActivityId("only"), 3, 8));
        assertThat(result.delays()).isEmpty();
    }

    @Test
    void cycleIsDetectedAsAValueNamingItsActivities() {
        ActivityId a = new ActivityId("a");
        ActivityId b = new ActivityId("b");
        ActivityId c = new ActivityId("c");
        LevelingProblem problem = new LevelingProblem(
                List.of(Activity.of("start", 1), Activity.of("a", 1), Activity.of("b", 1), Activity.of("c", 1)),
                List.of(Link.finishToStart(new ActivityId("start"), a), Link.finishToStart(a, b),
                        Link.finishToStart(b, c), Link.finishToStart(c, a)),
                List.of());

        LevelingResult result = leveler.level(problem, LevelingOptions.defaults());

        assertThat(result).isInstanceOf(LevelingResult.CycleDetected.class);
        assertThat(((LevelingResult.CycleDetected) result).cycle()).containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    void demandAboveEveryCapacityIsRefusedWithTheResource() {
        LevelingProblem problem = new LevelingProblem(List.of(Activity.of("big", 2, crane(3))), List.of(),
                List.of(new Resource(CRANE, CapacityProfile.constant(2))));
        assertThat(leveler.level(problem, LevelingOptions.defaults()))
                .isEqualTo(new LevelingResult.DemandExceedsCapacity(new ActivityId("big"), CRANE, 3, 2));
    }

    @Test
    void unknownResourceIsReportedAsInvalidInput() {
        LevelingProblem problem = new LevelingProblem(List.of(Activity.of("x", 2, crane(1))), List.of(), List.of());
        assertThat(leveler.level(problem, LevelingOptions.defaults())).isInstanceOf(LevelingResult.Invalid.class);
    }

    @Test
    void vacationPeriodHasNoWorkScheduled() {
        Resource crane = new Resource(CRANE, new CapacityProfile(1, List.of(new CapacityPeriod(2, 5, 0))));
        LevelingProblem problem = new LevelingProblem(List.of(Activity.of("lift", 3, crane(1))), List.of(), List.of(crane));
        LevelingResult.Leveled result = leveled(leveler.level(problem, LevelingOptions.defaults()));
        assertThat(result.activities()).containsExactly(new ScheduledActivity(new ActivityId("lift"), 5, 8));
        assertThat(result.delays()).singleElement()
                .extracting(Delay::reason).isEqualTo(new DelayReason.ResourceOverload(CRANE, 2, 1, 0));
    }

    @Test
    void resourceAvailableOnlyInAWindowIsUsedInThatWindow() {
        Resource contractor = new Resource(CRANE, new CapacityProfile(0, List.of(new CapacityPeriod(2, 6, 1))));
        LevelingProblem problem = new LevelingProblem(List.of(Activity.of("lift", 3, crane(1))), List.of(), List.of(contractor));
        LevelingResult.Leveled result = leveled(leveler.level(problem, LevelingOptions.defaults()));
        assertThat(result.activities()).containsExactly(new ScheduledActivity(new ActivityId("lift"), 2, 5));
    }

    @Test
    void activityLongerThanEveryWindowOfItsResourceIsRefused() {
        Resource contractor = new Resource(CRANE, new CapacityProfile(0, List.of(new CapacityPeriod(2, 4, 1))));
        LevelingProblem problem = new LevelingProblem(List.of(Activity.of("lift", 3, crane(1))), List.of(), List.of(contractor));
        assertThat(leveler.level(problem, LevelingOptions.defaults()))
                .isEqualTo(new LevelingResult.DemandExceedsCapacity(new ActivityId("lift"), CRANE, 1, 0));
    }

    @Test
    void startedActivityKeepsItsFixedStart() {
        LevelingProblem problem = new LevelingProblem(
                List.of(Activity.of("started", 4, crane(1)).fixedAt(1), Activity.of("next", 2, crane(1))),
                List.of(), List.of(new Resource(CRANE, CapacityProfile.constant(1))));
        LevelingResult.Leveled result = leveled(leveler.level(problem, LevelingOptions.defaults()));
        assertThat(result.activities()).containsExactly(new ScheduledActivity(new ActivityId("started"), 1, 5),
                new ScheduledActivity(new ActivityId("next"), 5, 7));
    }

    @Test
    void higherProjectPriorityIsServedFirstInThePriorityRuleSchedule() {
        LevelingProblem problem = new LevelingProblem(
                List.of(Activity.of("low", 3, crane(1)).withPriorities(1, 9), Activity.of("high", 3, crane(1)).withPriorities(5, 0)),
                List.of(), List.of(new Resource(CRANE, CapacityProfile.constant(1))));
        LevelingResult.Leveled result = leveled(leveler.level(problem, options(1, 1)));
        assertThat(ScheduleChecks.byId(result).get(new ActivityId("high")).start()).isZero();
        assertThat(ScheduleChecks.byId(result).get(new ActivityId("low")).start()).isEqualTo(3);
    }

    @Test
    void levelingWithinFloatKeepsTheUnleveledFinishAndReportsWhatRemains() {
        LevelingProblem problem = new LevelingProblem(
                List.of(Activity.of("a", 4, crane(1)), Activity.of("b", 4, crane(1)), Activity.of("c", 1, crane(1))),
                List.of(), List.of(new Resource(CRANE, CapacityProfile.constant(1))));
        LevelingResult.Leveled result = leveled(leveler.level(problem,
                new LevelingOptions(LevelingOptions.DelayPolicy.WITHIN_FLOAT, 200, 1)));
        assertThat(result.makespan()).isEqualTo(4);
        assertThat(result.unresolved()).isNotEmpty();
        assertThat(result.unresolved()).allSatisfy(o -> assertThat(o.resource()).isEqualTo(CRANE));
    }

    @Test
    void progressIsReportedUntilTheBudgetIsSpent() {
        java.util.List<Integer> reported = new java.util.ArrayList<>();
        LevelingMonitor monitor = new LevelingMonitor() {
            @Override
            public void progress(int schedulesGenerated, int scheduleBudget, int bestMakespan) {
                reported.add(schedulesGenerated);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        leveler.level(randomProblem(5, 30), options(400, 1), monitor);
        assertThat(reported).isNotEmpty().isSorted();
        assertThat(reported.getLast()).isLessThanOrEqualTo(400);
    }

    @Test
    void cancelledSearchStillReturnsAFeasibleSchedule() {
        LevelingProblem problem = randomProblem(6, 30);
        LevelingMonitor cancelled = new LevelingMonitor() {
            @Override
            public void progress(int schedulesGenerated, int scheduleBudget, int bestMakespan) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        LevelingResult.Leveled result = leveled(leveler.level(problem, options(5_000, 1), cancelled));
        assertThat(result.schedulesGenerated()).isLessThan(5_000);
        assertThat(ScheduleChecks.violatedLinks(problem, result)).isEmpty();
        assertThat(ScheduleChecks.overloads(problem, result)).isEmpty();
    }

    @Test
    void scheduleBudgetIsNeverExceeded() {
        LevelingResult.Leveled result = leveled(leveler.level(randomProblem(3, 30), options(250, 1)));
        assertThat(result.schedulesGenerated()).isLessThanOrEqualTo(250);
    }
}
