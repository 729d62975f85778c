package org.sextant.schedule.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.sextant.project.ProjectId;
import org.sextant.schedule.LevelingStarts;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tasks")
@RestController
@RequestMapping("/api/v1/projects/{projectId}/leveling-starts")
class LevelingStartApi {

    private final LevelingStarts starts;

    LevelingStartApi(LevelingStarts starts) {
        this.starts = starts;
    }

    /** How many tasks had a leveling start before clearing. */
    record Cleared(int tasks) {
    }

    @Operation(summary = "The earliest starts an accepted leveling gave the project's tasks (task id → start)")
    @GetMapping
    Map<String, LocalDateTime> get(@PathVariable long projectId) {
        Map<String, LocalDateTime> result = new TreeMap<>();
        starts.of(ProjectId.of(projectId)).forEach((task, start) -> result.put(task.toString(), start));
        return result;
    }

    @Operation(summary = "Clear leveling: remove every leveling start of the project and reschedule it")
    @DeleteMapping
    Cleared clear(@PathVariable long projectId) {
        return new Cleared(starts.clear(ProjectId.of(projectId)));
    }
}
