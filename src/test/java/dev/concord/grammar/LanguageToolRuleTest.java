package dev.concord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.SharedCheckers;
import dev.concord.rule.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageToolRuleTest {
    private static List<Issue> check(String language, String text) {
        return SharedCheckers.withGrammar(language).check(Document.ofText("t.txt", text));
    }

    private static List<Issue> spelling(List<Issue> issues) {
        return issues.stream().filter(i -> i.type() == IssueType.MISSPELLING).toList();
    }

    @Test
    void lowercaseSentenceStartIsATypographicalWarningWithSuggestion() {
        List<Issue> issues = check("fr", "nouvelles\n\nLe texte est correct.");
        assertEquals(1, issues.size(), issues.toString());
        Issue i = issues.get(0);
        assertEquals("lt.UPPERCASE_SENTENCE_START", i.ruleId());
        assertEquals(IssueType.TYPOGRAPHICAL, i.type());
        assertEquals(Severity.WARNING, i.severity());
        assertEquals(List.of("Nouvelles"), i.suggestions());
        assertEquals("nouvelles", i.text());
    }

    @Test
    void spellingErrorsAreWarningsWithReplacementsAndPlainMessages() {
        // A word the speller does not know may be a name or a new term: a warning, never an error on its own.
        List<Issue> issues = spelling(check("fr", "Premier paragraphe.\n\nIl a mangé une pomne verte."));
        assertEquals(1, issues.size(), issues.toString());
        Issue i = issues.get(0);
        assertEquals("lt.FR_SPELLING_RULE", i.ruleId());
        assertEquals(Severity.WARNING, i.severity());
        assertEquals("pomne", i.text());
        assertEquals(3, i.span().line());
        assertEquals(16, i.span().column());
        assertTrue(i.suggestions().contains("pomme"), i.suggestions().toString());
        assertTrue(i.suggestions().size() <= 5);
        assertFalse(i.message().contains("<suggestion>"));
    }

    @Test
    void aCompoundOnASourceWordIsExcusedOnlyWhenItsOtherPartsAreWords() {
        java.util.function.Predicate<String> known = w -> !w.equals("Anhängering") && !w.equals("Unterstützungs");
        assertTrue(LanguageToolRule.builtOnSourceWord("Naira-Banknoten", "Naira notes", known));
        assertTrue(LanguageToolRule.builtOnSourceWord("tar-Dateien", "Cannot create tar archives", known));
        // MQM-rated machine translations (WMT 2023 en-de): misspelt around the source's word
        assertTrue(!LanguageToolRule.builtOnSourceWord("Balenciaga-Anhängering", "a Balenciaga pendant", known));
        assertTrue(!LanguageToolRule.builtOnSourceWord("Unterstützungs-system", "a support system", known));
    }

    @Test
    void properNamesAreNotSpellingErrors() {
        String text = "Tokaïev parle aujourd'hui. Hier, le président Kassym-Jomart Tokaïev a parlé à Astana.";
        assertEquals(List.of(), spelling(check("fr", text)));
    }

    @Test
    void nameSpellingCanBeTurnedBackOn() {
        Checker strict = Checker.builder().targetLocale("fr").checkNameSpelling(true).build();
        List<Issue> issues = spelling(strict.check(Document.ofText("t.txt", "Hier, le président Tokaïev a parlé.")));
        assertEquals(List.of("Tokaïev"), issues.stream().map(Issue::text).toList());
    }

    @Test
    void acceptedWordsAreNotSpellingErrors() {
        Checker c = Checker.builder().targetLocale("fr").acceptWords(List.of("pomne")).build();
        assertEquals(List.of(), spelling(c.check(Document.ofText("t.txt", "Il a mangé une pomne verte."))));
    }

    @Test
    void englishAndGermanSpellingUseTheDefaultVariant() {
        List<Issue> en = spelling(check("en", "This sentence has a speling error."));
        assertEquals(List.of("speling"), en.stream().map(Issue::text).toList());
        assertTrue(en.get(0).ruleId().startsWith("lt.MORFOLOGIK_RULE_EN_US"), en.get(0).ruleId());
        List<Issue> de = spelling(check("de", "Das ist ein kleiner Fehlr im Satz."));
        assertEquals(List.of("Fehlr"), de.stream().map(Issue::text).toList());
    }

    @Test
    void localesResolveToLanguageToolLanguages() {
        assertEquals("fr", LanguageToolLanguages.find(new ULocale("fr_FR")).getShortCodeWithCountryAndVariant());
        assertEquals("en-US", LanguageToolLanguages.find(new ULocale("en")).getShortCodeWithCountryAndVariant());
        assertEquals("en-GB", LanguageToolLanguages.find(new ULocale("en_GB")).getShortCodeWithCountryAndVariant());
        assertEquals("de-DE", LanguageToolLanguages.find(new ULocale("de")).getShortCodeWithCountryAndVariant());
        assertEquals("de-CH", LanguageToolLanguages.find(new ULocale("de_CH")).getShortCodeWithCountryAndVariant());
        assertEquals("es", LanguageToolLanguages.find(new ULocale("es_MX")).getShortCodeWithCountryAndVariant());
        assertEquals("ru-RU", LanguageToolLanguages.find(new ULocale("ru")).getShortCodeWithCountryAndVariant());
        assertNull(LanguageToolLanguages.find(new ULocale("fi")));
    }

    @Test
    void everyBundledLanguageIsThere() {
        List<String> available = LanguageToolLanguages.available();
        for (String code : List.of("en-US", "en-GB", "fr", "de-DE", "es", "ru-RU", "pt-PT", "pt-BR")) {
            assertTrue(available.contains(code), code + " missing from " + available);
        }
    }

    @Test
    void analyzerGivesLemmasAndSentenceStarts() {
        LanguageToolAnalyzer analyzer = new LanguageToolAnalyzer(SharedCheckers.withGrammar("fr").languageToolPools());
        List<Token> tokens = analyzer.analyze("Les organisateurs sont là. Ils partent.", new ULocale("fr"));
        Token organisateurs = tokens.get(1);
        assertEquals("organisateurs", organisateurs.text());
        assertEquals(4, organisateurs.start());
        assertTrue(organisateurs.lemmas().contains("organisateur"), organisateurs.lemmas().toString());
        assertTrue(tokens.get(0).sentenceStart());
        Token ils = tokens.stream().filter(t -> t.text().equals("Ils")).findFirst().orElseThrow();
        assertTrue(ils.sentenceStart());
        assertEquals("Les organisateurs sont là. Ils partent.".indexOf("Ils"), ils.start());
    }

    @Test
    void languagesWithoutAModuleAreTokenizedByIcu() {
        LanguageToolAnalyzer analyzer = new LanguageToolAnalyzer(SharedCheckers.withGrammar("fr").languageToolPools());
        List<Token> tokens = analyzer.analyze("Hyvää päivää. Kiitos!", new ULocale("fi"));
        assertEquals(List.of("Hyvää", "päivää", ".", "Kiitos", "!"), tokens.stream().map(Token::text).toList());
        assertTrue(tokens.get(3).sentenceStart());
        assertEquals(List.of("hyvää"), tokens.get(0).lemmas());
    }

    @Test
    void germanNounsAreSpellCheckedButRepeatedNamesAreNot() {
        List<Issue> de = spelling(check("de", "Der Präsident Tokajew sprach. Später sagte Tokajew, dass alles gut sei."));
        assertEquals(List.of(), de, "a capitalised word written twice inside sentences is a name");
    }

    @Test
    void aWordTheSourceAlsoHoldsIsAName() throws Exception {
        Document target = Document.ofText("de.txt", "Der Präsident Tokajew sprach.");
        Document source = Document.ofText("en.txt", "President Tokajew spoke.");
        List<Issue> issues = spelling(SharedCheckers.withGrammar("de").check(target.pairedWith(source)));
        assertEquals(List.of(), issues);
    }

    @Test
    void aQuotationTheSourceLeavesOpenInItsOwnMarksIsNotUnpaired() throws Exception {
        Document target = Document.ofText("en.txt", "\"What day is it today?");
        List<Issue> mirrored = SharedCheckers.withGrammar("en")
                .check(target.pairedWith(Document.ofText("zh.txt", "“今天是什么日子了？")));
        assertTrue(mirrored.stream().noneMatch(i -> i.ruleId().equals("lt.EN_UNPAIRED_QUOTES")), mirrored.toString());
        List<Issue> added = SharedCheckers.withGrammar("en")
                .check(target.pairedWith(Document.ofText("zh.txt", "今天是什么日子了？")));
        assertTrue(added.stream().anyMatch(i -> i.text().equals("\"")), "a quote the source does not open: " + added);
    }
}
