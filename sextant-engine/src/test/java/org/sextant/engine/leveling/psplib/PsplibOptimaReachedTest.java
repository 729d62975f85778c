package org.sextant.engine.leveling.psplib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sextant.engine.leveling.Leveler;
import org.sextant.engine.leveling.LevelingOptions;
import org.sextant.engine.leveling.LevelingResult;

/** A small PSPLIB subset with proven optima; the full benchmark is {@code sextant level}, not a test. */
class PsplibOptimaReachedTest {

    private static final Path PSPLIB = PsplibParserTest.PSPLIB;
    /** j30 instances whose optimum lies 60-120 % above the critical-path bound (the hard end of j30). */
    private static final List<String> HARD_J30 = List.of("j3013_8", "j3045_2", "j3029_9", "j3029_5", "j3045_6",
            "j3025_8", "j3029_7", "j305_7", "j3025_2", "j3041_1", "j3037_1", "j309_8");

    @Test
    void aDozenHardJ30InstancesReachTheirProvenOptimumWith5000Schedules() throws IOException {
        PsplibOptima optima = PsplibOptima.read(PSPLIB.resolve("solutions/j30opt.sm"), "j30");
        Map<String, Integer> found = new LinkedHashMap<>();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String name : HARD_J30) {
            PsplibInstance instance = PsplibParser.parse(PSPLIB.resolve("j30/" + name + ".sm"));
            LevelingResult result = Leveler.standard().level(instance.problem(),
                    new LevelingOptions(LevelingOptions.DelayPolicy.ALLOW_DELAY, 5_000, 1));
            found.put(name, ((LevelingResult.Leveled) result).makespan());
            expected.put(name, optima.makespan(name).orElseThrow());
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void j120ScheduleStaysWithinThirtyPercentOfTheBestKnownWith1000Schedules() throws IOException {
        PsplibInstance instance = PsplibParser.parse(PSPLIB.resolve("j120/j1201_1.sm"));
        PsplibOptima bestKnown = PsplibOptima.read(PSPLIB.resolve("solutions/j120hrs.sm"), "j120");
        LevelingResult.Leveled result = (LevelingResult.Leveled) Leveler.standard().level(instance.problem(),
                new LevelingOptions(LevelingOptions.DelayPolicy.ALLOW_DELAY, 1_000, 1));
        assertThat(result.makespan()).isGreaterThanOrEqualTo(instance.criticalPathLength())
                .isLessThanOrEqualTo(bestKnown.makespan("j1201_1").orElseThrow() * 13 / 10);
        assertThat(result.schedulesGenerated()).isLessThanOrEqualTo(1_000);
    }
}
