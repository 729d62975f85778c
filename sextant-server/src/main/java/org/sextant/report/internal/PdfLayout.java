package org.sextant.report.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A top-to-bottom A4 page flow over PDFBox: text lines, word-wrapped paragraphs and filled boxes at a
 * cursor that moves down and starts a new page when the current one is full. Uses the standard
 * Helvetica fonts (no embedding); characters they cannot show are replaced, so any user text renders.
 */
final class PdfLayout implements AutoCloseable {

    static final float MARGIN = 50;
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;

    PdfLayout(String footer) {
        this.footer = footer;
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    /** Moves the cursor down; starts a new page when less than {@code needed} points remain below it. */
    void ensure(float needed) {
        if (y - needed < MARGIN + 20) {
            newPage();
        }
    }

    void down(float points) {
        y -= points;
    }

    /** One line of text at {@code x} (relative to the left margin), baseline at the cursor. */
    void text(float x, String text, PDType1Font font, float size, Color color) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(MARGIN + x, y);
            content.showText(safe(text, font));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle at {@code x} whose top is {@code top} points above the cursor. */
    void box(float x, float top, float w, float h, Color fill) {
        try {
            content.setNonStrokingColor(fill);
            content.addRect(MARGIN + x, y + top - h, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thin horizontal rule across the page at the cursor. */
    void rule(Color color) {
        box(0, 0.5f, width(), 0.5f, color);
    }

    /** Word-wraps {@code text} (keeping its line breaks) into {@code w} points and writes it line by line. */
    void paragraph(float x, float w, String text, PDType1Font font, float size, Color color) {
        float leading = size * 1.35f;
        for (String line : wrap(text, font, size, w)) {
            ensure(leading);
            down(leading);
            text(x, line, font, size, color);
        }
    }

    static float textWidth(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(safe(text, font)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines {@code text} wraps into within {@code width} points; a word longer than a line is cut. */
    static List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                String rest = word;
                while (textWidth(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.setLength(0);
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text} with every character the font cannot encode replaced by '?', dashes and quotes simplified. */
    static String safe(String text, PDType1Font font) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = switch (cp) {
                case '\t' -> " ";
                case '\u2192' -> "->";
                case '\u2264' -> "<=";
                case '\u2265' -> ">=";
                default -> new String(Character.toChars(cp));
            };
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(ch.equals("->") || ch.equals("<=") || ch.equals(">=") ? ch : "?");
            }
        });
        return out.toString();
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            y = PDRectangle.A4.getHeight() - MARGIN;
            float saved = y;
            y = MARGIN - 10;
            text(0, footer, REGULAR, 8, Color.GRAY);
            String number = "Page " + pages;
            text(width() - textWidth(number, REGULAR, 8), number, REGULAR, 8, Color.GRAY);
            y = saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the document and returns its bytes. */
    byte[] bytes() {
        try {
            content.close();
            content = null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
