package org.sextant.transfer.web;

import java.io.IOException;
import org.sextant.transfer.ImportJob;
import org.sextant.transfer.ImportJobId;
import org.sextant.transfer.ImportOptions;
import org.sextant.transfer.Imports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload (drag and drop) → preview → confirm → progress → link to the project. Rules live in {@link Imports}. */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasAnyRole('ADMIN', 'PMO', 'PROGRAM_MANAGER', 'PROJECT_MANAGER')")
class ImportController {

    private final Imports imports;

    ImportController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/new")
    String upload() {
        return "transfer/upload";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file) throws IOException {
        ImportJob job = imports.upload(file.getOriginalFilename(), file.getInputStream());
        return "redirect:/imports/" + job.id();
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.get(ImportJobId.of(id)));
        return "transfer/job";
    }

    /** The status panel alone, polled by htmx while the job works. */
    @GetMapping("/{id}/panel")
    String panel(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.get(ImportJobId.of(id)));
        return "transfer/job :: panel";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id) {
        imports.confirm(ImportJobId.of(id), ImportOptions.defaults());
        return "redirect:/imports/" + id;
    }
}
