package org.sextant.engine.leveling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Activity-list genetic algorithm with peak crossover and double justification (forward-backward
 * improvement), after Hartmann (1998, "A competitive genetic algorithm for resource-constrained project
 * scheduling", Naval Research Logistics 45) and Valls, Ballestín and Quintanilla (2005, "Justification
 * and RCPSP: a technique that pays", EJOR 165; 2008, "A hybrid genetic algorithm for the
 * resource-constrained project scheduling problem", EJOR 185).
 *
 * <p><b>Individuals</b> are precedence-feasible activity lists decoded by the serial schedule generation
 * scheme ({@link SerialScheduleGenerator}). Every decoded schedule is improved by a backward pass on its
 * finish order; the individual then becomes the start order of the right-justified schedule
 * (Lamarckian), so decoding it again is the forward half of the justification. Where the problem is not
 * shift-invariant (calendars, release dates, fixed activities) the forward half runs at once.
 *
 * <p><b>Population:</b> the priority-rule list plus regret-based biased random samples
 * ({@link PriorityLists}); size budget / 50, at most 250 (population size mattered most in tuning:
 * 100 → 250 gained almost a point on j120 at 50,000 schedules). <b>Children:</b> parents by 3-way
 * tournament; peak crossover (half the children) or Hartmann's two-point crossover; then one shift
 * mutation moving an activity anywhere between its last predecessor and first successor; a list that
 * was already decoded is mutated again instead (decoding it would only repeat a schedule).
 * <b>Survivors:</b> the best distinct individuals of parents and children. The search stops when the
 * budget is spent or a caller-given lower bound (the critical path) is reached.
 *
 * <p><b>Cost:</b> two serial passes per child (each counted as a schedule), each O(n·d·R·k + m log n)
 * for n activities, m links, R resources, longest duration d and k rejected start candidates; plus
 * O(n + H) for a peak crossover over horizon H. Memory O(P·n) for population P. Deterministic for a
 * seed. With "level within float" the fitness is over-allocation first, then makespan, and no
 * justification runs (it assumes resource-feasible schedules). Not thread-safe; one instance per run.
 */
final class ActivityListGeneticAlgorithm {

    private final Network net;
    private final LevelingMonitor monitor;
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
    private final Set<Long> decoded = new HashSet<>();
    private int spent;
    private Individual best;

    record Individual(int[] list, int[] start, long fitness, int hash) {
    }

    ActivityListGeneticAlgorithm(Network net, CriticalPath cpm, int[] latest, int budget, long seed,
                                 LevelingMonitor monitor) {
        this.net = net;
        this.monitor = monitor;
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
        while (spent < budget && best.fitness() > lowerBound && !monitor.cancelled()) {
            population.sort(Comparator.comparingLong(Individual::fitness));
            List<Individual> next = new ArrayList<>(population);
            int children = population.size();
            for (int c = 0; c < children && spent < budget; c++) {
                Individual mother = tournament(population);
                int[] father = tournament(population).list();
                int[] child = random.nextDouble() < PEAK_SHARE
                        ? peakCrossover(mother, father) : crossover(mother.list(), father);
                mutate(child);
                for (int retry = 0; retry < DUPLICATE_RETRIES && decoded.contains(fingerprint(child)); retry++) {
                    mutate(child);
                }
                next.add(evaluate(child));
            }
            population = survivors(next, populationSize);
            monitor.progress(spent, budget, (int) (best.fitness() % (net.horizon + 1L)));
        }
        return best.list().clone();
    }

    /** Schedules per individual of the population: budget / 50, i.e. 100 individuals at 5,000 schedules. */
    static final int SCHEDULES_PER_INDIVIDUAL = 50;
    /** Population cap, reached at 12,500 schedules; 250 measured better than 100 and as good as 500 at 50,000. */
    static final int MAX_POPULATION = 250;
    /** Share of children made by peak crossover; the rest by two-point crossover. */
    static final double PEAK_SHARE = 0.5;
    /** Individuals drawn per tournament. */
    static final int TOURNAMENT = 3;
    /** Extra mutations tried before decoding a list already decoded. */
    static final int DUPLICATE_RETRIES = 8;

    private int populationSize() {
        return Math.max(2, Math.min(MAX_POPULATION, budget / SCHEDULES_PER_INDIVIDUAL));
    }

    private Individual tournament(List<Individual> population) {
        Individual a = population.get(random.nextInt(population.size()));
        for (int k = 1; k < TOURNAMENT; k++) {
            Individual b = population.get(random.nextInt(population.size()));
            if (b.fitness() < a.fitness()) {
                a = b;
            }
        }
        return a;
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

    /** A 64-bit hash of a list; lists already decoded are not decoded again (that would repeat a schedule). */
    private static long fingerprint(int[] list) {
        long h = 1125899906842597L;
        for (int j : list) {
            h = 31 * h + j;
            h ^= h >>> 29;
        }
        return h;
    }

    /** Decodes, justifies and scores a list; the returned individual holds the improved list. */
    Individual evaluate(int[] list) {
        decoded.add(fingerprint(list));
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
