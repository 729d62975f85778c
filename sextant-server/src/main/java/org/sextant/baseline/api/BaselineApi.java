package org.sextant.baseline.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.sextant.baseline.Baseline;
import org.sextant.baseline.BaselineComparison;
import org.sextant.baseline.BaselineComparisons;
import org.sextant.baseline.BaselineTask;
import org.sextant.baseline.Baselines;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageResult;
import org.sextant.project.ProjectId;
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

@Tag(name = "Baselines")
@RestController
@RequestMapping("/api/v1/projects/{projectId}/baselines")
class BaselineApi {

    private final Baselines baselines;
    private final BaselineComparisons comparisons;

    BaselineApi(Baselines baselines, BaselineComparisons comparisons) {
        this.baselines = baselines;
        this.comparisons = comparisons;
    }

    /** Saves the current plan: into {@code number}, or the lowest empty slot when absent. */
    record SaveRequest(@Min(0) @Max(Baselines.MAX_NUMBER) Integer number, @Size(max = 200) String name) {
    }

    /** Replaces a baseline with the current plan; a blank name keeps the old one. */
    record ReplaceRequest(@Size(max = 200) String name, Long version) {
    }

    /** A baseline with the tasks it holds. */
    record BaselineDetail(Baseline baseline, List<BaselineTask> tasks) {
    }

    @GetMapping
    PageResult<Baseline> list(@PathVariable long projectId) {
        List<Baseline> all = baselines.list(ProjectId.of(projectId));
        return new PageResult<>(all, 0, Baselines.MAX_NUMBER + 1, all.size());
    }

    @PostMapping
    ResponseEntity<Baseline> save(@PathVariable long projectId, @Valid @RequestBody(required = false) SaveRequest request) {
        SaveRequest r = request == null ? new SaveRequest(null, null) : request;
        Baseline saved = baselines.save(ProjectId.of(projectId), r.number(), r.name());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(saved.version())).body(saved);
    }

    @GetMapping("/{number}")
    ResponseEntity<BaselineDetail> get(@PathVariable long projectId, @PathVariable int number) {
        Baseline baseline = baselines.get(ProjectId.of(projectId), number);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(baseline.version()))
                .body(new BaselineDetail(baseline, baselines.tasks(baseline.projectId(), number)));
    }

    @PutMapping("/{number}")
    ResponseEntity<Baseline> replace(@PathVariable long projectId, @PathVariable int number,
            @Valid @RequestBody ReplaceRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Baseline replaced = baselines.replace(ProjectId.of(projectId), number,
                ExpectedVersion.of(ifMatch, request.version()), request.name());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(replaced.version())).body(replaced);
    }

    @DeleteMapping("/{number}")
    ResponseEntity<Void> clear(@PathVariable long projectId, @PathVariable int number,
            @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        baselines.clear(ProjectId.of(projectId), number, ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }

    /** The current plan against the baseline, per task with roll-ups and a project total. */
    @GetMapping("/{number}/comparison")
    BaselineComparison comparison(@PathVariable long projectId, @PathVariable int number) {
        return comparisons.compare(ProjectId.of(projectId), number);
    }
}
