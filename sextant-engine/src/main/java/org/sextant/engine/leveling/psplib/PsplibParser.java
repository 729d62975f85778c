package org.sextant.engine.leveling.psplib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sextant.engine.leveling.Activity;
import org.sextant.engine.leveling.ActivityId;
import org.sextant.engine.leveling.Demand;
import org.sextant.engine.leveling.LevelingProblem;
import org.sextant.engine.leveling.Link;
import org.sextant.engine.leveling.Resource;
import org.sextant.engine.leveling.ResourceId;

/**
 * Reads PSPLIB single-mode RCPSP files ({@code .sm}, Kolisch &amp; Sprecher 1996, "PSPLIB - A project
 * scheduling problem library", EJOR 96) into a {@link LevelingProblem}: jobs become activities named
 * by their job number (dummy source and sink included, duration 0), successors become finish-to-start
 * links without lag, renewable resources {@code R1..Rk} get constant capacities. Line-oriented, O(size).
 * Malformed files raise {@link IllegalArgumentException} naming the file and what is missing.
 */
public final class PsplibParser {

    private PsplibParser() {
    }

    public static PsplibInstance parse(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.sm$", "");
        return parse(name, Files.readAllLines(file));
    }

    public static PsplibInstance parse(String name, List<String> lines) {
        int jobs = -1;
        int resources = -1;
        int mpm = -1;
        int i = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("jobs (incl. supersource/sink )")) {
                jobs = Integer.parseInt(afterColon(line));
            } else if (line.trim().startsWith("- renewable")) {
                resources = Integer.parseInt(afterColon(line).split("\\s+")[0]);
            } else if (line.startsWith("pronr.")) {
                mpm = Integer.parseInt(fields(lines.get(i + 1))[5]);
            } else if (line.startsWith("PRECEDENCE RELATIONS")) {
                break;
            }
        }
        if (jobs < 0 || resources < 0 || mpm < 0 || i >= lines.size()) {
            throw new IllegalArgumentException(name + ": missing header fields (jobs, renewable resources, MPM-Time)");
        }
        List<Link> links = new ArrayList<>();
        i += 2;
        for (int j = 0; j < jobs; j++, i++) {
            String[] f = fields(lines.get(i));
            int count = Integer.parseInt(f[2]);
            for (int s = 0; s < count; s++) {
                links.add(Link.finishToStart(id(f[0]), id(f[3 + s])));
            }
        }
        while (!lines.get(i).startsWith("REQUESTS/DURATIONS")) {
            i++;
        }
        i += 3;
        List<int[]> rows = new ArrayList<>();
        for (int j = 0; j < jobs; j++, i++) {
            String[] f = fields(lines.get(i));
            int[] row = new int[1 + resources];
            for (int k = 0; k <= resources; k++) {
                row[k] = Integer.parseInt(f[2 + k]);
            }
            rows.add(row);
        }
        while (!lines.get(i).startsWith("RESOURCEAVAILABILITIES")) {
            i++;
        }
        String[] caps = fields(lines.get(i + 2));
        List<Resource> pool = new ArrayList<>();
        for (int k = 0; k < resources; k++) {
            pool.add(Resource.constant("R" + (k + 1), Integer.parseInt(caps[k])));
        }
        List<Activity> activities = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            int[] row = rows.get(j);
            List<Demand> demands = new ArrayList<>();
            for (int k = 0; k < resources; k++) {
                if (row[1 + k] > 0) {
                    demands.add(new Demand(new ResourceId("R" + (k + 1)), row[1 + k]));
                }
            }
            activities.add(Activity.of(String.valueOf(j + 1), row[0], demands.toArray(Demand[]::new)));
        }
        return new PsplibInstance(name, new LevelingProblem(activities, links, pool), mpm);
    }

    private static ActivityId id(String job) {
        return new ActivityId(job);
    }

    private static String afterColon(String line) {
        return line.substring(line.indexOf(':') + 1).trim();
    }

    private static String[] fields(String line) {
        return line.trim().split("\\s+");
    }
}
