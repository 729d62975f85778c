package org.sextant.report.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.sextant.platform.ExpectedVersion;
import org.sextant.report.HealthSettings;
import org.sextant.report.HealthThresholds;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Status reports")
@RestController
@RequestMapping("/api/v1/health-thresholds")
class HealthThresholdApi {

    private final HealthSettings settings;

    HealthThresholdApi(HealthSettings settings) {
        this.settings = settings;
    }

    /** The thresholds to set; every field is required. */
    record ThresholdRequest(BigDecimal spiAmber, BigDecimal spiRed, BigDecimal cpiAmber, BigDecimal cpiRed,
            Integer slipAmberDays, Integer slipRedDays, HealthThresholds.OverdueUnit overdueUnit, Integer overdueAmber,
            Integer overdueRed, Integer scopeAmberPercent, Integer scopeRedPercent, Long version) {

        HealthThresholds.Draft draft() {
            return new HealthThresholds.Draft(spiAmber, spiRed, cpiAmber, cpiRed, required("slipAmberDays", slipAmberDays),
                    required("slipRedDays", slipRedDays), overdueUnit, required("overdueAmber", overdueAmber),
                    required("overdueRed", overdueRed), required("scopeAmberPercent", scopeAmberPercent),
                    required("scopeRedPercent", scopeRedPercent));
        }

        private static int required(String field, Integer value) {
            if (value == null) {
                throw org.sextant.platform.BusinessRuleException.invalid(field, field + " is required");
            }
            return value;
        }
    }

    @GetMapping
    ResponseEntity<HealthThresholds> get() {
        HealthThresholds t = settings.thresholds();
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(t.version())).body(t);
    }

    @PutMapping
    ResponseEntity<HealthThresholds> update(@RequestBody ThresholdRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long expected = ExpectedVersion.of(ifMatch, request.version());
        HealthThresholds t = settings.update(expected, request.draft());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(t.version())).body(t);
    }
}
