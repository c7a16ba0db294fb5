package dev.concord.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.InputException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled table of standard spellings, and reading tables. */
class NameTableTest {
    @Test
    void bundledTableCoversTheNewsInFiveLanguages() {
        NameTable table = NameTable.bundled();
        assertTrue(table.entries().size() >= 150, "at least 150 names: " + table.entries().size());
        assertTrue(table.languages().containsAll(List.of("en", "fr", "de", "es", "ru")));
        for (NameTable.Entry e : table.entries()) {
            for (String language : List.of("en", "fr", "de", "es", "ru")) {
                assertNotNull(e.standard(language), e.note() + " has no " + language + " spelling");
            }
        }
    }

    @Test
    void standardSpellings() {
        NameTable.Entry tokayev = NameTable.bundled().lookup("Tokayev").get(0);
        assertEquals("Tokaïev", tokayev.standard("fr"));
        assertEquals("Tokajew", tokayev.standard("de"));
        assertEquals("Tokáyev", tokayev.standard("es"));
        assertEquals("Токаев", tokayev.standard("ru"));
        assertEquals(List.of("en"), tokayev.languagesWriting("Tokayev", NameTable.bundled().languages()));
        NameTable.Entry zelensky = NameTable.bundled().lookup("Selenskyj").get(0);
        assertTrue(zelensky.accepts("en", "Zelenskyy") && zelensky.accepts("en", "Zelensky"));
        assertEquals(tokayev, NameTable.bundled().entryFor("Tokaiev", NameSkeleton.keys("Tokaiev", NameSkeleton.ALL)),
                "a spelling the table does not list finds its entry by skeleton");
    }

    @Test
    void everySpellingOfAnEntryHasOneEntryOnly() {
        // Two entries sharing a spelling in one language would make suggestions ambiguous; a few are legitimate
        // (Russian Алжир is both Algeria and Algiers, Владимир both Vladimir and Volodymyr).
        NameTable table = NameTable.bundled();
        long shared = table.entries().stream()
                .flatMap(e -> e.spellings().values().stream().flatMap(List::stream))
                .distinct()
                .filter(s -> table.lookup(s).size() > 1)
                .count();
        assertTrue(shared <= 4, "spellings listed by several entries: " + shared);
    }

    @Test
    void malformedRowsNameTheirLine() {
        InputException e = assertThrows(InputException.class, () -> NameTable.parse("t.tsv", new StringReader(
                "# comment\nkind\ten\tfr\nperson\tTokayev\tTokaïev\nbeast\tX\tY\n")));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("t.tsv:4:1: unknown kind 'beast'"), e.getMessage());
        e = assertThrows(InputException.class, () -> NameTable.parse("t.tsv", new StringReader(
                "kind\ten\nplace\tNew York\n")));
        assertTrue(e.getMessage().contains("not one name word"), e.getMessage());
        e = assertThrows(InputException.class, () -> NameTable.parse("t.tsv", new StringReader("")));
        assertTrue(e.getMessage().contains("no header row"), e.getMessage());
    }
}
