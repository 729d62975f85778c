package org.sextant.transfer.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.sextant.platform.BusinessRuleException;
import org.sextant.portfolio.PortfolioId;
import org.sextant.transfer.ImportJob;
import org.sextant.transfer.ImportJobId;
import org.sextant.transfer.ImportOptions;
import org.sextant.transfer.Imports;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import jobs: {@code POST /api/v1/imports} (multipart field {@code file}) answers 202 with the job;
 * poll {@code GET /api/v1/imports/{id}} until READY (preview) or REFUSED; {@code POST .../confirm}
 * starts the import; poll until DONE (projectIds) or FAILED.
 */
@Tag(name = "Imports")
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('ADMIN', 'PMO', 'PROGRAM_MANAGER', 'PROJECT_MANAGER')")
class ImportApi {

    private final Imports imports;

    ImportApi(Imports imports) {
        this.imports = imports;
    }

    /** Optional choices on confirming. */
    record ConfirmRequest(Long portfolioId, String code) {

        ImportOptions options() {
            return new ImportOptions(portfolioId == null ? null : PortfolioId.of(portfolioId), code);
        }
    }

    @PostMapping
    ResponseEntity<ImportJob> upload(@RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw BusinessRuleException.invalid("file", "send the project file as multipart form field \"file\"");
        }
        ImportJob job = imports.upload(file.getOriginalFilename(), file.getInputStream());
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    ImportJob get(@PathVariable long id) {
        return imports.get(ImportJobId.of(id));
    }

    @PostMapping("/{id}/confirm")
    ResponseEntity<ImportJob> confirm(@PathVariable long id, @RequestBody(required = false) ConfirmRequest request) {
        ImportJob job = imports.confirm(ImportJobId.of(id), request == null ? ImportOptions.defaults() : request.options());
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id())).body(job);
    }
}
