package dev.concord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fingerprints name a finding across edits, so that baselines and code-scanning alerts follow it. */
class FingerprintTest {
    private static final Checker CHECKER = Checker.builder().targetLocale("fr").grammar(false).discoverRules(false)
            .rule(new WordRule("pomne")).build();

    private static String fingerprint(String markdown) {
        List<Issue> issues = CHECKER.check(Document.ofMarkdown("a.md", markdown));
        assertEquals(1, issues.size(), markdown);
        return issues.get(0).fingerprint();
    }

    private static final String BASE = "# Titre\n\nIl a mangé. Une pomne verte et ronde. Puis il est parti.\n";

    @Test
    void survivesParagraphsAddedAboveAndLineMoves() {
        assertEquals(fingerprint(BASE), fingerprint("# Titre\n\nUn paragraphe de plus.\n\n## Section\n\n"
                + "Il a mangé. Une pomne verte et ronde. Puis il est parti.\n"));
    }

    @Test
    void survivesEditsToTheNeighbouringSentences() {
        // Before: the three words of context crossed into the next and previous sentences.
        assertEquals(fingerprint(BASE), fingerprint("# Titre\n\nIl a dîné. Une pomne verte et ronde. Ensuite, rien.\n"));
    }

    @Test
    void survivesReflowingAndUnicodeNormalisation() {
        assertEquals(fingerprint(BASE), fingerprint("# Titre\n\nIl a mangé. Une\npomne verte\net ronde. Puis il est"
                + " parti.\n"));
        String decomposed = Normalizer.normalize(BASE, Normalizer.Form.NFD);
        assertNotEquals(BASE, decomposed);
        assertEquals(fingerprint(BASE), fingerprint(decomposed));
    }

    @Test
    void changesWhenTheFindingItselfOrItsSentenceChanges() {
        assertNotEquals(fingerprint(BASE), fingerprint("# Titre\n\nIl a mangé. Une pomne jaune et ronde.\n"));
        assertNotEquals(fingerprint(BASE), fingerprint("# Titre\n\nIl a mangé. Cette pomne verte et ronde.\n"));
    }

    @Test
    void contextStopsAtSentenceEnds() {
        assertEquals("une", IssueFactory.wordsBefore("Il a mangé. Une pomne", 16));
        assertEquals("", IssueFactory.wordsBefore("Il a mangé. Pomne", 12));
        assertEquals("verte.", IssueFactory.wordsAfter("pomne verte. Puis", 5));
        assertEquals("", IssueFactory.wordsAfter("une pomne. Puis", 10));
        assertEquals("verte et ronde", IssueFactory.wordsAfter("pomne verte et ronde encore", 5));
        assertEquals("« mangé »", IssueFactory.wordsBefore("Il a « mangé » pomne", 15));
    }
}
