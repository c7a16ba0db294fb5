package dev.concord;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates JSON against a JSON Schema with every assertion on, formats included, for tests. */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    /** A schema read from its text; {@code version} is the draft it is written in. */
    public static Schema load(String schemaText, SpecificationVersion version) {
        return SchemaRegistry.withDefaultDialect(version).getSchema(schemaText, InputFormat.JSON);
    }

    /** The validation errors of {@code instance}, as readable lines; empty when it is valid. */
    public static List<String> errors(Schema schema, JsonNode instance) {
        List<Error> errors = schema.validate(instance, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
