package org.mailsim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.mailsim.scenario.CatalogEntry;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.yaml.YamlProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailsim check [PATH…]}: validates scenario files and prints each problem as {@code file:line:column: message}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks scenario files (*.yaml) and reports every problem as file:line:column: message.",
                "With no PATH, checks the scenarios built into mailsim. Exits with 1 if any file has a problem."})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario files or folders of them.")
    List<Path> paths = new ArrayList<>();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<CatalogEntry> entries = new ArrayList<>();
        if (paths.isEmpty()) entries.addAll(ScenarioCatalog.load(Optional.empty()).entries());
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                entries.addAll(ScenarioCatalog.ofFolder(path).entries());
            } else if (Files.isRegularFile(path)) {
                entries.add(ScenarioCatalog.loadFile(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
            } else {
                out.println(path + ": no such file or folder");
                return 1;
            }
        }
        int problems = 0, failed = 0;
        for (CatalogEntry entry : entries) {
            if (entry instanceof CatalogEntry.Failed f) {
                failed++;
                for (YamlProblem p : f.problems()) {
                    out.println(p);
                    problems++;
                }
            }
        }
        int ok = entries.size() - failed;
        out.printf("%d file%s checked: %d OK, %d with problems (%d problem%s).%n", entries.size(), entries.size() == 1 ? "" : "s",
                ok, failed, problems, problems == 1 ? "" : "s");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
