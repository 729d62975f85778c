package org.sextant.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextant.platform.BusinessRuleException;
import org.sextant.project.ProjectId;
import org.sextant.report.Assessment;
import org.sextant.report.Evidence;
import org.sextant.report.Rag;
import org.sextant.report.ReportPeriod;
import org.sextant.report.ReportState;
import org.sextant.report.StatusReport;
import org.sextant.report.StatusReport.Choice;
import org.sextant.report.Suggestion;
import org.sextant.report.Suggestions;

class AssessingTest {

    static final Evidence NONE = new Evidence(LocalDate.of(2027, 3, 5), false, null, null, null, null, null, false, 0,
            List.of(), 0, List.of(), 0, 0);

    static Suggestions suggestions(Rag schedule, Rag cost, Rag scope) {
        return new Suggestions(new Suggestion(schedule, "schedule evidence"), new Suggestion(cost, "cost evidence"),
                new Suggestion(scope, "scope evidence"), HealthRules.risk(), NONE);
    }

    static StatusReport.Draft draft(Choice schedule, Choice cost, Choice risk) {
        return new StatusReport.Draft(schedule, cost, null, risk, null, "s", "a", "n", "h");
    }

    @Test
    void valuesLeftEmptyTakeTheSuggestionsAndOverallTheWorstOfThem() {
        Assessing.Assessed a = Assessing.assess(suggestions(Rag.AMBER, Rag.GREEN, Rag.GREEN), draft(null, null, null));
        assertThat(a.schedule().value()).isEqualTo(Rag.AMBER);
        assertThat(a.cost().value()).isEqualTo(Rag.GREEN);
        assertThat(a.overall().value()).isEqualTo(Rag.AMBER);
        assertThat(a.overall().overridden()).isFalse();
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Assessing.assess(suggestions(Rag.GREEN, Rag.GREEN, Rag.GREEN),
                draft(null, new Choice(Rag.RED, "  "), null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("differs from the suggested green")
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("cost.reason");
    }

    @Test
    void anOverrideWithAReasonIsKeptAndRaisesTheOverallSuggestion() {
        Assessing.Assessed a = Assessing.assess(suggestions(Rag.GREEN, Rag.GREEN, Rag.GREEN),
                draft(null, new Choice(Rag.RED, "Supplier invoice of 80k arrives next week"), null));
        assertThat(a.cost().value()).isEqualTo(Rag.RED);
        assertThat(a.cost().overridden()).isTrue();
        assertThat(a.overall().suggested()).isEqualTo(Rag.RED);
    }

    @Test
    void choosingTheSuggestedValueNeedsNoReason() {
        Assessing.Assessed a = Assessing.assess(suggestions(Rag.AMBER, Rag.GREEN, Rag.GREEN),
                draft(new Choice(Rag.AMBER, null), null, null));
        assertThat(a.schedule().overridden()).isFalse();
    }

    @Test
    void aNewReportKeepsTheLastOverrideWhileItsSuggestionStandsAndCarriesRiskAndNarrative() {
        StatusReport last = report(new Assessment(Rag.GREEN, "cost evidence", Rag.AMBER, "Contract renegotiation"),
                new Assessment(Rag.GREY, "risk", Rag.AMBER, "Key supplier at risk"));
        StatusReport.Draft same = Assessing.prefill(suggestions(Rag.GREEN, Rag.GREEN, Rag.GREEN), last);
        assertThat(same.cost()).isEqualTo(new Choice(Rag.AMBER, "Contract renegotiation"));
        assertThat(same.risk()).isEqualTo(new Choice(Rag.AMBER, "Key supplier at risk"));
        assertThat(same.summary()).isEqualTo("last summary");
        StatusReport.Draft changed = Assessing.prefill(suggestions(Rag.GREEN, Rag.RED, Rag.GREEN), last);
        assertThat(changed.cost()).as("the suggestion moved: start from it again").isNull();
        assertThat(Assessing.assess(suggestions(Rag.GREEN, Rag.RED, Rag.GREEN), changed).overall().value())
                .isEqualTo(Rag.RED);
    }

    static StatusReport report(Assessment cost, Assessment risk) {
        Assessment green = new Assessment(Rag.GREEN, "e", Rag.GREEN, null);
        return new StatusReport(1, 0, ProjectId.of(1), ReportPeriod.WEEKLY, LocalDate.of(2027, 2, 26),
                ReportState.SUBMITTED, green, cost, green, risk, new Assessment(Rag.AMBER, "o", Rag.AMBER, null),
                "last summary", "done", "next", null, NONE, Instant.EPOCH, "pm", Instant.EPOCH, "pm", Instant.EPOCH, "pm");
    }
}
