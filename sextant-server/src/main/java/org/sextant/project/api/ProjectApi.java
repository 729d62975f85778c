package org.sextant.project.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.sextant.identity.UserId;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectStatus;
import org.sextant.project.Projects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Projects")
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApi {

    private final Projects projects;

    ProjectApi(Projects projects) {
        this.projects = projects;
    }

    record ProjectRequest(
            @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                    message = "must be letters, digits, '.', '_' or '-'") String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 10_000) String objective,
            @Size(max = 50_000) String description,
            @Size(max = 100_000) String statementOfWork,
            @Size(max = 200) String client,
            @Size(max = 200) String sponsor,
            UserId managerId,
            @NotNull PortfolioId portfolioId,
            ProgramId programId,
            Phase phase,
            ProjectStatus status,
            @Min(0) @Max(1000) Integer priority,
            @NotNull LocalDate plannedStart,
            @NotNull LocalDate plannedFinish,
            @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal budget,
            @DecimalMin("0") @Digits(integer = 16, fraction = 2) BigDecimal actualCost,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like EUR") String currency,
            Long calendarId,
            LocalDate statusDate,
            Long version) {

        Project.Draft draft() {
            return new Project.Draft(code.strip(), name.strip(), objective, description, statementOfWork, client,
                    sponsor, managerId, portfolioId, programId, phase == null ? Phase.INITIATION : phase,
                    status == null ? ProjectStatus.ACTIVE : status, priority == null ? 500 : priority, plannedStart,
                    plannedFinish, budget == null ? BigDecimal.ZERO : budget,
                    actualCost == null ? BigDecimal.ZERO : actualCost, currency == null ? "EUR" : currency,
                    calendarId, statusDate);
        }
    }

    @GetMapping
    PageResult<Project> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long portfolioId,
            @RequestParam(required = false) Long programId, @RequestParam(required = false) Long managerId,
            @RequestParam(required = false) Phase phase, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return projects.list(new Projects.Filter(q, portfolioId == null ? null : PortfolioId.of(portfolioId),
                        programId == null ? null : ProgramId.of(programId), managerId == null ? null : UserId.of(managerId),
                        phase, status),
                PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<Project> get(@PathVariable long id) {
        Project project = projects.get(ProjectId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(project.version())).body(project);
    }

    @PostMapping
    ResponseEntity<Project> create(@Valid @RequestBody ProjectRequest request) {
        Project created = projects.create(request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<Project> update(@PathVariable long id, @Valid @RequestBody ProjectRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Project updated = projects.update(ProjectId.of(id), ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    /** Deletes a project; one that still holds tasks or other content needs {@code withContent=true}. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean withContent,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        projects.delete(ProjectId.of(id), ExpectedVersion.of(ifMatch, version), withContent);
        return ResponseEntity.noContent().build();
    }
}
