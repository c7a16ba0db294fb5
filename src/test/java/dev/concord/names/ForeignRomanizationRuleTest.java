package dev.concord.names;

import static dev.concord.names.RuleChecks.issues;
import static dev.concord.names.RuleChecks.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Issue;
import dev.concord.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** names.foreign-romanization in French, German and English, on real LanguageTool tokens. */
class ForeignRomanizationRuleTest {
    private static final String RULE = "names.foreign-romanization";

    @Test
    void englishSpellingInAFrenchText() {
        List<Issue> found = issues(RULE, "fr", "Alexandre Lukashenko a parlé. Selon Lukashenko, tout va bien.");
        assertEquals(List.of("Lukashenko", "Lukashenko"), texts(found));
        Issue first = found.get(0);
        assertEquals(List.of("Loukachenko"), first.suggestions());
        assertEquals(Severity.INFO, first.severity());
        assertTrue(first.message().contains("English and Spanish spelling") && first.message().contains("French"),
                first.message());
    }

    @Test
    void quietWhenTheSpellingIsTheLocalesOwn() {
        assertEquals(List.of(), issues(RULE, "fr", "Loukachenko a parlé à Moscou avec Poutine et Tokaïev."));
        assertEquals(List.of(), issues(RULE, "de", "Lukaschenko sprach in Moskau mit Putin und Selenskyj."));
        assertEquals(List.of(), issues(RULE, "en", "Lukashenko spoke in Moscow with Putin and Zelenskyy."));
    }

    @Test
    void germanAndEnglishTexts() {
        List<Issue> de = issues(RULE, "de", "Präsident Zelensky sprach gestern. Zelensky dankte.");
        assertEquals(List.of("Zelensky", "Zelensky"), texts(de));
        assertEquals(List.of("Selenskyj"), de.get(0).suggestions());
        List<Issue> en = issues(RULE, "en", "The summit took place in Moscou last week.");
        assertEquals(List.of("Moscou"), texts(en));
        assertEquals(List.of("Moscow"), en.get(0).suggestions());
    }

    @Test
    void quietForGivenNamesAmbiguousPlacesAndPlacesInsideNames() {
        // People choose their given names; Jordan is also a person; "Moscow Times" is a newspaper.
        assertEquals(List.of(), issues(RULE, "fr", "Sergey Brin et Michael Jordan lisent le Moscow Times."));
    }

    @Test
    void twoSpellingsAreInconsistencyFirst() {
        // With the local spelling present, names.inconsistent reports the foreign one; this rule stays quiet.
        assertEquals(List.of(), issues(RULE, "fr", "Loukachenko a parlé. Lukashenko est parti."));
        assertEquals(List.of("Lukashenko"), texts(issues("names.inconsistent", "fr",
                "Loukachenko a parlé. Lukashenko est parti.")));
    }
}
