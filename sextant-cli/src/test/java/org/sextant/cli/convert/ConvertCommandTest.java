package org.sextant.cli.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextant.cli.SextantCli;
import picocli.CommandLine;

class ConvertCommandTest {

    static final Path CORPUS = Path.of("../../shared/data/schedules");

    @TempDir
    Path temp;

    @Test
    void convertsAnXerFileToMspdiByTheOutputExtension() throws Exception {
        Path out = temp.resolve("out.xml");
        StringWriter text = new StringWriter();
        CommandLine cli = SextantCli.commandLine();
        cli.setOut(new PrintWriter(text));
        int code = cli.execute("convert", CORPUS.resolve("primavera/PredecessorCalendar.xer").toString(), out.toString());
        assertThat(code).isZero();
        assertThat(Files.readString(out)).contains("<Project").contains("<Tasks>");
        assertThat(text.toString()).contains("MSPDI");
    }

    @Test
    void refusesAnEmptyFileNamingTheProblem() throws Exception {
        Path empty = Files.createFile(temp.resolve("empty.mpp"));
        StringWriter err = new StringWriter();
        CommandLine cli = SextantCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("convert", empty.toString(), temp.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("EMPTY");
    }
}
