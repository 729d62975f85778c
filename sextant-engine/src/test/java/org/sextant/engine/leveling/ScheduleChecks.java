package org.sextant.engine.leveling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Independent checks of a leveled schedule against its problem (test oracle, no engine internals). */
final class ScheduleChecks {

    private ScheduleChecks() {
    }

    static Map<ActivityId, ScheduledActivity> byId(LevelingResult.Leveled leveled) {
        Map<ActivityId, ScheduledActivity> map = new HashMap<>();
        leveled.activities().forEach(a -> map.put(a.id(), a));
        return map;
    }

    /** Links whose start-to-start distance is violated. */
    static List<Link> violatedLinks(LevelingProblem problem, LevelingResult.Leveled leveled) {
        Map<ActivityId, ScheduledActivity> at = byId(leveled);
        List<Link> violated = new ArrayList<>();
        for (Link l : problem.links()) {
            ScheduledActivity p = at.get(l.predecessor());
            ScheduledActivity s = at.get(l.successor());
            boolean ok = switch (l.type()) {
                case FINISH_TO_START -> s.start() >= p.finish() + l.lag();
                case START_TO_START -> s.start() >= p.start() + l.lag();
                case FINISH_TO_FINISH -> s.finish() >= p.finish() + l.lag();
                case START_TO_FINISH -> s.finish() >= p.start() + l.lag();
            };
            if (!ok) {
                violated.add(l);
            }
        }
        return violated;
    }

    /** "resource@period" for every period where the load exceeds the capacity. */
    static List<String> overloads(LevelingProblem problem, LevelingResult.Leveled leveled) {
        Map<ActivityId, ScheduledActivity> at = byId(leveled);
        List<String> found = new ArrayList<>();
        for (Resource r : problem.resources()) {
            for (int t = 0; t < leveled.makespan(); t++) {
                int load = 0;
                for (Activity a : problem.activities()) {
                    ScheduledActivity s = at.get(a.id());
                    if (t >= s.start() && t < s.finish()) {
                        for (Demand d : a.demands()) {
                            if (d.resource().equals(r.id())) {
                                load += d.units();
                            }
                        }
                    }
                }
                if (load > r.capacity().unitsAt(t)) {
                    found.add(r.id() + "@" + t);
                }
            }
        }
        return found;
    }
}
