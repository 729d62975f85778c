package org.sextant.resource.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.sextant.platform.ExpectedVersion;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sextant.resource.Skill;
import org.sextant.resource.SkillId;
import org.sextant.resource.Skills;

@Tag(name = "Skills")
@RestController
@RequestMapping("/api/v1/skills")
class SkillApi {

    private final Skills skills;

    SkillApi(Skills skills) {
        this.skills = skills;
    }

    record SkillRequest(@NotBlank @Size(max = 100) String name, @Size(max = 100) String category, Long version) {

        Skill.Draft draft() {
            return new Skill.Draft(name.strip(), category == null || category.isBlank() ? null : category.strip());
        }
    }

    @GetMapping
    PageResult<Skill> list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return skills.list(q, category, PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<Skill> get(@PathVariable long id) {
        Skill skill = skills.get(SkillId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(skill.version())).body(skill);
    }

    @PostMapping
    ResponseEntity<Skill> create(@Valid @RequestBody SkillRequest request) {
        Skill created = skills.create(request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<Skill> update(@PathVariable long id, @Valid @RequestBody SkillRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Skill updated = skills.update(SkillId.of(id), ExpectedVersion.of(ifMatch, request.version()), request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        skills.delete(SkillId.of(id), ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
