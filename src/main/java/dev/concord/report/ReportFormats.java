package dev.concord.report;

import java.util.List;
import java.util.Locale;

/** The report formats by name, for the command line. */
public final class ReportFormats {
    private ReportFormats() {
    }

    /** Names of the formats, for help texts. */
    public static List<String> names() {
        return List.of("text", "json", "sarif", "junit", "github", "checkstyle", "html");
    }

    /**
     * The writer for a format name.
     *
     * @param color whether the text format may use ANSI colours
     * @throws IllegalArgumentException for an unknown name
     */
    public static ReportWriter forName(String name, boolean color) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReportWriter(color);
            case "json" -> new JsonReportWriter();
            case "sarif" -> new SarifReportWriter();
            case "junit" -> new JunitReportWriter();
            case "github" -> new GithubReportWriter();
            case "checkstyle" -> new CheckstyleReportWriter();
            case "html" -> new HtmlReportWriter();
            default -> throw new IllegalArgumentException("unknown format '" + name + "' (expected one of "
                    + String.join(", ", names()) + ")");
        };
    }
}
