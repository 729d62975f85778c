package org.sextant.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import java.util.function.ToIntFunction;
import org.sextant.capacity.CapacityArithmetic.Availability;

/**
 * Not a test: times the capacity arithmetic of a 1,000-resource × 52-week grid over 500 projects
 * (20,000 task assignments and 2,000 allocations, seeded). Run with
 * {@code java -cp target/classes:target/test-classes org.sextant.capacity.CapacityBenchmark}.
 * The database reads of the real grid come on top; this bounds the computing part.
 */
public final class CapacityBenchmark {

    private CapacityBenchmark() {
    }

    public static void main(String[] args) {
        for (int run = 0; run < 5; run++) {
            long started = System.nanoTime();
            double total = once(new Random(42));
            System.out.printf("run %d: %.1f ms (checksum %.0f h)%n", run, (System.nanoTime() - started) / 1e6, total);
        }
    }

    private static double once(Random random) {
        LocalDate from = LocalDate.of(2027, 1, 4);
        Periods periods = new Periods(from, from.plusWeeks(52).minusDays(1), PeriodUnit.WEEK);
        ToIntFunction<LocalDate> calendar = precomputed(periods);
        int resources = 1000;
        double[][] capacity = new double[resources][periods.count()];
        double[][] demand = new double[resources][periods.count()];
        Availability[] availability = new Availability[resources];
        for (int r = 0; r < resources; r++) {
            availability[r] = new Availability(calendar, r % 5 == 0 ? 0.5 : 1.0, null, null);
            CapacityArithmetic.addCapacity(capacity[r], periods, availability[r]);
        }
        for (int a = 0; a < 20_000; a++) {
            int r = random.nextInt(resources);
            LocalDate start = from.plusDays(random.nextInt(360));
            CapacityArithmetic.addWork(demand[r], periods, calendar, start, start.plusDays(random.nextInt(30)),
                    8 + random.nextInt(80));
        }
        for (int a = 0; a < 2_000; a++) {
            int r = random.nextInt(resources);
            LocalDate start = from.plusDays(random.nextInt(300));
            CapacityArithmetic.addShare(demand[r], periods, availability[r], start, start.plusDays(60), 50);
        }
        double total = 0;
        for (int r = 0; r < resources; r++) {
            for (int p = 0; p < periods.count(); p++) {
                total += demand[r][p] / Math.max(1, capacity[r][p]);
            }
        }
        return total;
    }

    private static ToIntFunction<LocalDate> precomputed(Periods periods) {
        int[] minutes = new int[periods.days()];
        for (int d = 0; d < minutes.length; d++) {
            DayOfWeek day = periods.day(d).getDayOfWeek();
            minutes[d] = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? 0 : 480;
        }
        return day -> {
            int d = periods.offset(day);
            return d >= 0 && d < minutes.length ? minutes[d] : 480;
        };
    }
}
