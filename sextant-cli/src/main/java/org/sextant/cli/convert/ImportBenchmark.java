package org.sextant.cli.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sextant.interchange.read.InterchangeReader;
import org.sextant.interchange.read.ReadResult;

/**
 * Prints how long reading every file of a corpus takes (guard + MPXJ + mapping to the interchange
 * model), after one warm-up pass: {@code java -cp sextant-cli.jar org.sextant.cli.convert.ImportBenchmark
 * ../shared/data/schedules}. The database half of an import is timed by the server's ImportApiTest
 * (line "IMPORT-BENCH") and logged per phase by the server ("imported ... tasks ... ms").
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/schedules");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".csv"))
                    .sorted().toList();
        }
        InterchangeReader reader = new InterchangeReader();
        for (Path file : files) {
            reader.read(file);
        }
        long total = 0;
        for (Path file : files) {
            long start = System.nanoTime();
            ReadResult result = reader.read(file);
            long millis = (System.nanoTime() - start) / 1_000_000;
            total += millis;
            String outcome = switch (result) {
                case ReadResult.Read read -> read.file().format() + " " + read.file().taskCount() + " tasks "
                        + read.file().linkCount() + " links";
                case ReadResult.Refused refused -> "refused " + refused.problem();
            };
            System.out.printf("%6d ms  %-60s %s%n", millis, root.relativize(file), outcome);
        }
        System.out.printf("%6d ms  total for %d files%n", total, files.size());
    }
}
