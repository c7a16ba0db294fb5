package dev.concord.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.concord.Issue;
import dev.concord.Severity;
import dev.concord.Span;
import dev.concord.Version;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page for a reviewer: a summary with counts by severity and rule family and a bar chart,
 * then every flagged unit with its source and target side by side and the findings highlighted, with filters, a
 * search and keyboard navigation. It needs no network: the styles and the script are inline, and a Content Security
 * Policy lets only those two run. The findings travel as JSON in a {@code <script type="application/json">} element
 * and the script builds their DOM with {@code textContent} a page at a time, so that text from the checked files is
 * never parsed as HTML and 100,000 findings open in seconds.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String CSS = resource("html-report.css");
    private static final String JS = resource("html-report.js");
    /** Only the page's own style and script, by hash: even markup that slipped into the page could not run. */
    private static final String POLICY = "default-src 'none'; script-src 'sha256-" + sha256(JS) + "'; style-src 'sha256-"
            + sha256(CSS) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    @Override
    public void write(Report report, Writer out) throws IOException {
        Model model = new Model(report);
        long findings = report.issues().size();
        long checked = report.files().size() - report.failedFiles();
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n");
        out.write("<meta name=\"generator\" content=\"concord " + esc(Version.concord()) + "\">\n");
        out.write("<title>Concord report: " + plural(findings, "finding") + " in " + plural(checked, "file")
                + "</title>\n");
        out.write("<style>" + CSS + "</style>\n</head>\n<body>\n");
        out.write("<header class=\"top\"><h1>Concord report</h1><p class=\"tool\">concord " + esc(Version.concord())
                + ", LanguageTool " + esc(Version.languageTool()) + "</p></header>\n");
        writeSummary(report, model, out);
        writeControls(report, out);
        out.write("<nav class=\"pager\" id=\"pager-top\" aria-label=\"Pages\"></nav>\n");
        out.write("<main id=\"units\"><noscript><p class=\"empty\">The findings are listed by the page's script;"
                + " with scripts off, only the summary above shows.</p></noscript></main>\n");
        out.write("<nav class=\"pager\" id=\"pager-bottom\" aria-label=\"Pages\"></nav>\n");
        out.write("<script type=\"application/json\" id=\"concord-data\">");
        writeData(report, model, new ScriptSafeWriter(out));
        out.write("</script>\n<script>" + JS + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    private static void writeSummary(Report report, Model model, Writer out) throws IOException {
        long checked = report.files().size() - report.failedFiles();
        out.write("<section id=\"summary\" aria-label=\"Summary\">\n<div class=\"cards\">\n");
        for (Severity s : Severity.values()) {
            long n = report.count(s);
            out.write("<div class=\"card sev-" + s.label() + "\"><span class=\"n\" id=\"count-" + s.label() + "\">" + n
                    + "</span> " + (n == 1 ? s.label() : plural(s)) + "</div>\n");
        }
        out.write("<div class=\"card\"><span class=\"n\" id=\"count-units\">" + model.listedUnits
                + "</span> flagged " + (model.listedUnits == 1 ? "unit" : "units") + "</div>\n");
        out.write("<div class=\"card\"><span class=\"n\" id=\"count-checked\">" + checked + "</span> "
                + (checked == 1 ? "file" : "files") + " checked</div>\n");
        out.write("<div class=\"card" + (report.failedFiles() > 0 ? " refused" : "") + "\"><span class=\"n\""
                + " id=\"count-refused\">" + report.failedFiles() + "</span> " + (report.failedFiles() == 1 ? "file"
                : "files") + " not checked</div>\n");
        out.write("</div>\n");
        if (report.suppressed() > 0 || report.baselined() > 0) {
            out.write("<p class=\"kept-out\">Not listed: " + report.suppressed() + " suppressed in the files, "
                    + report.baselined() + " in the baseline.</p>\n");
        }

        Map<String, long[]> families = new LinkedHashMap<>();
        for (Issue i : report.issues()) {
            families.computeIfAbsent(family(i.ruleId()), k -> new long[Severity.values().length])[i.severity()
                    .ordinal()]++;
        }
        if (families.isEmpty()) {
            out.write("<p class=\"clean\">No findings.</p>\n");
        } else {
            List<Map.Entry<String, long[]>> rows = new ArrayList<>(families.entrySet());
            rows.sort(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -total(e.getValue()))
                    .thenComparing(Map.Entry::getKey));
            out.write("<div class=\"by-family\">\n");
            writeChart(rows, out);
            writeFamilyTable(rows, out);
            out.write("</div>\n");
        }

        List<FileResult> refused = report.files().stream().filter(f -> f.error() != null).toList();
        if (!refused.isEmpty()) {
            out.write("<h2>Not checked</h2>\n<ul class=\"refused\">\n");
            for (FileResult f : refused) {
                out.write("<li><span class=\"path\">" + esc(f.path()) + "</span>: " + esc(f.error()) + "</li>\n");
            }
            out.write("</ul>\n");
        }
        out.write("</section>\n");
    }

    /** Horizontal bars, one per rule family, in segments by severity, each as long as its count. */
    private static void writeChart(List<Map.Entry<String, long[]>> rows, Writer out) throws IOException {
        int label = 120;
        int bar = 440;
        int count = 70;
        int rowHeight = 24;
        int pad = 6;
        long max = rows.stream().mapToLong(e -> total(e.getValue())).max().orElse(1);
        int width = label + bar + count;
        int height = pad * 2 + rows.size() * rowHeight;
        out.write("<svg class=\"chart\" id=\"family-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""
                + " viewBox=\"0 0 " + width + " " + height + "\" width=\"" + width + "\" height=\"" + height + "\""
                + " aria-label=\"Findings by rule family and severity\">\n");
        for (int r = 0; r < rows.size(); r++) {
            String name = rows.get(r).getKey();
            long[] n = rows.get(r).getValue();
            int y = pad + r * rowHeight;
            out.write("<g class=\"row\" data-family=\"" + esc(name) + "\"><title>" + esc(name) + ": "
                    + describe(n) + "</title>");
            out.write("<text class=\"label\" x=\"" + (label - 8) + "\" y=\"" + (y + 16) + "\" text-anchor=\"end\">"
                    + esc(name) + "</text>");
            long before = 0;
            for (Severity s : Severity.values()) {
                long k = n[s.ordinal()];
                if (k == 0) {
                    continue;
                }
                // From cumulative counts, so that the segments meet without rounding gaps.
                double x0 = label + (double) bar * before / max;
                double x1 = label + (double) bar * (before + k) / max;
                out.write(String.format(Locale.ROOT, "<rect class=\"bar sev-%s\" x=\"%.2f\" y=\"%d\" width=\"%.2f\""
                        + " height=\"16\"/>", s.label(), x0, y + 4, Math.max(1.0, x1 - x0)));
                before += k;
            }
            double end = label + (double) bar * before / max;
            out.write(String.format(Locale.ROOT, "<text class=\"count\" x=\"%.2f\" y=\"%d\">%d</text></g>\n",
                    end + 6, y + 16, before));
        }
        out.write("</svg>\n");
    }

    private static void writeFamilyTable(List<Map.Entry<String, long[]>> rows, Writer out) throws IOException {
        out.write("<table class=\"families\" id=\"family-table\"><thead><tr><th>Rule family</th>");
        for (Severity s : Severity.values()) {
            out.write("<th class=\"sev-" + s.label() + "\">" + capitalized(plural(s)) + "</th>");
        }
        out.write("<th>All</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, long[]> e : rows) {
            out.write("<tr data-family=\"" + esc(e.getKey()) + "\"><th scope=\"row\">" + esc(e.getKey()) + "</th>");
            for (Severity s : Severity.values()) {
                out.write("<td>" + e.getValue()[s.ordinal()] + "</td>");
            }
            out.write("<td>" + total(e.getValue()) + "</td></tr>\n");
        }
        out.write("</tbody></table>\n");
    }

    /** The filters' frame; the script fills the lists of families, rules and files from the data. */
    private static void writeControls(Report report, Writer out) throws IOException {
        out.write("<section id=\"controls\" class=\"controls\" aria-label=\"Filters\">\n<fieldset class=\"severities\">"
                + "<legend>Severity</legend>");
        for (Severity s : Severity.values()) {
            out.write("<label class=\"sev-" + s.label() + "\"><input type=\"checkbox\" name=\"severity\" value=\""
                    + s.label() + "\" checked> " + s.label() + " (" + report.count(s) + ")</label> ");
        }
        out.write("</fieldset>\n");
        out.write("<label>Family <select id=\"f-family\"><option value=\"\">all families</option></select></label>\n");
        out.write("<label>Rule <select id=\"f-rule\"><option value=\"\">all rules</option></select></label>\n");
        out.write("<label>File <select id=\"f-file\"><option value=\"\">all files</option></select></label>\n");
        out.write("<label class=\"search\">Search <input type=\"search\" id=\"f-search\" autocomplete=\"off\""
                + " placeholder=\"message, text, rule, file (press /)\"></label>\n");
        out.write("<button type=\"button\" id=\"f-reset\">Reset</button>\n");
        out.write("<p class=\"status\" id=\"status\" aria-live=\"polite\"></p>\n");
        out.write("<p class=\"keys\"><kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> next/previous finding,"
                + " <kbd>n</kbd>/<kbd>p</kbd> next/previous page, <kbd>/</kbd> search, <kbd>Esc</kbd> leave the"
                + " search</p>\n</section>\n");
    }

    /** The data the script renders: files, rule descriptions, units (their texts) and issues (offsets into them). */
    private static void writeData(Report report, Model model, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (FileResult f : model.files) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeStringField("lang", f.language());
                g.writeNumberField("units", f.units());
                g.writeStringField("error", f.error());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeObjectFieldStart("rules");
            for (Map.Entry<String, String> e : model.described.entrySet()) {
                if (e.getValue() != null) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
            }
            g.writeEndObject();

            g.writeArrayFieldStart("units");
            for (Model.UnitRef u : model.units) {
                g.writeStartObject();
                g.writeNumberField("f", u.file);
                g.writeStringField("id", u.id);
                if (u.text != null) {
                    g.writeStringField("src", u.text.source());
                    g.writeStringField("tgt", u.text.target());
                }
                if (!u.listed) {
                    g.writeBooleanField("ctx", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("issues");
            List<Issue> issues = report.issues();
            for (int n = 0; n < issues.size(); n++) {
                writeIssue(g, issues.get(n), model.unitOfIssue[n], model);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeIssue(JsonGenerator g, Issue i, int unit, Model model) throws IOException {
        Span s = i.span();
        g.writeStartObject();
        g.writeNumberField("u", unit);
        g.writeStringField("rule", i.ruleId());
        g.writeStringField("type", i.type().itsName());
        g.writeStringField("mqm", i.mqm());
        g.writeStringField("sev", i.severity().label());
        g.writeStringField("msg", i.message());
        g.writeStringField("text", i.text());
        g.writeArrayFieldStart("sugg");
        for (String suggestion : i.suggestions()) {
            g.writeString(suggestion);
        }
        g.writeEndArray();
        g.writeNumberField("line", s.line());
        g.writeNumberField("col", s.column());
        range(g, "at", s.start(), s.end());
        if (i.sourceSpan() != null) {
            range(g, "src", i.sourceSpan().start(), i.sourceSpan().end());
            g.writeStringField("srcText", i.sourceText());
        }
        if (!i.related().isEmpty()) {
            g.writeArrayFieldStart("rel");
            for (Issue.Related r : i.related()) {
                Span rs = r.span();
                g.writeStartObject();
                g.writeStringField("file", r.file());
                g.writeNumberField("line", rs.line());
                g.writeNumberField("col", rs.column());
                g.writeStringField("text", r.text());
                g.writeStringField("msg", r.message());
                range(g, "at", rs.start(), rs.end());
                Integer other = model.issueAt.get(new Place(r.file(), rs.unitId(), rs.start(), rs.end()));
                if (other != null) {
                    g.writeNumberField("i", other);
                }
                Integer otherUnit = model.unitIndex.get(new UnitKey(r.file(), rs.unitId()));
                if (otherUnit != null) {
                    g.writeNumberField("u", otherUnit);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** A unit of a file. */
    private record UnitKey(String file, String unit) {
    }

    /** A span of a unit, to find the finding a related place is. */
    private record Place(String file, String unit, int start, int end) {
    }

    /**
     * The issues grouped by unit: the flagged units in report order (each issue's unit), then the units that only
     * related places point at (shown as context, not listed), and the files, with any file issues name but the
     * report lacks.
     */
    private static final class Model {
        /** A unit the page knows: its file's index, its id, its texts (null when unknown) and whether it is listed. */
        record UnitRef(int file, String id, FileResult.UnitText text, boolean listed) {
        }

        final List<FileResult> files = new ArrayList<>();
        final List<UnitRef> units = new ArrayList<>();
        final Map<UnitKey, Integer> unitIndex = new HashMap<>();
        final Map<Place, Integer> issueAt = new HashMap<>();
        /** Each rule id's description (null when the run has none), for the rule ids the issues have. */
        final Map<String, String> described = new LinkedHashMap<>();
        final int[] unitOfIssue;
        final int listedUnits;

        Model(Report report) {
            Map<String, Integer> fileIndex = new HashMap<>();
            for (FileResult f : report.files()) {
                if (fileIndex.putIfAbsent(f.path(), files.size()) == null) {
                    files.add(f);
                }
            }
            List<Issue> issues = report.issues();
            unitOfIssue = new int[issues.size()];
            for (int n = 0; n < issues.size(); n++) {
                Issue i = issues.get(n);
                unitOfIssue[n] = unit(i.file(), i.span().unitId(), true, fileIndex);
                issueAt.putIfAbsent(new Place(i.file(), i.span().unitId(), i.span().start(), i.span().end()), n);
                if (!described.containsKey(i.ruleId())) {
                    RuleInfo r = report.rule(i.ruleId());
                    described.put(i.ruleId(), r == null ? null : r.description());
                }
            }
            listedUnits = units.size();
            for (Issue i : issues) {
                for (Issue.Related r : i.related()) {
                    Integer f = fileIndex.get(r.file());
                    if (f != null && files.get(f).unitTexts().containsKey(r.span().unitId())) {
                        unit(r.file(), r.span().unitId(), false, fileIndex);
                    }
                }
            }
        }

        private int unit(String file, String id, boolean listed, Map<String, Integer> fileIndex) {
            UnitKey key = new UnitKey(file, id);
            Integer known = unitIndex.get(key);
            if (known != null) {
                return known;
            }
            Integer f = fileIndex.get(file);
            if (f == null) {
                f = files.size();
                fileIndex.put(file, f);
                files.add(FileResult.checked(file, null, 0, null));
            }
            int n = units.size();
            units.add(new UnitRef(f, id, files.get(f).unitTexts().get(id), listed));
            unitIndex.put(key, n);
            return n;
        }
    }

    /**
     * Writes JSON so that it can stand inside a script element: {@code <}, {@code >} and {@code &} as Unicode escapes
     * (no {@code </script>} or {@code <!--} can end or change the element), and U+2028 and U+2029 too, which older
     * JavaScript reads as line ends. These characters only ever occur inside JSON strings, where the escapes mean the
     * same.
     */
    static final class ScriptSafeWriter extends FilterWriter {
        ScriptSafeWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            switch (c) {
                case '<' -> out.write("\\u003c");
                case '>' -> out.write("\\u003e");
                case '&' -> out.write("\\u0026");
                case '\u2028' -> out.write("\\u2028");
                case '\u2029' -> out.write("\\u2029");
                default -> out.write(c);
            }
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = buf[i];
                if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                    out.write(buf, start, i - start);
                    write(c);
                    start = i + 1;
                }
            }
            out.write(buf, start, end - start);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            write(s.toCharArray(), off, len);
        }

        @Override
        public void close() throws IOException {
            flush(); // the page goes on after the data
        }
    }

    /** A rule id's family: what comes before its first dot ({@code qa} for {@code qa.numbers}). */
    static String family(String ruleId) {
        int dot = ruleId.indexOf('.');
        return dot < 0 ? ruleId : ruleId.substring(0, dot);
    }

    /** Escapes text for HTML content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static long total(long[] counts) {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    private static String describe(long[] n) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            parts.add(n[s.ordinal()] + " " + (n[s.ordinal()] == 1 ? s.label() : plural(s)));
        }
        return String.join(", ", parts);
    }

    private static String plural(Severity s) {
        return s.label() + "s";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks dev/concord/report/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Inline, a "</" could end the style or script element early: the page would break, silently.
            if (text.contains("</")) {
                throw new IllegalStateException("dev/concord/report/" + name + " holds '</', which would end its"
                        + " element in the page");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A span's start and end offsets as a two-number array field. */
    private static void range(JsonGenerator g, String name, int start, int end)
            throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(start);
        g.writeNumber(end);
        g.writeEndArray();
    }
}
