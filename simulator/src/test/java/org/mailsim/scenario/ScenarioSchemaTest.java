package org.mailsim.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mailsim.yaml.SchemaContract;

/**
 * The JSON Schema for editors ({@code scenarios/scenario.schema.json}) and the loader accept the
 * same keys: a scenario using every key the schema names loads without a problem, and its keys
 * are exactly the schema's, at every level ({@link SchemaContract}).
 */
class ScenarioSchemaTest extends SchemaContract {
    ScenarioSchemaTest() {
        super(Path.of("../scenarios/scenario.schema.json"), Path.of("src/test/resources/schema/kitchen-sink.yaml"), Path.of("../scenarios"));
    }

    @Override
    protected void assertLoadsWithoutAProblem(Path kitchenSink) throws Exception {
        ScenarioLoader.load("kitchen-sink.yaml", Files.readString(kitchenSink, StandardCharsets.UTF_8)); // throws on any problem
    }
}
