package org.sextant.interchange.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.read.InterchangeReader;
import org.sextant.interchange.read.ReadResult;

/** Each export format writes a file that MPXJ (or a spreadsheet) reads back with the same tasks. */
class WritersTest {

    static final Path SAMPLE = Path.of("../../shared/data/schedules/primavera/PredecessorCalendar.xer");

    @TempDir
    Path temp;

    ProjectData sample() {
        return ((ReadResult.Read) new InterchangeReader().read(SAMPLE)).file().projects().get(0);
    }

    byte[] write(ProjectData project, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InterchangeWriter().write(project, format, out);
        return out.toByteArray();
    }

    @Test
    void mspdiMpxXerAndPmxmlAreReadBackWithTheSameTasksAndLinks() throws IOException {
        ProjectData project = sample();
        for (ExportFormat format : new ExportFormat[] {ExportFormat.MSPDI, ExportFormat.MPX, ExportFormat.XER,
                ExportFormat.PMXML}) {
            Path file = Files.write(temp.resolve("out-" + format + "." + format.extension()), write(project, format));
            ReadResult result = new InterchangeReader().read(file);
            assertThat(result).as(format.name()).isInstanceOf(ReadResult.Read.class);
            ProjectData reread = ((ReadResult.Read) result).file().projects().get(0);
            assertThat(reread.tasks().stream().map(t -> t.name()).toList()).as(format.name())
                    .containsExactlyElementsOf(project.tasks().stream().map(t -> t.name()).toList());
            assertThat(reread.links()).as(format.name()).hasSameSizeAs(project.links());
        }
    }

    @Test
    void csvHasAHeaderAndOneRowPerTask() throws IOException {
        ProjectData project = sample();
        String csv = new String(write(project, ExportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(project.tasks().size() + 1);
        assertThat(csv).contains("Name").contains(project.tasks().get(0).name());
    }

    @Test
    void xlsxIsAZipWithAWorkbookAndASheet() throws IOException {
        byte[] xlsx = write(sample(), ExportFormat.XLSX);
        var names = new java.util.ArrayList<String>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }
}
