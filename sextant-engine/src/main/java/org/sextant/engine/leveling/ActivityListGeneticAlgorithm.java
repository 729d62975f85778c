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

    record Individual(int[] list, int[] start, long fitness, int hash) {
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

    /** Runs until the budget is spent (or the critical-path bound is met); returns the best list. */
    int[] run(long lowerBound) {
        int populationSize = populationSize();
        List<Individual> population = new ArrayList<>();
        population.add(evaluate(priorities.priorityRule()));
        while (population.size() < populationSize && spent < budget) {
            population.add(evaluate(priorities.regretBiased(random)));
        }
        long bestSoFar = best.fitness();
        int stalled = 0;
        while (spent < budget && best.fitness() > lowerBound) {
            population.sort(Comparator.comparingLong(Individual::fitness));
            List<Individual> next = new ArrayList<>(population);
            int children = population.size();
            for (int c = 0; c < children && spent < budget; c++) {
                Individual mother = tournament(population);
                int[] father = tournament(population).list();
                int[] child = random.nextDouble() < PEAK ? peakCrossover(mother, father) : crossover(mother.list(), father);
                if (random.nextDouble() < MUT) {
                    mutate(child);
                }
                next.add(evaluate(child));
            }
            population = survivors(next, populationSize);
            if (best.fitness() < bestSoFar) {
                bestSoFar = best.fitness();
                stalled = 0;
            } else if (STALL > 0 && ++stalled >= STALL) {
                population = restart(population, populationSize);
                stalled = 0;
            }
        }
        return best.list().clone();
    }

    /** Keeps the elite and refills the population around the best list (perturbed copies) or anew. */
    private List<Individual> restart(List<Individual> population, int size) {
        List<Individual> fresh = new ArrayList<>(population.subList(0, Math.max(1, (int) (size * KEEP))));
        while (fresh.size() < size && spent < budget) {
            if (RESTART_NEW) {
                fresh.add(evaluate(priorities.regretBiased(random)));
            } else {
                int[] list = best.list().clone();
                int moves = 1 + random.nextInt(Math.max(1, net.n / 10));
                for (int m = 0; m < moves; m++) {
                    mutate(list);
                }
                fresh.add(evaluate(list));
            }
        }
        return fresh;
    }

    static final int STALL = Integer.getInteger("lv.stall", 0);
    static final double KEEP = Double.parseDouble(System.getProperty("lv.keep", "0.1"));
    static final boolean RESTART_NEW = Boolean.getBoolean("lv.restartNew");
    static final double POP_DIV = Double.parseDouble(System.getProperty("lv.popdiv", "50"));
    static final int POP_MAX = Integer.getInteger("lv.popmax", 100);
    static final double PEAK = Double.parseDouble(System.getProperty("lv.peak", "0.5"));
    static final double MUT = Double.parseDouble(System.getProperty("lv.mut", "1.0"));

    private int populationSize() {
        return Math.max(2, Math.min(POP_MAX, (int) (budget / POP_DIV)));
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
        int[] times;
        if (!justify) {
            fitness = generator.overload() * (net.horizon + 1L) + makespan;
            times = start.clone();
        } else if (spent >= budget) {
            fitness = makespan;
            times = start.clone();
        } else {
            orders.byFinishDescending(start, order);
            int first = generator.backward(order, start2, makespan);
            spent++;
            improved = new int[net.n];
            if (first == SerialScheduleGenerator.NO_SCHEDULE) {
                fitness = makespan;
                times = start.clone();
                orders.byStart(start, improved);
            } else if (net.shiftInvariant) {
                fitness = makespan - first;
                times = new int[net.n];
                for (int j = 0; j < net.n; j++) {
                    times[j] = start2[j] - first;
                }
                orders.byStart(start2, improved);
            } else {
                orders.byStart(start2, order);
                fitness = generator.forward(order, start, null);
                spent++;
                times = start.clone();
                orders.byStart(start, improved);
            }
        }
        Individual individual = new Individual(improved, times, fitness, Arrays.hashCode(improved));
        if (best == null || fitness < best.fitness()) {
            best = individual;
        }
        return individual;
    }

    /**
     * Peak crossover (Valls, Ballestín and Quintanilla 2008): the child keeps, as one block and in the
     * mother's order, the activities the mother starts inside her most resource-intensive time window;
     * the activities before and after the block follow the father's order. Precedence-feasible
     * because the mother's list is her start order.
     */
    private int[] peakCrossover(Individual mother, int[] father) {
        int n = net.n;
        int makespan = 0;
        for (int j = 0; j < n; j++) {
            makespan = Math.max(makespan, mother.start()[j] + net.duration[j]);
        }
        if (makespan < 2) {
            return crossover(mother.list(), father);
        }
        double[] use = utilisation(mother.start(), makespan);
        int length = Math.max(1, (int) (makespan * (0.1 + 0.4 * random.nextDouble())));
        double window = 0;
        for (int t = 0; t < length; t++) {
            window += use[t];
        }
        double bestWindow = window;
        int from = 0;
        for (int t = length; t < makespan; t++) {
            window += use[t] - use[t - length];
            if (window > bestWindow + 1e-9) {
                bestWindow = window;
                from = t - length + 1;
            }
        }
        int to = from + length;
        int[] list = mother.list();
        int i1 = 0;
        while (i1 < n && mother.start()[list[i1]] < from) {
            i1++;
        }
        int i2 = i1;
        while (i2 < n && mother.start()[list[i2]] < to) {
            i2++;
        }
        Arrays.fill(taken, false);
        for (int i = 0; i < i1; i++) {
            taken[list[i]] = true;
        }
        int[] child = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (taken[father[i]]) {
                child[size++] = father[i];
            }
        }
        for (int i = i1; i < i2; i++) {
            child[size++] = list[i];
            taken[list[i]] = true;
        }
        for (int i = 0; i < n; i++) {
            if (!taken[father[i]]) {
                child[size++] = father[i];
            }
        }
        return child;
    }

    private double[] utilisation(int[] start, int makespan) {
        double[] use = new double[makespan];
        for (int j = 0; j < net.n; j++) {
            for (int k = net.demandStart[j]; k < net.demandStart[j + 1]; k++) {
                double share = (double) net.demandUnits[k] / Math.max(1, net.capacityAt(0, net.demandResource[k]));
                for (int t = start[j]; t < start[j] + net.duration[j]; t++) {
                    use[t] += share;
                }
            }
        }
        return use;
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
