package dev.concord.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.IssueType;
import dev.concord.SharedCheckers;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packs that ship in the jar: their sizes, their ids, and every example in them, run against all pack rules at
 * once (one LanguageTool object per language, shared with the other tests).
 */
class BundledPacksTest {
    private static final RulePacks PACKS = RulePacks.bundled();

    private static int count(String... packs) {
        return PACKS.packs().stream().filter(p -> List.of(packs).contains(p.name()))
                .mapToInt(p -> p.rules().size()).sum();
    }

    @Test
    void everyExampleOfEveryBundledRuleBehavesAsItsFileSays() {
        PackExamples.Outcome outcome = PackExamples.verify(PACKS, SharedCheckers.pools(), r -> true);
        assertEquals(List.of(), outcome.failures().stream().map(Object::toString).toList());
        assertEquals(List.of(), outcome.skippedPacks(), "every bundled language has its LanguageTool module");
        assertEquals(PACKS.rules().size(), outcome.rules());
        assertTrue(outcome.examples() >= 2 * outcome.rules(), "an incorrect and a correct example per rule");
    }

    @Test
    void thePacksHoldAtLeastWhatTheIssueAsks() {
        assertTrue(count("fr", "en-fr") >= 60, "fr and en-fr: " + count("fr", "en-fr"));
        assertTrue(count("de", "en-de") >= 40, "de and en-de: " + count("de", "en-de"));
        assertTrue(count("en-es") >= 25, "en-es: " + count("en-es"));
        assertTrue(count("en-ru") >= 25, "en-ru: " + count("en-ru"));
    }

    @Test
    void packsAreNamedAfterTheirLanguagesAndRulesAfterTheirPack() {
        Map<String, RulePack> byName = PACKS.packs().stream().collect(Collectors.toMap(RulePack::name, p -> p));
        assertEquals(null, byName.get("fr").sourceLanguage());
        assertEquals("fr", byName.get("fr").targetLanguage());
        assertEquals("en", byName.get("en-fr").sourceLanguage());
        assertEquals("fr", byName.get("en-fr").targetLanguage());
        for (PackRule r : PACKS.rules()) {
            assertEquals(PackRule.ID_PREFIX + r.pack() + "." + r.ruleId(), r.id());
            assertTrue(r.id().matches("pack\\.[a-z]{2}(-[a-z]{2})?\\.[A-Z0-9_]+"), r.id());
            assertNotNull(r.severity(), r.id());
            assertTrue(r.type() == IssueType.MISTRANSLATION || r.type() == IssueType.STYLE, r.id() + " " + r.type());
            assertTrue(r.file().startsWith("concord-rules/" + r.pack() + "/"), r.file());
            assertTrue(r.line() > 0 && !r.description().isBlank(), r.id());
            assertEquals(r.pack().contains("-"), r.isBilingual(), r.id());
        }
    }

    @Test
    void theFoundingExampleRulesAreThere() {
        PackRule conservateurs = PACKS.rule("pack.fr.CONSERVATEURS_MANIFESTATIONS");
        assertEquals(IssueType.MISTRANSLATION, conservateurs.type());
        assertEquals(dev.concord.Severity.ERROR, conservateurs.severity());
        assertTrue(conservateurs.onByDefault());
        assertNotNull(PACKS.rule("pack.fr.ETAGE_HAUT_DE_PAGE"));
        assertNotNull(PACKS.rule("pack.en-fr.CURATORS_OF_PROTESTS"));
        assertNotNull(PACKS.rule("pack.en-fr.BACK_TO_TOP_ETAGE"));
        assertTrue(!PACKS.rule("pack.fr.ON_SAIT_QUE").onByDefault(), "on sait que is often right: opt-in");
    }
}
