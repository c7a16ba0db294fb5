package dev.concord.names;

import static dev.concord.names.RuleChecks.issues;
import static dev.concord.names.RuleChecks.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** text.mixed-script: look-alike letters of another script inside a word. */
class MixedScriptRuleTest {
    private static final String RULE = "text.mixed-script";

    @Test
    void cyrillicLetterInALatinNameInFrenchEnglishAndGerman() {
        for (String language : List.of("fr", "en", "de")) {
            List<Issue> found = issues(RULE, language, "Tokay\u0435v, Tokayev.");
            assertEquals(List.of("Tokay\u0435v"), texts(found), language);
            Issue issue = found.get(0);
            assertEquals(List.of("Tokayev"), issue.suggestions());
            assertEquals(Severity.ERROR, issue.severity());
            assertEquals(IssueType.CHARACTERS, issue.type());
            assertTrue(issue.message().contains("U+0435 CYRILLIC SMALL LETTER IE") && issue.message().contains("Latin"),
                    issue.message());
        }
    }

    @Test
    void latinLetterInACyrillicWord() {
        List<Issue> found = issues(RULE, "fr", "Le nom russe de la ville est \u041co\u0441\u043a\u0432\u0430.");
        assertEquals(1, found.size());
        assertEquals(List.of("\u041c\u043e\u0441\u043a\u0432\u0430"), found.get(0).suggestions());
        assertTrue(found.get(0).message().contains("U+006F LATIN SMALL LETTER O"), found.get(0).message());
    }

    @Test
    void severalOddLettersInOneWord() {
        // Two Cyrillic a in "Kazakhstan".
        List<Issue> found = issues(RULE, "en", "Kaz\u0430khst\u0430n is large.");
        assertEquals(List.of("Kazakhstan"), found.get(0).suggestions());
    }

    @Test
    void quietForLegitimateMixes() {
        assertEquals(List.of(), issues(RULE, "en", "The iPhone 15, 5 \u03bcg, a \u03b2-blocker, 10 k\u03a9, COVID-19, "
                + "naïve, Москва, Ελλάδα, 東京タワー, 日本語とEnglish, 한국어漢字."));
        assertEquals(List.of(), issues(RULE, "de", "Die Straße in Zürich ist groß."));
        assertEquals(List.of(), issues(RULE, "fr", "Kassym-Jomart Tokaïev (Қасым-Жомарт Тоқаев) a parlé."));
    }
}
