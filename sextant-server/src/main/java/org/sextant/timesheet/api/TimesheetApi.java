package org.sextant.timesheet.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.timesheet.Timesheet;
import org.sextant.timesheet.TimesheetId;
import org.sextant.timesheet.Timesheets;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Timesheets")
@RestController
@RequestMapping("/api/v1/timesheets")
class TimesheetApi {

    private final Timesheets timesheets;

    TimesheetApi(Timesheets timesheets) {
        this.timesheets = timesheets;
    }

    /** The editable rows of the week; rows of submitted or approved projects may be left out. */
    record SaveRequest(@NotNull List<Timesheet.RowDraft> rows, Long version) {
    }

    record VersionRequest(Long version) {
    }

    @GetMapping("/mine")
    ResponseEntity<Timesheet> mine(@Parameter(description = "any day of the week (the week starts Monday); default this week")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        Timesheet sheet = timesheets.mine(week == null ? LocalDate.now() : week);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(sheet.version())).body(sheet);
    }

    @PutMapping("/mine")
    ResponseEntity<Timesheet> save(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            @Valid @RequestBody SaveRequest request, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Timesheet saved = timesheets.save(week == null ? LocalDate.now() : week,
                ExpectedVersion.of(ifMatch, request.version()), request.rows());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(saved.version())).body(saved);
    }

    @GetMapping
    PageResult<Timesheet> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort) {
        return timesheets.mine(PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<Timesheet> get(@PathVariable long id) {
        Timesheet sheet = timesheets.get(TimesheetId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(sheet.version())).body(sheet);
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<Timesheet> submit(@PathVariable long id, @RequestBody(required = false) VersionRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Timesheet submitted = timesheets.submit(TimesheetId.of(id),
                ExpectedVersion.of(ifMatch, request == null ? null : request.version()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(submitted.version())).body(submitted);
    }
}
