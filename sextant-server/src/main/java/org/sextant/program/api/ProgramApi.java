package org.sextant.program.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.sextant.identity.UserId;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.Program;
import org.sextant.program.ProgramId;
import org.sextant.program.Programs;
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

@Tag(name = "Programs")
@RestController
@RequestMapping("/api/v1/programs")
class ProgramApi {

    private final Programs programs;

    ProgramApi(Programs programs) {
        this.programs = programs;
    }

    record ProgramRequest(@NotNull PortfolioId portfolioId, @NotBlank @Size(max = 200) String name,
            @Size(max = 10_000) String description, UserId managerId, @Size(max = 200) String sponsor,
            LocalDate start, LocalDate finish, Long version) {

        Program.Draft draft() {
            return new Program.Draft(portfolioId, name.strip(), description, managerId, sponsor, start, finish);
        }
    }

    @GetMapping
    PageResult<Program> list(@RequestParam(required = false) Long portfolioId, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return programs.list(portfolioId == null ? null : PortfolioId.of(portfolioId), q, PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<Program> get(@PathVariable long id) {
        Program program = programs.get(ProgramId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(program.version())).body(program);
    }

    @PostMapping
    ResponseEntity<Program> create(@Valid @RequestBody ProgramRequest request) {
        Program created = programs.create(request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<Program> update(@PathVariable long id, @Valid @RequestBody ProgramRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Program updated = programs.update(ProgramId.of(id), ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        programs.delete(ProgramId.of(id), ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
