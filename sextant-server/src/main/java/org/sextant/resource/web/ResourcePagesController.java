package org.sextant.resource.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sextant.identity.Department;
import org.sextant.identity.Users;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
import org.sextant.resource.Assignments;
import org.sextant.resource.Resource;
import org.sextant.resource.ResourceKind;
import org.sextant.resource.Resources;
import org.sextant.resource.SkillId;
import org.sextant.resource.Skills;
import org.sextant.resource.TeamMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The resources page (people, roles, equipment with skills and rates) and a project's team section. */
@Controller
class ResourcePagesController {

    private final Resources resources;
    private final Skills skills;
    private final Assignments assignments;
    private final Users users;

    ResourcePagesController(Resources resources, Skills skills, Assignments assignments, Users users) {
        this.resources = resources;
        this.skills = skills;
        this.assignments = assignments;
        this.users = users;
    }

    @GetMapping("/resources")
    String resources(@RequestParam(required = false) String q, @RequestParam(required = false) ResourceKind kind,
            @RequestParam(required = false) Long department, @RequestParam(required = false) Long skill,
            @RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String key = List.of("name", "kind", "costRate").contains(sort) ? sort : "name";
        boolean asc = !"desc".equals(dir);
        PageResult<Resource> result = resources.list(new Resources.Filter(q, kind, department,
                skill == null ? null : SkillId.of(skill), null), new PageRequest(Math.max(page, 0), 50, key, asc));
        model.addAttribute("result", result);
        model.addAttribute("canEdit", org.sextant.identity.CurrentUsers.require().isOrganisationWide());
        model.addAttribute("departments", departments());
        model.addAttribute("skills", skills.all());
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("department", department);
        model.addAttribute("skill", skill);
        model.addAttribute("sort", key);
        model.addAttribute("dir", asc ? "asc" : "desc");
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/resources");
        if (q != null && !q.isBlank()) {
            base.queryParam("q", q);
        }
        if (kind != null) {
            base.queryParam("kind", kind);
        }
        if (department != null) {
            base.queryParam("department", department);
        }
        if (skill != null) {
            base.queryParam("skill", skill);
        }
        String url = base.encode().build().toUriString();
        model.addAttribute("base", url.contains("?") ? url : url + "?");
        return "resource/resources";
    }

    /** The team section of the project page: who is assigned and how much work they have there. */
    @GetMapping("/projects/{projectId}/team")
    String team(@PathVariable long projectId, Model model) {
        PageResult<TeamMember> team = assignments.team(ProjectId.of(projectId), null, PageRequest.of(0, PageRequest.MAX_SIZE));
        model.addAttribute("team", team.items());
        model.addAttribute("projectId", projectId);
        model.addAttribute("departments", departments());
        return "resource/team :: section";
    }

    private Map<Long, String> departments() {
        return users.listDepartments(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .collect(Collectors.toMap(Department::id, Department::name));
    }
}
