package org.sextant.capacity.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sextant.capacity.Allocation;
import org.sextant.capacity.AllocationId;
import org.sextant.capacity.AllocationUnit;
import org.sextant.capacity.Allocations;
import org.sextant.capacity.Firmness;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.Projects;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceId;
import org.sextant.resource.Resources;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The allocations page: PMO bookings of a resource or role to a project for a period, listed with
 * filters, and a form to book, change or remove one. The rules are {@link Allocations}': the PMO and
 * administrators book hard and soft allocations; a project's program and project managers request
 * soft ones on their projects (the form offers them only those).
 */
@Controller
class AllocationPagesController {

    private static final Map<String, String> FIELDS = Map.of();

    private final Allocations allocations;
    private final Projects projects;
    private final ProjectAccess access;
    private final Resources resources;

    AllocationPagesController(Allocations allocations, Projects projects, ProjectAccess access, Resources resources) {
        this.allocations = allocations;
        this.projects = projects;
        this.access = access;
        this.resources = resources;
    }

    /** One row of the list. */
    record Line(Allocation allocation, String project, String resource, String kind, boolean editable) {
    }

    @GetMapping("/capacity/allocations")
    String list(@RequestParam(required = false) Long project, @RequestParam(required = false) Long resource,
            @RequestParam(required = false) Long edit, @RequestParam(defaultValue = "0") int page, Model model) {
        AllocationForm form;
        Allocation editing = null;
        if (edit != null) {
            editing = allocations.get(AllocationId.of(edit));
            form = AllocationForm.of(editing);
        } else {
            form = AllocationForm.empty(project, resource, CurrentUsers.require().isOrganisationWide());
        }
        return page(model, project, resource, page, editing, form, new FormErrors());
    }

    @PostMapping("/capacity/allocations")
    String create(AllocationForm form, @RequestParam(required = false) Long project,
            @RequestParam(required = false) Long resource, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Allocation.Draft draft = form.toDraft(errors);
        if (draft != null) {
            try {
                Allocation created = allocations.create(draft);
                redirect.addFlashAttribute("success", "Booked " + name(created.resourceId()) + " for "
                        + created.start() + " – " + created.finish() + ".");
                return "redirect:" + back(project, resource);
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            } catch (AccessDeniedException e) {
                errors.rejectGlobal(e.getMessage());
            }
        }
        return page(model, project, resource, 0, null, form, errors);
    }

    @PostMapping("/capacity/allocations/{id}")
    String update(@PathVariable long id, AllocationForm form, @RequestParam(required = false) Long project,
            @RequestParam(required = false) Long resource, Model model, RedirectAttributes redirect) {
        Allocation before = allocations.get(AllocationId.of(id));
        FormErrors errors = new FormErrors();
        Allocation.Draft draft = form.toDraft(errors);
        if (draft != null) {
            try {
                allocations.update(before.id(), form.version() == null ? -1 : form.version(), draft);
                redirect.addFlashAttribute("success", "Saved the allocation of " + name(draft.resourceId()) + ".");
                return "redirect:" + back(project, resource);
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            } catch (AccessDeniedException e) {
                errors.rejectGlobal(e.getMessage());
            } catch (StaleVersionException e) {
                errors.rejectGlobal("This allocation was changed by someone else while you were editing it. "
                        + "Reload the page to see their change, then apply yours again.");
            }
        }
        return page(model, project, resource, 0, before, form, errors);
    }

    @PostMapping("/capacity/allocations/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long project,
            @RequestParam(required = false) Long resource, RedirectAttributes redirect) {
        try {
            allocations.delete(AllocationId.of(id), version);
            redirect.addFlashAttribute("success", "Removed the allocation.");
        } catch (BusinessRuleException | StaleVersionException | AccessDeniedException e) {
            redirect.addFlashAttribute("failure", e.getMessage());
        }
        return "redirect:" + back(project, resource);
    }

    private String page(Model model, Long project, Long resource, int page, Allocation editing, AllocationForm form,
            FormErrors errors) {
        CurrentUser me = CurrentUsers.require();
        PageResult<Allocation> result = allocations.list(new Allocations.Filter(project == null ? null
                : ProjectId.of(project), resource == null ? null : ResourceId.of(resource), null, null, null),
                new PageRequest(Math.max(page, 0), 50, null, true));
        List<Project> visible = all(p -> projects.list(Projects.Filter.none(), p));
        Map<Long, Project> byId = visible.stream().collect(Collectors.toMap(p -> p.id().value(), p -> p, (a, b) -> a));
        List<Resource> pool = all(p -> resources.list(new Resources.Filter(null, null, null, null, true), p));
        Map<Long, Resource> resourceById = pool.stream().collect(Collectors.toMap(r -> r.id().value(), r -> r));
        List<Line> lines = result.items().stream().map(a -> {
            Project p = byId.get(a.projectId().value());
            Resource r = resourceById.computeIfAbsent(a.resourceId().value(), k -> resources.get(a.resourceId()));
            boolean editable = me.isOrganisationWide() || (a.firmness() == Firmness.SOFT
                    && access.canEdit(me, a.projectId()));
            return new Line(a, p == null ? a.projectId().toString() : p.code() + " " + p.name(), r.name(),
                    r.kind().name(), editable);
        }).toList();
        List<Project> bookable = visible.stream().filter(p -> access.canEdit(me, p.id()))
                .sorted(Comparator.comparing(Project::code)).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("result", result);
        model.addAttribute("project", project);
        model.addAttribute("resource", resource);
        model.addAttribute("filterProject", project == null ? null : byId.get(project));
        model.addAttribute("filterResource", resource == null ? null : resourceById.get(resource));
        model.addAttribute("projects", bookable);
        model.addAttribute("resources", pool.stream().sorted(Comparator.comparing(Resource::kind)
                .thenComparing(Resource::name, String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("units", AllocationUnit.values());
        model.addAttribute("firmnesses", me.isOrganisationWide() ? Firmness.values() : new Firmness[] {Firmness.SOFT});
        model.addAttribute("mayBook", !bookable.isEmpty());
        model.addAttribute("hardAllowed", me.isOrganisationWide());
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "capacity/allocations";
    }

    private String name(ResourceId id) {
        return resources.find(id).map(Resource::name).orElse(id.toString());
    }

    private static String back(Long project, Long resource) {
        StringBuilder url = new StringBuilder("/capacity/allocations");
        if (project != null) {
            url.append("?project=").append(project);
        }
        if (resource != null) {
            url.append(project == null ? '?' : '&').append("resource=").append(resource);
        }
        return url.toString();
    }

    private static <T> List<T> all(Function<PageRequest, PageResult<T>> page) {
        List<T> items = new java.util.ArrayList<>();
        for (int p = 0; ; p++) {
            PageResult<T> result = page.apply(PageRequest.of(p, PageRequest.MAX_SIZE));
            items.addAll(result.items());
            if ((long) (p + 1) * PageRequest.MAX_SIZE >= result.total()) {
                return items;
            }
        }
    }
}
