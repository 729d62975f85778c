package org.sextant.report.web;

import java.time.LocalDate;
import java.util.Map;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.report.Dimension;
import org.sextant.report.Rag;
import org.sextant.report.ReportPeriod;
import org.sextant.report.StatusReport;
import org.sextant.report.StatusReports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's status reports: the list, the draft form with suggestions, submit, the read-only view and the PDF. */
@Controller
@RequestMapping("/projects/{projectId}/reports")
class StatusReportPageController {

    private static final Map<String, String> FIELDS = Map.of("periodEnd", "periodEnd");

    private final StatusReports reports;
    private final Projects projects;
    private final ProjectAccess access;

    StatusReportPageController(StatusReports reports, Projects projects, ProjectAccess access) {
        this.reports = reports;
        this.projects = projects;
        this.access = access;
    }

    @GetMapping
    String list(@PathVariable long projectId, @RequestParam(defaultValue = "0") int page, Model model) {
        ProjectId id = ProjectId.of(projectId);
        return listPage(model, projects.get(id), page, new FormErrors());
    }

    @PostMapping
    String create(@PathVariable long projectId, @RequestParam(defaultValue = "WEEKLY") String period,
            @RequestParam(required = false) String periodEnd, Model model, RedirectAttributes redirect) {
        ProjectId id = ProjectId.of(projectId);
        FormErrors errors = new FormErrors();
        ReportPeriod chosen = errors.choice("period", period, ReportPeriod.class);
        LocalDate end = errors.date("periodEnd", periodEnd);
        if (!errors.any()) {
            try {
                StatusReport created = reports.create(id, chosen == null ? ReportPeriod.WEEKLY : chosen, end);
                redirect.addFlashAttribute("success", "Started the report for " + created.periodEnd()
                        + ", prefilled with the suggested health" + " and the last report's narrative.");
                return "redirect:/projects/" + projectId + "/reports/" + created.id();
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            }
        }
        return listPage(model, projects.get(id), 0, errors);
    }

    @GetMapping("/{reportId}")
    String show(@PathVariable long projectId, @PathVariable long reportId, Model model) {
        StatusReport report = inProject(projectId, reportId);
        return reportPage(model, report, ReportForm.of(report), new FormErrors());
    }

    @PostMapping("/{reportId}")
    String save(@PathVariable long projectId, @PathVariable long reportId, ReportForm form, Model model,
            RedirectAttributes redirect) {
        return write(projectId, reportId, form, false, model, redirect);
    }

    /** Saves the form and submits the report, in that order. */
    @PostMapping("/{reportId}/submit")
    String submit(@PathVariable long projectId, @PathVariable long reportId, ReportForm form, Model model,
            RedirectAttributes redirect) {
        return write(projectId, reportId, form, true, model, redirect);
    }

    private String write(long projectId, long reportId, ReportForm form, boolean submit, Model model,
            RedirectAttributes redirect) {
        StatusReport report = inProject(projectId, reportId);
        FormErrors errors = new FormErrors();
        StatusReport.Draft draft = form.toDraft(errors);
        if (!errors.any()) {
            try {
                StatusReport saved = reports.update(reportId, form.version() == null ? -1 : form.version(), draft);
                if (submit) {
                    reports.submit(reportId, saved.version());
                }
                redirect.addFlashAttribute("success", submit ? "Submitted the report for " + saved.periodEnd()
                        + ". It can no longer be changed." : "Saved the draft.");
                return "redirect:/projects/" + projectId + "/reports/" + reportId;
            } catch (BusinessRuleException e) {
                errors.reject(e, Map.of());
            } catch (StaleVersionException e) {
                errors.rejectGlobal("Someone changed this report meanwhile. Reload the page to see their version.");
            }
        }
        return reportPage(model, report, form, errors);
    }

    @PostMapping("/{reportId}/delete")
    String delete(@PathVariable long projectId, @PathVariable long reportId, @RequestParam long version,
            RedirectAttributes redirect) {
        StatusReport report = inProject(projectId, reportId);
        reports.delete(reportId, version);
        redirect.addFlashAttribute("success", "Deleted the draft for " + report.periodEnd() + ".");
        return "redirect:/projects/" + projectId + "/reports";
    }

    @GetMapping("/{reportId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long projectId, @PathVariable long reportId) {
        inProject(projectId, reportId);
        StatusReports.Pdf pdf = reports.pdf(reportId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
                .body(pdf.content());
    }

    private String listPage(Model model, Project project, int page, FormErrors errors) {
        model.addAttribute("project", project);
        model.addAttribute("result", reports.list(project.id(), PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("canEdit", access.canEdit(CurrentUsers.require(), project.id()));
        model.addAttribute("organisationWide", CurrentUsers.require().isOrganisationWide());
        model.addAttribute("periods", ReportPeriod.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("errors", errors);
        return "report/reports";
    }

    private String reportPage(Model model, StatusReport report, ReportForm form, FormErrors errors) {
        Project project = projects.get(report.projectId());
        model.addAttribute("project", project);
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("rags", Rag.values());
        model.addAttribute("editable", !report.submitted() && access.canEdit(CurrentUsers.require(), project.id()));
        return "report/report";
    }

    private StatusReport inProject(long projectId, long reportId) {
        StatusReport report = reports.get(reportId);
        if (report.projectId().value() != projectId) {
            throw new NotFoundException("StatusReport", reportId);
        }
        return report;
    }
}
