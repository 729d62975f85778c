package org.sextant.interchange.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sextant.interchange.model.LinkData;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.model.TaskData;

/**
 * A project's tasks as a flat list: CSV (RFC 4180, UTF-8 with BOM so Excel reads it) and a minimal
 * Office Open XML workbook written with {@code java.util.zip} (inline strings, one sheet).
 */
public final class TaskListWriter {

    static final List<String> HEADERS = List.of("ID", "WBS", "Name", "Kind", "Outline level", "Duration (h)",
            "Work (h)", "Start", "Finish", "% complete", "Actual start", "Actual finish", "Constraint",
            "Constraint date", "Deadline", "Predecessors", "Notes");

    public void csv(ProjectData project, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        for (List<String> row : rows(project)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                String cell = row.get(i);
                if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                    cell = '"' + cell.replace("\"", "\"\"") + '"';
                }
                line.append(cell);
            }
            writer.write(line.append("\r\n").toString());
        }
        writer.flush();
    }

    public void xlsx(ProjectData project, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                </Types>""");
        entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""");
        entry(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Tasks" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                </Relationships>""");
        StringBuilder sheet = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                        + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        List<List<String>> rows = rows(project);
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String ref = column(c) + (r + 1);
                String value = row.get(c);
                if (r > 0 && isNumber(value) && (c == 0 || c == 4 || c == 5 || c == 6 || c == 9)) {
                    sheet.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
                } else if (!value.isEmpty()) {
                    sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(escape(value)).append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        entry(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        zip.finish();
        zip.flush();
    }

    List<List<String>> rows(ProjectData project) {
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>();
        for (TaskData task : project.tasks()) {
            ids.put(task.key(), ids.size() + 1);
            levels.put(task.key(), task.parentKey() == null ? 1 : levels.getOrDefault(task.parentKey(), 0) + 1);
        }
        Map<String, List<String>> predecessors = new HashMap<>();
        for (LinkData link : project.links()) {
            Integer id = ids.get(link.predecessorKey());
            if (id == null) {
                continue;
            }
            String lag = link.lagMinutes() == 0 ? "" : (link.lagMinutes() > 0 ? "+" : "") + hours(link.lagMinutes()) + "h";
            predecessors.computeIfAbsent(link.successorKey(), k -> new ArrayList<>()).add(id + link.type().name() + lag);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (TaskData task : project.tasks()) {
            rows.add(List.of(String.valueOf(ids.get(task.key())), text(task.wbs()), task.name(), task.kind().name(),
                    String.valueOf(levels.get(task.key())), hours(task.durationMinutes()), hours(task.workMinutes()),
                    date(task.start()), date(task.finish()), number(task.percentComplete()), date(task.actualStart()),
                    date(task.actualFinish()), task.constraint().name(), date(task.constraintDate()),
                    date(task.deadline()), String.join(";", predecessors.getOrDefault(task.key(), List.of())),
                    text(task.notes())));
        }
        return rows;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String hours(long minutes) {
        return number(minutes / 60.0);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 100) / 100.0);
    }

    private static String date(LocalDateTime date) {
        return date == null ? "" : date.toString();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
