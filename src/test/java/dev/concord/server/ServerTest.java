package dev.concord.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import dev.concord.JsonSchemas;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord serve} over real HTTP on loopback, with the JDK's HTTP client: LanguageTool's API with Concord's
 * rules, Concord's own API, and every error a client can provoke, each answered while the server keeps serving.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;
    static ConcordServer server;

    @BeforeAll
    static void start() throws Exception {
        Path quiet = dir.resolve("quiet.concord.yml");
        Files.writeString(quiet, "language: fr\nsourceLanguage: en\ndisable: [names]\n");
        server = ConcordServer.start(ServeSettings.loopback(0)
                .withProfiles(Map.of("quiet", quiet))
                .withLimits(200_000, 20_000, Duration.ofSeconds(60), 2, 8)
                .withCorsOrigins(List.of("https://cms.example.org")), System.err);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    static HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    static HttpResponse<String> postJson(String path, String json, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", accept != null ? accept : "application/json");
        return send(b);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json").GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static Map<String, String> form(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The match of a rule id, or null. */
    static JsonNode match(JsonNode response, String ruleId) {
        for (JsonNode m : response.get("matches")) {
            if (m.get("rule").get("id").asText().equals(ruleId)) {
                return m;
            }
        }
        return null;
    }

    @Test
    void healthAndLanguages() throws Exception {
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("ok", json(health).get("status").asText());
        JsonNode languages = json(get("/v2/languages"));
        List<String> codes = new ArrayList<>();
        languages.forEach(l -> codes.add(l.get("longCode").asText()));
        assertTrue(codes.containsAll(List.of("en-US", "fr", "de-DE", "es", "ru-RU", "pt-PT")), codes.toString());
    }

    @Test
    void languageToolsRulesWithUtf16OffsetsAfterAstralCharacters() throws Exception {
        // An emoji and a CJK extension B character are two UTF-16 units each: LanguageTool's offsets count those.
        String text = "😀 𠀀 This is an test.";
        JsonNode r = json(post("/v2/check", form("language", "en-US", "text", text)));
        JsonNode m = match(r, "EN_A_VS_AN");
        assertNotNull(m, r.toString());
        int offset = m.get("offset").asInt();
        assertEquals("an", text.substring(offset, offset + m.get("length").asInt()));
        assertEquals("a", m.get("replacements").get(0).get("value").asText());
        assertTrue(m.get("sentence").asText().endsWith("This is an test."), m.toString());
        JsonNode context = m.get("context");
        assertEquals("an", context.get("text").asText().substring(context.get("offset").asInt(),
                context.get("offset").asInt() + context.get("length").asInt()));
        assertEquals("English (US)", r.get("language").get("name").asText());
        assertFalse(r.get("warnings").get("incompleteResults").asBoolean());
        assertEquals("warning", m.get("concord").get("severity").asText());
    }

    @Test
    void concordsRulesAnswerThroughLanguageToolsApi() throws Exception {
        String text = "Le président Tokaïev a parlé hier. Plus tard, Tokayev est parti.";
        JsonNode r = json(post("/v2/check", form("language", "fr", "text", text)));
        JsonNode m = match(r, "names.inconsistent");
        assertNotNull(m, r.toString());
        int offset = m.get("offset").asInt();
        assertEquals("Tokayev", text.substring(offset, offset + m.get("length").asInt()));
        assertEquals("CONCORD_NAMES", m.get("rule").get("category").get("id").asText());
        assertEquals("inconsistent-entities", m.get("rule").get("issueType").asText());
        assertEquals("Tokaïev", m.get("replacements").get(0).get("value").asText());

        // Turned off by id, by family, by category; or LanguageTool's rules alone.
        for (Map<String, String> off : List.of(form("disabledRules", "names.inconsistent"),
                form("disabledRules", "names"), form("disabledCategories", "CONCORD_NAMES"),
                form("concordRules", "false"))) {
            Map<String, String> f = form("language", "fr", "text", text);
            f.putAll(off);
            assertNull(match(json(post("/v2/check", f)), "names.inconsistent"), off.toString());
        }
    }

    @Test
    void enabledOnlyKeepsOnlyTheRulesAsked() throws Exception {
        String text = "Je suis allé a Paris. Tokaïev est venu, puis Tokayev.";
        JsonNode all = json(post("/v2/check", form("language", "fr", "text", text)));
        assertNotNull(match(all, "A_ACCENT"), all.toString());
        JsonNode only = json(post("/v2/check", form("language", "fr", "text", text, "enabledRules", "A_ACCENT",
                "enabledOnly", "true")));
        assertEquals(1, only.get("matches").size(), only.toString());
        assertNotNull(match(only, "A_ACCENT"));
        HttpResponse<String> bad = post("/v2/check", form("language", "fr", "text", text, "enabledOnly", "true"));
        assertEquals(400, bad.statusCode());
    }

    @Test
    void dataAnnotationOffsetsCountTheMarkup() throws Exception {
        ObjectNode data = JSON.createObjectNode();
        ArrayNode parts = data.putArray("annotation");
        parts.addObject().put("markup", "<p>");
        parts.addObject().put("text", "This is ");
        parts.addObject().put("markup", "<b>");
        parts.addObject().put("text", "an");
        parts.addObject().put("markup", "</b>");
        parts.addObject().put("text", " test.");
        parts.addObject().put("markup", "</p>").put("interpretAs", "\n\n");
        String original = "<p>This is <b>an</b> test.</p>";
        JsonNode r = json(post("/v2/check", form("language", "en-US", "data", data.toString())));
        JsonNode m = match(r, "EN_A_VS_AN");
        assertNotNull(m, r.toString());
        int offset = m.get("offset").asInt();
        assertEquals("an", original.substring(offset, offset + m.get("length").asInt()));
    }

    @Test
    void jsonBodyTakesTheSameParameters() throws Exception {
        HttpResponse<String> r = postJson("/v2/check", "{\"language\":\"en-US\",\"text\":\"This is an test.\"}", null);
        assertEquals(200, r.statusCode(), r.body());
        assertNotNull(match(json(r), "EN_A_VS_AN"));
    }

    @Test
    void bilingualCheckThroughSourceText() throws Exception {
        JsonNode r = json(post("/v2/check", form("language", "fr", "text", "Il y a 5 pommes sur la table.",
                "sourceText", "There are 6 apples on the table.", "sourceLanguage", "en")));
        JsonNode m = match(r, "qa.numbers");
        assertNotNull(m, r.toString());
        assertEquals("6", m.get("concord").get("source").asText());
        HttpResponse<String> noLanguage = post("/v2/check", form("language", "fr", "text", "Il y a 5 pommes.",
                "sourceText", "There are 6 apples."));
        assertEquals(400, noLanguage.statusCode());
        HttpResponse<String> mismatch = post("/v2/check", form("language", "fr", "text", "Un.\n\nDeux.",
                "sourceText", "One.", "sourceLanguage", "en"));
        assertEquals(400, mismatch.statusCode());
        assertTrue(json(mismatch).get("error").asText().contains("paragraph"), mismatch.body());
    }

    @Test
    void autoDetectsTheLanguage() throws Exception {
        HttpResponse<String> response = post("/v2/check", form("language", "auto", "preferredVariants", "en-GB,de-AT",
                "text", "This is a short English sentence about the weather in London today."));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode r = json(response);
        assertEquals("en-GB", r.get("language").get("code").asText(), r.toString());
        assertEquals("en", r.get("language").get("detectedLanguage").get("code").asText().substring(0, 2));
    }

    @Test
    void badRequestsGetClearJsonErrorsAndTheServerKeepsServing() throws Exception {
        assertError(post("/v2/check", form("text", "Hello.")), 400, "language");
        assertError(post("/v2/check", form("language", "xx-YY", "text", "Hello.")), 400, "xx-YY");
        assertError(post("/v2/check", form("language", "en-US")), 400, "text");
        assertError(post("/v2/check", form("language", "en-US", "data", "{not json")), 400, "data");
        assertError(post("/v2/check", form("language", "en-US", "data", "{\"annotation\":[{\"x\":1}]}")), 400,
                "annotation 0");
        assertError(postJson("/v2/check", "[1,2]", null), 400, "object");
        assertError(postJson("/v2/check", "{\"language\":\"en-US\",\"text\":{\"a\":1}}", null), 400, "text");
        assertError(post("/v2/check", form("language", "en-US", "text", "x", "enabledOnly", "maybe")), 400,
                "enabledOnly");
        assertError(post("/v2/check", form("language", "en-US", "text", "x", "preferredVariants", "en-GB")), 400,
                "auto");
        assertError(post("/v2/check", form("language", "en-US", "text", "x".repeat(20_001))), 413, "20000");
        assertError(get("/nowhere"), 404, "/nowhere");
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(URI.create(base() + "/v2/languages"))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
        assertError(wrongMethod, 405, "GET");
        assertEquals("GET", wrongMethod.headers().firstValue("Allow").orElse(null));
        assertError(post("/api/v1/check", form("a", "b")), 415, "application/json");
        assertError(postJson("/api/v1/check", "{\"documents\":[]}", null), 400, "documents");
        assertError(postJson("/api/v1/check", "{\"documents\":[{\"name\":\"a\",\"format\":\"docx\",\"content\":\"x\"}]}",
                null), 400, "docx");
        assertError(postJson("/api/v1/check", "{\"documents\":[{\"name\":\"a.txt\",\"content\":\"x\"}]}", null), 400,
                "language");
        assertError(postJson("/api/v1/check", "{\"profile\":\"nope\",\"documents\":[{\"content\":\"x\"}]}", null),
                400, "quiet");
        // A 10 MB body, over the limit: 413 (read to its end, so that the client gets it), and the next is served.
        String big = "{\"text\":\"" + "a".repeat(10_000_000) + "\"}";
        assertError(postJson("/v2/check", big, null), 413, "bytes");
        assertEquals(200, get("/health").statusCode());
    }

    @Test
    void languageToolsApiErrsAsLanguageToolDoesUnlessAskedForJson() throws Exception {
        // LanguageTool's clients show its plain-text errors as they are (language_tool_python raises them).
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + "/v2/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=Hello.")));
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(r.body().startsWith("Error: missing 'language'"), r.body());
        HttpResponse<String> v1 = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/nothing")).GET());
        assertError(v1, 404, "nothing");
    }

    static void assertError(HttpResponse<String> r, int status, String mentions) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals(status, body.get("status").asInt());
        String message = body.get("error").asText();
        assertTrue(message.contains(mentions), message);
        assertFalse(message.contains("\n"), message);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void concordsOwnApiAnswersTheCommandLinesReport() throws Exception {
        String po = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                + "msgid \"Save %s files\"\nmsgstr \"Enregistrer les fichiers\"\n";
        String md = "# Titre\n\nLe président Tokaïev a parlé. Tokayev est parti.\n";
        ObjectNode body = JSON.createObjectNode().put("language", "fr").put("sourceLanguage", "en");
        ArrayNode docs = body.putArray("documents");
        docs.addObject().put("name", "a.po").put("format", "po").put("content", po);
        docs.addObject().put("name", "b.md").put("format", "markdown").put("content", md);
        HttpResponse<String> r = postJson("/api/v1/check", body.toString(), null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = json(r);
        List<String> rules = new ArrayList<>();
        report.get("issues").forEach(i -> rules.add(i.get("file").asText() + " " + i.get("ruleId").asText()));
        assertTrue(rules.contains("a.po qa.placeholders"), rules.toString());
        assertTrue(rules.contains("b.md names.inconsistent"), rules.toString());

        // The same files through the command line give the same report, file names aside.
        Files.writeString(dir.resolve("a.po"), po);
        Files.writeString(dir.resolve("b.md"), md);
        dev.concord.cli.CliRunner.Result cli = dev.concord.cli.CliRunner.run("check", "--no-config", "--lang", "fr",
                "--source-lang", "en", "--format", "json", dir.resolve("a.po").toString(),
                dir.resolve("b.md").toString());
        JsonNode fromCli = JSON.readTree(cli.out());
        assertEquals(withoutFolders(fromCli), withoutFolders(report));

        Schema sarifSchema;
        try (InputStream in = ServerTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarifSchema = JsonSchemas.load(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    SpecificationVersion.DRAFT_7);
        }
        HttpResponse<String> sarif = postJson("/api/v1/check", body.toString(), "application/sarif+json");
        assertEquals(200, sarif.statusCode());
        assertTrue(sarif.headers().firstValue("Content-Type").orElse("").startsWith("application/sarif+json"));
        assertEquals(List.of(), JsonSchemas.errors(sarifSchema, json(sarif)));

        HttpResponse<String> html = postJson("/api/v1/check", body.toString(), "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().startsWith("<!DOCTYPE html>"), html.body().substring(0, 40));
        assertTrue(html.body().contains("<title>Concord report: " + report.get("issues").size() + " findings in 2 files"),
                "the same findings as the JSON report");
    }

    @Test
    void anHtmlPageAndItsSourcePageAreCheckedBlockByBlock() throws Exception {
        // What a CMS sends: a translated field's HTML and the field's source, with a heading, markup and a script.
        String target = "<h2>Le pr&eacute;sident Tokaïev</h2>\n<p>Le président <b>Tokayev</b> a parlé.</p>"
                + "<script>var Tokayev = 1;</script>";
        String source = "<h2>President Tokayev</h2>\n<p>President <b>Tokayev</b> spoke.</p>";
        ObjectNode body = JSON.createObjectNode().put("language", "fr").put("sourceLanguage", "en");
        body.putArray("documents").addObject().put("name", "field.html").put("format", "html").put("content", target)
                .put("source", source);
        HttpResponse<String> r = postJson("/api/v1/check", body.toString(), null);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = json(r);
        assertEquals(2, report.get("files").get(0).get("units").asInt(), r.body());
        JsonNode names = null;
        for (JsonNode i : report.get("issues")) {
            if (i.get("ruleId").asText().equals("names.inconsistent")) {
                names = i;
            }
        }
        assertTrue(names != null, r.body());
        assertEquals("Tokayev", names.get("text").asText());
        assertEquals(2, names.get("line").asInt(), "the line in the HTML the CMS sent");
        assertEquals(20, names.get("column").asInt());
    }

    /** A report with every file named by its last path segment. */
    static JsonNode withoutFolders(JsonNode report) {
        String text = report.toString().replace(dir.toString() + "/", "");
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void profilesComeFromTheServersConfig() throws Exception {
        JsonNode profiles = json(get("/api/v1/profiles"));
        List<String> names = new ArrayList<>();
        profiles.forEach(p -> names.add(p.get("name").asText()));
        assertEquals(List.of("default", "quiet"), names);
        String text = "Le président Tokaïev a parlé hier. Plus tard, Tokayev est parti.";
        JsonNode quiet = json(post("/v2/check", form("language", "fr", "text", text, "profile", "quiet")));
        assertNull(match(quiet, "names.inconsistent"), quiet.toString());
        JsonNode rules = json(get("/api/v1/rules?profile=quiet"));
        rules.forEach(r -> assertFalse(r.get("id").asText().startsWith("names"), r.toString()));
        assertTrue(rules.size() > 3);
    }

    @Test
    void openApiIsServed() throws Exception {
        HttpResponse<String> r = get("/api/v1/openapi.json");
        assertEquals(200, r.statusCode());
        assertEquals("3.1.0", json(r).get("openapi").asText());
    }

    @Test
    void corsOnlyForTheAllowedOrigins() throws Exception {
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(URI.create(base() + "/health"))
                .header("Origin", "https://cms.example.org").GET());
        assertEquals("https://cms.example.org",
                allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(base() + "/health"))
                .header("Origin", "https://evil.example").GET());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base() + "/v2/check"))
                .header("Origin", "https://cms.example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void slowAndManyConnectionsLeaveTheServerServing() throws Exception {
        // A client that sends half a request and waits, and a thousand idle connections at once.
        List<Socket> sockets = new ArrayList<>();
        try {
            Socket slow = new Socket(InetAddress.getLoopbackAddress(), server.port());
            sockets.add(slow);
            OutputStream o = slow.getOutputStream();
            o.write("POST /v2/check HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nlanguage=en".getBytes(
                    StandardCharsets.US_ASCII));
            o.flush();
            for (int i = 0; i < 1000; i++) {
                sockets.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
            }
            HttpResponse<String> r = post("/v2/check", form("language", "en-US", "text", "This is an test."));
            assertEquals(200, r.statusCode());
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
        assertEquals(200, get("/health").statusCode());
    }

    @Test
    void theAccessLogHasOneJsonLinePerRequestAndNeverTheText() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream log = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ConcordServer logged = ConcordServer.start(ServeSettings.loopback(0).withAccessLog(true), log)) {
            String url = "http://127.0.0.1:" + logged.port();
            send(HttpRequest.newBuilder(URI.create(url + "/v2/check?language=en-US&text=Geheimnis"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("more=Verborgen")));
            send(HttpRequest.newBuilder(URI.create(url + "/health")).GET());
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        JsonNode check = JSON.readTree(lines[0]);
        assertEquals("/v2/check", check.get("path").asText());
        assertEquals(200, check.get("status").asInt());
        assertEquals("POST", check.get("method").asText());
        assertTrue(check.get("ms").isNumber() && check.get("bytesIn").asInt() > 0, lines[0]);
        assertFalse(lines[0].contains("Geheimnis") || lines[0].contains("Verborgen"), lines[0]);
        assertEquals("/health", JSON.readTree(lines[1]).get("path").asText());
    }

    @Test
    void theTokenGuardsEverythingButTheProbes(@TempDir Path tmp) throws Exception {
        try (ConcordServer guarded = ConcordServer.start(ServeSettings.loopback(0).withToken("s3cret"),
                System.err)) {
            String url = "http://127.0.0.1:" + guarded.port();
            HttpResponse<String> none = send(HttpRequest.newBuilder(URI.create(url + "/v2/languages")).GET());
            assertEquals(401, none.statusCode());
            assertTrue(none.headers().firstValue("WWW-Authenticate").isPresent());
            HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(url + "/v2/languages"))
                    .header("Authorization", "Bearer s3cres").GET());
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> right = send(HttpRequest.newBuilder(URI.create(url + "/v2/languages"))
                    .header("Authorization", "Bearer s3cret").GET());
            assertEquals(200, right.statusCode());
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(url + "/health")).GET()).statusCode());
        }
    }

    @Test
    void aCheckPastTheTimeLimitSaysItIsIncomplete() throws Exception {
        try (ConcordServer hasty = ConcordServer.start(ServeSettings.loopback(0)
                .withLimits(200_000, 20_000, Duration.ofMillis(1), 1, 4), System.err)) {
            String url = "http://127.0.0.1:" + hasty.port();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/v2/check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("language=de-DE&text="
                            + URLEncoder.encode("Das ist ein Satz mit einem Fehlr. ".repeat(50),
                                    StandardCharsets.UTF_8))));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(json(r).get("warnings").get("incompleteResults").asBoolean(), r.body());
        }
    }
}
