package org.sextant.identity.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.sextant.identity.ApiToken;
import org.sextant.identity.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's personal API tokens. */
@Tag(name = "API tokens")
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokenApi {

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name, @Future Instant expiresAt) {
    }

    @GetMapping
    List<ApiToken> mine() {
        return tokens.mine();
    }

    /** Creates a token; the response's {@code secret} is shown this once only. */
    @PostMapping
    ResponseEntity<ApiToken.Created> create(@Valid @RequestBody TokenRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.create(request.name(), request.expiresAt()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
