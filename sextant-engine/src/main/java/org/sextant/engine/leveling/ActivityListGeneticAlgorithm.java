package org.sextant.engine.leveling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Activity-list genetic algorithm with double justification (forward-backward improvement), after
 * Hartmann (1998, "A competitive genetic algorithm for resource-constrained project scheduling",
 * Naval Research Logistics 45) and Valls, Ballestín and Quintanilla (2005, "Justification and RCPSP:
 * a technique that pays", EJOR 165; 2008, "A hybrid genetic algorithm for the resource-constrained
 * project scheduling problem", EJOR 185).
 *
 * <p>An individual is a precedence-feasible activity list decoded by the serial schedule generation
 * scheme. Every decoded schedule is improved by a backward pass on its finish order; the individual
 * then becomes the start order of the improved schedule (Lamarckian), so decoding it again is the
 * forward half of the justification. Where the problem is not shift-invariant (calendars, release
 * dates, fixed activities) the forward half is run at once. The initial population is the
 * priority-rule list plus regret-based biased samples; children come from Hartmann's two-point
 * crossover of tournament-selected parents, then a shift mutation that moves an activity to a random
 * position between its last predecessor and first successor; survivors are the best distinct
 * individuals of parents and children.
 *
 * <p>Cost: one forward and one backward serial pass per child (each counted as a schedule), each
 * O(n·d·R·k + m log n). Deterministic for a seed. With "level within float" the fitness is over-allocation
 * first, then makespan, and no justification runs (it assumes resource-feasible schedules).
 */
final class ActivityListGeneticAlgorithm {

    private final Network net;
    private final SerialScheduleGenerator generator;
    private final ScheduleOrders orders;
    private final PriorityLists priorities;
    private final SplittableRandom random;
    private final boolean justify;
    private final int budget;
    private final int[] start;
    private final int[] start2;
    private final int[] order;
    private final int[] position;
    private final boolean[] taken;
    private int spent;
    private Individual best;

    record Individual(int[] list, long fitness, int hash) {
    }

    ActivityListGeneticAlgorithm(Network net, CriticalPath cpm, int[] latest, int budget, long seed) {
        this.net = net;
        this.generator = new SerialScheduleGenerator(net, latest);
        this.orders = new ScheduleOrders(net);
        this.priorities = new PriorityLists(net, cpm);
        this.random = new SplittableRandom(seed);
        this.justify = latest == null;
        this.budget = budget;
        this.start = new int[net.n];
        this.start2 = new int[net.n];
        this.order = new int[net.n];
        this.position = new int[net.n];
        this.taken = new boolean[net.n];
    }

    /** Schedules generated so far. */
    int spent() {
        return spent;
    }

    /** Runs until the budget is spent and returns the best list found (never null). */
    int[] run() {
        int populationSize = populationSize();
        List<Individual> population = new ArrayList<>();
        population.add(evaluate(priorities.priorityRule()));
        while (population.size() < populationSize && spent < budget) {
            population.add(evaluate(priorities.regretBiased(random)));
        }
        while (spent < budget) {
            population.sort(Comparator.comparingLong(Individual::fitness));
            List<Individual> next = new ArrayList<>(population);
            int children = population.size();
            for (int c = 0; c < children && spent < budget; c++) {
                int[] mother = tournament(population).list();
                int[] father = tournament(population).list();
                int[] child = crossover(mother, father);
                mutate(child);
                next.add(evaluate(child));
            }
            population = survivors(next, populationSize);
        }
        return best.list().clone();
    }

    private int populationSize() {
        return Math.max(2, Math.min(100, budget / 100));
    }

    private Individual tournament(List<Individual> population) {
        Individual a = population.get(random.nextInt(population.size()));
        Individual b = population.get(random.nextInt(population.size()));
        return a.fitness() <= b.fitness() ? a : b;
    }

    private List<Individual> survivors(List<Individual> all, int size) {
        all.sort(Comparator.comparingLong(Individual::fitness));
        List<Individual> kept = new ArrayList<>(size);
        for (int i = 0; i < all.size() && kept.size() < size; i++) {
            Individual candidate = all.get(i);
            boolean duplicate = false;
            for (int k = kept.size() - 1; k >= 0 && kept.get(k).fitness() == candidate.fitness(); k--) {
                if (kept.get(k).hash() == candidate.hash() && Arrays.equals(kept.get(k).list(), candidate.list())) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                kept.add(candidate);
            }
        }
        for (int i = 0; kept.size() < size && i < all.size(); i++) {
            kept.add(all.get(i));
        }
        return kept;
    }

    /** Decodes, justifies and scores a list; the returned individual holds the improved list. */
    Individual evaluate(int[] list) {
        int makespan = generator.forward(list, start, null);
        spent++;
        long fitness;
        int[] improved = list;
        if (!justify) {
            fitness = generator.overload() * (net.horizon + 1L) + makespan;
        } else if (spent >= budget) {
            fitness = makespan;
        } else {
            orders.byFinishDescending(start, order);
            int first = generator.backward(order, start2, makespan);
            spent++;
            improved = new int[net.n];
            if (net.shiftInvariant) {
                fitness = makespan - first;
                orders.byStart(start2, improved);
            } else {
                orders.byStart(start2, order);
                fitness = generator.forward(order, start, null);
                spent++;
                orders.byStart(start, improved);
            }
        }
        Individual individual = new Individual(improved, fitness, Arrays.hashCode(improved));
        if (best == null || fitness < best.fitness()) {
            best = individual;
        }
        return individual;
    }

    /** Hartmann's two-point crossover: mother's head, father's middle, mother's tail (in their orders). */
    private int[] crossover(int[] mother, int[] father) {
        int n = net.n;
        int q1 = random.nextInt(n + 1);
        int q2 = random.nextInt(n + 1);
        if (q1 > q2) {
            int t = q1;
            q1 = q2;
            q2 = t;
        }
        Arrays.fill(taken, false);
        int[] child = new int[n];
        int size = 0;
        for (int i = 0; i < q1; i++) {
            child[size++] = mother[i];
            taken[mother[i]] = true;
        }
        for (int i = 0; i < n && size < q2; i++) {
            if (!taken[father[i]]) {
                child[size++] = father[i];
                taken[father[i]] = true;
            }
        }
        for (int i = 0; i < n && size < n; i++) {
            if (!taken[mother[i]]) {
                child[size++] = mother[i];
                taken[mother[i]] = true;
            }
        }
        return child;
    }

    /** Moves one random activity to a random precedence-feasible position. */
    private void mutate(int[] list) {
        int n = net.n;
        if (n < 2) {
            return;
        }
        for (int i = 0; i < n; i++) {
            position[list[i]] = i;
        }
        int from = random.nextInt(n);
        int j = list[from];
        int low = 0;
        for (int k = net.predStart[j]; k < net.predStart[j + 1]; k++) {
            low = Math.max(low, position[net.predIndex[k]] + 1);
        }
        int high = n - 1;
        for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
            high = Math.min(high, position[net.succIndex[k]] - 1);
        }
        int to = low + random.nextInt(high - low + 1);
        if (to < from) {
            System.arraycopy(list, to, list, to + 1, from - to);
        } else if (to > from) {
            System.arraycopy(list, from + 1, list, from, to - from);
        }
        list[to] = j;
    }
}
