package dev.concord.report;

import dev.concord.Issue;
import dev.concord.Severity;
import dev.concord.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} line per issue, which
 * the runner turns into an annotation on the file and line of the pull request. GitHub shows only the first 10
 * annotations of each kind per step, so the worst issues come first (errors, then warnings, then notices, each in
 * file order), and a summary line follows. Messages are escaped as the runner expects ({@code %} as {@code %25},
 * CR as {@code %0D}, LF as {@code %0A}), and so are properties, with {@code :} as {@code %3A} and {@code ,} as
 * {@code %2C} besides. Columns are 1-based code points; {@code endColumn} is the span's last column (inclusive), and
 * both are left out when a span covers several lines, as GitHub requires.
 */
public final class GithubReportWriter implements ReportWriter {
    /** How many annotations of one kind GitHub shows per step. */
    static final int SHOWN_PER_KIND = 10;

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<Issue> ordered = new ArrayList<>(report.issues());
        // Stable sort: within a severity, the report's file order stays.
        ordered.sort(Comparator.comparingInt(i -> i.severity().ordinal()));
        for (FileResult f : report.files()) {
            if (f.error() != null) {
                out.write("::error file=" + property(path(f.path())) + ",title=" + property("Concord: not checked")
                        + "::" + data(f.path() + ": " + f.error()) + "\n");
            }
        }
        for (Issue i : ordered) {
            out.write(command(i));
            out.write('\n');
        }
        out.write(TextReportWriter.summary(report));
        for (Severity s : Severity.values()) {
            long n = report.count(s);
            if (n > SHOWN_PER_KIND) {
                out.write("; GitHub shows the first " + SHOWN_PER_KIND + " of " + n + " " + kind(s)
                        + " annotations, the log above lists them all");
            }
        }
        out.write('\n');
        out.flush();
    }

    static String command(Issue i) {
        Span s = i.span();
        StringBuilder sb = new StringBuilder("::").append(kind(i.severity())).append(' ');
        sb.append("file=").append(property(path(i.file())));
        sb.append(",line=").append(Math.max(1, s.line()));
        if (s.endLine() > s.line()) {
            sb.append(",endLine=").append(s.endLine());
        } else {
            sb.append(",col=").append(Math.max(1, s.column()));
            sb.append(",endColumn=").append(Math.max(Math.max(1, s.column()), s.endColumn() - 1));
        }
        sb.append(",title=").append(property(i.ruleId()));
        sb.append("::").append(data(withSuggestions(i)));
        return sb.toString();
    }

    /** The issue's message, then its suggestions (annotations and SARIF viewers show nothing else). */
    static String withSuggestions(Issue i) {
        String message = i.message().strip();
        if (i.suggestions().isEmpty()) {
            return message;
        }
        if (!message.isEmpty() && ".!?…:;".indexOf(message.charAt(message.length() - 1)) < 0) {
            message += ".";
        }
        List<String> shown = i.suggestions().subList(0, Math.min(5, i.suggestions().size()));
        return message + " Suggestion" + (shown.size() > 1 ? "s" : "") + ": " + String.join(", ", shown) + ".";
    }

    private static String kind(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The workspace-relative path GitHub expects, with '/'. */
    private static String path(String file) {
        String p = file.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    /** Escapes a message as the runner reads it. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value (file, title) as the runner reads it. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
