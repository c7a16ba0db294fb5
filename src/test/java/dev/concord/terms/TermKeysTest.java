package dev.concord.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

class TermKeysTest {
    private static final TermKeys ENGLISH = new TermKeys(ULocale.ENGLISH);
    private static final TermKeys TURKISH = new TermKeys(ULocale.forLanguageTag("tr"));

    @Test
    void foldsCaseWidthApostrophesAndInvisibleCharacters() {
        assertEquals("organisateur", ENGLISH.fold("ORGANISATEUR"));
        assertEquals("strasse", ENGLISH.fold("Straße"));
        assertEquals("aujourd'hui", ENGLISH.fold("Aujourd’hui"));
        assertEquals("terminologie", ENGLISH.fold("Termi\u00ADnologie"));
        assertEquals("abc", ENGLISH.fold("ＡＢＣ"));
        assertEquals("tokaïev", ENGLISH.fold("Tokaïev"));
        assertEquals("токаев", ENGLISH.fold("ТОКАЕВ"));
    }

    @Test
    void plainLowercaseAsciiIsReturnedAsIs() {
        String word = "already";
        assertSame(word, ENGLISH.fold(word));
    }

    @Test
    void turkishKeepsDottedAndDotlessIApart() {
        assertEquals("ıstanbul", TURKISH.fold("Istanbul"));
        assertEquals("istanbul", TURKISH.fold("İstanbul"));
        assertEquals("istanbul", ENGLISH.fold("Istanbul"));
    }

    @Test
    void diacriticsAreStrippedOnlyOnRequest() {
        assertEquals("resume", TermKeys.stripDiacritics("résumé"));
        assertEquals("cote", TermKeys.stripDiacritics("côte"));
        assertEquals("côte", ENGLISH.fold("Côte"));
    }

    @Test
    void unspacedScripts() {
        assertTrue(TermKeys.isUnspacedScript("郝仁"));
        assertTrue(TermKeys.isUnspacedScript("カタカナ"));
        assertFalse(TermKeys.isUnspacedScript("Tokaïev"));
        assertFalse(TermKeys.isUnspacedScript("Токаев"));
    }
}
