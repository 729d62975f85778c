package org.sextant.schedule.web;

import java.time.LocalDate;
import org.sextant.project.ProjectId;
import org.sextant.schedule.ScheduleResults;
import org.sextant.schedule.ScheduledProject;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The Gantt section of the project page: the schedule's state and problems rendered on the server,
 * the chart drawn in the browser by {@code /js/gantt.js} from the JSON of {@link #data}.
 */
@Controller
@RequestMapping("/projects/{projectId}/gantt")
class GanttController {

    private final ScheduleResults results;

    GanttController(ScheduleResults results) {
        this.results = results;
    }

    @GetMapping
    String section(@PathVariable long projectId, Model model) {
        ScheduledProject schedule = results.get(ProjectId.of(projectId));
        model.addAttribute("projectId", projectId);
        model.addAttribute("state", schedule.state());
        model.addAttribute("taskCount", schedule.tasks().size());
        model.addAttribute("today", LocalDate.now());
        return "schedule/gantt :: section";
    }

    /** The chart's data: the same document as {@code GET /api/v1/projects/{id}/schedule}, for the signed-in page. */
    @GetMapping("/data")
    @ResponseBody
    ScheduledProject data(@PathVariable long projectId) {
        return results.get(ProjectId.of(projectId));
    }
}
