package org.mailsim.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

/** The {@code --scenarios DIR} option shared by the commands that read the catalog. */
final class ScenarioSource {
    @Option(names = "--scenarios", paramLabel = "DIR",
            description = "Also load the scenarios in this folder (an instructor's own); they replace built-in ones with the same id.")
    Path folder;

    Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }
}
