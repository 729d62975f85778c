package org.sextant.schedule.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sextant.project.ProjectId;
import org.sextant.schedule.ScheduleResults;
import org.sextant.schedule.ScheduledProject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tasks")
@RestController
@RequestMapping("/api/v1")
class ScheduleApi {

    private final ScheduleResults results;

    ScheduleApi(ScheduleResults results) {
        this.results = results;
    }

    @Operation(summary = "The project's stored schedule: per task early/late dates, floats, critical flag and "
            + "driving predecessors, the project finish, and whether it is stale or has a problem (loop, conflicts)")
    @GetMapping("/projects/{projectId}/schedule")
    ScheduledProject get(@PathVariable long projectId) {
        return results.get(ProjectId.of(projectId));
    }
}
