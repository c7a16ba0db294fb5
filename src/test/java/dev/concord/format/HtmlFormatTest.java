package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Unit;
import dev.concord.WordRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFormatTest {
    private static final String PAGE = String.join("\r\n",
            "<!DOCTYPE html>",
            "<html lang=\"fr\">",
            "<head><title>Le   titre</title><meta name=\"description\" content=\"Une page &eacute;crite\">",
            "<style>p { color: red }</style></head>",
            "<body>",
            "<!-- wp:paragraph -->",
            "<p>Le président <b>Tokayev</b> a parlé&nbsp;: il a dit <code>make  all</code>",
            "   hier.<br>Deuxième ligne<img alt=\"Une image\" src=\"x.png\"></p>",
            "<!-- /wp:paragraph -->",
            "<ul><li>Un</li><li translate=\"no\">Zwei</li><li class=\"notranslate\">Drei</li>",
            "<li>Le président <span lang=\"en\">the organisers</span> est là.</li></ul>",
            "<div contenteditable=\"false\">Pas éditable</div>",
            "<script>var x = \"pas du texte\";</script><pre>du code</pre><template><p>gabarit</p></template>",
            "<table><tr><td>Cellule <em>un</em></td><td title=\"Une bulle\">Cellule deux</td></tr></table>",
            "<input placeholder=\"Votre nom\"><button aria-label=\"Fermer la fenêtre\">×</button>",
            "</body></html>",
            "");

    private static List<String> texts(Document doc) {
        return doc.units().stream().map(Unit::text).toList();
    }

    @Test
    void blocksAreUnitsWithInlineElementsInsideTheSentence() {
        Document doc = Document.ofHtml("page.html", PAGE, null);
        assertEquals("fr", doc.targetLocale(), "the page's lang is the document's language");
        assertEquals(List.of(
                "Le titre",
                "Une page écrite",
                "Le président Tokayev a parlé\u00A0: il a dit make all hier.\nDeuxième ligne",
                "Une image",
                "Un",
                "Le président the organisers est là.",
                "Cellule un",
                "Cellule deux",
                "Une bulle",
                "Votre nom",
                "×",
                "Fermer la fenêtre"), texts(doc));
        assertEquals(List.of("title", "meta@content", "p", "img@alt", "li", "li", "td", "td", "td@title",
                "input@placeholder", "button", "button@aria-label"),
                doc.units().stream().map(u -> u.properties().get("element")).toList());
    }

    @Test
    void codeAndOtherLanguagesStayInTheSentenceButAreProtected() {
        Document doc = Document.ofHtml("page.html", PAGE, null);
        Unit p = doc.units().get(2);
        int code = p.text().indexOf("make all");
        assertTrue(code > 0 && p.isProtected(code, code + 8), "inline code is protected");
        assertFalse(p.isProtected(0, 2));
        Unit quote = doc.units().get(5);
        int en = quote.text().indexOf("the organisers");
        assertTrue(quote.isProtected(en, en + 14), "an English quote in a French page is not checked as French");
    }

    @Test
    void scriptsStylesCommentsAndTextNotToTranslateAreLeftOut() {
        String all = String.join("\n", texts(Document.ofHtml("page.html", PAGE, null)));
        for (String absent : List.of("color", "pas du texte", "du code", "gabarit", "wp:paragraph", "Zwei", "Drei",
                "Pas éditable")) {
            assertFalse(all.contains(absent), absent);
        }
    }

    @Test
    void configuredSelectorsAreLeftOut() {
        String html = "<p>Un</p><div class=\"footer\"><p>Pied de page</p></div><p id=\"legal\">Mentions</p>"
                + "<p>Deux <span data-nocheck>ignoré</span> trois</p>";
        Document doc = HtmlFormat.parse(new dev.concord.text.SourceText("f.html", null, html), "fr", null,
                List.of(".footer", "#legal", "[data-nocheck]"));
        assertEquals(List.of("Un", "Deux ignoré trois"), texts(doc));
        assertTrue(doc.units().get(1).isProtected(5, 11));
    }

    @Test
    void issuesMapToLineAndColumnThroughEntitiesAndCrlf() {
        String html = "<p>Un &eacute;t&#233; chaud,\r\n  un <i>été</i>\r\nfroid &amp; un &#xE9;t&eacute;.</p>\r\n"
                + "<p title=\"l'&eacute;t&eacute; venu\">x</p>";
        Checker checker = Checker.builder().targetLocale("fr").grammar(false).discoverRules(false)
                .rule(new WordRule("été")).build();
        List<Issue> issues = checker.check(Document.ofHtml("f.html", html, "fr"));
        String[] lines = html.split("\r\n", -1);
        List<String> held = issues.stream().map(i -> {
            String line = lines[i.span().line() - 1];
            return line.substring(line.offsetByCodePoints(0, i.span().column() - 1),
                    line.offsetByCodePoints(0, i.span().endColumn() - 1));
        }).toList();
        assertEquals(List.of("&eacute;t&#233;", "été", "&#xE9;t&eacute;", "&eacute;t&eacute;"), held);
        assertEquals("1:7-22 2:9-12 3:16-31 4:13-30", issues.stream()
                .map(i -> i.span().line() + ":" + i.span().column() + "-" + i.span().endColumn())
                .collect(Collectors.joining(" ")));
    }

    @Test
    void fragmentsAndMalformedMarkupAreReadAsBrowsersReadThem() {
        assertEquals(List.of("Un deux"), texts(Document.ofHtml("field", "Un <b>deux", "fr")));
        assertEquals(List.of("un", "deux", "trois"),
                texts(Document.ofHtml("field", "<p>un<p>deux</b></i><li>trois</div></table>", "fr")));
        assertEquals(List.of(), texts(Document.ofHtml("field", "", "fr")));
        assertEquals(List.of(), texts(Document.ofHtml("field", "<!-- wp:image --><br><br>", "fr")));
    }

    @Test
    void lineBreaksAndWhitespaceReadAsABrowserShowsThem() {
        assertEquals(List.of("Ligne un\nligne deux"),
                texts(Document.ofHtml("f", "<p>\n  Ligne   un <br/>\n ligne\tdeux<br><br></p>", "fr")));
        assertEquals(List.of("Un mot", "Deux"), texts(Document.ofHtml("f", "<div>Un <b> mot </b><p>Deux</p></div>", "fr")));
    }

    @Test
    void aGivenLanguageOverridesThePage() {
        assertEquals("de", Document.ofHtml("f", "<html lang=\"fr\"><p>Hallo</p></html>", "de").targetLocale());
        // With the page in German, the lang="fr" block is another language: left out.
        assertEquals(List.of("Hallo"),
                texts(Document.ofHtml("f", "<html lang=\"de\"><p>Hallo</p><p lang=\"fr\">Salut</p></html>", null)));
        assertEquals(List.of("Hallo", "Grüezi"),
                texts(Document.ofHtml("f", "<html lang=\"de-DE\"><p>Hallo</p><p lang=\"de-CH\">Grüezi</p></html>",
                        null)));
    }

    @Test
    void filesAreRecognisedByExtensionAndContent(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page");
        Files.writeString(page, "\uFEFF<!-- x -->\n<!doctype html><html><p>Bonjour</p></html>", StandardCharsets.UTF_8);
        Document doc = Formats.read(page, ReadOptions.defaults().withTargetLocale("fr"));
        assertEquals("html", doc.format());
        assertEquals(List.of("Bonjour"), texts(doc));
        assertTrue(Formats.isCheckable(dir.resolve("a.htm")));
    }

    @Test
    void aTranslatedPageIsPairedWithItsSourceBlockByBlock() throws Exception {
        byte[] target = "<h1>Titre</h1><p>Le <b>texte</b>.</p><img alt=\"Une image\">".getBytes(StandardCharsets.UTF_8);
        byte[] source = "<h1>Title</h1>\n<p>The <b>text</b>.</p>\n<img alt=\"An image\">".getBytes(StandardCharsets.UTF_8);
        ReadOptions options = ReadOptions.defaults().withFormat("html").withTargetLocale("fr").withSourceLocale("en");
        Document doc = Formats.read("page.fr.html", target, source, options);
        assertEquals(List.of("Title", "The text.", "An image"), doc.units().stream().map(Unit::source).toList());
        byte[] other = "<h1>Title</h1><p>The text.</p><p>More.</p><img alt=\"An image\">".getBytes(StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> Formats.read("page.fr.html", target, other, options));
        assertTrue(e.getMessage().contains("has 3 paragraphs but its source"), e.getMessage());
    }
}
