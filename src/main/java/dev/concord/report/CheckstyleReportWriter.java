package dev.concord.report;

import dev.concord.Issue;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * Checkstyle XML, which reviewdog ({@code -f=checkstyle}), Jenkins' Warnings plugin and many review bots read: a
 * {@code <file>} per checked file and an {@code <error>} per issue, with its line, column (in code points), severity
 * (error, warning, info), message and rule id as {@code source}.
 */
public final class CheckstyleReportWriter implements ReportWriter {
    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, List<Issue>> byFile = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FileResult f : report.files()) {
            byFile.put(f.path(), new ArrayList<>());
            if (f.error() != null) {
                errors.put(f.path(), f.error());
            }
        }
        for (Issue i : report.issues()) {
            byFile.computeIfAbsent(i.file(), k -> new ArrayList<>()).add(i);
        }
        try {
            XmlOutput xml = new XmlOutput(out);
            xml.start("checkstyle").attribute("version", "4.3");
            for (Map.Entry<String, List<Issue>> e : byFile.entrySet()) {
                xml.start("file").attribute("name", e.getKey());
                String error = errors.get(e.getKey());
                if (error != null) {
                    xml.empty("error").attribute("line", 1).attribute("severity", "error")
                            .attribute("message", "not checked: " + error).attribute("source", "concord.input");
                }
                for (Issue i : e.getValue()) {
                    String message = i.message();
                    if (!i.suggestions().isEmpty()) {
                        message += " (suggestion" + (i.suggestions().size() > 1 ? "s" : "") + ": " + String.join(", ",
                                i.suggestions().subList(0, Math.min(5, i.suggestions().size()))) + ")";
                    }
                    xml.empty("error").attribute("line", i.span().line()).attribute("column", i.span().column())
                            .attribute("severity", i.severity().label()).attribute("message", message)
                            .attribute("source", i.ruleId());
                }
                xml.end();
            }
            xml.end();
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write Checkstyle XML: " + e.getMessage(), e);
        }
        out.flush();
    }
}
