package org.sextant.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sextant.portfolio.PortfolioId;
import org.sextant.project.Phase;
import org.sextant.project.Project;
import org.sextant.project.ProjectId;
import org.sextant.project.ProjectStatus;

class HealthTest {

    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    static Project project(Phase phase, ProjectStatus status, LocalDate finish, String budget, String spent) {
        return new Project(ProjectId.of(1), 0, "P-1", "P", null, null, null, null, null, null, PortfolioId.of(1), null,
                phase, status, 500, LocalDate.of(2027, 1, 4), finish, new BigDecimal(budget), new BigDecimal(spent),
                "EUR", null, null);
    }

    @Test
    void aProjectPastItsPlannedFinishIsRed() {
        assertThat(Health.of(project(Phase.EXECUTION, ProjectStatus.ACTIVE, TODAY.minusDays(1), "100", "10"), TODAY))
                .isEqualTo(new Health("RED", "Late"));
    }

    @Test
    void spendingMoreThanTheBudgetIsRed() {
        assertThat(Health.of(project(Phase.EXECUTION, ProjectStatus.ACTIVE, TODAY.plusMonths(3), "100", "101"), TODAY).reason())
                .isEqualTo("Over budget");
    }

    @Test
    void nearlySpentBudgetOrAFinishWithinTwoWeeksIsAmber() {
        assertThat(Health.of(project(Phase.EXECUTION, ProjectStatus.ACTIVE, TODAY.plusMonths(3), "100", "95"), TODAY).rag())
                .isEqualTo("AMBER");
        assertThat(Health.of(project(Phase.EXECUTION, ProjectStatus.ACTIVE, TODAY.plusDays(10), "100", "10"), TODAY).rag())
                .isEqualTo("AMBER");
    }

    @Test
    void aClosedProjectIsGreyWhateverItsDates() {
        assertThat(Health.of(project(Phase.CLOSED, ProjectStatus.COMPLETED, TODAY.minusYears(1), "100", "200"), TODAY).rag())
                .isEqualTo("GREY");
    }

    @Test
    void aProjectWithTimeAndMoneyLeftIsGreen() {
        assertThat(Health.of(project(Phase.PLANNING, ProjectStatus.ACTIVE, TODAY.plusMonths(3), "100", "10"), TODAY))
                .isEqualTo(new Health("GREEN", "On track"));
    }
}
