package dev.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import dev.concord.InputException;
import dev.concord.JsonSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The published JSON Schema (schema/concord.schema.json, also in the jar) and the reader agree: the starter file
 * and every example in README.md are valid for both, they know the same keys, and what one refuses the other
 * refuses too.
 */
class ConfigSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = JsonSchemas.load(StarterConfig.schema(), SpecificationVersion.DRAFT_7);

    @TempDir
    Path dir;

    /** A YAML text as JSON, the way editors validate it against the schema. */
    private static JsonNode asJson(String yaml) {
        Object value = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
        return JSON.valueToTree(value == null ? Map.of() : value);
    }

    /** Reads a config text with the reader, creating the files and folders it names so that they exist. */
    private ConfigFile read(String yaml) throws Exception {
        JsonNode json = asJson(yaml);
        for (JsonNode t : json.path("termbases")) {
            Path p = dir.resolve(t.asText());
            Files.createDirectories(p.getParent());
            Files.writeString(p, "term");
        }
        for (JsonNode f : json.path("ruleFolders")) {
            Files.createDirectories(dir.resolve(f.asText()));
        }
        Path file = Files.writeString(dir.resolve(".concord.yml"), yaml);
        return ConfigReader.read(file, ".concord.yml");
    }

    @Test
    void theSchemaInTheJarIsTheOneInTheRepository() throws Exception {
        assertEquals(Files.readString(Path.of("schema/concord.schema.json")), StarterConfig.schema());
    }

    @Test
    void theStarterFileIsValid() throws Exception {
        String starter = StarterConfig.text();
        assertEquals(List.of(), JsonSchemas.errors(SCHEMA, asJson(starter)));
        ConfigFile c = read(starter);
        assertTrue(c.root());
        assertEquals("en", c.language());
        assertTrue(starter.startsWith("# yaml-language-server: $schema="), "editors find the schema");
    }

    @Test
    void everyExampleInTheReadmeIsValid() throws Exception {
        List<String> examples = readmeExamples();
        assertTrue(examples.size() >= 3, "README.md shows config examples (```yaml blocks starting with"
                + " '# .concord.yml')");
        for (String example : examples) {
            assertEquals(List.of(), JsonSchemas.errors(SCHEMA, asJson(example)), example);
            read(example);
        }
    }

    @Test
    void theSchemaAndTheReaderKnowTheSameKeys() throws Exception {
        JsonNode schema = JSON.readTree(StarterConfig.schema());
        assertEquals(ConfigReader.KEYS, names(schema.path("properties")));
        assertEquals(ConfigReader.GRAMMAR_KEYS,
                names(schema.path("properties").path("grammar").path("oneOf").get(1).path("properties")));
        assertEquals(ConfigReader.PAIR_KEYS, names(schema.path("properties").path("pairs").path("items")
                .path("properties")));
    }

    @Test
    void whatTheReaderRefusesTheSchemaRefusesToo() throws Exception {
        List<String> bad = List.of(
                "failon: error\n",
                "root: yes\n",
                "language: 12\n",
                "failOn: severe\n",
                "exclude: drafts\n",
                "severity: {lt: fatal}\n",
                "grammar: {enabled: true, disableRule: [X]}\n",
                "pairs: [{source: \"docs/en\", target: \"docs/fr/{path}\"}]\n",
                "pairs: [{source: \"a/{path}\"}]\n",
                "disable: [\"lt rules\"]\n",
                "grammar: {disableRules: [lt.FR_SPELLING_RULE]}\n");
        for (String yaml : bad) {
            assertFalse(JsonSchemas.errors(SCHEMA, asJson(yaml)).isEmpty(), "the schema accepts " + yaml);
            assertThrows(InputException.class, () -> read(yaml), "the reader accepts " + yaml);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    /** The ```yaml blocks of README.md whose first line is "# .concord.yml". */
    static List<String> readmeExamples() throws Exception {
        List<String> out = new ArrayList<>();
        String readme = Files.readString(Path.of("README.md"));
        int at = 0;
        while ((at = readme.indexOf("```yaml\n# .concord.yml", at)) >= 0) {
            int start = readme.indexOf('\n', at) + 1;
            int end = readme.indexOf("\n```", start);
            out.add(readme.substring(start, end + 1));
            at = end;
        }
        return out;
    }
}
