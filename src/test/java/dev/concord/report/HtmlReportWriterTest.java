package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.cli.Main;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as written (the browser test opens it): one self-contained page whose summary counts are the
 * report's, whose data holds every unit and finding, and in which no text from a checked file can become markup.
 */
class HtmlReportWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The elements the writer itself writes. */
    private static final java.util.Set<String> WRITERS_TAGS = java.util.Set.of("html", "head", "meta", "title",
            "style", "body", "header", "h1", "h2", "p", "section", "div", "span", "svg", "g", "text", "rect", "table",
            "thead", "tbody", "tr", "th", "td", "ul", "li", "fieldset", "legend", "label", "input", "select", "option",
            "button", "kbd", "nav", "main", "noscript", "script");
    private static final String DATA_START = "<script type=\"application/json\" id=\"concord-data\">";

    @TempDir
    Path dir;

    static String data(String html) {
        int start = html.indexOf(DATA_START);
        assertTrue(start >= 0, "the page carries its data");
        start += DATA_START.length();
        return html.substring(start, html.indexOf("</script>", start));
    }

    static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String cardCount(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        assertTrue(m.find(), "no " + id + " in the summary");
        return m.group(1);
    }

    @Test
    void theSummaryCountsAreTheReports() throws Exception {
        String html = HtmlReportFixtures.html(ReportWritersTest.report());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html.substring(0, 40));
        assertTrue(html.endsWith("</html>\n"));
        assertEquals("1", cardCount(html, "count-error"));
        assertEquals("2", cardCount(html, "count-warning"));
        assertEquals("1", cardCount(html, "count-info"));
        assertEquals("2", cardCount(html, "count-checked"));
        assertEquals("1", cardCount(html, "count-refused"));
        assertEquals("4", cardCount(html, "count-units"), "four issues in four units");
        assertTrue(html.contains("<title>Concord report: 4 findings in 2 files</title>"));
        assertTrue(html.contains("Not listed: 2 suppressed in the files, 3 in the baseline."));
        assertTrue(html.contains("<li><span class=\"path\">docs/de/broken.md</span>: invalid UTF-8 at 2:3</li>"));
        // One row per family (the id before its first dot), in the table and in the chart.
        for (String row : List.of("lt</th><td>1</td><td>0</td><td>0</td><td>1</td>",
                "names</th><td>0</td><td>1</td><td>0</td><td>1</td>",
                "concord</th><td>0</td><td>1</td><td>0</td><td>1</td>",
                "test</th><td>0</td><td>0</td><td>1</td><td>1</td>")) {
            assertTrue(html.contains(row), "family row " + row);
        }
        assertEquals(4, count(html, "<g class=\"row\""), "one bar per family");
        assertEquals(4, count(html, "<rect class=\"bar sev-"), "one segment per family and severity");
    }

    @Test
    void theDataHoldsEveryUnitAndFinding() throws Exception {
        Report report = ReportWritersTest.report();
        JsonNode data = JSON.readTree(data(HtmlReportFixtures.html(report)));
        assertEquals(report.issues().size(), data.path("issues").size());
        assertEquals(3, data.path("files").size());
        assertEquals("invalid UTF-8 at 2:3", data.path("files").get(1).path("error").asText());
        JsonNode first = data.path("issues").get(0);
        assertEquals("lt.FR_SPELLING_RULE", first.path("rule").asText());
        assertEquals("misspelling", first.path("type").asText());
        assertEquals("error", first.path("sev").asText());
        assertEquals("[14,19]", first.path("at").toString());
        assertEquals("[12,17]", first.path("src").toString());
        assertEquals("[\"pomme\",\"paume\"]", first.path("sugg").toString());
        assertEquals("LanguageTool's grammar, style and spelling rules",
                data.path("rules").path("lt.FR_SPELLING_RULE").asText(), "described by its family");
        // The golden report's files have no unit texts: the page falls back to the issues' own texts.
        assertFalse(data.path("units").get(0).has("tgt"));
    }

    @Test
    void thePageNeedsNothingFromTheNetwork() throws Exception {
        String html = HtmlReportFixtures.html(ReportWritersTest.report());
        assertEquals(1, count(html, "<style>"));
        assertEquals(2, count(html, "<script"), "the data and the page's script");
        assertEquals(0, count(html, "<link|<img|<iframe|@import|url\\(|src="));
        // The SVG namespace is a name, not an address; nothing else is.
        assertEquals(List.of("http://www.w3.org/2000/svg"), urls(html));
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "script-src 'sha256-"), "only the page's own script may run");
    }

    @Test
    void theContentSecurityPolicyHashesAreThoseOfTheInlineStyleAndScript() throws Exception {
        String html = HtmlReportFixtures.html(new Report(List.of(), List.of()));
        String style = between(html, "<style>", "</style>");
        int data = html.indexOf("</script>");
        String script = between(html.substring(data + 1), "<script>", "</script>");
        assertTrue(html.contains("script-src 'sha256-" + sha256(script) + "'"));
        assertTrue(html.contains("style-src 'sha256-" + sha256(style) + "'"));
        assertTrue(html.contains("<p class=\"clean\">No findings.</p>"));
    }

    @Test
    void nothingFromTheCheckedFilesBecomesMarkup() throws Exception {
        Report report = HtmlReportFixtures.hostile();
        String html = HtmlReportFixtures.html(report);
        assertEquals(2, count(html, "<script"), "only the writer's two script elements");
        assertEquals(1, count(html, "<svg"), "only the writer's chart");
        String data = data(html);
        // Outside the data, the style and the script, every '<' starts the writer's own markup: only its elements,
        // with quoted attributes, none of them an event handler.
        String markup = html.replace(data, "").replaceAll("(?s)<style>.*?</style>", "<style></style>")
                .replaceAll("(?s)<script>.*?</script>", "<script></script>");
        Matcher tag = Pattern.compile("<(?:!DOCTYPE html|/([a-z0-9]+)|([a-z0-9]+)((?:\\s+[a-zA-Z:-]+(?:=\"[^\"<]*\")?)*)"
                + "\\s*/?)>|<").matcher(markup);
        Pattern attribute = Pattern.compile("\\s([a-zA-Z:-]+)");
        java.util.Set<String> tags = new java.util.TreeSet<>();
        java.util.Set<String> attributes = new java.util.TreeSet<>();
        while (tag.find()) {
            assertFalse(tag.group().equals("<"), "a '<' that starts no tag of the writer's at " + tag.start());
            tags.add(tag.group(1) != null ? tag.group(1) : tag.group(2) != null ? tag.group(2) : "!doctype");
            if (tag.group(3) != null) {
                Matcher a = attribute.matcher(tag.group(3).replaceAll("=\"[^\"]*\"", ""));
                while (a.find()) {
                    attributes.add(a.group(1));
                }
            }
        }
        tags.remove("!doctype");
        tags.removeAll(WRITERS_TAGS);
        assertEquals(java.util.Set.of(), tags, "elements from the data");
        assertEquals(java.util.Set.of(), attributes.stream().filter(a -> a.startsWith("on")).collect(
                java.util.stream.Collectors.toSet()), "event handlers");
        assertTrue(attributes.contains("data-family") && attributes.contains("content"), attributes.toString());
        assertFalse(markup.contains("href=\"javascript"), "no link to a script");
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertEquals(-1, data.indexOf(c), "the data escapes U+" + Integer.toHexString(c));
        }
        assertTrue(data.contains("\\u003cscript\\u003ewindow.__pwned=1"));
        // The escapes mean the same: every text comes back whole.
        JsonNode parsed = JSON.readTree(data);
        JsonNode unit = parsed.path("units").get(0);
        assertEquals(HtmlReportFixtures.SOURCE, unit.path("src").asText());
        assertEquals(HtmlReportFixtures.TARGET, unit.path("tgt").asText());
        assertEquals("javascript:alert(1)", parsed.path("issues").get(0).path("sugg").get(0).asText());
        assertEquals(HtmlReportFixtures.HOSTILE_FILE, parsed.path("files").get(0).path("path").asText());
        // The related place's unit comes along as context, not as a listed unit.
        JsonNode related = parsed.path("issues").get(0).path("rel").get(0);
        JsonNode context = parsed.path("units").get(related.path("u").asInt());
        assertTrue(context.path("ctx").asBoolean());
        assertEquals(HtmlReportFixtures.CONTEXT, context.path("tgt").asText());
        // The summary's texts (file paths, errors, families) are escaped too.
        assertTrue(html.contains("&lt;script&gt;window.__pwned=1;document.title=&#39;pwned&#39;"));
        assertTrue(html.contains("x&lt;svg onload=alert(1)&gt;"));
    }

    @Test
    void theScriptSafeWriterEscapesOnlyWhatCanEndTheElement() throws Exception {
        StringWriter out = new StringWriter();
        try (var w = new HtmlReportWriter.ScriptSafeWriter(out)) {
            w.write("\"</script><!--a&b\u2028c\u2029\"");
        }
        assertEquals("\"\\u003c/script\\u003e\\u003c!--a\\u0026b\\u2028c\\u2029\"", out.toString());
        assertEquals("</script><!--a&b\u2028c\u2029", JSON.readTree(out.toString()).asText());
    }

    /**
     * The founding example through the real command line, with a JSON report from the same run: the page counts what
     * the JSON report counts, and every finding's offsets pick its flagged text out of the unit the page shows.
     */
    @Test
    void theFoundingExampleThroughTheCommandLine() throws Exception {
        Path example = foundingExample();
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("report.json");
        int exit = Main.run("check", "--format", "html", "--output", html.toString(), "--format", "json", "--output",
                json.toString(), "--lang", "fr", "--source", example.resolve("source.en.txt").toString(),
                "--source-lang", "en", "--termbase", example.resolve("glossary.tbx").toString(),
                example.resolve("target.fr.txt").toString());
        assertEquals(1, exit, "the example has errors");
        String page = Files.readString(html);
        JsonNode expected = JSON.readTree(Files.readString(json));
        assertEquals(expected.path("summary").path("errors").asText(), cardCount(page, "count-error"));
        assertEquals(expected.path("summary").path("warnings").asText(), cardCount(page, "count-warning"));
        assertEquals(expected.path("summary").path("infos").asText(), cardCount(page, "count-info"));
        JsonNode data = JSON.readTree(data(page));
        assertEquals(expected.path("issues").size(), data.path("issues").size());
        assertTrue(data.path("issues").size() >= 5, "the README's findings: " + data.path("issues").size());
        List<String> rules = new ArrayList<>();
        for (JsonNode issue : data.path("issues")) {
            rules.add(issue.path("rule").asText());
            JsonNode unit = data.path("units").get(issue.path("u").asInt());
            assertTrue(unit.has("tgt") && unit.has("src"), "a bilingual unit keeps both texts: " + unit);
            String target = unit.path("tgt").asText();
            assertEquals(issue.path("text").asText(), target.substring(issue.path("at").get(0).asInt(),
                    issue.path("at").get(1).asInt()), "the span is an offset into the unit's target: " + issue);
            if (issue.has("src") && issue.path("srcText").isTextual()) {
                assertEquals(issue.path("srcText").asText(), unit.path("src").asText().substring(
                        issue.path("src").get(0).asInt(), issue.path("src").get(1).asInt()), issue.toString());
            }
        }
        assertTrue(rules.contains("names.inconsistent"), rules.toString());
        assertTrue(page.contains(">names</th>"), "the names family in the summary");
        assertEquals(2, count(page, "<script"));
    }

    /** examples/kazakhstan in the repository, else the shared copy; the test skips when neither is there. */
    static Path foundingExample() {
        for (Path p : List.of(Path.of("examples/kazakhstan"), Path.of("../shared/examples/kazakhstan"))) {
            if (Files.isRegularFile(p.resolve("target.fr.txt")) && Files.isRegularFile(p.resolve("source.en.txt"))
                    && Files.isRegularFile(p.resolve("glossary.tbx"))) {
                return p;
            }
        }
        Assumptions.abort("the founding example (examples/kazakhstan) is not here");
        return null;
    }

    private static List<String> urls(String html) {
        Matcher m = Pattern.compile("https?://[^\"' )<]+").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (!out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static String between(String s, String start, String end) {
        int a = s.indexOf(start) + start.length();
        return s.substring(a, s.indexOf(end, a));
    }

    private static String sha256(String s) throws Exception {
        return java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
