package dev.concord.report;

import dev.concord.Issue;
import dev.concord.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * JUnit XML, which GitLab, Jenkins, Azure Pipelines and most CI servers show as a test report: one test case per
 * checked file, passing when the file has no issue, with one {@code <failure>} per issue (its type is the
 * severity); a file that could not be checked is a test case with an {@code <error>}.
 */
public final class JunitReportWriter implements ReportWriter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Issue>> byFile = new LinkedHashMap<>();
        for (FileResult f : report.files()) {
            byFile.put(f.path(), new ArrayList<>());
        }
        for (Issue i : report.issues()) {
            byFile.computeIfAbsent(i.file(), k -> new ArrayList<>()).add(i);
        }
        long failing = byFile.values().stream().filter(l -> !l.isEmpty()).count();
        long errors = report.failedFiles();
        try {
            XmlOutput xml = new XmlOutput(out);
            xml.start("testsuites").attribute("name", "concord").attribute("tests", byFile.size())
                    .attribute("failures", failing).attribute("errors", errors);
            xml.start("testsuite").attribute("name", "concord").attribute("tests", byFile.size())
                    .attribute("failures", failing).attribute("errors", errors).attribute("skipped", 0);
            Map<String, FileResult> results = new LinkedHashMap<>();
            report.files().forEach(f -> results.put(f.path(), f));
            for (Map.Entry<String, List<Issue>> e : byFile.entrySet()) {
                FileResult f = results.get(e.getKey());
                xml.start("testcase").attribute("name", e.getKey()).attribute("classname", "concord")
                        .attribute("file", e.getKey());
                if (f != null && f.error() != null) {
                    xml.start("error").attribute("type", "input").attribute("message", f.error())
                            .text(e.getKey() + ": " + f.error()).endInline();
                }
                for (Issue i : e.getValue()) {
                    Span s = i.span();
                    xml.start("failure")
                            .attribute("type", i.severity().label())
                            .attribute("message", s.line() + ":" + s.column() + ": " + i.message() + " [" + i.ruleId()
                                    + "]")
                            .text(detail(i)).endInline();
                }
                xml.end();
            }
            xml.end();
            xml.end();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** The failure's body: where, what, the flagged text and the suggestions, as the text report says them. */
    private static String detail(Issue i) {
        Span s = i.span();
        StringBuilder sb = new StringBuilder();
        sb.append(i.file()).append(':').append(s.line()).append(':').append(s.column()).append(": ")
                .append(i.severity().label()).append(": ").append(i.message()).append(" [").append(i.ruleId())
                .append(']');
        if (!i.text().isEmpty()) {
            sb.append("\nflagged: ").append(i.text());
        }
        if (i.sourceText() != null) {
            sb.append("\nsource: ").append(i.sourceText());
        }
        if (!i.suggestions().isEmpty()) {
            sb.append("\nsuggestions: ").append(String.join(", ", i.suggestions()));
        }
        return sb.toString();
    }
}
