package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.text.OffsetMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.parser.Parser;

/**
 * For any HTML made of words, entities, whitespace, line ends, inline and block elements, comments and text
 * attributes: every character of every unit maps back to the stretch of the file that holds it.
 */
class HtmlMappingPropertyTest {
    private static final List<String> PIECES = List.of("été", "Tokaïev", "l'été", "𝒜b", "&eacute;", "&#233;",
            "&#xE9;", "&amp;", "&nbsp;", "&lt;", "&quot;", "&hellip;", "&#x1D49C;", "&unknown;", "&", " ", "  ",
            "\t", "\n", "\r\n", "<b>", "</b>", "<em>", "</em>", "<a href=\"x\">", "</a>", "<span lang=\"en\">",
            "</span>", "<code>", "</code>", "<br>", "<p>", "</p>", "<li>", "<div>", "</div>", "<h2>", "</h2>",
            "<!-- wp:paragraph -->", "<img alt=\"Une &eacute;t&eacute; image\">", "<abbr title=\"l&#39;OTAN\">",
            "</abbr>", "<td>", "<script>x</script>", "mot", ",", ".", "«", "»");

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void everyUnitCharacterMapsToTheFileTextThatHoldsIt(@ForAll("html") String html) {
        Document doc = Document.ofHtml("f.html", html, "fr");
        for (Unit unit : doc.units()) {
            String text = unit.text();
            OffsetMap map = unit.textMap();
            for (int k = 0; k < text.length(); k = text.offsetByCodePoints(k, 1)) {
                int next = text.offsetByCodePoints(k, 1);
                String unitChar = text.substring(k, next);
                if (unitChar.equals("\n")) {
                    continue; // a <br>: markup, not a character of the file's text
                }
                int from = map.toFileStart(k);
                int to = map.toFileEnd(next);
                assertTrue(from >= 0 && from <= to && to <= html.length(),
                        "unit " + unit.id() + " char " + k + " maps to " + from + ".." + to + " in " + html);
                String held = html.substring(from, to);
                if (unitChar.equals(" ")) {
                    assertTrue(!held.isEmpty() && Parser.unescapeEntities(held, false).isBlank(),
                            "a space stands for whitespace: [" + held + "] in " + html);
                } else {
                    assertEquals(unitChar, Parser.unescapeEntities(held, true).length() == unitChar.length()
                            ? Parser.unescapeEntities(held, true) : Parser.unescapeEntities(held, false),
                            "unit " + unit.id() + " [" + text + "] char " + k + " in " + html);
                }
            }
        }
    }
}
