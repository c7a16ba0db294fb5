package dev.concord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalog words LanguageTool flags and a translator wrote on purpose, each with what must still be reported. */
class CatalogWordsTest {
    private static final Set<String> KNOWN = Set.of("Zahl", "Wert");

    @Test
    void aRespeltSourceTermIsAWordAndATypoInItIsNot() {
        assertTrue(CatalogWords.respellsSourceWord("oktale", "Generating negative octal headers", KNOWN::contains));
        assertTrue(CatalogWords.respellsSourceWord("Oktalzahl", "Archive octal value", KNOWN::contains));
        assertTrue(CatalogWords.respellsSourceWord("zentrale", "the central office", KNOWN::contains));
        assertFalse(CatalogWords.respellsSourceWord("oktalle", "negative octal headers", KNOWN::contains));
        assertFalse(CatalogWords.respellsSourceWord("Oktalzahll", "Archive octal value", KNOWN::contains));
        assertFalse(CatalogWords.respellsSourceWord("Oktalzahl", "Archive value", KNOWN::contains),
                "no source word to respell");
        assertEquals("oktal", CatalogWords.respell("octal"));
        assertEquals("filosofi", CatalogWords.respell("philosophy"));
    }

    @Test
    void aConfusionRuleMayNotTradeAwayTheSourcesWord() {
        assertTrue(CatalogWords.keepsSourceWord("Teilnamen", List.of("Teilnahmen"),
                "create archive with volume name TEXT"));
        assertFalse(CatalogWords.keepsSourceWord("Teilnamen", List.of("Teilnahmen"), "create a partial archive"));
        assertFalse(CatalogWords.keepsSourceWord("Namen", List.of("Namens"), "the name"),
                "the suggestion keeps the source's word");
    }

    @Test
    void keyNamesArePerLanguage() {
        assertTrue(CatalogWords.isKeyName("mayús", "es"));
        assertTrue(CatalogWords.isKeyName("Intro", "es"));
        assertTrue(CatalogWords.isKeyName("Strg", "de"));
        assertFalse(CatalogWords.isKeyName("Strg", "es"));
        assertFalse(CatalogWords.isKeyName("mayus", "es"));
    }
}
