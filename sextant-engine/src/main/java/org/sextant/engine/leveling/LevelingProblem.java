package org.sextant.engine.leveling;

import java.util.List;

/**
 * The immutable input of leveling: activities (of one or several projects), the links between
 * them, and the shared resource pool. Activity and resource ids must be unique and links and demands
 * must refer to them; {@link Leveler#level} reports violations as {@link LevelingResult.Invalid}.
 */
public record LevelingProblem(List<Activity> activities, List<Link> links, List<Resource> resources) {
    public LevelingProblem {
        activities = List.copyOf(activities);
        links = List.copyOf(links);
        resources = List.copyOf(resources);
    }
}
