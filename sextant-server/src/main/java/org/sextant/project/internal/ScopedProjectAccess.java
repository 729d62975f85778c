package org.sextant.project.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.platform.NotFoundException;
import org.sextant.program.Programs;
import org.sextant.project.Project;
import org.sextant.project.ProjectAccess;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectMembership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** {@link ProjectAccess} from roles, the project's manager, its program's manager and assignments. */
@Component
class ScopedProjectAccess implements ProjectAccess {

    private final JdbcClient jdbc;
    private final Programs programs;
    private final List<ProjectMembership> memberships;

    ScopedProjectAccess(JdbcClient jdbc, Programs programs, List<ProjectMembership> memberships) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.memberships = memberships;
    }

    @Override
    public boolean canRead(CurrentUser user, ProjectId project) {
        return user.readsAllProjects() || memberOf(user).contains(project);
    }

    @Override
    public boolean canEdit(CurrentUser user, ProjectId id) {
        if (user.isOrganisationWide()) {
            return true;
        }
        Project project = load(id);
        return canEdit(user, project);
    }

    boolean canEdit(CurrentUser user, Project project) {
        if (user.isOrganisationWide()) {
            return true;
        }
        if (user.has(Role.PROJECT_MANAGER) && user.id().equals(project.managerId())) {
            return true;
        }
        return user.has(Role.PROGRAM_MANAGER) && project.programId() != null
                && programs.manages(user, project.programId());
    }

    @Override
    public CurrentUser requireRead(ProjectId id) {
        return requireRead(List.of(id));
    }

    @Override
    public CurrentUser requireRead(Collection<ProjectId> ids) {
        CurrentUser user = CurrentUsers.require();
        if (ids.isEmpty()) {
            return user;
        }
        Map<Long, String> codes = new HashMap<>();
        jdbc.sql("select id, code from project where id = any(?)")
                .param(ids.stream().map(ProjectId::value).distinct().toArray(Long[]::new))
                .query(rs -> {
                    codes.put(rs.getLong(1), rs.getString(2));
                });
        Set<ProjectId> member = user.readsAllProjects() ? Set.of() : memberOf(user);
        for (ProjectId id : ids) {
            String code = codes.get(id.value());
            if (code == null) {
                throw new NotFoundException("Project", id);
            }
            if (!user.readsAllProjects() && !member.contains(id)) {
                throw new AccessDeniedException("You are not on project " + code + ".");
            }
        }
        return user;
    }

    @Override
    public CurrentUser requireEdit(ProjectId id) {
        CurrentUser user = CurrentUsers.require();
        Project project = load(id);
        if (!canEdit(user, project)) {
            throw new AccessDeniedException("Only project " + project.code()
                    + "'s manager, its program's manager or the PMO may change it.");
        }
        return user;
    }

    /** Projects the user is assigned to. */
    Set<ProjectId> memberOf(CurrentUser user) {
        return memberships.stream().flatMap(m -> m.projectsOf(user.id()).stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    private Project load(ProjectId id) {
        return jdbc.sql("select * from project where id = ?").param(id.value()).query(ProjectRows::project)
                .optional().orElseThrow(() -> new NotFoundException("Project", id));
    }
}
