package dev.concord.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.concord.Issue;
import dev.concord.Severity;
import dev.concord.Span;
import dev.concord.Version;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, the format GitHub code scanning and many other tools read: one run whose driver lists the rules of
 * its results, results with their region in Unicode code points ({@code columnKind: unicodeCodePoints}), Concord's
 * fingerprint as a partial fingerprint (so that a result keeps its identity across commits), and each suggestion as
 * a fix. Files that could not be checked are tool notifications. Paths relative to the working folder are written
 * relative to {@code %SRCROOT%}, as GitHub expects.
 */
public final class SarifReportWriter implements ReportWriter {
    /** Where the SARIF 2.1.0 schema is published (what {@code $schema} says). */
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The partial fingerprint key under which Concord's fingerprint is written. */
    static final String FINGERPRINT_KEY = "concordFingerprint/v1";
    private static final int MAX_FIXES = 3;
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<String> ruleIds = new ArrayList<>(new TreeSet<>(report.issues().stream().map(Issue::ruleId).toList()));
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (String id : ruleIds) {
            ruleIndex.put(id, ruleIndex.size());
        }
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();

            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "Concord");
            g.writeStringField("version", Version.concord());
            g.writeArrayFieldStart("rules");
            for (String id : ruleIds) {
                writeRule(g, id, report.rule(id));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("invocations");
            g.writeStartObject();
            g.writeBooleanField("executionSuccessful", report.failedFiles() == 0);
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (FileResult f : report.files()) {
                if (f.error() != null) {
                    g.writeStartObject();
                    g.writeStringField("level", "error");
                    writeMessage(g, "message", f.path() + ": " + f.error());
                    g.writeArrayFieldStart("locations");
                    g.writeStartObject();
                    g.writeObjectFieldStart("physicalLocation");
                    writeArtifact(g, f.path());
                    g.writeEndObject();
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();

            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            for (Issue i : report.issues()) {
                writeResult(g, i, ruleIndex.get(i.ruleId()));
            }
            g.writeEndArray();

            g.writeObjectFieldStart("properties");
            g.writeStringField("languagetool", Version.languageTool());
            g.writeNumberField("suppressed", report.suppressed());
            g.writeNumberField("baselined", report.baselined());
            g.writeEndObject();

            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeRule(JsonGenerator g, String id, RuleInfo info) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        String description;
        String helpUri = null;
        Set<String> tags = new LinkedHashSet<>();
        tags.add("translation");
        if (id.startsWith("lt.")) {
            String ltId = id.substring(3);
            description = "LanguageTool rule " + ltId + " (grammar, style and spelling).";
            helpUri = RuleDocs.helpUri(id);
            tags.add("languagetool");
        } else if (id.equals("concord.rule-failure")) {
            description = "A rule failed on a file and reported nothing there.";
        } else if (id.equals("concord.regex-overrun")) {
            description = "A rule's regular expression took too many steps on a text and was given up in that file.";
        } else if (id.equals("concord.suppression")) {
            description = "A concord-disable comment or note names a rule that does not exist.";
        } else if (info != null) {
            description = info.id().equals(id) ? info.description() : info.description() + " (" + id + ")";
        } else {
            description = "Concord rule " + id + ".";
        }
        if (info != null) {
            tags.add(info.pack());
            tags.add(info.type().itsName());
        }
        writeMultiformat(g, "shortDescription", description);
        if (helpUri != null) {
            g.writeStringField("helpUri", helpUri);
        }
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(info != null ? info.defaultSeverity() : Severity.WARNING));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        for (String t : tags) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeResult(JsonGenerator g, Issue i, int ruleIndex) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", i.ruleId());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(i.severity()));
        writeMessage(g, "message", message(i));
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        writeArtifact(g, i.file());
        writeRegion(g, "region", i.span());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        if (!i.related().isEmpty()) {
            g.writeArrayFieldStart("relatedLocations");
            int id = 0;
            for (Issue.Related r : i.related()) {
                g.writeStartObject();
                g.writeNumberField("id", id++);
                g.writeObjectFieldStart("physicalLocation");
                writeArtifact(g, r.file());
                writeRegion(g, "region", r.span());
                g.writeEndObject();
                writeMessage(g, "message", r.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT_KEY, i.fingerprint());
        g.writeEndObject();
        Set<String> fixes = new LinkedHashSet<>(i.suggestions());
        if (!fixes.isEmpty()) {
            g.writeArrayFieldStart("fixes");
            int n = 0;
            for (String replacement : fixes) {
                if (n++ == MAX_FIXES) {
                    break;
                }
                g.writeStartObject();
                writeMessage(g, "description", i.text().isEmpty() ? "Insert \u201c" + replacement + "\u201d"
                        : "Replace \u201c" + i.text() + "\u201d with \u201c" + replacement + "\u201d");
                g.writeArrayFieldStart("artifactChanges");
                g.writeStartObject();
                writeArtifact(g, i.file());
                g.writeArrayFieldStart("replacements");
                g.writeStartObject();
                writeRegion(g, "deletedRegion", i.span());
                g.writeObjectFieldStart("insertedContent");
                g.writeStringField("text", replacement);
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("unit", i.span().unitId());
        g.writeStringField("issueType", i.type().itsName());
        g.writeStringField("mqm", i.mqm());
        g.writeNumberField("score", i.score());
        g.writeStringField("text", i.text());
        if (i.sourceText() != null) {
            g.writeStringField("sourceText", i.sourceText());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** The result's message: the rule's message, and the suggestions GitHub does not show otherwise. */
    private static String message(Issue i) {
        return GithubReportWriter.withSuggestions(i);
    }

    private static void writeRegion(JsonGenerator g, String field, Span s) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("startLine", Math.max(1, s.line()));
        g.writeNumberField("startColumn", Math.max(1, s.column()));
        g.writeNumberField("endLine", Math.max(Math.max(1, s.line()), s.endLine()));
        g.writeNumberField("endColumn", Math.max(1, s.endColumn()));
        g.writeEndObject();
    }

    private static void writeArtifact(JsonGenerator g, String file) throws IOException {
        g.writeObjectFieldStart("artifactLocation");
        String uri = uri(file);
        g.writeStringField("uri", uri);
        if (!uri.startsWith("file:")) {
            g.writeStringField("uriBaseId", "%SRCROOT%");
        }
        g.writeEndObject();
    }

    private static void writeMessage(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static void writeMultiformat(JsonGenerator g, String field, String text) throws IOException {
        writeMessage(g, field, text);
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A file's path as a URI reference: a relative path stays relative (with '/', each segment percent-encoded), an
     * absolute path becomes a {@code file:} URI.
     */
    static String uri(String file) {
        String p = file.replace('\\', '/');
        boolean absolute;
        try {
            absolute = Path.of(file).isAbsolute();
        } catch (InvalidPathException e) {
            absolute = p.startsWith("/");
        }
        if (absolute) {
            return Path.of(file).toUri().toASCIIString();
        }
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        StringBuilder sb = new StringBuilder();
        for (String segment : p.split("/", -1)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(encodeSegment(segment));
        }
        return sb.toString();
    }

    private static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
