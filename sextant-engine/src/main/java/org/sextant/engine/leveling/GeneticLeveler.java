package org.sextant.engine.leveling;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard {@link Leveler}: compiles the problem to arrays, searches activity lists with
 * {@code ActivityListGeneticAlgorithm} for {@link LevelingOptions#scheduleBudget()} schedule
 * generations, decodes the best list once more with the serial scheme (left-justified, so every delay
 * has a resource and period to show) and explains the delays with {@code DelayAnalysis}.
 *
 * <p>Edge cases: an empty problem gives an empty schedule; a loop in the links gives
 * {@link LevelingResult.CycleDetected}; a demand above any capacity the resource ever has gives
 * {@link LevelingResult.DemandExceedsCapacity}; dangling references give {@link LevelingResult.Invalid}.
 * With a budget of one schedule the result is the priority-rule schedule (project priority, task
 * priority, latest finish); with more, that schedule seeds a search that minimises the makespan (or,
 * within float, the over-allocation). An activity that fits in no capacity window before the horizon
 * gives {@link LevelingResult.DemandExceedsCapacity} naming the resource whose lasting capacity is too
 * small. Cost: O(budget · (n·d·R·k + m log n)), see {@code ActivityListGeneticAlgorithm}.
 * Measured choice and figures: {@code docs/adr/0005-leveling-algorithm.md}.
 */
public final class GeneticLeveler implements Leveler {

    @Override
    public LevelingResult level(LevelingProblem problem, LevelingOptions options, LevelingMonitor monitor) {
        Network.Compilation compilation = Network.compile(problem);
        if (compilation.refusal() != null) {
            return compilation.refusal();
        }
        Network net = compilation.network();
        CriticalPath cpm = new CriticalPath(net);
        if (net.n == 0) {
            return new LevelingResult.Leveled(List.of(), 0, 0, List.of(), List.of(), 0);
        }
        boolean withinFloat = options.policy() == LevelingOptions.DelayPolicy.WITHIN_FLOAT;
        int[] latest = withinFloat ? cpm.lateStart : null;
        try {
            return level(net, cpm, latest, options, monitor);
        } catch (SerialScheduleGenerator.NoCapacity e) {
            return refusal(net, problem, e.activity);
        }
    }

    private static LevelingResult level(Network net, CriticalPath cpm, int[] latest, LevelingOptions options,
                                        LevelingMonitor monitor) {
        int[] best;
        int spent = 1;
        if (options.scheduleBudget() == 1) {
            best = new PriorityLists(net, cpm).priorityRule();
        } else {
            ActivityListGeneticAlgorithm search = new ActivityListGeneticAlgorithm(
                    net, cpm, latest, options.scheduleBudget() - 1, options.seed(), monitor);
            best = search.run(cpm.makespan);
            spent += search.spent();
        }
        int[] start = new int[net.n];
        List<Overallocation> unresolved = new ArrayList<>();
        int makespan = new SerialScheduleGenerator(net, latest).forward(best, start, unresolved);
        List<ScheduledActivity> activities = new ArrayList<>(net.n);
        for (int j = 0; j < net.n; j++) {
            activities.add(new ScheduledActivity(net.activityIds.get(j), start[j], start[j] + net.duration[j]));
        }
        return new LevelingResult.Leveled(activities, makespan, cpm.makespan,
                DelayAnalysis.explain(net, cpm, start), unresolved, spent);
    }

    private static LevelingResult refusal(Network net, LevelingProblem problem, int j) {
        Activity activity = problem.activities().get(j);
        for (int k = net.demandStart[j]; k < net.demandStart[j + 1]; k++) {
            int r = net.demandResource[k];
            int lasting = problem.resources().get(r).capacity().defaultUnits();
            if (net.demandUnits[k] > lasting) {
                return new LevelingResult.DemandExceedsCapacity(activity.id(), net.resourceIds.get(r),
                        net.demandUnits[k], lasting);
            }
        }
        throw new IllegalStateException("no start found for " + activity.id());
    }
}
