package dev.concord.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The keys the consistency checks group units by: plural-form ids, spacing, quote marks. */
class ConsistencyKeysTest {
    @Test
    void pluralFormIdsAreRecognised() {
        for (String id : new String[] {"msg[0]", "files[12]", "files_other", "a.b_one", "x_zero", "n_few", "n_many",
                "n_two"}) {
            assertTrue(ConsistencyRule.isPluralForm(id), id);
        }
        for (String id : new String[] {"msg[]", "msg[a]", "msg", "other", "files_others", "msg[1]x", "[", "]",
                "msg[1]\n", ""}) {
            assertFalse(ConsistencyRule.isPluralForm(id), id);
        }
    }

    @Test
    void normalizeCollapsesSpacingAndKeepsNormalTextAsItIs() {
        String normal = "Save the file";
        assertSame(normal, FirstSeen.normalize(normal));
        assertEquals("Save the file", FirstSeen.normalize("  Save\tthe \u00A0 file\n"));
        assertEquals("Save the", FirstSeen.normalize("Save  the"));
        assertEquals("Save", FirstSeen.normalize("Save "));
        assertEquals("Save", FirstSeen.normalize(" Save"));
        assertEquals("", FirstSeen.normalize(""));
        assertEquals("", FirstSeen.normalize("   "));
    }

    @Test
    void quotesGoButApostrophesInsideWordsStay() {
        assertEquals("cannot open %s", ConsistencyRule.withoutQuotes("cannot open `%s'"));
        assertEquals("l'outil", ConsistencyRule.withoutQuotes("l'outil"));
        assertEquals("ouvrir fichier", ConsistencyRule.withoutQuotes("ouvrir « fichier »").replace("  ", " ")
                .strip());
        String plain = "no quote here";
        assertSame(plain, ConsistencyRule.withoutQuotes(plain));
    }

    @Test
    void wordBagsAndFoldingAgreeWithTheRegularExpressionsTheyReplace() {
        for (String t : new String[] {"", " ", "remove automatically", "Automatically  remove", "a\tb\nc  a",
                " b a ", "Größe ändern", "ΣΊΣΥΦΟΣ", "Straße", "İstanbul", "x\u00A0y z"}) {
            String[] words = t.strip().split("\\s+");
            java.util.Arrays.sort(words);
            assertEquals(String.join(" ", words), ConsistencyRule.wordBag(t), t);
            assertEquals(com.ibm.icu.lang.UCharacter.foldCase(t, true), ConsistencyRule.fold(t), t);
        }
    }
}
