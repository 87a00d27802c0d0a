package org.mailsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mailsim licenses}: mailsim's own licences and the licence of every library the jar ships.
 * The build writes the list (web/pom.xml: license-maven-plugin, from each library's POM) and copies
 * LICENSE and LICENSE-CONTENT beside it, under {@value #FOLDER} in the jar.
 */
@Command(name = "licenses", mixinStandardHelpOptions = true,
        description = "Shows mailsim's licences and the licence of every library it ships.")
public final class LicensesCommand implements Callable<Integer> {
    static final String FOLDER = "/META-INF/mailsim/";

    @Option(names = "--full", description = "Also print the full text of mailsim's two licences.")
    boolean full;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Optional<String> report = report(full);
        if (report.isEmpty()) {
            spec.commandLine().getErr().println("This mailsim was run from its classes, not the built jar: the list of "
                    + "libraries is written when the jar is built (mvn package).");
            return 1;
        }
        spec.commandLine().getOut().print(report.get());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * The whole report, as the command prints it and the web UI's /licenses page shows it; empty when
     * run from classes without the list the build writes.
     */
    public static Optional<String> report(boolean full) {
        Optional<String> thirdParty = resource("THIRD-PARTY.txt");
        if (thirdParty.isEmpty()) return Optional.empty();
        StringBuilder out = new StringBuilder();
        out.append("mailsim ").append(BuildInfo.current().describe()).append('\n')
                .append("  Code: Apache License 2.0 (the LICENSE file).\n")
                .append("  Teaching content (scenarios, quiz questions, docs, line explanations, demo mail):\n")
                .append("  Creative Commons Attribution 4.0 International, CC BY 4.0 (the LICENSE-CONTENT file).\n\n")
                .append("Libraries in this jar, each with its licence (from its Maven POM):\n")
                .append(thirdParty.get().strip()).append("\n\n")
                .append("A download with its own Java runtime holds that runtime's licences (OpenJDK: GPL-2.0 with the\n")
                .append("Classpath Exception) in runtime/legal/.\n");
        if (full) {
            for (String file : new String[] {"LICENSE", "LICENSE-CONTENT"}) {
                out.append("\n==== ").append(file).append(" ====\n")
                        .append(resource(file).orElse("(not in this jar)").strip()).append('\n');
            }
        }
        return Optional.of(out.toString());
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = LicensesCommand.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the jar", e);
        }
    }
}
