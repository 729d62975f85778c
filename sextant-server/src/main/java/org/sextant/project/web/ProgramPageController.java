package org.sextant.project.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.identity.Users;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.program.Program;
import org.sextant.program.ProgramId;
import org.sextant.program.Programs;
import org.sextant.project.Project;
import org.sextant.project.Projects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The program pages: the list of programs and one program with its projects. They live with the
 * projects because a program page is mostly a view of its projects (the program feature does not
 * know projects; the project feature knows programs).
 */
@Controller
@RequestMapping("/programs")
class ProgramPageController {

    private final Programs programs;
    private final Projects projects;
    private final Names names;
    private final Users users;

    ProgramPageController(Programs programs, Projects projects, Names names, Users users) {
        this.programs = programs;
        this.projects = projects;
        this.names = names;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = LocalDate.now();
        Map<Long, List<Project>> byProgram = new LinkedHashMap<>();
        for (Project p : projects.visible()) {
            if (p.programId() != null) {
                byProgram.computeIfAbsent(p.programId().value(), k -> new java.util.ArrayList<>()).add(p);
            }
        }
        Map<Long, PortfolioPageController.Kpis> kpis = new LinkedHashMap<>();
        List<Program> all = names.lookup().programList();
        all.forEach(p -> kpis.put(p.id().value(), PortfolioPageController.Kpis.of(byProgram.getOrDefault(p.id().value(), List.of()), today)));
        model.addAttribute("programs", all);
        model.addAttribute("kpis", kpis);
        model.addAttribute("names", names.lookup());
        model.addAttribute("mayCreate", CurrentUsers.require().isOrganisationWide());
        return "project/programs";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CurrentUsers.requireAny("Only the PMO or an administrator creates programs.", Role.ADMIN, Role.PMO);
        return form(model, null, ProgramForm.empty(), new FormErrors());
    }

    @PostMapping
    String create(ProgramForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Program.Draft draft = form.toDraft(errors);
        if (!errors.any()) {
            try {
                Program created = programs.create(draft);
                redirect.addFlashAttribute("success", "Created program " + created.name() + ".");
                return "redirect:/programs/" + created.id();
            } catch (BusinessRuleException e) {
                errors.reject(e, Map.of());
            } catch (DuplicateKeyException e) {
                errors.reject("name", "The portfolio already has a program with this name.");
            }
        }
        return form(model, null, form, errors);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Program program = programs.get(ProgramId.of(id));
        return page(model, program, ProgramForm.of(program), new FormErrors());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, ProgramForm form, Model model, RedirectAttributes redirect) {
        Program program = programs.get(ProgramId.of(id));
        FormErrors errors = new FormErrors();
        Program.Draft draft = form.toDraft(errors);
        if (!errors.any()) {
            try {
                programs.update(program.id(), form.version() == null ? -1 : form.version(), draft);
                redirect.addFlashAttribute("success", "Saved program " + draft.name() + ".");
                return "redirect:/programs/" + id;
            } catch (BusinessRuleException e) {
                errors.reject(e, Map.of());
            } catch (StaleVersionException e) {
                errors.rejectGlobal("This program was changed by someone else while you were editing it. "
                        + "Reload the page to see their change, then apply yours again.");
            } catch (DuplicateKeyException e) {
                errors.reject("name", "The portfolio already has a program with this name.");
            }
        }
        return page(model, program, form, errors);
    }

    private String page(Model model, Program program, ProgramForm form, FormErrors errors) {
        CurrentUser me = CurrentUsers.require();
        LocalDate today = LocalDate.now();
        List<Project> members = projects.list(new Projects.Filter(null, null, program.id(), null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE, "code", true)).items();
        Map<Long, Health> health = new LinkedHashMap<>();
        members.forEach(p -> health.put(p.id().value(), Health.of(p, today)));
        model.addAttribute("program", program);
        model.addAttribute("projects", members);
        model.addAttribute("health", health);
        model.addAttribute("kpi", PortfolioPageController.Kpis.of(members, today));
        model.addAttribute("canEdit", programs.manages(me, program.id()));
        return form(model, program, form, errors);
    }

    private String form(Model model, Program program, ProgramForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("names", names.lookup());
        model.addAttribute("managers", users.withRole(Role.PROGRAM_MANAGER));
        return program == null ? "project/program-new" : "project/program";
    }
}
