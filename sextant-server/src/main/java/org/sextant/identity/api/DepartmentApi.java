package org.sextant.identity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sextant.identity.Department;
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

/** Departments: everyone reads them; ADMIN and PMO change them. */
@Tag(name = "Departments")
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentApi {

    private final Users users;

    DepartmentApi(Users users) {
        this.users = users;
    }

    record DepartmentRequest(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 200) String name,
            @Size(max = 10_000) String description, Long version) {
    }

    @GetMapping
    PageResult<Department> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(required = false) String sort) {
        return users.listDepartments(q, PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<Department> get(@PathVariable long id) {
        Department department = users.findDepartment(id).orElseThrow(() -> new NotFoundException("Department", id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(department.version())).body(department);
    }

    @PostMapping
    ResponseEntity<Department> create(@Valid @RequestBody DepartmentRequest request) {
        Department created = users.createDepartment(request.code().strip(), request.name().strip(), request.description());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<Department> update(@PathVariable long id, @Valid @RequestBody DepartmentRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Department updated = users.updateDepartment(id, ExpectedVersion.of(ifMatch, request.version()),
                request.code().strip(), request.name().strip(), request.description());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        users.deleteDepartment(id, ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
