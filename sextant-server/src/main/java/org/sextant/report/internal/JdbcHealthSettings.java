package org.sextant.report.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.ExpectedVersion;
import org.sextant.report.HealthSettings;
import org.sextant.report.HealthThresholds;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link HealthSettings} over the one-row {@code health_thresholds} table. */
@Service
@Transactional(readOnly = true)
class JdbcHealthSettings implements HealthSettings {

    static final String ENTITY = "HealthThresholds";
    private static final BigDecimal MAX_INDEX = new BigDecimal("2");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcHealthSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public HealthThresholds thresholds() {
        return jdbc.sql("select * from health_thresholds where id = 1").query(JdbcHealthSettings::map).single();
    }

    @Override
    @Transactional
    public HealthThresholds update(long expectedVersion, HealthThresholds.Draft d) {
        CurrentUser user = CurrentUsers.require();
        if (!user.isOrganisationWide()) {
            throw new AccessDeniedException("Only the PMO or an administrator may change the health thresholds.");
        }
        check(d);
        HealthThresholds before = thresholds();
        ExpectedVersion.check(ENTITY, 1, expectedVersion, before.version());
        int rows = jdbc.sql("""
                update health_thresholds set spi_amber = :spiAmber, spi_red = :spiRed, cpi_amber = :cpiAmber,
                    cpi_red = :cpiRed, slip_amber_days = :slipAmber, slip_red_days = :slipRed,
                    overdue_unit = :unit, overdue_amber = :overdueAmber, overdue_red = :overdueRed,
                    scope_amber_percent = :scopeAmber, scope_red_percent = :scopeRed,
                    updated_at = now(), updated_by = :user, version = version + 1
                where id = 1 and version = :version""")
                .param("spiAmber", d.spiAmber()).param("spiRed", d.spiRed()).param("cpiAmber", d.cpiAmber())
                .param("cpiRed", d.cpiRed()).param("slipAmber", d.slipAmberDays()).param("slipRed", d.slipRedDays())
                .param("unit", d.overdueUnit().name()).param("overdueAmber", d.overdueAmber())
                .param("overdueRed", d.overdueRed()).param("scopeAmber", d.scopeAmberPercent())
                .param("scopeRed", d.scopeRedPercent()).param("user", user.username())
                .param("version", expectedVersion).update();
        ExpectedVersion.requireUpdated(rows, ENTITY, 1, expectedVersion);
        HealthThresholds after = thresholds();
        audit.updated(ENTITY, 1, null, before, after);
        return after;
    }

    /** Each limit in range and red beyond amber; 422 naming the first that is not. */
    static void check(HealthThresholds.Draft d) {
        index("spiAmber", d.spiAmber());
        index("spiRed", d.spiRed());
        index("cpiAmber", d.cpiAmber());
        index("cpiRed", d.cpiRed());
        if (d.spiRed().compareTo(d.spiAmber()) >= 0) {
            throw BusinessRuleException.invalid("spiRed", "the SPI red limit must be below the amber limit "
                    + d.spiAmber().toPlainString() + "; was " + d.spiRed().toPlainString());
        }
        if (d.cpiRed().compareTo(d.cpiAmber()) >= 0) {
            throw BusinessRuleException.invalid("cpiRed", "the CPI red limit must be below the amber limit "
                    + d.cpiAmber().toPlainString() + "; was " + d.cpiRed().toPlainString());
        }
        if (d.overdueUnit() == null) {
            throw BusinessRuleException.invalid("overdueUnit", "overdueUnit is COUNT or PERCENT");
        }
        int max = d.overdueUnit() == HealthThresholds.OverdueUnit.PERCENT ? 100 : 100_000;
        ascending("slipAmberDays", d.slipAmberDays(), "slipRedDays", d.slipRedDays(), 1000, "working days");
        ascending("overdueAmber", d.overdueAmber(), "overdueRed", d.overdueRed(), max,
                d.overdueUnit() == HealthThresholds.OverdueUnit.PERCENT ? "percent" : "tasks");
        ascending("scopeAmberPercent", d.scopeAmberPercent(), "scopeRedPercent", d.scopeRedPercent(), 100, "percent");
    }

    private static void index(String field, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(MAX_INDEX) > 0) {
            throw BusinessRuleException.invalid(field, field + " must be more than 0 and at most 2; was "
                    + (value == null ? "empty" : value.toPlainString()));
        }
    }

    private static void ascending(String amberField, int amber, String redField, int red, int max, String unit) {
        if (amber < 1 || amber > max) {
            throw BusinessRuleException.invalid(amberField, amberField + " must be 1 to " + max + " " + unit + "; was " + amber);
        }
        if (red <= amber || red > max) {
            throw BusinessRuleException.invalid(redField, redField + " must be above the amber limit " + amber
                    + " and at most " + max + " " + unit + "; was " + red);
        }
    }

    static HealthThresholds map(ResultSet rs, int row) throws SQLException {
        return new HealthThresholds(rs.getLong("version"), rs.getBigDecimal("spi_amber"), rs.getBigDecimal("spi_red"),
                rs.getBigDecimal("cpi_amber"), rs.getBigDecimal("cpi_red"), rs.getInt("slip_amber_days"),
                rs.getInt("slip_red_days"), HealthThresholds.OverdueUnit.valueOf(rs.getString("overdue_unit")),
                rs.getInt("overdue_amber"), rs.getInt("overdue_red"), rs.getInt("scope_amber_percent"),
                rs.getInt("scope_red_percent"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
