package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.JsonSchemas;
import dev.concord.Severity;
import dev.concord.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published JSON Schema of the JSON report (schema/report.schema.json, also in the jar) and the writer agree:
 * the golden report and real reports of the founding example are valid, the schema knows the same severities and
 * ITS types as the code, and it refuses reports that break the contract (so validating is not a formality).
 */
class ReportSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA_FILE = Path.of("schema/report.schema.json");
    private static final String EXAMPLE = "examples/kazakhstan/target.fr.txt";
    private static final String EXAMPLE_SOURCE = "examples/kazakhstan/source.en.txt";

    @TempDir
    Path dir;

    private static Schema schema() throws Exception {
        return JsonSchemas.load(Files.readString(SCHEMA_FILE), SpecificationVersion.DRAFT_2020_12);
    }

    private static JsonNode golden() throws Exception {
        return JSON.readTree(Files.readString(Path.of("src/test/resources/report/golden.json")));
    }

    /** Runs {@code concord} in-process with a JSON report written to a file, and returns the report. */
    private JsonNode runJsonReport(int expectedExit, String... args) throws Exception {
        Path out = dir.resolve("report-" + System.nanoTime() + ".json");
        List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--output", out.toString()));
        all.addAll(List.of(args));
        int exit = Main.run(all.toArray(String[]::new));
        assertEquals(expectedExit, exit, "concord " + String.join(" ", all));
        return JSON.readTree(Files.readString(out));
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() throws Exception {
        JsonNode schemaNode = JSON.readTree(Files.readString(SCHEMA_FILE));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode.path("$schema").asText());
        assertEquals("https://concord.dev/schema/report.schema.json", schemaNode.path("$id").asText());
        assertFalse(schemaNode.path("title").asText().isBlank());
        assertFalse(schemaNode.path("description").asText().isBlank());
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), JsonSchemas.errors(meta, schemaNode));
    }

    @Test
    void theSchemaInTheJarIsTheOneInTheRepository() throws Exception {
        try (java.io.InputStream in = ReportSchemaTest.class.getResourceAsStream(
                "/dev/concord/config/report.schema.json")) {
            assertTrue(in != null, "the schema/ folder is copied into the jar under dev/concord/config/");
            assertEquals(Files.readString(SCHEMA_FILE),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void theReadmeExampleIsValid() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("`--format json` prints one object");
        assertTrue(section >= 0, "README.md documents the JSON report");
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        int end = readme.indexOf("\n```", start);
        JsonNode example = JSON.readTree(readme.substring(start, end));
        assertEquals(List.of(), JsonSchemas.errors(schema(), example));
    }

    @Test
    void theGoldenReportIsValid() throws Exception {
        assertEquals(List.of(), JsonSchemas.errors(schema(), golden()));
    }

    @Test
    void theWriterWritesWhatTheSchemaDescribes() throws Exception {
        // The golden file may lag behind the writer until someone rewrites it: validate the writer's own output too.
        java.io.StringWriter out = new java.io.StringWriter();
        new JsonReportWriter().write(ReportWritersTest.report(), out);
        assertEquals(List.of(), JsonSchemas.errors(schema(), JSON.readTree(out.toString())));
    }

    @Test
    void aRealBilingualReportOfTheFoundingExampleIsValid() throws Exception {
        JsonNode report = runJsonReport(1, "--lang", "fr", "--source", EXAMPLE_SOURCE, "--source-lang", "en",
                EXAMPLE);
        assertTrue(report.path("issues").size() >= 3, "the example has issues: " + report);
        for (JsonNode issue : report.path("issues")) {
            assertTrue(issue.path("source").isObject(), "a bilingual check names the source: " + issue);
        }
        assertEquals(List.of(), JsonSchemas.errors(schema(), report));
    }

    @Test
    void aRealMonolingualReportWithAFileThatCannotBeCheckedIsValid() throws Exception {
        Path missing = dir.resolve("missing.fr.txt");
        JsonNode report = runJsonReport(2, "--lang", "fr", "--fail-on", "none", EXAMPLE, missing.toString());
        assertEquals(2, report.path("files").size(), report.toString());
        JsonNode failed = report.path("files").get(1);
        assertTrue(failed.path("error").isTextual(), "the missing file has an error: " + failed);
        boolean related = false;
        for (JsonNode issue : report.path("issues")) {
            assertTrue(issue.path("source").isNull(), "a monolingual check has no source: " + issue);
            related |= issue.has("related");
        }
        assertTrue(related, "names.inconsistent points at the other spelling: " + report.path("issues"));
        assertEquals(List.of(), JsonSchemas.errors(schema(), report));
    }

    @Test
    void theSchemaKnowsTheSeveritiesAndIssueTypesOfTheCode() throws Exception {
        JsonNode defs = JSON.readTree(Files.readString(SCHEMA_FILE)).path("$defs");
        assertEquals(Arrays.stream(Severity.values()).map(Severity::label).toList(),
                strings(defs.path("severity").path("enum")));
        assertEquals(Arrays.stream(IssueType.values()).map(IssueType::itsName).toList(),
                strings(defs.path("issueType").path("enum")));
        for (Severity s : Severity.values()) {
            ObjectNode report = (ObjectNode) golden();
            ObjectNode issue = (ObjectNode) report.path("issues").get(0);
            issue.put("severity", s.label()).put("score", s.score());
            assertEquals(List.of(), JsonSchemas.errors(schema(), report), s.label());
        }
    }

    @Test
    void fingerprintsOfTheCodeMatchThePattern() throws Exception {
        for (String fingerprint : List.of(Issue.fingerprintOf("lt.X\u0000ctx:a|b\u0000x\u0000"),
                Issue.fingerprintOf(""), Issue.fingerprintOf("names.inconsistent") + "-2")) {
            ObjectNode report = (ObjectNode) golden();
            ((ObjectNode) report.path("issues").get(0)).put("fingerprint", fingerprint);
            assertEquals(List.of(), JsonSchemas.errors(schema(), report), fingerprint);
        }
    }

    @Test
    void reportsThatBreakTheContractAreRefused() throws Exception {
        assertRefused("a missing required field (issues[].fingerprint)", "/issues/0",
                r -> issue(r, 0).remove("fingerprint"));
        assertRefused("a missing required field (summary.baselined)", "/summary",
                r -> ((ObjectNode) r.path("summary")).remove("baselined"));
        assertRefused("a missing nullable field (files[].error)", "/files/0",
                r -> ((ObjectNode) r.path("files").get(0)).remove("error"));
        assertRefused("a wrong severity", "/issues/1/severity", r -> issue(r, 1).put("severity", "fatal"));
        assertRefused("a severity in capitals", "/issues/1/severity", r -> issue(r, 1).put("severity", "WARNING"));
        assertRefused("an extra field in an issue", "/issues/2", r -> issue(r, 2).put("category", "other"));
        assertRefused("an extra field at the top", "", r -> r.put("version", 2));
        assertRefused("an extra field in the source", "/issues/0/source",
                r -> ((ObjectNode) issue(r, 0).path("source")).put("offset", 12));
        assertRefused("an unknown ITS type", "/issues/0/type", r -> issue(r, 0).put("type", "spelling"));
        assertRefused("a 0 column", "/issues/0/column", r -> issue(r, 0).put("column", 0));
        assertRefused("a 0 line", "/issues/0/source/line",
                r -> ((ObjectNode) issue(r, 0).path("source")).put("line", 0));
        assertRefused("a line as a string", "/issues/0/line", r -> issue(r, 0).put("line", "3"));
        assertRefused("an uppercase fingerprint", "/issues/0/fingerprint",
                r -> issue(r, 0).put("fingerprint", "0123456789ABCDEF0123"));
        assertRefused("a short fingerprint", "/issues/0/fingerprint",
                r -> issue(r, 0).put("fingerprint", "0123456789abcdef012"));
        assertRefused("a score that is not the severity's", "/issues/0/score", r -> issue(r, 0).put("score", 50));
        assertRefused("null suggestions", "/issues/0/suggestions", r -> issue(r, 0).putNull("suggestions"));
        assertRefused("an empty related list", "/issues/0/related", r -> issue(r, 0).putArray("related"));
        assertRefused("another tool", "/tool/name", r -> ((ObjectNode) r.path("tool")).put("name", "lt"));
        assertRefused("a negative count", "/summary/errors", r -> ((ObjectNode) r.path("summary")).put("errors", -1));
        assertRefused("a related place without its message", "/issues/1/related/0", r -> {
            ArrayNode related = issue(r, 1).putArray("related");
            related.addObject().put("file", "docs/fr/guide.md").put("unit", "4").put("line", 6).put("column", 1)
                    .put("endLine", 6).put("endColumn", 8).put("text", "Tokayev");
        });
    }

    /** A related place as the writer writes it is accepted: the negative case above fails for its reason only. */
    @Test
    void aRelatedPlaceIsAccepted() throws Exception {
        ObjectNode report = (ObjectNode) golden();
        issue(report, 1).putArray("related").addObject().put("file", "docs/fr/guide.md").put("unit", "4")
                .put("line", 6).put("column", 1).put("endLine", 6).put("endColumn", 8).put("text", "Tokayev")
                .put("message", "also written here");
        assertEquals(List.of(), JsonSchemas.errors(schema(), report));
    }

    private static ObjectNode issue(ObjectNode report, int index) {
        return (ObjectNode) report.path("issues").get(index);
    }

    private static void assertRefused(String what, String location, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode report = (ObjectNode) golden();
        edit.accept(report);
        List<String> errors = JsonSchemas.errors(schema(), report);
        assertFalse(errors.isEmpty(), "the schema accepts " + what);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(location + ":") || e.startsWith(location + "/")),
                what + ": expected an error at '" + location + "', got " + errors);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }
}
