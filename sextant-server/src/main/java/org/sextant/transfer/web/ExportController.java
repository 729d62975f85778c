package org.sextant.transfer.web;

import java.io.IOException;
import java.io.OutputStream;
import org.sextant.interchange.write.ExportFormat;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectId;
import org.sextant.transfer.Exports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The project page's Export menu: downloads in the browser session. */
@Controller
class ExportController {

    private final Exports exports;

    ExportController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/projects/{id}/export")
    void export(@PathVariable long id, @RequestParam String format, HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.of(format).orElseThrow(() -> BusinessRuleException.invalid("format",
                "unknown export format " + format));
        ProjectId project = ProjectId.of(id);
        String fileName = exports.fileName(project, chosen);
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        exports.export(project, chosen, buffer);
        response.setContentType(chosen.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        response.setContentLength(buffer.size());
        try (OutputStream out = response.getOutputStream()) {
            buffer.writeTo(out);
        }
    }
}
