package org.sextant.report.internal;

import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sextant.project.Project;
import org.sextant.report.Assessment;
import org.sextant.report.Dimension;
import org.sextant.report.Evidence;
import org.sextant.report.Rag;
import org.sextant.report.StatusReport;
import org.springframework.stereotype.Component;

/**
 * Writes a status report as a one- or two-page A4 PDF: the project and period, five coloured health
 * badges, the health table with suggestions and override reasons, the key figures behind the
 * suggestions, and the narrative sections.
 */
@Component
class StatusReportPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH);
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x5b, 0x65, 0x77);
    private static final Color LINE = new Color(0xd5, 0xdb, 0xe5);
    private static final Color BAND = new Color(0x1d, 0x3a, 0x6e);

    byte[] write(StatusReport r, Project project, String managerName) {
        String footer = "Sextant status report " + r.id() + " - " + project.code() + " - "
                + (r.submitted() ? "submitted by " + r.submittedBy() + " on " + STAMP.format(r.submittedAt().atOffset(ZoneOffset.UTC))
                        : "DRAFT, not submitted");
        try (PdfLayout pdf = new PdfLayout(footer)) {
            header(pdf, r, project, managerName);
            badges(pdf, r);
            healthTable(pdf, r);
            figures(pdf, r.evidence());
            section(pdf, "Summary", r.summary());
            section(pdf, "Accomplishments", r.accomplishments());
            section(pdf, "Next steps", r.nextSteps());
            section(pdf, "Help needed", r.helpNeeded());
            return pdf.bytes();
        }
    }

    private static void header(PdfLayout pdf, StatusReport r, Project project, String managerName) {
        pdf.box(-PdfLayout.MARGIN, PdfLayout.MARGIN, pdf.width() + 2 * PdfLayout.MARGIN, PdfLayout.MARGIN + 62, BAND);
        pdf.down(4);
        pdf.text(0, "STATUS REPORT" + (r.submitted() ? "" : " - DRAFT"), PdfLayout.BOLD, 9, new Color(0xb9, 0xc8, 0xe6));
        pdf.down(22);
        pdf.text(0, project.code() + "  " + project.name(), PdfLayout.BOLD, 18, Color.WHITE);
        pdf.down(18);
        String period = (r.period().name().equals("WEEKLY") ? "Week" : "Month") + " "
                + DATE.format(r.period().start(r.periodEnd())) + " to " + DATE.format(r.periodEnd());
        pdf.text(0, period + "   |   Status date " + DATE.format(r.periodEnd())
                + (managerName == null ? "" : "   |   Project manager " + managerName), PdfLayout.REGULAR, 9,
                Color.WHITE);
        pdf.down(34);
    }

    private static void badges(PdfLayout pdf, StatusReport r) {
        float gap = 8;
        float w = (pdf.width() - 4 * gap) / 5;
        float x = 0;
        for (Dimension d : Dimension.values()) {
            Assessment a = r.of(d);
            pdf.box(x, 0, w, 44, background(a.value()));
            pdf.box(x, 0, 4, 44, colour(a.value()));
            pdf.down(14);
            pdf.text(x + 10, d.label().toUpperCase(Locale.ROOT), PdfLayout.BOLD, 7.5f, MUTED);
            pdf.down(18);
            pdf.text(x + 10, a.value().label(), PdfLayout.BOLD, 13, colour(a.value()));
            pdf.down(-32);
            x += w + gap;
        }
        pdf.down(62);
    }

    private static void healthTable(PdfLayout pdf, StatusReport r) {
        heading(pdf, "Health");
        float[] col = {0, 70, 150};
        pdf.down(12);
        pdf.text(col[0], "Area", PdfLayout.BOLD, 8.5f, MUTED);
        pdf.text(col[1], "Reported", PdfLayout.BOLD, 8.5f, MUTED);
        pdf.text(col[2], "Suggested by the PMO thresholds, and the reason for any override", PdfLayout.BOLD, 8.5f, MUTED);
        pdf.down(5);
        pdf.rule(LINE);
        float textWidth = pdf.width() - col[2];
        for (Dimension d : Dimension.values()) {
            Assessment a = r.of(d);
            pdf.ensure(30);
            pdf.down(13);
            pdf.text(col[0], d.label(), PdfLayout.BOLD, 9.5f, INK);
            pdf.text(col[1], a.value().label(), PdfLayout.BOLD, 9.5f, colour(a.value()));
            pdf.down(-13);
            pdf.paragraph(col[2], textWidth, "Suggested " + a.suggested().label().toLowerCase(Locale.ROOT) + ": "
                    + a.because(), PdfLayout.REGULAR, 8.5f, MUTED);
            if (a.reason() != null) {
                pdf.paragraph(col[2], textWidth, (a.overridden() ? "Override: " : "Note: ") + a.reason(),
                        PdfLayout.BOLD, 8.5f, INK);
            }
            pdf.down(5);
            pdf.rule(LINE);
        }
        pdf.down(10);
    }

    private static void figures(PdfLayout pdf, Evidence e) {
        heading(pdf, "Key figures as of " + DATE.format(e.statusDate()));
        String[][] rows = {
                {"SPI / CPI", e.earnedValue() ? index(e.spi()) + " / " + index(e.cpi()) : "no earned value data yet"},
                {"PV / EV / AC", e.earnedValue() ? amount(e.plannedValue()) + " / " + amount(e.earnedValueAmount())
                        + " / " + amount(e.actualCost()) : "-"},
                {"Milestones late", !e.baselineSet() ? "no baseline 0" : e.milestones().size() + (e.milestones().isEmpty()
                        ? "" : ", worst " + e.worstSlipDays().stripTrailingZeros().toPlainString() + " working days")},
                {"Overdue tasks", e.overdue().size() + " of " + e.openTasks() + " open"},
                {"Scope since baseline", !e.baselineSet() ? "no baseline 0"
                        : e.addedTasks() + " added, " + e.removedTasks() + " removed of " + e.baselineTasks()},
        };
        for (String[] row : rows) {
            pdf.ensure(14);
            pdf.down(13);
            pdf.text(0, row[0], PdfLayout.BOLD, 9, INK);
            pdf.text(130, row[1], PdfLayout.REGULAR, 9, INK);
        }
        for (Evidence.SlippedMilestone m : e.milestones().stream().limit(5).toList()) {
            pdf.paragraph(130, pdf.width() - 130, "- " + m.name() + ": " + m.baselineFinish() + " -> " + m.currentFinish(),
                    PdfLayout.REGULAR, 8.5f, MUTED);
        }
        pdf.down(12);
    }

    private static void section(PdfLayout pdf, String title, String text) {
        pdf.ensure(40);
        heading(pdf, title);
        pdf.paragraph(0, pdf.width(), text == null || text.isBlank() ? "-" : text, PdfLayout.REGULAR, 9.5f, INK);
        pdf.down(12);
    }

    private static void heading(PdfLayout pdf, String title) {
        pdf.ensure(36);
        pdf.down(14);
        pdf.text(0, title, PdfLayout.BOLD, 12, BAND);
        pdf.down(4);
    }

    private static String index(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String amount(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%,.0f", value);
    }

    static Color colour(Rag rag) {
        return switch (rag) {
            case GREEN -> new Color(0x15, 0x73, 0x47);
            case AMBER -> new Color(0xa1, 0x5c, 0x00);
            case RED -> new Color(0xb4, 0x23, 0x18);
            case GREY -> MUTED;
        };
    }

    private static Color background(Rag rag) {
        return switch (rag) {
            case GREEN -> new Color(0xe3, 0xf4, 0xea);
            case AMBER -> new Color(0xff, 0xf1, 0xd6);
            case RED -> new Color(0xfd, 0xe7, 0xe5);
            case GREY -> new Color(0xec, 0xef, 0xf4);
        };
    }

}
