package org.mailsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLibraryTest {
    @TempDir
    Path folder;

    @Test
    void anInstructorsEditsShowWithoutARestart() throws Exception {
        ScenarioLibrary library = new ScenarioLibrary(Optional.of(folder));
        int builtIn = library.current().scenarios().size();

        Path mine = folder.resolve("mine.yaml");
        Files.writeString(mine, ScenarioLoaderTest.goodScenario());
        assertThat(library.current().find("read-on-phone")).map(Scenario::title).contains("Read on the phone, read on the laptop");
        assertThat(library.current().scenarios()).hasSize(builtIn + 1);

        Files.writeString(mine, ScenarioLoaderTest.goodScenario().replace("title: Read on the phone, read on the laptop", "title: Edited"));
        Files.setLastModifiedTime(mine, FileTime.from(Instant.now().plusSeconds(5))); // a coarse clock must not hide the edit
        assertThat(library.current().find("read-on-phone")).map(Scenario::title).contains("Edited");

        Files.writeString(mine, "id: broken\n");
        Files.setLastModifiedTime(mine, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(library.current().find("read-on-phone")).isEmpty();
        assertThat(library.failures()).singleElement().satisfies(f -> assertThat(f.file()).endsWith("mine.yaml"));
        assertThat(library.current().scenarios()).as("a broken file never takes the others down").hasSize(builtIn);

        Files.delete(mine);
        assertThat(library.failures()).isEmpty();
    }

    @Test
    void unchangedFilesAreNotParsedAgain() throws Exception {
        Files.writeString(folder.resolve("mine.yaml"), ScenarioLoaderTest.goodScenario());
        ScenarioLibrary library = new ScenarioLibrary(Optional.of(folder));
        assertThat(library.current()).isSameAs(library.current());
    }
}
