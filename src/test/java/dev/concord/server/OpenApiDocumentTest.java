package dev.concord.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.concord.JsonSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI 3.1 description of {@code concord serve} (schema/openapi.json, also in the jar and served at
 * /api/v1/openapi.json): it has every endpoint with its methods and responses, its component schemas are JSON Schema
 * 2020-12 that load and resolve, and they accept realistic payloads and refuse broken ones. The OpenAPI meta-schema is
 * not in the repository, so the structural rules of OpenAPI this document relies on are checked by hand.
 */
class OpenApiDocumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCUMENT = Path.of("schema/openapi.json");
    /** Where the test registers the document, so that its schemas can be loaded by JSON pointer. */
    private static final String DOCUMENT_URI = "https://concord.dev/schema/openapi.json";
    /** The SARIF schema the document refers to, served here from the copy the report tests use. */
    private static final String SARIF_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private static final List<String> API_CODES = List.of("200", "400", "401", "404", "405", "413", "415", "429",
            "500", "503");
    private static final List<String> ERROR_CODES = API_CODES.subList(1, API_CODES.size());

    private static JsonNode doc;
    private static SchemaRegistry registry;

    @BeforeAll
    static void load() throws Exception {
        String text = Files.readString(DOCUMENT);
        doc = JSON.readTree(text);
        String sarif = Files.readString(Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json"));
        // Only the document itself and the external SARIF schema are known: the report schema must be found
        // inside the document (embedded under components), never fetched.
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(DOCUMENT_URI, text, SARIF_URI, sarif)));
    }

    /** The schema at a JSON pointer in the document, loaded with every reference resolved. */
    private static Schema schemaAt(String pointer) {
        assertFalse(doc.at(pointer).isMissingNode(), "no schema at " + pointer);
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT_URI + "#" + pointer));
        schema.initializeValidators();
        return schema;
    }

    private static Schema component(String name) {
        return schemaAt("/components/schemas/" + name);
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode golden(String name) throws Exception {
        return JSON.readTree(Files.readString(Path.of("src/test/resources/report", name)));
    }

    // (a) The document's structure: version, endpoints, methods, responses, security.

    @Test
    void itIsOpenApi310WithJsonSchema202012() {
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertEquals(META_SCHEMA, doc.path("jsonSchemaDialect").asText());
        assertFalse(doc.path("info").path("title").asText().isBlank(), "info.title is required");
        assertFalse(doc.path("info").path("version").asText().isBlank(), "info.version is required");
        for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            assertTrue(Set.of("openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components",
                    "security", "tags", "externalDocs").contains(field) || field.startsWith("x-"),
                    "not an OpenAPI 3.1 field: " + field);
        }
    }

    @Test
    void theDocumentInTheJarIsTheOneInTheRepository() throws Exception {
        try (java.io.InputStream in = OpenApiDocumentTest.class.getResourceAsStream(
                "/dev/concord/config/openapi.json")) {
            assertNotNull(in, "the schema/ folder is copied into the jar under dev/concord/config/");
            assertEquals(Files.readString(DOCUMENT),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyEndpointIsThereWithItsMethodsAndResponses() {
        Map<String, Map<String, List<String>>> expected = new LinkedHashMap<>();
        expected.put("/v2/check", Map.of("post", API_CODES));
        expected.put("/v2/languages", Map.of("get", API_CODES));
        expected.put("/api/v1/check", Map.of("post", API_CODES));
        expected.put("/api/v1/profiles", Map.of("get", API_CODES));
        expected.put("/api/v1/rules", Map.of("get", API_CODES));
        expected.put("/api/v1/openapi.json", Map.of("get", API_CODES));
        expected.put("/health", Map.of("get", List.of("200", "405")));
        expected.put("/ready", Map.of("get", List.of("200", "405", "503")));

        JsonNode paths = doc.path("paths");
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(names(paths)), "the paths");
        for (Map.Entry<String, Map<String, List<String>>> path : expected.entrySet()) {
            JsonNode item = paths.path(path.getKey());
            Set<String> methods = new TreeSet<>(names(item));
            methods.retainAll(Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace"));
            assertEquals(new TreeSet<>(path.getValue().keySet()), methods, path.getKey());
            for (Map.Entry<String, List<String>> method : path.getValue().entrySet()) {
                JsonNode responses = item.path(method.getKey()).path("responses");
                assertEquals(new TreeSet<>(method.getValue()), new TreeSet<>(names(responses)),
                        method.getKey() + " " + path.getKey());
            }
        }
    }

    @Test
    void everyErrorIsTheJsonErrorBodyAndBusyAnswersSayWhenToRetry() {
        forEachOperation((where, operation) -> {
            for (String code : names(operation.path("responses"))) {
                if (code.startsWith("2") || where.equals("get /ready") && code.equals("503")) {
                    continue;
                }
                JsonNode response = resolve(operation.path("responses").path(code));
                assertEquals("#/components/schemas/Error",
                        response.path("content").path("application/json").path("schema").path("$ref").asText(),
                        where + " " + code + " has the error body");
                if (code.equals("429") || code.equals("503")) {
                    assertTrue(response.path("headers").has("Retry-After"), where + " " + code + " says Retry-After");
                }
                if (code.equals("401")) {
                    assertTrue(response.path("headers").has("WWW-Authenticate"), where + " 401");
                }
            }
        });
        JsonNode starting = doc.at("/paths/~1ready/get/responses/503");
        assertEquals("#/components/schemas/Starting",
                starting.path("content").path("application/json").path("schema").path("$ref").asText());
    }

    @Test
    void theBearerTokenIsOptionalAndNeverNeededForHealthAndReady() {
        JsonNode scheme = doc.at("/components/securitySchemes/bearerAuth");
        assertEquals("http", scheme.path("type").asText());
        assertEquals("bearer", scheme.path("scheme").asText());
        assertTrue(scheme.path("description").asText().contains("Optional"), "it says the token is optional");
        JsonNode security = doc.path("security");
        assertEquals(2, security.size());
        assertTrue(security.get(0).has("bearerAuth"), "the token is the first way in");
        assertTrue(security.get(1).isObject() && security.get(1).isEmpty(), "{}: no token is the other");
        for (String path : List.of("/health", "/ready")) {
            JsonNode s = doc.path("paths").path(path).path("get").path("security");
            assertTrue(s.isArray() && s.isEmpty(), path + " needs no token");
            assertFalse(doc.path("paths").path(path).path("get").path("responses").has("401"), path);
        }
    }

    @Test
    void theRequestBodiesAndResponseMediaTypesAreTheOnesTheServerSpeaks() {
        JsonNode ltCheck = doc.at("/paths/~1v2~1check/post");
        assertTrue(ltCheck.path("requestBody").path("required").asBoolean());
        assertEquals(Set.of("application/x-www-form-urlencoded", "application/json"),
                new HashSet<>(names(ltCheck.path("requestBody").path("content"))));
        for (JsonNode media : ltCheck.path("requestBody").path("content")) {
            assertEquals("#/components/schemas/LanguageToolCheckRequest", media.path("schema").path("$ref").asText());
        }
        JsonNode check = doc.at("/paths/~1api~1v1~1check/post");
        assertEquals(Set.of("application/json"), new HashSet<>(names(check.path("requestBody").path("content"))));
        JsonNode ok = check.path("responses").path("200").path("content");
        assertEquals(Set.of("application/json", "application/sarif+json", "text/html"), new HashSet<>(names(ok)));
        assertEquals("#/components/schemas/Report", ok.path("application/json").path("schema").path("$ref").asText());
        assertEquals(SARIF_URI, doc.at("/components/schemas/SarifLog/$ref").asText());
        JsonNode rules = doc.at("/paths/~1api~1v1~1rules/get/parameters/0");
        assertEquals("profile", rules.path("name").asText());
        assertEquals("query", rules.path("in").asText());
        assertFalse(rules.path("required").asBoolean());
    }

    @Test
    void theLanguageToolCheckTakesEveryParameter() {
        JsonNode request = doc.at("/components/schemas/LanguageToolCheckRequest");
        assertEquals(Set.of("text", "data", "language", "preferredVariants", "motherTongue", "enabledRules",
                "disabledRules", "enabledCategories", "disabledCategories", "enabledOnly", "level", "sourceText",
                "sourceLanguage", "profile", "concordRules"), new HashSet<>(names(request.path("properties"))));
        assertEquals(List.of("language"), strings(request.path("required")));
        assertEquals(List.of("default", "picky"), strings(request.at("/properties/level/enum")));
        assertEquals("boolean", request.at("/properties/concordRules/type").asText());
        assertTrue(request.at("/properties/concordRules/default").asBoolean(), "concordRules defaults to true");
        assertEquals("boolean", request.at("/properties/enabledOnly/type").asText());
        assertEquals(List.of("text", "markdown", "html", "po", "xliff", "json", "properties", "tmx"),
                strings(doc.at("/components/schemas/CheckDocument/properties/format/enum")));
        assertEquals(1, doc.at("/components/schemas/CheckRequest/properties/documents/minItems").asInt());
    }

    /** What the OpenAPI meta-schema would check and this document relies on, checked by hand. */
    @Test
    void theDocumentFollowsOpenApisStructuralRules() {
        Set<String> operationIds = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (JsonNode tag : doc.path("tags")) {
            tags.add(tag.path("name").asText());
        }
        forEachOperation((where, operation) -> {
            assertTrue(operationIds.add(operation.path("operationId").asText("")), "a unique operationId: " + where);
            assertFalse(operation.path("operationId").asText("").isEmpty(), where);
            for (JsonNode tag : operation.path("tags")) {
                assertTrue(tags.contains(tag.asText()), where + ": undeclared tag " + tag);
            }
            assertFalse(operation.path("responses").isEmpty(), where + " has responses");
            for (String code : names(operation.path("responses"))) {
                assertTrue(code.matches("[1-5][0-9][0-9]|[1-5]XX|default"), where + ": response code " + code);
                JsonNode response = resolve(operation.path("responses").path(code));
                assertTrue(response.path("description").isTextual(), where + " " + code + ": description required");
                for (JsonNode media : response.path("content")) {
                    assertTrue(media.has("schema"), where + " " + code + ": a media type without a schema");
                }
            }
            for (JsonNode p : operation.path("parameters")) {
                assertTrue(p.path("name").isTextual(), where + ": a parameter without a name");
                assertTrue(Set.of("query", "header", "path", "cookie").contains(p.path("in").asText()), where);
                assertTrue(p.has("schema"), where + ": a parameter without a schema");
            }
            JsonNode body = operation.path("requestBody");
            if (!body.isMissingNode()) {
                assertTrue(body.path("content").isObject() && !body.path("content").isEmpty(), where + ": content");
            }
        });
        for (String path : names(doc.path("paths"))) {
            assertTrue(path.startsWith("/"), path);
        }
        for (JsonNode scheme : doc.path("components").path("securitySchemes")) {
            assertTrue(Set.of("apiKey", "http", "mutualTLS", "oauth2", "openIdConnect")
                    .contains(scheme.path("type").asText()));
        }
        for (JsonNode requirement : doc.path("security")) {
            for (String name : names(requirement)) {
                assertTrue(doc.path("components").path("securitySchemes").has(name), "undeclared scheme " + name);
            }
        }
        // Every local $ref points at something, in the document or in the schema resource ($id) that holds it.
        List<Map.Entry<JsonNode, String>> refs = new ArrayList<>();
        collectRefs(doc, doc, refs);
        assertTrue(refs.size() > 50, "refs found: " + refs.size());
        for (Map.Entry<JsonNode, String> ref : refs) {
            String target = ref.getValue();
            if (target.startsWith("#/")) {
                assertFalse(ref.getKey().at(target.substring(1)).isMissingNode(), "dangling $ref " + target);
            } else if (!target.startsWith("#")) {
                assertEquals(SARIF_URI, target, "the only external reference is the SARIF schema");
            }
        }
    }

    // (b) The schemas are JSON Schema 2020-12 and load.

    @Test
    void everyComponentSchemaIsAValidJsonSchema202012ThatLoads() {
        Schema meta = registry.getSchema(SchemaLocation.of(META_SCHEMA));
        JsonNode schemas = doc.path("components").path("schemas");
        assertTrue(schemas.size() >= 20, "components: " + names(schemas));
        for (String name : names(schemas)) {
            assertEquals(List.of(), JsonSchemas.errors(meta, schemas.path(name)), name + " against the meta-schema");
            Schema loaded = component(name);
            assertNotNull(loaded, name);
        }
    }

    @Test
    void everyInlineSchemaOfAnOperationIsValidAndLoads() {
        Schema meta = registry.getSchema(SchemaLocation.of(META_SCHEMA));
        List<String> pointers = new ArrayList<>();
        collectSchemaPointers(doc.path("paths"), "/paths", pointers);
        collectSchemaPointers(doc.path("components").path("responses"), "/components/responses", pointers);
        collectSchemaPointers(doc.path("components").path("headers"), "/components/headers", pointers);
        assertTrue(pointers.size() >= 20, "schemas found: " + pointers);
        for (String pointer : pointers) {
            assertEquals(List.of(), JsonSchemas.errors(meta, doc.at(pointer)), pointer);
            schemaAt(pointer);
        }
    }

    @Test
    void aSchemaThatDoesNotLoadIsCaught() {
        // The loading above is not a formality: a reference to a component that does not exist fails.
        String text = "{\"components\": {\"schemas\": {\"Broken\": {\"$ref\": \"#/components/schemas/Nothing\"}}}}";
        SchemaRegistry broken = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(DOCUMENT_URI, text)));
        try {
            Schema schema = broken.getSchema(SchemaLocation.of(DOCUMENT_URI + "#/components/schemas/Broken"));
            schema.initializeValidators();
            schema.validate(JSON.createObjectNode());
        } catch (RuntimeException expected) {
            return;
        }
        fail("a dangling reference loads");
    }

    // (c) Payloads: realistic ones are valid, broken ones are not.

    @Test
    void theReportComponentIsTheReportSchema() throws Exception {
        JsonNode report = JSON.readTree(Files.readString(Path.of("schema/report.schema.json")));
        assertEquals(report, doc.at("/components/schemas/Report"),
                "components/schemas/Report is a copy of schema/report.schema.json: copy it again");
        assertEquals(report.at("/$defs/severity/enum"), doc.at("/components/schemas/Severity/enum"));
        assertEquals(report.at("/$defs/issueType/enum"), doc.at("/components/schemas/IssueType/enum"));
        assertEquals(report.at("/$defs/fingerprint/pattern"), doc.at("/components/schemas/Fingerprint/pattern"));
    }

    @Test
    void theGoldenReportIsWhatApiV1CheckAnswers() throws Exception {
        Schema response = schemaAt("/paths/" + escape("/api/v1/check") + "/post/responses/200/content/"
                + escape("application/json") + "/schema");
        JsonNode golden = golden("golden.json");
        assertEquals(List.of(), JsonSchemas.errors(response, golden));
        assertEquals(List.of(), JsonSchemas.errors(component("Report"), golden));
        ObjectNode bad = golden.deepCopy();
        ((ObjectNode) bad.path("issues").get(0)).put("severity", "fatal");
        assertFalse(JsonSchemas.errors(response, bad).isEmpty(), "the report schema is applied, not skipped");
        ObjectNode extra = golden.deepCopy();
        extra.put("documents", 1);
        assertFalse(JsonSchemas.errors(response, extra).isEmpty());
    }

    @Test
    void theGoldenSarifIsWhatApiV1CheckAnswersForSarif() throws Exception {
        Schema sarif = schemaAt("/paths/" + escape("/api/v1/check") + "/post/responses/200/content/"
                + escape("application/sarif+json") + "/schema");
        JsonNode golden = golden("golden.sarif.json");
        assertEquals(List.of(), JsonSchemas.errors(sarif, golden));
        ObjectNode bad = golden.deepCopy();
        bad.put("version", "3.0");
        assertFalse(JsonSchemas.errors(sarif, bad).isEmpty(), "the SARIF schema is applied, not skipped");
    }

    /** A LanguageTool-shaped answer with one match, as a LanguageTool client reads it. */
    static ObjectNode languageToolResponse() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {
                  "software": {"name": "Concord", "version": "0.1.0", "buildDate": null, "apiVersion": 1,
                    "premium": false, "premiumHint": null, "status": "", "languagetool": "6.8"},
                  "warnings": {"incompleteResults": false},
                  "language": {"name": "French", "code": "fr",
                    "detectedLanguage": {"name": "French", "code": "fr", "confidence": 0.98, "source": "ngram"}},
                  "matches": [{
                    "message": "Cette phrase ne commence pas par une majuscule.",
                    "shortMessage": "Majuscule",
                    "replacements": [{"value": "Nouvelles"}],
                    "offset": 0, "length": 9,
                    "context": {"text": "nouvelles du Kazakhstan. Le président Tokaïev...", "offset": 0, "length": 9},
                    "sentence": "nouvelles du Kazakhstan.",
                    "type": {"typeName": "Other"},
                    "rule": {"id": "UPPERCASE_SENTENCE_START", "description": "Absence de majuscule en début de phrase",
                      "issueType": "typographical", "category": {"id": "CASING", "name": "Majuscules"},
                      "urls": [{"value": "https://languagetool.org/insights/fr/"}], "isPremium": false},
                    "ignoreForIncompleteSentence": true,
                    "contextForSureMatch": -1,
                    "concord": {"ruleId": "lt.UPPERCASE_SENTENCE_START", "severity": "warning",
                      "type": "typographical", "mqm": "Fluency/Typography", "fingerprint": "b3be747de0920a9fe316",
                      "source": "News"}
                  }],
                  "sentenceRanges": [[0, 24], [25, 47]]
                }
                """);
    }

    @Test
    void aLanguageToolShapedAnswerIsValidAndBrokenOnesAreNot() throws Exception {
        Schema schema = component("LanguageToolCheckResponse");
        assertEquals(List.of(), JsonSchemas.errors(schema, languageToolResponse()));
        assertValid(schema, languageToolResponse(), r -> {
            ObjectNode match = match(r);
            ((ObjectNode) match.path("rule")).remove("urls");
            ((ObjectNode) match.path("concord")).putNull("source");
            r.putArray("sentenceRanges");
        }, "a match without urls and without source");
        assertValid(schema, languageToolResponse(), r -> r.putArray("matches"), "no matches");

        assertRefused(schema, languageToolResponse(), r -> match(r).remove("concord"), "no concord extension");
        assertRefused(schema, languageToolResponse(), r -> ((ObjectNode) match(r).path("concord"))
                .put("severity", "fatal"), "a wrong severity");
        assertRefused(schema, languageToolResponse(), r -> ((ObjectNode) match(r).path("concord"))
                .put("fingerprint", "B3BE747DE0920A9FE316"), "an uppercase fingerprint");
        assertRefused(schema, languageToolResponse(), r -> ((ObjectNode) match(r).path("concord"))
                .remove("source"), "concord.source left out instead of null");
        assertRefused(schema, languageToolResponse(), r -> ((ObjectNode) match(r).path("concord"))
                .remove("ruleId"), "no Concord rule id");
        assertRefused(schema, languageToolResponse(), r -> ((ObjectNode) match(r).path("concord"))
                .putObject("source").put("text", "News"), "the source as an object");
        assertRefused(schema, languageToolResponse(), r -> match(r).put("offset", -1), "a negative offset");
        assertRefused(schema, languageToolResponse(), r -> ((ObjectNode) match(r).path("rule"))
                .put("issueType", "spelling"), "an unknown ITS type");
        assertRefused(schema, languageToolResponse(), r -> ((ObjectNode) match(r).path("type"))
                .put("typeName", "Spelling"), "an unknown typeName");
        assertRefused(schema, languageToolResponse(), r -> ((ObjectNode) r.path("software"))
                .remove("languagetool"), "no LanguageTool version");
        assertRefused(schema, languageToolResponse(), r -> ((ObjectNode) r.path("software"))
                .put("apiVersion", "1"), "apiVersion as a string");
        assertRefused(schema, languageToolResponse(), r -> r.put("extra", true), "an extra field");
        assertRefused(schema, languageToolResponse(), r -> ((ArrayNode) r.path("sentenceRanges")).addArray().add(3),
                "a sentence range of one number");
        assertRefused(schema, languageToolResponse(), r -> ((ArrayNode) r.path("sentenceRanges")).addArray().add(3)
                .add(4).add(5), "a sentence range of three numbers");
        assertRefused(schema, languageToolResponse(), r -> r.remove("warnings"), "no warnings");
    }

    @Test
    void anErrorBodyIsValidAndBrokenOnesAreNot() throws Exception {
        Schema schema = component("Error");
        ObjectNode error = (ObjectNode) JSON.readTree("{\"error\": \"text too long: 120000 characters, at most"
                + " 100000\", \"status\": 413}");
        assertEquals(List.of(), JsonSchemas.errors(schema, error));
        assertRefused(schema, error, e -> e.put("error", "two\nlines"), "a message of two lines");
        assertRefused(schema, error, e -> e.remove("status"), "no status");
        assertRefused(schema, error, e -> e.put("status", 200), "a success status");
        assertRefused(schema, error, e -> e.put("status", "413"), "a status as a string");
        assertRefused(schema, error, e -> e.put("message", "x"), "an extra field");
    }

    @Test
    void checkRequestsAreValidAndBrokenOnesAreNot() throws Exception {
        Schema lt = component("LanguageToolCheckRequest");
        ObjectNode form = (ObjectNode) JSON.readTree("""
                {"text": "Le président Tokaïev a parlé.", "language": "fr", "motherTongue": "en",
                 "disabledRules": "WHITESPACE_RULE,FR_SPELLING_RULE", "enabledOnly": false, "level": "picky",
                 "sourceText": "President Tokayev spoke.", "sourceLanguage": "en", "profile": "news",
                 "concordRules": true, "username": "ignored"}
                """);
        assertEquals(List.of(), JsonSchemas.errors(lt, form));
        assertValid(lt, form, r -> {
            r.remove("text");
            r.put("data", "{\"annotation\":[{\"text\":\"Une \"},{\"markup\":\"<b>\",\"interpretAs\":\"\"}]}");
            r.put("language", "auto");
            r.put("preferredVariants", "fr-FR,en-GB");
        }, "data and auto");
        assertValid(lt, form, r -> {
            r.remove("text");
            r.set("data", JSON.createObjectNode().set("annotation", JSON.createArrayNode()
                    .add(JSON.createObjectNode().put("text", "Une phrase."))));
            r.putArray("disabledRules").add("WHITESPACE_RULE").add("names");
        }, "a JSON body with data as an object and a list of rules");
        assertValid(lt, form, r -> r.put("enabledOnly", true).put("enabledCategories", "CONCORD_NAMES"),
                "enabledOnly with categories");
        assertRefused(lt, form, r -> r.put("enabledOnly", true), "enabledOnly without rules or categories");
        assertRefused(lt, form, r -> r.remove("language"), "no language");
        assertRefused(lt, form, r -> r.remove("text"), "neither text nor data");
        assertRefused(lt, form, r -> r.put("data", "{\"annotation\":[]}"), "both text and data");
        assertRefused(lt, form, r -> r.put("level", "strict"), "an unknown level");
        assertRefused(lt, form, r -> r.put("language", "French"), "a language name instead of a code");
        assertRefused(lt, form, r -> r.put("concordRules", "maybe"), "concordRules not a boolean");

        Schema annotated = component("AnnotatedText");
        assertEquals(List.of(), JsonSchemas.errors(annotated, JSON.readTree(
                "{\"annotation\":[{\"text\":\"Une \"},{\"markup\":\"<b>\",\"interpretAs\":\"\"},{\"markup\":\"</b>\"}]}")));
        assertFalse(JsonSchemas.errors(annotated, JSON.readTree("{\"annotation\":[{\"text\":\"a\",\"markup\":\"<b>\"}]}"))
                .isEmpty(), "an annotation is text or markup, not both");

        Schema check = component("CheckRequest");
        ObjectNode request = (ObjectNode) JSON.readTree("""
                {"documents": [
                   {"name": "target.fr.txt", "format": "text", "content": "nouvelles\\n", "source": "News\\n"},
                   {"name": "messages_fr.properties", "format": "properties", "content": "title=Nouvelles\\n"}],
                 "language": "fr", "sourceLanguage": "en", "profile": "default"}
                """);
        assertEquals(List.of(), JsonSchemas.errors(check, request));
        assertValid(check, request, r -> {
            ((ObjectNode) r.path("documents").get(0)).remove(List.of("name", "format", "source"));
            r.remove(List.of("language", "sourceLanguage", "profile"));
        }, "documents with content only, the server naming them and finding their format");
        assertRefused(check, request, r -> r.putArray("documents"), "no documents");
        assertRefused(check, request, r -> r.remove("documents"), "documents left out");
        assertRefused(check, request, r -> ((ObjectNode) r.path("documents").get(0)).put("format", "docx"),
                "an unknown format");
        assertRefused(check, request, r -> ((ObjectNode) r.path("documents").get(1)).remove("content"),
                "a document without content");
        assertRefused(check, request, r -> r.put("text", "x"), "an extra field");
    }

    @Test
    void theSmallAnswersAreValidAndBrokenOnesAreNot() throws Exception {
        Schema profile = component("Profile");
        ObjectNode news = (ObjectNode) JSON.readTree("{\"name\": \"news\", \"language\": \"fr\", \"sourceLanguage\":"
                + " \"en\", \"grammar\": true, \"termbases\": 2, \"rulePacks\": 1}");
        assertEquals(List.of(), JsonSchemas.errors(profile, news));
        assertValid(profile, news, p -> p.putNull("language").putNull("sourceLanguage"), "no languages");
        assertRefused(profile, news, p -> p.remove("sourceLanguage"), "sourceLanguage left out instead of null");
        assertRefused(profile, news, p -> p.put("termbases", -1), "a negative count");

        Schema rule = component("Rule");
        ObjectNode names = (ObjectNode) JSON.readTree("{\"id\": \"names.inconsistent\", \"description\": \"One name"
                + " spelled two ways\", \"type\": \"inconsistent-entities\", \"severity\": \"warning\", \"pack\":"
                + " \"names\"}");
        assertEquals(List.of(), JsonSchemas.errors(rule, names));
        assertRefused(rule, names, r -> r.put("severity", "high"), "an unknown severity");
        assertRefused(rule, names, r -> r.remove("pack"), "no pack");

        Schema language = component("Language");
        ObjectNode en = (ObjectNode) JSON.readTree("{\"name\": \"English (US)\", \"code\": \"en\", \"longCode\":"
                + " \"en-US\"}");
        assertEquals(List.of(), JsonSchemas.errors(language, en));
        assertRefused(language, en, l -> l.remove("longCode"), "no longCode");

        assertEquals(List.of(), JsonSchemas.errors(component("Health"), JSON.readTree("{\"status\": \"ok\"}")));
        assertEquals(List.of(), JsonSchemas.errors(component("Ready"), JSON.readTree("{\"status\": \"ready\"}")));
        assertEquals(List.of(), JsonSchemas.errors(component("Starting"), JSON.readTree("{\"status\": \"starting\"}")));
        assertFalse(JsonSchemas.errors(component("Ready"), JSON.readTree("{\"status\": \"starting\"}")).isEmpty());
        assertFalse(JsonSchemas.errors(component("Health"), JSON.readTree("{\"status\": \"up\"}")).isEmpty());
        assertEquals(List.of(), JsonSchemas.errors(schemaAt("/paths/" + escape("/api/v1/openapi.json")
                + "/get/responses/200/content/" + escape("application/json") + "/schema"), doc));
    }

    @Test
    void theDocumentsOwnExamplesAreValid() throws Exception {
        int checked = 0;
        JsonNode schemas = doc.path("components").path("schemas");
        for (String name : names(schemas)) {
            for (JsonNode example : schemas.path(name).path("examples")) {
                assertEquals(List.of(), JsonSchemas.errors(component(name), example), name + ": " + example);
                checked++;
            }
        }
        List<String> mediaTypes = new ArrayList<>();
        collectMediaTypesWithExamples(doc.path("paths"), "/paths", mediaTypes);
        for (String pointer : mediaTypes) {
            Schema schema = schemaAt(pointer + "/schema");
            JsonNode examples = doc.at(pointer + "/examples");
            for (String name : names(examples)) {
                JsonNode value = examples.path(name).path("value");
                assertEquals(List.of(), JsonSchemas.errors(schema, value), pointer + " example " + name);
                if (value.has("data")) {
                    assertEquals(List.of(), JsonSchemas.errors(component("AnnotatedText"),
                            JSON.readTree(value.path("data").asText())), pointer + " example " + name + ": data");
                }
                checked++;
            }
        }
        assertTrue(checked >= 8, "examples checked: " + checked);
    }

    private static ObjectNode match(ObjectNode response) {
        return (ObjectNode) response.path("matches").get(0);
    }

    private static void assertValid(Schema schema, ObjectNode base, Consumer<ObjectNode> edit, String what) {
        ObjectNode copy = base.deepCopy();
        edit.accept(copy);
        assertEquals(List.of(), JsonSchemas.errors(schema, copy), what);
    }

    private static void assertRefused(Schema schema, ObjectNode base, Consumer<ObjectNode> edit, String what) {
        ObjectNode copy = base.deepCopy();
        edit.accept(copy);
        assertFalse(JsonSchemas.errors(schema, copy).isEmpty(), "the schema accepts " + what + ": " + copy);
    }

    private interface OperationCheck {
        void check(String where, JsonNode operation);
    }

    private static void forEachOperation(OperationCheck check) {
        JsonNode paths = doc.path("paths");
        for (String path : names(paths)) {
            for (String method : names(paths.path(path))) {
                if (Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace").contains(method)) {
                    check.check(method + " " + path, paths.path(path).path(method));
                }
            }
        }
    }

    /** A response (or any object) with its {@code $ref} to the components followed. */
    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (ref.isEmpty()) {
            return node;
        }
        assertTrue(ref.startsWith("#/"), ref);
        JsonNode target = doc.at(ref.substring(1));
        assertFalse(target.isMissingNode(), "dangling " + ref);
        return resolve(target);
    }

    /** Every {@code $ref} under {@code node}, with the root its fragment resolves in (the nearest {@code $id}). */
    private static void collectRefs(JsonNode node, JsonNode root, List<Map.Entry<JsonNode, String>> out) {
        if (node.isObject()) {
            JsonNode base = node.path("$id").isTextual() ? node : root;
            if (node.path("$ref").isTextual()) {
                out.add(Map.entry(base, node.path("$ref").asText()));
            }
            node.elements().forEachRemaining(child -> collectRefs(child, base, out));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, root, out));
        }
    }

    /** The pointers of the "schema" members (of media types, parameters and headers) under {@code node}. */
    private static void collectSchemaPointers(JsonNode node, String pointer, List<String> out) {
        if (!node.isObject()) {
            return;
        }
        for (String name : names(node)) {
            String child = pointer + "/" + escape(name);
            if (name.equals("schema")) {
                out.add(child);
            } else if (!name.equals("examples")) {
                collectSchemaPointers(node.path(name), child, out);
            }
        }
        for (JsonNode parameter : node.path("parameters")) {
            assertTrue(parameter.has("schema"));
        }
        if (node.path("parameters").isArray()) {
            for (int i = 0; i < node.path("parameters").size(); i++) {
                out.add(pointer + "/parameters/" + i + "/schema");
            }
        }
    }

    /** The pointers of the media type objects under {@code node} that hold examples. */
    private static void collectMediaTypesWithExamples(JsonNode node, String pointer, List<String> out) {
        if (!node.isObject()) {
            return;
        }
        if (node.has("schema") && node.path("examples").isObject()) {
            out.add(pointer);
            return;
        }
        for (String name : names(node)) {
            collectMediaTypesWithExamples(node.path(name), pointer + "/" + escape(name), out);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }
}
