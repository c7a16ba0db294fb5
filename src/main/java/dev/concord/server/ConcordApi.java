package dev.concord.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Locales;
import dev.concord.config.Suppressions;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.report.FileResult;
import dev.concord.report.HtmlReportWriter;
import dev.concord.report.JsonReportWriter;
import dev.concord.report.Report;
import dev.concord.report.ReportWriter;
import dev.concord.report.RuleInfo;
import dev.concord.report.SarifReportWriter;
import dev.concord.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Concord's own API ({@code /api/v1}): documents in any format Concord reads, checked together as one project, and
 * answered with exactly the command line's JSON report (or SARIF, or HTML), so that a plugin and a CI job read the
 * same thing.
 */
final class ConcordApi {
    /** What a SARIF client sends in {@code Accept}. */
    static final String SARIF = "application/sarif+json";
    /** What a browser or a review tool sends in {@code Accept} for the self-contained HTML report. */
    static final String HTML = "text/html";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FORMATS = Set.of("text", "markdown", "html", "po", "xliff", "json",
            "properties", "tmx");

    private final CheckService service;
    private final int maxTextLength;

    ConcordApi(CheckService service, int maxTextLength) {
        this.service = service;
        this.maxTextLength = maxTextLength;
    }

    /** The answer to {@code POST /api/v1/check}: the report, and its media type. */
    record Answer(String body, String mediaType) {
    }

    Answer check(Call call) throws HttpFailure {
        if (!call.isJson()) {
            throw new HttpFailure(415, "send the documents as application/json: {\"documents\": [{\"name\": ..., "
                    + "\"format\": ..., \"content\": ...}], \"language\": ...}");
        }
        JsonNode root;
        try {
            root = JSON.readTree(call.body());
        } catch (IOException e) {
            throw HttpFailure.badRequest("the body is not valid JSON: " + Call.oneLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw HttpFailure.badRequest("the body must be a JSON object with a 'documents' array");
        }
        CheckService.Profile profile = service.profile(text(root, "profile", false));
        String language = locale(text(root, "language", false), "language");
        String sourceLanguage = locale(text(root, "sourceLanguage", false), "sourceLanguage");
        language = language != null ? language : profile.language();
        sourceLanguage = sourceLanguage != null ? sourceLanguage : profile.sourceLanguage();
        JsonNode docs = root.get("documents");
        if (docs == null || !docs.isArray() || docs.isEmpty()) {
            throw HttpFailure.badRequest("'documents' must be a non-empty array of {name, format, content, source}");
        }
        long characters = 0;
        List<Document> documents = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int index = 0;
        for (JsonNode d : docs) {
            if (!d.isObject()) {
                throw HttpFailure.badRequest("documents[" + index + "] must be an object");
            }
            String name = text(d, "name", false);
            name = name == null ? "document-" + (index + 1) : name;
            if (!names.add(name)) {
                throw HttpFailure.badRequest("documents[" + index + "]: the name '" + name + "' is used twice");
            }
            String format = text(d, "format", false);
            if (format != null && !FORMATS.contains(format.toLowerCase(Locale.ROOT))) {
                throw HttpFailure.badRequest("documents[" + index + "]: unknown format '" + format + "'; the formats "
                        + "are " + new java.util.TreeSet<>(FORMATS));
            }
            String content = text(d, "content", true);
            String source = text(d, "source", false);
            characters += content.length() + (source == null ? 0 : source.length());
            if (characters > maxTextLength) {
                throw HttpFailure.tooLarge("the documents hold more than " + maxTextLength
                        + " characters, the most this server checks in one request");
            }
            ReadOptions options = ReadOptions.defaults().withTargetLocale(language).withSourceLocale(sourceLanguage);
            if (format != null) {
                options = options.withFormat(format.toLowerCase(Locale.ROOT));
            }
            Document doc;
            try {
                doc = Formats.read(name, content.getBytes(StandardCharsets.UTF_8),
                        source == null ? null : source.getBytes(StandardCharsets.UTF_8), options);
            } catch (InputException e) {
                throw HttpFailure.badRequest(e.getMessage());
            } catch (IOException e) {
                throw HttpFailure.badRequest(name + ": " + e.getMessage());
            }
            if (doc.targetLocale() == null) {
                throw HttpFailure.badRequest(name + ": no language: give 'language' (such as \"fr\"), or use a "
                        + "profile that sets one");
            }
            documents.add(doc);
            index++;
        }

        Checker checker = service.checker(CheckService.Variant.of(profile.name()));
        CheckService.Outcome outcome = service.check(checker, documents);
        if (outcome.incomplete()) {
            throw HttpFailure.busy("the check took longer than this server allows; send fewer or smaller documents");
        }
        Suppressions.Result applied = Suppressions.applyAll(documents, outcome.issues(), checker::knowsRule);
        List<Issue> kept = new ArrayList<>(applied.kept());
        int suppressed = applied.suppressed();
        List<FileResult> files = new ArrayList<>();
        Map<String, Set<String>> flagged = FileResult.unitsPointedAt(kept);
        for (Document d : documents) {
            files.add(FileResult.checked(d, flagged.getOrDefault(d.name(), Set.of())));
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        documents.forEach(d -> order.put(d.name(), order.size()));
        kept.sort(Issue.reportOrder(order));
        List<RuleInfo> rules = checker.rules().stream().map(RuleInfo::of).toList();
        Report report = new Report(files, kept, suppressed, 0, rules);
        String accept = call.accept() == null ? "" : call.accept();
        // SARIF and HTML only when asked for by name: a client that accepts anything gets the JSON report.
        String mediaType = accept.contains(SARIF) ? SARIF : accept.contains(HTML) ? HTML : "application/json";
        ReportWriter writer = switch (mediaType) {
            case SARIF -> new SarifReportWriter();
            case HTML -> new HtmlReportWriter();
            default -> new JsonReportWriter();
        };
        StringWriter out = new StringWriter();
        try {
            writer.write(report, out);
        } catch (IOException e) {
            throw new HttpFailure(500, "cannot write the report: " + e.getMessage());
        }
        return new Answer(out.toString(), mediaType);
    }

    /** {@code GET /api/v1/profiles}. */
    String profiles() {
        ArrayNode out = JSON.createArrayNode();
        for (CheckService.Profile p : service.profiles()) {
            out.addObject().put("name", p.name()).put("language", p.language())
                    .put("sourceLanguage", p.sourceLanguage()).put("grammar", p.settings().grammar())
                    .put("termbases", p.settings().termbases().size())
                    .put("rulePacks", p.settings().ruleFolders().size());
        }
        return out.toString();
    }

    /** {@code GET /api/v1/rules?profile=}: the rules that run for a profile. */
    String rules(Call call) throws HttpFailure {
        Checker checker = service.checker(CheckService.Variant.of(service.profile(call.param("profile")).name()));
        ArrayNode out = JSON.createArrayNode();
        for (Rule r : checker.rules()) {
            out.addObject().put("id", r.id()).put("description", r.description()).put("type", r.type().itsName())
                    .put("severity", r.defaultSeverity().label()).put("pack", r.pack());
        }
        return out.toString();
    }

    /** {@code GET /api/v1/openapi.json}: the committed OpenAPI description, shipped in the jar. */
    static String openApi() throws HttpFailure {
        try (InputStream in = ConcordApi.class.getResourceAsStream("/dev/concord/config/openapi.json")) {
            if (in == null) {
                throw new HttpFailure(500, "this build has no OpenAPI description");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HttpFailure(500, "cannot read the OpenAPI description: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, boolean required) throws HttpFailure {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw HttpFailure.badRequest("missing '" + field + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw HttpFailure.badRequest("'" + field + "' must be a string, not " + v.getNodeType().name()
                    .toLowerCase(Locale.ROOT));
        }
        return v.asText();
    }

    private static String locale(String code, String field) throws HttpFailure {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Locales.normalize(code.trim());
        } catch (IllegalArgumentException e) {
            throw HttpFailure.badRequest("'" + field + "': " + e.getMessage());
        }
    }
}
