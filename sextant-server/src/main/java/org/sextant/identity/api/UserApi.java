package org.sextant.identity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.identity.User;
import org.sextant.identity.UserDraft;
import org.sextant.identity.UserId;
import org.sextant.identity.Users;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Users: everyone signed in reads them (to pick managers and owners); only ADMIN changes them. */
@Tag(name = "Users")
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final Users users;

    UserApi(Users users) {
        this.users = users;
    }

    record UserRequest(@NotBlank @Size(max = 100) @Pattern(regexp = "[a-zA-Z0-9._@-]+",
                    message = "must be letters, digits, '.', '_', '@' or '-'") String username,
            @NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
            @Size(min = 8, max = 200) String password, @NotEmpty Set<Role> roles, Long departmentId, Boolean active,
            Long version) {

        UserDraft draft() {
            return new UserDraft(username.strip(), email.strip(), displayName.strip(), password, roles, departmentId,
                    active == null || active);
        }
    }

    @GetMapping("/me")
    CurrentUser me() {
        return CurrentUsers.require();
    }

    @GetMapping
    PageResult<User> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return users.list(q, role, PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<User> get(@PathVariable long id) {
        User user = users.find(UserId.of(id)).orElseThrow(() -> new NotFoundException("User", id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(user.version())).body(user);
    }

    @PostMapping
    ResponseEntity<User> create(@Valid @RequestBody UserRequest request) {
        User created = users.create(request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<User> update(@PathVariable long id, @Valid @RequestBody UserRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        User updated = users.update(UserId.of(id), ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        users.delete(UserId.of(id), ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
