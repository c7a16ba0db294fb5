package dev.concord.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Adding to a list of {@code .concord.yml} keeps the rest of the file as the user wrote it. */
class ConfigEditsTest {
    private static String add(String yaml, String key, String item) {
        ConfigEdits.Change c = ConfigEdits.addToList(yaml, key, item);
        return c == null ? null : c.applyTo(yaml);
    }

    @Test
    void aBlockListGetsAnItemInItsOwnIndentAfterTheLastOne() {
        assertEquals("root: true\ndisable:\n    - a   # why\n    # later\n    - b\n    - c\nlanguage: fr\n",
                add("root: true\ndisable:\n    - a   # why\n    # later\n    - b\nlanguage: fr\n", "disable", "c"));
    }

    @Test
    void aFlowListGetsTheItemBeforeItsBracket() {
        assertEquals("disable: [a, b, c] # kept\n", add("disable: [a, b] # kept\n", "disable", "c"));
        assertEquals("disable: [c]\n", add("disable: []\n", "disable", "c"));
    }

    @Test
    void aMissingKeyIsAddedAtTheEnd() {
        assertEquals("# mine\nlanguage: fr\ndisable:\n  - c\n", add("# mine\nlanguage: fr", "disable", "c"));
        assertEquals("acceptWords:\n  - Tokaïev\n", add("", "acceptWords", "Tokaïev"));
    }

    @Test
    void anEmptyKeyAtTheEndGetsItsFirstItem() {
        assertEquals("disable:\n  - c\n", add("disable:", "disable", "c"));
        assertEquals("disable:\n  - c\nx: 1\n", add("disable:\nx: 1\n", "disable", "c"));
    }

    @Test
    void whatIsThereAlreadyOrIsNoListIsLeftAlone() {
        assertNull(add("disable:\n  - c\n", "disable", "c"));
        assertNull(add("disable: [\"c\"]\n", "disable", "c"));
        assertNull(add("disable: c\n", "disable", "d"));
        assertNull(add("acceptWords:\n  - 'Tokaïev'\n", "acceptWords", "Tokaïev"));
    }

    @Test
    void itemsThatYamlWouldReadOtherwiseAreQuoted() {
        assertEquals("\"no\"", ConfigEdits.scalar("no"));
        assertEquals("\"a: b\"", ConfigEdits.scalar("a: b"));
        assertEquals("\"-x\"", ConfigEdits.scalar("-x"));
        assertEquals("l'été", ConfigEdits.scalar("l'été"));
        assertEquals("\"12\"", ConfigEdits.scalar("12"));
    }

    private static String addTo(String yaml, String key, String item) {
        ConfigEdits.Change c = ConfigEdits.addToMapList(yaml, "accept", key, item);
        return c == null ? null : c.applyTo(yaml);
    }

    @Test
    void aLanguageOfAcceptGetsTheWordInTheMappingsLayout() {
        assertEquals("language: fr\naccept:\n  fr:\n    - Tokaïev\n", addTo("language: fr\n", "fr", "Tokaïev"));
        assertEquals("accept:\n  de: [Konto]\n  fr:\n    - Tokaïev\nlanguage: fr\n",
                addTo("accept:\n  de: [Konto]\nlanguage: fr\n", "fr", "Tokaïev"));
        assertEquals("accept:   # team spellings\n  fr:\n    - Blogue\n    - Tokaïev\nlanguage: fr\n",
                addTo("accept:   # team spellings\n  fr:\n    - Blogue\nlanguage: fr\n", "fr", "Tokaïev"));
        assertEquals("accept:\n  fr: [Blogue, Tokaïev]\n", addTo("accept:\n  fr: [Blogue]\n", "fr", "Tokaïev"));
        assertEquals("accept:\n  fr: [Blogue]\n  ru:\n    - Токаев\n", addTo("accept:\n  fr: [Blogue]", "ru", "Токаев"));
    }

    @Test
    void acceptLeavesAloneWhatItDoesNotEdit() {
        assertNull(addTo("accept: {fr: [Blogue]}\n", "fr", "Tokaïev"));
        assertNull(addTo("accept:\n  fr: [Tokaïev]\n", "fr", "Tokaïev"));
    }
}
