package dev.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser, headless Chromium: its script runs and lists the findings, nothing from the
 * data runs, links and pages work, and the founding example's page is photographed (to target/html-report.png; with
 * -Dconcord.updateScreenshot=true also to docs/html-report.png, which README.md shows). Skips without Chromium.
 */
class HtmlReportBrowserTest {
    private static String chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        chromium = HtmlReportFixtures.chromium();
        Assumptions.assumeTrue(chromium != null,
                "Chromium is not installed (CI installs it: apt-get install chromium): the browser test skips");
    }

    private String open(Report report, String fragment) throws Exception {
        Path page = dir.resolve("report.html");
        HtmlReportFixtures.write(report, page);
        return HtmlReportFixtures.dumpDom(chromium, page, fragment, dir);
    }

    private static int rendered(String dom) {
        Matcher m = Pattern.compile("data-rendered=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the page's script did not finish: " + dom.substring(0, Math.min(dom.length(), 400)));
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theScriptListsTheFindingsAndNothingFromTheDataRuns() throws Exception {
        String dom = open(HtmlReportFixtures.hostile(), "");
        assertEquals(3, rendered(dom), "every finding rendered");
        assertEquals(3, HtmlReportWriterTest.count(dom, "<li class=\"finding "));
        assertTrue(dom.contains("<title>Concord report: 3 findings in 2 files</title>"), "the title is the page's");
        assertFalse(dom.contains("data-pwned=\"1\""), "a payload ran");
        assertFalse(dom.contains("pwned</title>"));
        assertEquals(2, HtmlReportWriterTest.count(dom, "<script"), "only the page's scripts");
        assertEquals(0, HtmlReportWriterTest.count(dom, "<img|<iframe|<b>"), "no element from the data");
        // The payloads are on the page as text, where the reviewer can read them.
        assertTrue(dom.contains("&lt;img src=x onerror=\"window.__pwned=1;"), "the target's payload shows");
        assertTrue(dom.contains("&lt;script&gt;window.__pwned=1;"), "the source's payload shows");
        assertTrue(dom.contains("<code>javascript:alert(1)</code>"), "a suggestion is text, never a link");
        assertTrue(dom.contains("&lt;iframe src=\"javascript:alert(1)\"&gt;&lt;/iframe&gt;"),
                "the related place shows in its context");
        assertTrue(dom.contains("<span class=\"label\">Flagged: </span>"), "the file read in parts falls back");
        assertTrue(dom.contains("<option value=\"x&lt;svg onload=alert(1)&gt;\">"), "the family filter");
    }

    @Test
    void theFoundingExampleRendersWithItsSummaryAndIsPhotographed() throws Exception {
        Path example = HtmlReportWriterTest.foundingExample();
        Path page = dir.resolve("kazakhstan.html");
        int exit = Main.run("check", "--format", "html", "--output", page.toString(), "--lang", "fr", "--source",
                example.resolve("source.en.txt").toString(), "--source-lang", "en", "--termbase",
                example.resolve("glossary.tbx").toString(), example.resolve("target.fr.txt").toString());
        assertEquals(1, exit);
        String html = Files.readString(page);
        int findings = HtmlReportWriterTest.count(HtmlReportWriterTest.data(html), "\"rule\":");
        String dom = HtmlReportFixtures.dumpDom(chromium, page, "", dir);
        assertEquals(findings, rendered(dom));
        assertTrue(dom.contains(findings + " findings of " + findings + " in "), "the status line");
        assertTrue(dom.contains("<span class=\"n\" id=\"count-checked\">1</span>"));
        assertTrue(dom.contains("<option value=\"names\">names ("), "the family filter lists names");
        // "Tokayev" is marked in the target, beside the source.
        assertTrue(Pattern.compile("<mark class=\"sev-[a-z]+[^\"]*\" data-i=\"[0-9 ]+\" title=\"[^\"]*\">Tokayev</mark>")
                .matcher(dom).find(), "Tokayev marked");
        assertTrue(dom.contains("<h3>Source</h3>") && dom.contains("<h3>Target</h3>"));

        Path png = Path.of("target", "html-report.png");
        Files.createDirectories(png.getParent());
        HtmlReportFixtures.screenshot(chromium, page, png, dir);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG");
        if (Boolean.getBoolean("concord.updateScreenshot")) {
            Files.createDirectories(Path.of("docs"));
            Files.copy(png, Path.of("docs", "html-report.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Presses keys and sets filters as a reviewer would, through a driver script added after the page's own (so the
     * policy that admits only the page's script comes out of this copy), and reads back what the page showed.
     */
    @Test
    void keysAndFiltersMoveThroughTheFindings() throws Exception {
        Report report = HtmlReportFixtures.generated(30, 2);
        String html = HtmlReportFixtures.html(report).replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>",
                "");
        String driver = """
                <script>
                (function () {
                  var out = {};
                  function key(k, target) {
                    (target || document).dispatchEvent(new KeyboardEvent('keydown', {key: k, bubbles: true}));
                  }
                  function current() { var c = document.querySelector('.finding.current'); return c ? c.id : null; }
                  key('j'); key('j'); out.afterJJ = current();
                  key('k'); out.afterK = current();
                  key('ArrowDown'); out.afterDown = current();
                  key('/'); out.focused = document.activeElement.id;
                  var search = document.getElementById('f-search');
                  search.value = 'finding 7:';
                  key('Enter', search);
                  out.searched = document.querySelectorAll('.finding').length;
                  out.searchedCurrent = current();
                  document.getElementById('f-reset').click();
                  out.reset = document.querySelectorAll('.finding').length;
                  var family = document.getElementById('f-family');
                  family.value = 'names';
                  family.dispatchEvent(new Event('change'));
                  out.names = document.querySelectorAll('.finding').length;
                  out.namesRules = Array.prototype.map.call(document.querySelectorAll('.finding .rule'),
                    function (r) { return r.textContent; }).filter(function (r, i, a) { return a.indexOf(r) === i; });
                  family.value = '';
                  var error = document.querySelector('input[name=severity][value=error]');
                  error.checked = false;
                  error.dispatchEvent(new Event('change'));
                  out.withoutErrors = document.querySelectorAll('.finding').length;
                  out.errorsLeft = document.querySelectorAll('.finding.sev-error').length;
                  document.documentElement.setAttribute('data-test', JSON.stringify(out));
                })();
                </script>
                """;
        html = html.replace("</body>", driver + "</body>");
        Path page = dir.resolve("driven.html");
        Files.writeString(page, html);
        String dom = HtmlReportFixtures.dumpDom(chromium, page, "", dir);
        Matcher m = Pattern.compile("data-test=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), "the driver did not finish");
        com.fasterxml.jackson.databind.JsonNode out = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                m.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
        // j, j: the second finding on the page; k: back to the first; the down arrow: the second again.
        assertEquals("i-1", out.path("afterJJ").asText(), out.toString());
        assertEquals("i-0", out.path("afterK").asText());
        assertEquals("i-1", out.path("afterDown").asText());
        assertEquals("f-search", out.path("focused").asText(), "/ focuses the search");
        assertEquals(1, out.path("searched").asInt(), "one message holds 'finding 7:'");
        int seventh = 0;
        while (!report.issues().get(seventh).message().startsWith("finding 7:")) {
            seventh++;
        }
        assertEquals("i-" + seventh, out.path("searchedCurrent").asText(), "Enter goes to the match");
        assertEquals(30, out.path("reset").asInt());
        long names = report.issues().stream().filter(i -> i.ruleId().startsWith("names.")).count();
        assertEquals(names, out.path("names").asInt());
        assertEquals("[\"names.inconsistent\"]", out.path("namesRules").toString());
        long errors = report.issues().stream().filter(i -> i.severity() == dev.concord.Severity.ERROR).count();
        assertEquals(30 - errors, out.path("withoutErrors").asInt());
        assertEquals(0, out.path("errorsLeft").asInt());
    }

    @Test
    void aLargeReportShowsOnePageAndLinksReachTheOthers() throws Exception {
        Report report = HtmlReportFixtures.generated(1000, 5);
        String dom = open(report, "");
        assertEquals(200, HtmlReportWriterTest.count(dom, "<article class=\"unit"), "one page of units");
        assertTrue(dom.contains("<span>Page 1 of 2</span>"), "400 units on 2 pages");
        // A link to a finding on page 2 opens that page and selects it.
        int last = report.issues().size() - 1;
        String second = open(report, "#i-" + last);
        assertTrue(second.contains("<span>Page 2 of 2</span>"));
        assertTrue(Pattern.compile("<li class=\"finding sev-[a-z]+ current\" id=\"i-" + last + "\"").matcher(second)
                .find(), "the finding is selected");
    }
}
