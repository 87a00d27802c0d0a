package org.mailsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.mailsim.scenario.CatalogEntry;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code mailsim list}: one scenario per line, id first, then title and exam objectives. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the scenarios: id, title and the exam objectives each serves.")
public final class ListCommand implements Callable<Integer> {

    @Mixin
    ScenarioSource source = new ScenarioSource();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioCatalog catalog = ScenarioCatalog.load(source.folder());
        int width = catalog.scenarios().stream().mapToInt(s -> s.id().length()).max().orElse(10);
        for (Scenario s : catalog.scenarios()) {
            String objectives = String.join(", ", s.objectives().stream().map(Object::toString).toList());
            out.printf("%-" + width + "s  %s  [%s]%n", s.id(), s.title(), objectives);
        }
        for (CatalogEntry.Failed failed : catalog.failures()) {
            out.printf("(not loaded: %s — %d problem%s; run 'mailsim check' for details)%n", failed.file(),
                    failed.problems().size(), failed.problems().size() == 1 ? "" : "s");
        }
        out.flush();
        return 0;
    }
}
