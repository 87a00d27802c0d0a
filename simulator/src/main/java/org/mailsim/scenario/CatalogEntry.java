package org.mailsim.scenario;

import java.util.List;

import org.mailsim.yaml.YamlProblem;

/** One scenario file of the catalog: loaded, or not, with every problem it has. */
public sealed interface CatalogEntry {
    String file();

    record Loaded(String file, Scenario scenario) implements CatalogEntry { }

    record Failed(String file, List<YamlProblem> problems) implements CatalogEntry {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
