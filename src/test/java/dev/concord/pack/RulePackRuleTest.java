package dev.concord.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.SharedCheckers;
import dev.concord.format.ReadOptions;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolPools;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule packs inside a real check: ids, types, severities, suggestions, source spans, and their switches. */
class RulePackRuleTest {
    private static final Path TARGET = Path.of("examples/kazakhstan/target.fr.txt");
    private static final Path SOURCE = Path.of("examples/kazakhstan/source.en.txt");

    private static Checker checker(boolean grammar, String... enabled) {
        return Checker.builder().targetLocale("fr").sourceLocale("en").grammar(grammar)
                .languageToolPools(SharedCheckers.pools()).enableRules(List.of(enabled)).build();
    }

    private static Document example(boolean bilingual) throws Exception {
        ReadOptions options = ReadOptions.defaults().withTargetLocale("fr");
        if (bilingual) {
            options = options.withSourceLocale("en").withSourceFile(SOURCE);
        }
        return Document.parse(TARGET, options);
    }

    private static List<Issue> packIssues(List<Issue> issues) {
        return issues.stream().filter(i -> i.ruleId().startsWith("pack.")).toList();
    }

    @Test
    void theFoundingExampleAloneReportsItsTwoMistranslations() throws Exception {
        List<Issue> issues = packIssues(checker(true).check(example(false)));
        assertEquals(List.of("pack.fr.CONSERVATEURS_MANIFESTATIONS", "pack.fr.ETAGE_HAUT_DE_PAGE"),
                issues.stream().map(Issue::ruleId).toList());
        Issue conservateurs = issues.get(0);
        assertEquals("conservateurs", conservateurs.text());
        assertEquals(7, conservateurs.span().line());
        assertEquals(IssueType.MISTRANSLATION, conservateurs.type());
        assertEquals("Accuracy/Mistranslation", conservateurs.mqm());
        assertEquals(Severity.ERROR, conservateurs.severity());
        assertEquals(List.of("organisateurs"), conservateurs.suggestions());
        assertTrue(!conservateurs.message().contains("<suggestion>"), conservateurs.message());
        Issue etage = issues.get(1);
        assertEquals("à l'étage", etage.text());
        assertEquals(19, etage.span().line());
        assertEquals(1, etage.span().column());
        assertEquals(List.of("Haut de page"), etage.suggestions());
    }

    @Test
    void theFoundingExamplePairReportsThemWithTheirSource() throws Exception {
        List<Issue> issues = packIssues(checker(true).check(example(true)));
        assertEquals(List.of("pack.en-fr.CURATORS_OF_PROTESTS", "pack.en-fr.BACK_TO_TOP_ETAGE"),
                issues.stream().map(Issue::ruleId).toList(), "the bilingual rule, not also the monolingual one");
        assertEquals("conservateurs", issues.get(0).text());
        assertEquals("curators of the protests", issues.get(0).sourceText());
        assertEquals(7, issues.get(0).sourceSpan().line());
        assertEquals(List.of("organisateurs"), issues.get(0).suggestions());
        assertEquals("Back to top", issues.get(1).sourceText());
        assertEquals(List.of("Haut de page"), issues.get(1).suggestions());
    }

    @Test
    void packsRunWithoutLanguageToolsGrammarRules() throws Exception {
        List<Issue> alone = checker(false).check(example(false));
        assertTrue(alone.stream().noneMatch(i -> i.ruleId().startsWith("lt.")), "no lt.* issue: " + alone);
        assertEquals(List.of("pack.fr.CONSERVATEURS_MANIFESTATIONS", "pack.fr.ETAGE_HAUT_DE_PAGE"),
                packIssues(alone).stream().map(Issue::ruleId).toList(), "the same pack issues");
        List<Issue> pair = packIssues(checker(false).check(example(true)));
        assertEquals(List.of("pack.en-fr.CURATORS_OF_PROTESTS", "pack.en-fr.BACK_TO_TOP_ETAGE"),
                pair.stream().map(Issue::ruleId).toList());
        assertEquals(packIssues(checker(true).check(example(true))), pair);
    }

    @Test
    void aSecondCheckServedFromLanguageToolsCacheReportsTheSame() throws Exception {
        Checker checker = checker(true);
        Document doc = example(true);
        List<Issue> first = checker.check(doc);
        assertEquals(first, checker.check(doc));
        assertEquals(first, checker.check(example(true)));
    }

    @Test
    void rulesAndPacksCanBeTurnedOffById() throws Exception {
        Document doc = example(false);
        Checker noFr = Checker.builder().targetLocale("fr").languageToolPools(SharedCheckers.pools())
                .disableRules(List.of("pack.fr")).build();
        assertEquals(List.of(), packIssues(noFr.check(doc)));
        Checker noEtage = Checker.builder().targetLocale("fr").languageToolPools(SharedCheckers.pools())
                .disableRules(List.of("pack.fr.ETAGE_HAUT_DE_PAGE")).build();
        assertEquals(List.of("pack.fr.CONSERVATEURS_MANIFESTATIONS"),
                packIssues(noEtage.check(doc)).stream().map(Issue::ruleId).toList());
        Checker noPacks = Checker.builder().targetLocale("fr").languageToolPools(SharedCheckers.pools())
                .disableRules(List.of("pack")).build();
        assertTrue(noPacks.rules().stream().noneMatch(r -> r.id().equals("pack")));
        assertEquals(List.of(), packIssues(noPacks.check(doc)));
    }

    @Test
    void rulesOffByDefaultRunWhenEnabled() throws Exception {
        Document doc = example(false);
        assertTrue(checker(true).check(doc).stream().noneMatch(i -> i.ruleId().equals("pack.fr.ON_SAIT_QUE")));
        List<Issue> onSait = checker(true, "pack.fr.ON_SAIT_QUE").check(doc).stream()
                .filter(i -> i.ruleId().equals("pack.fr.ON_SAIT_QUE")).toList();
        assertEquals(1, onSait.size(), "line 11 opens with On sait que; line 7 has it mid-sentence");
        assertEquals(11, onSait.get(0).span().line());
        assertEquals(Severity.INFO, onSait.get(0).severity());
    }

    @Test
    void bilingualRulesNeedTheirSourceLanguage() throws Exception {
        Document german = Document.ofText("t.txt", "Retour à l'étage").pairedWith(Document.ofText("s.txt",
                "Back to top")).withTargetLocale("fr").withSourceLocale("de");
        List<Issue> issues = packIssues(checker(false).check(german));
        assertEquals(List.of("pack.fr.ETAGE_HAUT_DE_PAGE"), issues.stream().map(Issue::ruleId).toList(),
                "an en-fr rule does not read a German source; the monolingual rule still runs");
    }

    @Test
    void packMatchesNeitherHideNorDuplicateLanguageToolsOwn() throws Exception {
        // "Cela fait du sens" and "conservateurs des manifestation" hold matches of pack rules and of LanguageTool's.
        String text = "Cela fait du sens.\n\nLes conservateurs des manifestation sont partis.\n\nIl a mangé une pomne.";
        Checker withoutPacks = Checker.builder().targetLocale("fr").rulePacks(RulePacks.none()).build();
        List<Issue> plain = withoutPacks.check(Document.ofText("t.txt", text));
        List<Issue> withPacks = SharedCheckers.withGrammar("fr").check(Document.ofText("t.txt", text));
        assertEquals(plain, withPacks.stream().filter(i -> i.ruleId().startsWith("lt.")).toList());
        assertTrue(packIssues(withPacks).size() >= 2, withPacks.toString());
    }

    @Test
    void givenPoolsBringTheirPacks() {
        LanguageToolPools none = new LanguageToolPools(GrammarSettings.defaults());
        Checker checker = Checker.builder().targetLocale("fr").languageToolPools(none).build();
        assertTrue(checker.rulePacks().isEmpty());
        assertNull(checker.rules().stream().filter(r -> r.id().equals("pack")).findFirst().orElse(null));
        assertNotNull(Checker.builder().languageToolPools(SharedCheckers.pools()).build().rulePacks()
                .rule("pack.fr.ETAGE_HAUT_DE_PAGE"));
        assertThrows(IllegalArgumentException.class, () -> Checker.builder().languageToolPools(none)
                .rulePacks(RulePacks.bundled()).build());
    }
}
