package org.sextant.leveling.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.sextant.leveling.LevelingJob;
import org.sextant.leveling.LevelingJobId;
import org.sextant.leveling.LevelingJobs;
import org.sextant.leveling.LevelingRequest;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;
import org.sextant.project.ProjectId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Leveling")
@RestController
@RequestMapping("/api/v1")
class LevelingJobApi {

    private final LevelingJobs jobs;

    LevelingJobApi(LevelingJobs jobs) {
        this.jobs = jobs;
    }

    /** Options; every field may be left out (allow delay, seed 1, 5,000 schedules). */
    record LevelingJobRequest(LevelingRequest.Policy policy, Long seed,
            @Min(1) @Max(LevelingRequest.MAX_SCHEDULES) Integer schedules) {

        LevelingRequest request() {
            LevelingRequest defaults = LevelingRequest.defaults();
            return new LevelingRequest(policy == null ? defaults.policy() : policy, seed == null ? defaults.seed() : seed,
                    schedules == null ? defaults.schedules() : schedules);
        }
    }

    @Operation(summary = "Start leveling a project's resources in the background (202); poll the job for progress "
            + "and the proposal")
    @PostMapping("/projects/{projectId}/leveling-jobs")
    ResponseEntity<LevelingJob> levelProject(@PathVariable long projectId,
            @Valid @RequestBody(required = false) LevelingJobRequest request) {
        return accepted(jobs.startForProject(ProjectId.of(projectId), options(request)));
    }

    @Operation(summary = "Start leveling all projects of a program on their shared resources (202)")
    @PostMapping("/programs/{programId}/leveling-jobs")
    ResponseEntity<LevelingJob> levelProgram(@PathVariable long programId,
            @Valid @RequestBody(required = false) LevelingJobRequest request) {
        return accepted(jobs.startForProgram(ProgramId.of(programId), options(request)));
    }

    /** A portfolio scenario: the projects to level (default: the portfolio's active ones) and the options. */
    record PortfolioLevelingRequest(List<@NotNull Long> projectIds, LevelingRequest.Policy policy, Long seed,
            @Min(1) @Max(LevelingRequest.MAX_SCHEDULES) Integer schedules) {

        List<ProjectId> projects() {
            return projectIds == null ? List.of() : projectIds.stream().map(ProjectId::of).toList();
        }
    }

    @Operation(summary = "Start leveling a portfolio scenario (202): the chosen projects of the portfolio, or its "
            + "active ones, on their shared resources; PMO and administrators only")
    @PostMapping("/portfolios/{portfolioId}/leveling-jobs")
    ResponseEntity<LevelingJob> levelPortfolio(@PathVariable long portfolioId,
            @Valid @RequestBody(required = false) PortfolioLevelingRequest request) {
        PortfolioLevelingRequest body = request == null ? new PortfolioLevelingRequest(null, null, null, null) : request;
        return accepted(jobs.startForPortfolio(PortfolioId.of(portfolioId), body.projects(),
                new LevelingJobRequest(body.policy(), body.seed(), body.schedules()).request()));
    }

    @Operation(summary = "A leveling job: status, progress and, once READY, the proposal")
    @GetMapping("/leveling-jobs/{id}")
    LevelingJob get(@PathVariable long id) {
        return jobs.get(LevelingJobId.of(id));
    }

    @Operation(summary = "Accept the proposal: delayed tasks keep their leveling starts (409 if the plan changed)")
    @PostMapping("/leveling-jobs/{id}/accept")
    LevelingJob accept(@PathVariable long id) {
        return jobs.accept(LevelingJobId.of(id));
    }

    @Operation(summary = "Discard the proposal (or stop a running job); nothing in the plan changes")
    @PostMapping("/leveling-jobs/{id}/discard")
    LevelingJob discard(@PathVariable long id) {
        return jobs.discard(LevelingJobId.of(id));
    }

    private static LevelingRequest options(LevelingJobRequest request) {
        return request == null ? LevelingRequest.defaults() : request.request();
    }

    private static ResponseEntity<LevelingJob> accepted(LevelingJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/leveling-jobs/" + job.id())).body(job);
    }
}
