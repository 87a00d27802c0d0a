package org.mailsim.web;

import java.util.Set;

import org.mailsim.cli.MailsimCommand;
import picocli.CommandLine;

/** The runnable jar's entry point: {@code java -jar mailsim.jar [command] [options]}; no command means {@code serve}. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        CommandLine commandLine = MailsimCommand.commandLine().addSubcommand("serve", new ServeCommand());
        System.exit(commandLine.execute(withDefaultCommand(commandLine, args)));
    }

    /** {@code mailsim}, {@code mailsim --web-port 9090}: anything that is not a command or a top-level flag means serve. */
    static String[] withDefaultCommand(CommandLine commandLine, String[] args) {
        Set<String> topLevel = Set.of("-h", "--help", "-V", "--version");
        if (args.length > 0 && (commandLine.getSubcommands().containsKey(args[0]) || topLevel.contains(args[0]))) return args;
        String[] serve = new String[args.length + 1];
        serve[0] = "serve";
        System.arraycopy(args, 0, serve, 1, args.length);
        return serve;
    }
}
