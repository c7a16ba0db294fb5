package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.Unit;
import dev.concord.WordRule;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkdownFormatTest {
    private static final String MD = String.join("\n",
            "---",
            "title: Tokayev in front matter",
            "---",
            "# Tokayev *and* friends",
            "",
            "Some **bold Tokayev** and [a link to Tokayev](https://example.org/Tokayev) here.",
            "",
            "```",
            "Tokayev in a fenced block",
            "```",
            "",
            "    Tokayev in an indented block",
            "",
            "Inline `Tokayev code` and \\*escaped\\* Tokayev &amp; Tokayev.",
            "<!-- Tokayev in a comment -->",
            "",
            "- item one, Tokayev",
            "- item two",
            "  continued Tokayev",
            "",
            "> quoted Tokayev",
            "",
            "| Name | Who |",
            "|------|-----|",
            "| Tokayev | él |",
            "",
            "Kassym-Jomart Tokayev, 𝒜 wide Tokayev.",
            "See <https://example.org/Tokayev> and https://example.org/x/Tokayev too.",
            "");

    private static List<Issue> flagged(String markdown) {
        Checker checker = Checker.builder().targetLocale("en").grammar(false).discoverRules(false)
                .rule(new WordRule("Tokayev")).build();
        return checker.check(Document.ofMarkdown("doc.md", markdown));
    }

    private static String positions(List<Issue> issues) {
        return issues.stream().map(i -> i.span().line() + ":" + i.span().column() + "-" + i.span().endColumn())
                .collect(Collectors.joining(" "));
    }

    @Test
    void issuesPointAtTheirLineAndColumnInTheFile() {
        List<Issue> issues = flagged(MD);
        String[] lines = MD.split("\n", -1);
        for (Issue i : issues) {
            String line = lines[i.span().line() - 1];
            int from = line.offsetByCodePoints(0, i.span().column() - 1);
            int to = line.offsetByCodePoints(0, i.span().endColumn() - 1);
            assertEquals("Tokayev", line.substring(from, to), "issue at " + i.span());
            assertEquals(i.span().line(), i.span().endLine());
        }
        assertEquals("4:3-10 6:13-20 6:38-45 14:39-46 14:53-60 17:13-20 19:13-20 21:10-17 25:3-10 27:15-22 27:31-38",
                positions(issues));
    }

    @Test
    void codeFrontMatterHtmlAndLinkTargetsAreNotProse() {
        Document doc = Document.ofMarkdown("doc.md", MD);
        String all = doc.units().stream().map(Unit::text).collect(Collectors.joining("\n"));
        assertFalse(all.contains("front matter"));
        assertFalse(all.contains("fenced block"));
        assertFalse(all.contains("indented block"));
        assertFalse(all.contains("comment"));
        assertTrue(all.contains("a link to Tokayev"));
        assertFalse(all.contains("example.org/Tokayev)"));
    }

    @Test
    void inlineCodeAndUrlsStayInTheTextButAreProtected() {
        Document doc = Document.ofMarkdown("doc.md", MD);
        Unit inline = doc.units().stream().filter(u -> u.text().startsWith("Inline")).findFirst().orElseThrow();
        assertEquals("Inline Tokayev code and *escaped* Tokayev & Tokayev.", inline.text());
        int code = inline.text().indexOf("Tokayev code");
        assertTrue(inline.isProtected(code, code + 7));
        Unit links = doc.units().get(doc.units().size() - 1);
        int see = links.text().indexOf("See https://example.org/Tokayev and");
        assertTrue(see > 0, links.text());
        assertTrue(links.isProtected(see + 4, see + 10), "an autolink is protected");
        int bare = links.text().indexOf("https://example.org/x/Tokayev");
        assertTrue(links.isProtected(bare, bare + 5), "a bare URL is protected");
    }

    @Test
    void blocksAreUnitsInOrder() {
        Document doc = Document.ofMarkdown("doc.md", "# Title\n\nPara one\nstill one.\n\n* a\n* b\n");
        assertEquals(List.of("Title", "Para one\nstill one.", "a", "b"),
                doc.units().stream().map(Unit::text).toList());
        assertEquals(List.of("1", "2", "3", "4"), doc.units().stream().map(Unit::id).toList());
    }

    @Test
    void crlfFilesMapToo() {
        List<Issue> issues = flagged("Intro line\r\n\r\nThen Tokayev\r\nand Tokayev again.\r\n");
        assertEquals("3:6-13 4:5-12", positions(issues));
    }
}
