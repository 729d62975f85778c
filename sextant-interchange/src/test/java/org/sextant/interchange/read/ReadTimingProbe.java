package org.sextant.interchange.read;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;

class ReadTimingProbe {

    @Test
    void probe() throws Exception {
        Path file = Path.of("../../shared/data/schedules/primavera/SP10_-_COST_LOADED.xer");
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            new InputGuard(50L << 20).check(file);
            long t1 = System.nanoTime();
            List<ProjectFile> files = new UniversalProjectReader().readAll(file.toFile());
            long t2 = System.nanoTime();
            Warnings w = new Warnings();
            new MpxjMapper(files.get(0), w).map();
            long t3 = System.nanoTime();
            System.out.printf("PROBE guard %d ms, mpxj %d ms, map %d ms%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000,
                    (t3 - t2) / 1000000);
        }
    }
}
