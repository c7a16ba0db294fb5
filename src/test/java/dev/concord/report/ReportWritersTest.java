package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.JsonSchemas;
import dev.concord.Severity;
import dev.concord.Span;
import dev.concord.Version;
import dev.concord.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Each report format on one report that holds what is hard to write: a message with ':', ',', '%' and a line break,
 * non-ASCII text, a span over two lines, an issue without suggestions, a file that could not be checked and a clean
 * file. The golden files are in src/test/resources/report/; run with -Dconcord.updateGolden=true to rewrite them
 * after a deliberate change, and read the diff.
 */
class ReportWritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GUIDE = "# Guide\n\nIl a mangé une pomne.\n\nLe président Tokaïev a parlé.\n\n"
            + "<!-- concord-disable nosuch -->\n\nUne phrase\nsur deux lignes.\n";

    static Report report() {
        SourceText guide = new SourceText("docs/fr/guide.md", null, GUIDE);
        SourceText clean = new SourceText("docs/fr/clean md.md", null, "# Propre\n");
        List<Issue> issues = List.of(
                new Issue("docs/fr/guide.md", "lt.FR_SPELLING_RULE", IssueType.MISSPELLING, "Fluency/Spelling",
                        Severity.ERROR, 90, "Faute d'orthographe possible: « pomne », 100% sûr,\nvoir aussi",
                        new Span("2", 14, 19, 3, 16, 3, 21), "pomne", List.of("pomme", "paume"),
                        new Span("2", 12, 17, 3, 13, 3, 18), "apple", "0123456789abcdef0123"),
                new Issue("docs/fr/guide.md", "names.inconsistent", IssueType.INCONSISTENT_ENTITIES,
                        "Accuracy/Inconsistent entities", Severity.WARNING, 50,
                        "« Tokaïev » et « Tokayev » désignent la même personne",
                        new Span("3", 13, 20, 5, 14, 5, 21), "Tokaïev", List.of("Tokaïev"), null, null,
                        "1111111111aaaaaaaaaa"),
                new Issue("docs/fr/guide.md", "concord.suppression", IssueType.OTHER, "Other", Severity.WARNING, 50,
                        "unknown rule 'nosuch' in concord-disable", new Span("", 0, 0, 7, 1, 7, 32), "", List.of(),
                        null, null, "2222222222bbbbbbbbbb"),
                new Issue("docs/fr/guide.md", "test.span", IssueType.STYLE, "Fluency/Style", Severity.INFO, 10,
                        "a span over two lines", new Span("5", 4, 14, 9, 5, 10, 4), "phrase\nsur", List.of(),
                        null, null, "3333333333cccccccccc"));
        List<FileResult> files = List.of(
                FileResult.checked("docs/fr/guide.md", "fr", 5, guide),
                FileResult.failed("docs/de/broken.md", "invalid UTF-8 at 2:3"),
                FileResult.checked("docs/fr/clean md.md", "fr", 1, clean));
        List<RuleInfo> rules = List.of(
                new RuleInfo("lt", "LanguageTool's grammar, style and spelling rules", IssueType.GRAMMAR,
                        Severity.WARNING, "grammar"),
                new RuleInfo("names.inconsistent", "One name spelled two ways", IssueType.INCONSISTENT_ENTITIES,
                        Severity.WARNING, "names"));
        return new Report(files, issues, 2, 3, rules);
    }

    private static String write(String format) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormats.forName(format, false).write(report(), out);
        return out.toString().replace(Version.concord(), "VERSION");
    }

    private static void assertGolden(String format, String name) throws IOException {
        String actual = write(format);
        Path golden = Path.of("src/test/resources/report", name);
        if (Boolean.getBoolean("concord.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden file " + golden);
    }

    @Test
    void text() throws IOException {
        assertGolden("text", "golden.txt");
    }

    @Test
    void json() throws IOException {
        assertGolden("json", "golden.json");
        JsonNode summary = JSON.readTree(write("json")).path("summary");
        assertEquals(2, summary.path("suppressed").asInt());
        assertEquals(3, summary.path("baselined").asInt());
    }

    @Test
    void github() throws IOException {
        assertGolden("github", "golden.github.txt");
        List<String> lines = write("github").lines().toList();
        assertTrue(lines.get(0).startsWith("::error file=docs/de/broken.md,title=Concord%3A not checked::"));
        assertTrue(lines.get(1).startsWith("::error file=docs/fr/guide.md,line=3,col=16,endColumn=20,"
                + "title=lt.FR_SPELLING_RULE::Faute d'orthographe possible: « pomne », 100%25 sûr,%0Avoir aussi"),
                lines.get(1));
        assertTrue(lines.get(4).startsWith("::notice file=docs/fr/guide.md,line=9,endLine=10,title=test.span::"),
                "a span over lines has no columns: " + lines.get(4));
        assertEquals("1 error, 2 warnings, 1 info in 2 files (2 suppressed, 3 baselined); 1 file not checked",
                lines.get(5));
    }

    @Test
    void githubPropertiesAreEscaped() {
        assertEquals("a%3Ab%2Cc%25d%0Ae", GithubReportWriter.property("a:b,c%d\ne"));
        assertEquals("a:b,c%25d%0D%0Ae", GithubReportWriter.data("a:b,c%d\r\ne"));
    }

    @Test
    void githubSaysWhenItShowsOnlySomeAnnotations() throws IOException {
        List<Issue> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(new Issue("a.md", "x.y", IssueType.OTHER, "Other", Severity.ERROR, 90, "m",
                    new Span("1", 0, 1, i, 1, i, 2), "a", List.of(), null, null, "f" + i));
        }
        StringWriter out = new StringWriter();
        new GithubReportWriter().write(new Report(List.of(), many), out);
        assertTrue(out.toString().contains("GitHub shows the first 10 of 12 error annotations"), out.toString());
    }

    @Test
    void junit() throws Exception {
        assertGolden("junit", "golden.junit.xml");
        org.w3c.dom.Document xml = parseXml(write("junit"));
        assertEquals(3, xml.getElementsByTagName("testcase").getLength(), "one test case per file");
        assertEquals(4, xml.getElementsByTagName("failure").getLength(), "one failure per issue");
        assertEquals(1, xml.getElementsByTagName("error").getLength());
    }

    @Test
    void checkstyle() throws Exception {
        assertGolden("checkstyle", "golden.checkstyle.xml");
        org.w3c.dom.Document xml = parseXml(write("checkstyle"));
        assertEquals(3, xml.getElementsByTagName("file").getLength());
        assertEquals(5, xml.getElementsByTagName("error").getLength());
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws IOException {
        assertGolden("sarif", "golden.sarif.json");
        JsonNode sarif = JSON.readTree(write("sarif"));
        assertEquals(List.of(), JsonSchemas.errors(sarifSchema(), sarif));
        JsonNode run = sarif.path("runs").get(0);
        assertEquals("unicodeCodePoints", run.path("columnKind").asText());
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertEquals(4, rules.size(), "the rules of the results: " + rules);
        JsonNode first = run.path("results").get(0);
        assertEquals("lt.FR_SPELLING_RULE", rules.get(first.path("ruleIndex").asInt()).path("id").asText());
        assertEquals("error", first.path("level").asText());
        JsonNode region = first.path("locations").get(0).path("physicalLocation").path("region");
        assertEquals(3, region.path("startLine").asInt());
        assertEquals(16, region.path("startColumn").asInt());
        assertEquals(21, region.path("endColumn").asInt());
        assertEquals("0123456789abcdef0123", first.path("partialFingerprints").path("concordFingerprint/v1").asText());
        assertEquals(2, first.path("fixes").size(), "a fix per suggestion");
        assertEquals("pomme", first.path("fixes").get(0).path("artifactChanges").get(0).path("replacements").get(0)
                .path("insertedContent").path("text").asText());
        assertEquals("note", run.path("results").get(3).path("level").asText());
        assertEquals("docs/fr/clean%20md.md", SarifReportWriter.uri("docs/fr/clean md.md"));
        assertEquals("docs/%C3%A9t%C3%A9.md", SarifReportWriter.uri("./docs/été.md"));
        assertTrue(SarifReportWriter.uri("/tmp/a b.md").startsWith("file:///"));
        JsonNode notifications = run.path("invocations").get(0).path("toolExecutionNotifications");
        assertEquals(1, notifications.size());
        assertEquals(false, run.path("invocations").get(0).path("executionSuccessful").asBoolean());
    }

    @Test
    void anEmptySarifReportIsValid() throws IOException {
        StringWriter out = new StringWriter();
        new SarifReportWriter().write(new Report(List.of(), List.of()), out);
        assertEquals(List.of(), JsonSchemas.errors(sarifSchema(), JSON.readTree(out.toString())));
    }

    @Test
    void theSchemaCatchesInvalidSarif() throws IOException {
        JsonNode sarif = JSON.readTree(write("sarif"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.path("runs").get(0).path("results").get(0))
                .put("level", "fatal");
        assertTrue(!JsonSchemas.errors(sarifSchema(), sarif).isEmpty(), "the validation is not a formality");
    }

    @Test
    void xmlReportsReplaceCharactersXmlCannotHold() throws Exception {
        Issue bad = new Issue("a.md", "x.y", IssueType.OTHER, "Other", Severity.ERROR, 90, "bell \u0007 here",
                new Span("1", 0, 1, 1, 1, 1, 2), "a", List.of(), null, null, "f");
        for (String format : List.of("junit", "checkstyle")) {
            StringWriter out = new StringWriter();
            ReportFormats.forName(format, false).write(new Report(List.of(), List.of(bad)), out);
            assertTrue(parseXml(out.toString()).getDocumentElement() != null);
            assertTrue(out.toString().contains("bell \uFFFD here"), out.toString());
        }
    }

    private static Schema sarifSchema() throws IOException {
        try (InputStream in = ReportWritersTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemas.load(new String(in.readAllBytes(), StandardCharsets.UTF_8), SpecificationVersion.DRAFT_4);
        }
    }

    private static org.w3c.dom.Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
