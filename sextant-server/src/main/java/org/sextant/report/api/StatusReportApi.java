package org.sextant.report.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.report.ReportPeriod;
import org.sextant.report.StatusReport;
import org.sextant.report.StatusReports;
import org.sextant.report.Suggestions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Status reports")
@RestController
class StatusReportApi {

    static final String BASE = "/api/v1/projects/{projectId}/status-reports";

    private final StatusReports reports;

    StatusReportApi(StatusReports reports) {
        this.reports = reports;
    }

    /** Starts the next report; a missing period is WEEKLY, a missing periodEnd the next period's end. */
    record CreateRequest(ReportPeriod period, LocalDate periodEnd) {
    }

    /** A draft's health values (a missing value takes the suggestion), reasons and narrative, with its version. */
    record UpdateRequest(StatusReport.Choice schedule, StatusReport.Choice cost, StatusReport.Choice scope,
            StatusReport.Choice risk, StatusReport.Choice overall, String summary, String accomplishments,
            String nextSteps, String helpNeeded, Long version) {

        StatusReport.Draft draft() {
            return new StatusReport.Draft(schedule, cost, scope, risk, overall, summary, accomplishments, nextSteps,
                    helpNeeded);
        }
    }

    /** Submits a draft at this version (or If-Match). */
    record SubmitRequest(Long version) {
    }

    @GetMapping(BASE)
    PageResult<StatusReport> list(@PathVariable long projectId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort) {
        return reports.list(ProjectId.of(projectId), PageRequest.parse(page, size, sort));
    }

    @PostMapping(BASE)
    ResponseEntity<StatusReport> create(@PathVariable long projectId,
            @RequestBody(required = false) CreateRequest request) {
        CreateRequest r = request == null ? new CreateRequest(null, null) : request;
        StatusReport created = reports.create(ProjectId.of(projectId),
                r.period() == null ? ReportPeriod.WEEKLY : r.period(), r.periodEnd());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    /** What the rules suggest as of {@code statusDate} (default: today), with the evidence. */
    @GetMapping(BASE + "/suggestions")
    Suggestions suggestions(@PathVariable long projectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate) {
        return reports.suggest(ProjectId.of(projectId), statusDate == null ? LocalDate.now() : statusDate);
    }

    @GetMapping(BASE + "/{id}")
    ResponseEntity<StatusReport> get(@PathVariable long projectId, @PathVariable long id) {
        StatusReport report = inProject(projectId, id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(report.version())).body(report);
    }

    @PutMapping(BASE + "/{id}")
    ResponseEntity<StatusReport> update(@PathVariable long projectId, @PathVariable long id,
            @RequestBody UpdateRequest request, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        inProject(projectId, id);
        StatusReport updated = reports.update(id, ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @PostMapping(BASE + "/{id}/submit")
    ResponseEntity<StatusReport> submit(@PathVariable long projectId, @PathVariable long id,
            @RequestBody(required = false) SubmitRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        inProject(projectId, id);
        StatusReport submitted = reports.submit(id, ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(submitted.version())).body(submitted);
    }

    @DeleteMapping(BASE + "/{id}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long id,
            @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        inProject(projectId, id);
        reports.delete(id, ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(BASE + "/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long projectId, @PathVariable long id) {
        inProject(projectId, id);
        StatusReports.Pdf pdf = reports.pdf(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }

    /** The latest submitted health of every project the caller may read. */
    @GetMapping("/api/v1/status-reports/latest")
    PageResult<StatusReports.LatestHealth> latest(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return reports.latest(PageRequest.of(page, size));
    }

    private StatusReport inProject(long projectId, long id) {
        StatusReport report = reports.get(id);
        if (report.projectId().value() != projectId) {
            throw new NotFoundException("StatusReport", id);
        }
        return report;
    }
}
