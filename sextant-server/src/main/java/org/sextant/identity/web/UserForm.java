package org.sextant.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sextant.identity.Role;
import org.sextant.identity.User;
import org.sextant.identity.UserDraft;
import org.sextant.platform.web.FormErrors;

/** The user form as typed: text in, {@link UserDraft} out, with a message per unusable field. */
record UserForm(String username, String email, String displayName, String password, List<String> roles,
        String departmentId, String active, Long version) {

    static UserForm empty() {
        return new UserForm("", "", "", "", List.of(Role.TEAM_MEMBER.name()), "", "on", null);
    }

    static UserForm of(User user) {
        return new UserForm(user.username(), user.email(), user.displayName(), "",
                user.roles().stream().map(Role::name).toList(),
                user.departmentId() == null ? "" : user.departmentId().toString(), user.active() ? "on" : null,
                user.version());
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    public boolean isActive() {
        return active != null;
    }

    UserDraft toDraft(FormErrors errors, boolean creating) {
        String name = errors.required("username", username, "User name");
        String mail = errors.required("email", email, "E-mail");
        String display = errors.required("displayName", displayName, "Name");
        String pass = FormErrors.text(password);
        if (creating && pass == null) {
            errors.reject("password", "Password is required.");
        }
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (String r : roles) {
                Role role = errors.choice("roles", r, Role.class);
                if (role != null) {
                    chosen.add(role);
                }
            }
        }
        if (chosen.isEmpty()) {
            errors.reject("roles", "Choose at least one role.");
        }
        Long department = errors.id("departmentId", departmentId);
        return new UserDraft(name, mail, display, pass, chosen, department, isActive());
    }
}
