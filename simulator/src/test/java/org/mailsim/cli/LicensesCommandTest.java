package org.mailsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The list of libraries is written into the runnable jar by the web module's build (BuildVersionIT reads it there). */
class LicensesCommandTest {

    @Test
    void fromTheSimulatorsClassesItSaysWhereTheListComesFrom() {
        CommandLine cli = MailsimCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("licenses")).isEqualTo(1);
        assertThat(err.toString()).contains("run from its classes", "written when the jar is built");
        assertThat(LicensesCommand.report(false)).isEmpty();
    }

    @Test
    void isAmongTheCommandsHelpLists() {
        StringWriter out = new StringWriter();
        CommandLine cli = MailsimCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.execute("--help");
        assertThat(out.toString()).contains("licenses", "Shows mailsim's licences");
    }
}
