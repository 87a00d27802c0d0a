package org.mailsim.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * What keeps a JSON Schema for editors honest about the YAML format it describes, whichever the
 * format: a kitchen-sink file that uses every key loads without a problem, its keys are exactly
 * the schema's at every level (so the schema names no key the loader lacks, and the reverse), and
 * every built-in file uses only keys the schema knows. A subclass names the files and loads the
 * kitchen sink with its loader.
 */
public abstract class SchemaContract {
    private final Path schema;
    private final Path kitchenSink;
    private final Path builtIn;

    /**
     * @param schema       the {@code *.schema.json}
     * @param kitchenSink  a valid file that uses every key of the format
     * @param builtIn      the folder of built-in files
     */
    protected SchemaContract(Path schema, Path kitchenSink, Path builtIn) {
        this.schema = schema;
        this.kitchenSink = kitchenSink;
        this.builtIn = builtIn;
    }

    /** Loads the kitchen sink with the format's loader and fails on any problem. */
    protected abstract void assertLoadsWithoutAProblem(Path kitchenSink) throws Exception;

    protected final Path schema() {
        return schema;
    }

    @Test
    void theLoaderAcceptsEveryKeyTheSchemaNames() throws Exception {
        assertLoadsWithoutAProblem(kitchenSink);
    }

    @Test
    void theSchemaNamesExactlyTheKeysOfTheFormat() throws IOException {
        SchemaKeys keys = SchemaKeys.of(SchemaKeys.read(schema), kitchenSink);
        assertThat(keys.used()).as("keys in " + kitchenSink.getFileName()).isEqualTo(keys.allowed());
    }

    @Test
    void everyBuiltInFileUsesOnlyKeysTheSchemaKnows() throws IOException {
        JsonNode tree = SchemaKeys.read(schema);
        try (var files = Files.list(builtIn)) {
            for (Path file : files.filter(YamlFiles::isYaml).sorted().toList()) {
                SchemaKeys keys = SchemaKeys.of(tree, file);
                assertThat(keys.allowed()).as(file + " uses keys the schema does not name").containsAll(keys.used());
            }
        }
    }
}
