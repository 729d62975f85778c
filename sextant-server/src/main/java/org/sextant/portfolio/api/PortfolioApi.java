package org.sextant.portfolio.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sextant.identity.UserId;
import org.sextant.platform.ExpectedVersion;
import org.sextant.platform.PageRequest;
import org.sextant.platform.PageResult;
import org.sextant.portfolio.Portfolio;
import org.sextant.portfolio.PortfolioId;
import org.sextant.portfolio.Portfolios;
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

@Tag(name = "Portfolios")
@RestController
@RequestMapping("/api/v1/portfolios")
class PortfolioApi {

    private final Portfolios portfolios;

    PortfolioApi(Portfolios portfolios) {
        this.portfolios = portfolios;
    }

    record PortfolioRequest(@NotBlank @Size(max = 200) String name, @Size(max = 10_000) String description,
            UserId ownerId, Long version) {

        Portfolio.Draft draft() {
            return new Portfolio.Draft(name.strip(), description, ownerId);
        }
    }

    @GetMapping
    PageResult<Portfolio> list(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @RequestParam(required = false) String sort) {
        return portfolios.list(q, PageRequest.parse(page, size, sort));
    }

    @GetMapping("/{id}")
    ResponseEntity<Portfolio> get(@PathVariable long id) {
        Portfolio portfolio = portfolios.get(PortfolioId.of(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(portfolio.version())).body(portfolio);
    }

    @PostMapping
    ResponseEntity<Portfolio> create(@Valid @RequestBody PortfolioRequest request) {
        Portfolio created = portfolios.create(request.draft());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(created.version())).body(created);
    }

    @PutMapping("/{id}")
    ResponseEntity<Portfolio> update(@PathVariable long id, @Valid @RequestBody PortfolioRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Portfolio updated = portfolios.update(PortfolioId.of(id), ExpectedVersion.of(ifMatch, request.version()),
                request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(updated.version())).body(updated);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        portfolios.delete(PortfolioId.of(id), ExpectedVersion.of(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
