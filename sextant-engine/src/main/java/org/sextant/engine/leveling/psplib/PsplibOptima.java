package org.sextant.engine.leveling.psplib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reference makespans from a PSPLIB solution file ({@code j30opt.sm}, {@code j120hrs.sm}): rows of
 * "parameter instance makespan ..." keyed by instance name {@code <set><parameter>_<instance>}.
 */
public record PsplibOptima(Map<String, Integer> makespans) {

    public PsplibOptima {
        makespans = Map.copyOf(makespans);
    }

    /** Reads a solution file; {@code set} is the prefix of the instance names, e.g. {@code j30}. */
    public static PsplibOptima read(Path file, String set) throws IOException {
        Map<String, Integer> result = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[0].matches("\\d+") && f[1].matches("\\d+") && f[2].matches("\\d+")) {
                result.put(set + f[0] + "_" + f[1], Integer.parseInt(f[2]));
            }
        }
        return new PsplibOptima(result);
    }

    public Optional<Integer> makespan(String instance) {
        return Optional.ofNullable(makespans.get(instance));
    }
}
