package org.mailsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
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
        PrintWriter out = spec.commandLine().getOut();
        out.println("mailsim " + BuildInfo.current().describe());
        out.println("  Code: Apache License 2.0 (the LICENSE file).");
        out.println("  Teaching content (scenarios, quiz questions, docs, line explanations, demo mail):");
        out.println("  Creative Commons Attribution 4.0 International, CC BY 4.0 (the LICENSE-CONTENT file).");
        out.println();
        Optional<String> thirdParty = resource("THIRD-PARTY.txt");
        if (thirdParty.isEmpty()) {
            spec.commandLine().getErr().println("This mailsim was run from its classes, not the built jar: the list of "
                    + "libraries is written when the jar is built (mvn package).");
            return 1;
        }
        out.println("Libraries in this jar, each with its licence (from its Maven POM):");
        out.println(thirdParty.get().strip());
        out.println();
        out.println("A download with its own Java runtime holds that runtime's licences (OpenJDK: GPL-2.0 with the");
        out.println("Classpath Exception) in runtime/legal/.");
        if (full) {
            for (String file : new String[] {"LICENSE", "LICENSE-CONTENT"}) {
                out.println();
                out.println("==== " + file + " ====");
                out.println(resource(file).orElse("(not in this jar)").strip());
            }
        }
        out.flush();
        return 0;
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = LicensesCommand.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the jar", e);
        }
    }
}
