package org.sextant.interchange.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to hurt a reader are refused with the problem named, before any parser runs. */
class HostileFilesTest {

    static final Path SAMPLE = Path.of("../../shared/data/schedules/msproject/task-links-project2019-mspdi.xml");

    @TempDir
    Path temp;

    ReadResult.Refused refused(Path file, String name) {
        ReadResult result = new InterchangeReader(1024 * 1024).read(file, name);
        assertThat(result).isInstanceOf(ReadResult.Refused.class);
        return (ReadResult.Refused) result;
    }

    Path write(String name, byte[] content) throws IOException {
        return Files.write(temp.resolve(name), content);
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() throws IOException {
        assertThat(refused(write("empty.mpp", new byte[0]), "empty.mpp").problem()).isEqualTo(ReadProblem.EMPTY);
    }

    @Test
    void aFileOverTheLimitIsRefusedAsTooLarge() throws IOException {
        ReadResult.Refused refused = refused(write("big.xml", new byte[2 * 1024 * 1024]), "big.xml");
        assertThat(refused.problem()).isEqualTo(ReadProblem.TOO_LARGE);
        assertThat(refused.message()).contains("1048576");
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Project xmlns="http://schemas.microsoft.com/project"><Name>&xxe;</Name></Project>""";
        assertThat(refused(write("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8)), "xxe.xml").problem())
                .isEqualTo(ReadProblem.XML_ENTITIES);
    }

    @Test
    void entityExpansionBombsAreRefused() throws IOException {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        bomb.append("]>\n<Project xmlns=\"http://schemas.microsoft.com/project\"><Name>&lol9;</Name></Project>");
        assertThat(refused(write("lol.xml", bomb.toString().getBytes(StandardCharsets.UTF_8)), "lol.xml").problem())
                .isEqualTo(ReadProblem.XML_ENTITIES);
    }

    @Test
    void utf16XmlWithADoctypeIsRefusedToo() throws IOException {
        String xxe = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>&x;</p>";
        assertThat(refused(write("u16.xml", xxe.getBytes(StandardCharsets.UTF_16LE)), "u16.xml").problem())
                .isEqualTo(ReadProblem.XML_ENTITIES);
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        Path zip = temp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("project.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(1024 * 1024);
        assertThat(refused(zip, "bomb.zip").problem()).isEqualTo(ReadProblem.ZIP_BOMB);
    }

    @Test
    void aTruncatedFileIsRefusedAsTruncated() throws IOException {
        byte[] whole = Files.readAllBytes(SAMPLE);
        Path cut = write("cut.xml", Arrays.copyOf(whole, whole.length / 2));
        ReadResult.Refused refused = refused(cut, "cut.xml");
        assertThat(refused.problem()).isIn(ReadProblem.TRUNCATED, ReadProblem.CORRUPT);
        assertThat(refused.message()).isNotBlank();
    }

    @Test
    void aCorruptMppIsRefused() throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xD0;
        garbage[1] = (byte) 0xCF;
        garbage[2] = 0x11;
        garbage[3] = (byte) 0xE0;
        ReadResult.Refused refused = refused(write("bad.mpp", garbage), "bad.mpp");
        assertThat(refused.problem()).isIn(ReadProblem.CORRUPT, ReadProblem.TRUNCATED, ReadProblem.UNSUPPORTED_FORMAT);
    }

    @Test
    void textThatIsNoProjectIsRefusedAsUnsupported() throws IOException {
        assertThat(refused(write("notes.txt", "hello world\n".getBytes(StandardCharsets.UTF_8)), "notes.txt").problem())
                .isIn(ReadProblem.UNSUPPORTED_FORMAT, ReadProblem.CORRUPT);
    }

    @Test
    void anMspdiFileNamedMppIsRefusedAsWrongExtension() throws IOException {
        ReadResult.Refused refused = refused(write("plan.mpp", Files.readAllBytes(SAMPLE)), "plan.mpp");
        assertThat(refused.problem()).isEqualTo(ReadProblem.WRONG_EXTENSION);
        assertThat(refused.message()).contains(".mpp").contains("MSPDI");
    }

    @Test
    void linksThatFormALoopAreRefusedNamingTheTasks() throws IOException {
        String xml = Files.readString(Path.of("../../shared/data/schedules/msproject/task-links-project2019-mspdi.xml"));
        assertThat(xml).contains("<PredecessorLink>");
        ReadResult read = new InterchangeReader().read(SAMPLE);
        var project = ((ReadResult.Read) read).file().projects().get(0);
        var first = project.links().get(0);
        var loop = new java.util.ArrayList<>(project.links());
        loop.add(new org.sextant.interchange.model.LinkData(first.successorKey(), first.predecessorKey(),
                org.sextant.interchange.model.LinkData.Type.FS, 0, false));
        var withLoop = new org.sextant.interchange.model.ProjectData(project.key(), project.code(), project.name(),
                project.start(), project.finish(), project.statusDate(), project.currency(), project.defaultCalendar(),
                project.calendars(), project.tasks(), loop, project.resources(), project.assignments());
        assertThat(LinkCycles.find(withLoop)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(LinkCycles.find(project)).isEmpty();
    }

    @Test
    void aValidFileUnderTheLimitIsRead() {
        assertThat(new InterchangeReader(1024 * 1024).read(SAMPLE)).isInstanceOf(ReadResult.Read.class);
    }


    @org.junit.jupiter.api.Test
    void aPasswordProtectedFileIsRefusedWithThePasswordNamed() {
        // MPXJ's own exception for a protected MPP (we have no protected file to read: it needs MS Project)
        for (String message : new String[] {org.mpxj.MPXJException.PASSWORD_PROTECTED,
                org.mpxj.MPXJException.PASSWORD_PROTECTED_ENTER_PASSWORD}) {
            ReadResult.Refused refused = InterchangeReader.classify(new org.mpxj.MPXJException(message));
            org.assertj.core.api.Assertions.assertThat(refused.problem()).isEqualTo(ReadProblem.PASSWORD_PROTECTED);
            org.assertj.core.api.Assertions.assertThat(refused.message()).contains("password").contains(message);
        }
    }
}
