package dev.concord.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.concord.Issue;
import dev.concord.Severity;
import dev.concord.Span;
import dev.concord.Version;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report, a stable contract for scripts: the tool, the files, the issues (1-based lines and columns in
 * Unicode code points, {@code endColumn} exclusive) and a summary. README.md documents every field.
 */
public final class JsonReportWriter implements ReportWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "concord");
            g.writeStringField("version", Version.concord());
            g.writeStringField("languagetool", Version.languageTool());
            g.writeEndObject();

            g.writeArrayFieldStart("files");
            for (FileResult f : report.files()) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeStringField("language", f.language());
                g.writeNumberField("units", f.units());
                g.writeStringField("error", f.error());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("issues");
            for (Issue i : report.issues()) {
                writeIssue(g, i);
            }
            g.writeEndArray();

            g.writeObjectFieldStart("summary");
            g.writeNumberField("errors", report.count(Severity.ERROR));
            g.writeNumberField("warnings", report.count(Severity.WARNING));
            g.writeNumberField("infos", report.count(Severity.INFO));
            g.writeNumberField("files", report.files().size());
            g.writeNumberField("failedFiles", report.failedFiles());
            g.writeNumberField("suppressed", report.suppressed());
            g.writeNumberField("baselined", report.baselined());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeIssue(JsonGenerator g, Issue i) throws IOException {
        Span s = i.span();
        g.writeStartObject();
        g.writeStringField("file", i.file());
        g.writeStringField("unit", s.unitId());
        g.writeNumberField("line", s.line());
        g.writeNumberField("column", s.column());
        g.writeNumberField("endLine", s.endLine());
        g.writeNumberField("endColumn", s.endColumn());
        g.writeStringField("ruleId", i.ruleId());
        g.writeStringField("type", i.type().itsName());
        g.writeStringField("mqm", i.mqm());
        g.writeStringField("severity", i.severity().label());
        g.writeNumberField("score", i.score());
        g.writeStringField("message", i.message());
        g.writeStringField("text", i.text());
        g.writeArrayFieldStart("suggestions");
        for (String suggestion : i.suggestions()) {
            g.writeString(suggestion);
        }
        g.writeEndArray();
        if (i.sourceSpan() == null) {
            g.writeNullField("source");
        } else {
            Span src = i.sourceSpan();
            g.writeObjectFieldStart("source");
            g.writeStringField("unit", src.unitId());
            g.writeStringField("text", i.sourceText());
            g.writeNumberField("line", src.line());
            g.writeNumberField("column", src.column());
            g.writeNumberField("endLine", src.endLine());
            g.writeNumberField("endColumn", src.endColumn());
            g.writeEndObject();
        }
        g.writeStringField("fingerprint", i.fingerprint());
        if (!i.related().isEmpty()) {
            g.writeArrayFieldStart("related");
            for (Issue.Related r : i.related()) {
                Span rs = r.span();
                g.writeStartObject();
                g.writeStringField("file", r.file());
                g.writeStringField("unit", rs.unitId());
                g.writeNumberField("line", rs.line());
                g.writeNumberField("column", rs.column());
                g.writeNumberField("endLine", rs.endLine());
                g.writeNumberField("endColumn", rs.endColumn());
                g.writeStringField("text", r.text());
                g.writeStringField("message", r.message());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
