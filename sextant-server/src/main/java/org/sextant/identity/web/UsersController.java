package org.sextant.identity.web;

import java.util.List;
import java.util.Map;
import org.sextant.identity.Department;
import org.sextant.identity.Role;
import org.sextant.identity.User;
import org.sextant.identity.UserDraft;
import org.sextant.identity.UserId;
import org.sextant.identity.Users;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.StaleVersionException;
import org.sextant.platform.web.FormErrors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of users: list, create, change roles, deactivate. Administrators only. */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

    private static final Map<String, String> FIELDS = Map.of("departmentId", "departmentId");

    private final Users users;

    UsersController(Users users) {
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", users.list(text, role, PageRequest.of(page, 50)));
        model.addAttribute("text", text);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", departmentNames());
        return "identity/users";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, UserForm.empty(), null, new FormErrors());
    }

    @PostMapping
    String create(UserForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        UserDraft draft = form.toDraft(errors, true);
        if (!errors.any()) {
            try {
                User user = users.create(draft);
                redirect.addFlashAttribute("success", "Created user " + user.username() + ".");
                return "redirect:/users";
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            } catch (DuplicateKeyException e) {
                errors.rejectGlobal("A user with this user name or e-mail already exists.");
            }
        }
        return form(model, form, null, errors);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        User user = users.find(UserId.of(id)).orElseThrow(() -> new NotFoundException("User", id));
        return form(model, UserForm.of(user), user, new FormErrors());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, UserForm form, Model model, RedirectAttributes redirect) {
        User user = users.find(UserId.of(id)).orElseThrow(() -> new NotFoundException("User", id));
        FormErrors errors = new FormErrors();
        UserDraft draft = form.toDraft(errors, false);
        if (!errors.any()) {
            try {
                users.update(user.id(), form.version() == null ? -1 : form.version(), draft);
                redirect.addFlashAttribute("success", "Saved user " + draft.username() + ".");
                return "redirect:/users";
            } catch (BusinessRuleException e) {
                errors.reject(e, FIELDS);
            } catch (StaleVersionException e) {
                errors.rejectGlobal("This user was changed by someone else while you were editing. Reload the page and apply your change again.");
            } catch (DuplicateKeyException e) {
                errors.rejectGlobal("A user with this user name or e-mail already exists.");
            }
        }
        return form(model, form, user, errors);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        User user = users.find(UserId.of(id)).orElseThrow(() -> new NotFoundException("User", id));
        users.update(user.id(), version, new UserDraft(user.username(), user.email(), user.displayName(), null,
                user.roles(), user.departmentId(), false));
        redirect.addFlashAttribute("success", "Deactivated " + user.username() + "; they can no longer sign in.");
        return "redirect:/users";
    }

    private String form(Model model, UserForm form, User user, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", users.listDepartments(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        return "identity/user-form";
    }

    private Map<Long, String> departmentNames() {
        List<Department> all = users.listDepartments(null, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        return all.stream().collect(java.util.stream.Collectors.toMap(Department::id, Department::name));
    }
}
