package org.sextant.transfer.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.sextant.interchange.write.ExportFormat;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectId;
import org.sextant.transfer.Exports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code GET /api/v1/projects/{id}/export?format=mspdi|mpx|xer|pmxml|csv|xlsx} streams the file. */
@Tag(name = "Exports")
@RestController
class ExportApi {

    private final Exports exports;

    ExportApi(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/projects/{id}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable long id,
            @RequestParam(defaultValue = "mspdi") String format) {
        ExportFormat chosen = ExportFormat.of(format).orElseThrow(() -> BusinessRuleException.invalid("format",
                "format must be one of mspdi, mpx, xer, pmxml, csv, xlsx; was " + format));
        ProjectId project = ProjectId.of(id);
        String fileName = exports.fileName(project, chosen);
        // build the file before streaming so errors still become problem responses
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try {
            exports.export(project, chosen, buffer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] bytes = buffer.toByteArray();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentLength(bytes.length)
                .body(out -> out.write(bytes));
    }
}
