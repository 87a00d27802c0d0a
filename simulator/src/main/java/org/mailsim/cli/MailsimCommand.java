package org.mailsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top of the command line. Subcommands are added by whoever builds the {@link CommandLine}:
 * the web module adds {@code serve}, which needs the web UI; the simulator's own commands need
 * nothing else.
 */
@Command(name = "mailsim",
        mixinStandardHelpOptions = true,
        versionProvider = MailsimCommand.Version.class,
        description = {
                "An IMAP / POP3 / SMTP teaching simulator: a real mail server you can watch, byte by byte.",
                "Run without a command to start the web UI and the live mail server (the same as 'serve')."},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Docs: docs/ in the repository, or the web UI's help pages."})
public final class MailsimCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the simulator's own subcommands. */
    public static CommandLine commandLine() {
        return new CommandLine(new MailsimCommand())
                .addSubcommand("list", new ListCommand())
                .addSubcommand("replay", new ReplayCommand())
                .addSubcommand("check", new CheckCommand())
                .addSubcommand("licenses", new LicensesCommand());
    }

    /** The version and commit this build was made from (see {@link BuildInfo}), and the Java running it. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mailsim " + BuildInfo.current().describe(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
