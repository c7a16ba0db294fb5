package dev.concord.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.SharedCheckers;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.rule.Finding;
import dev.concord.rule.RuleContext;
import dev.concord.rule.RuleSetup;
import dev.concord.rule.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * locale.variant on real LanguageTool tokens. Texts with a bare language run through the shared checkers end to
 * end; texts with a region (en-GB, fr-CA, de-CH, pt-PT) run the rule on the tokens of the shared language's
 * LanguageTool (its tagger is the same for every variant), so that no test builds another LanguageTool.
 */
class RegionalVariantRuleTest {
    private static final String RULE = "locale.variant";

    /** What the rule reports for a text in {@code locale}: flagged text, severity, suggestion. */
    private record Found(String text, Severity severity, String suggestion, String message) {
    }

    private static List<Found> check(String locale, String text) {
        ULocale l = ULocale.forLanguageTag(locale);
        LanguageToolAnalyzer shared = new LanguageToolAnalyzer(
                SharedCheckers.withGrammar(l.getLanguage()).languageToolPools());
        TextAnalyzer byLanguage = (t, loc) -> shared.analyze(t, new ULocale(loc.getLanguage()));
        RuleSetup setup = new RuleSetup() {
            @Override
            public <T> Optional<T> component(Class<T> type) {
                return Optional.empty();
            }

            @Override
            public Map<String, String> options() {
                return Map.of();
            }
        };
        Document doc = Document.ofText("t.txt", text).withTargetLocale(locale);
        List<Finding> findings = new ArrayList<>();
        new RegionalVariantRule().check(List.of(doc), new RuleContext(setup, byLanguage, l, null), findings::add);
        return findings.stream().map(f -> new Found(f.unit().text().substring(f.targetStart(), f.targetEnd()),
                f.severity(), f.suggestions().isEmpty() ? null : f.suggestions().get(0), f.message())).toList();
    }

    private static List<Issue> endToEnd(String language, String text) {
        return SharedCheckers.withGrammar(language).check(Document.ofText("t.txt", text)).stream()
                .filter(i -> i.ruleId().equals(RULE)).toList();
    }

    @Test
    void bareFrenchMeansFranceFrenchAndQuebecWordsAreInfo() {
        List<Issue> found = endToEnd("fr", "Blogue et articles\n\nLisez nos articles sur la politique.");
        assertEquals(1, found.size());
        Issue blogue = found.get(0);
        assertEquals("Blogue", blogue.text());
        assertEquals(List.of("Blog"), blogue.suggestions());
        assertEquals(Severity.INFO, blogue.severity());
        assertEquals(IssueType.LOCALE_VIOLATION, blogue.type());
        assertTrue(blogue.message().contains("declare fr-CA"), blogue.message());
    }

    @Test
    void bareFrenchThatIsClearlyQuebecFrenchIsCheckedAsSuch() {
        // Three Québec words and one France word: the text is Québec French, the France word is the odd one.
        List<Issue> found = endToEnd("fr", "Bonne fin de semaine ! On va magasiner, puis lire mon blogue. "
                + "Ce week-end, je me repose.");
        assertEquals(List.of("week-end"), found.stream().map(Issue::text).toList());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(List.of("fin de semaine"), found.get(0).suggestions());
    }

    @Test
    void franceFrenchDeclaredReportsInflectedQuebecWords() {
        List<Found> found = check("fr-FR", "Nos blogues parlent de tout. Nous magasinons le samedi. "
                + "Bonne fin de semaine à tous !");
        assertEquals(List.of("blogues", "magasinons", "fin de semaine"), found.stream().map(Found::text).toList());
        assertEquals("blogs", found.get(0).suggestion());
        assertEquals("faire les courses", found.get(1).suggestion());
        assertEquals("week-end", found.get(2).suggestion());
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARNING));
    }

    @Test
    void franceFrenchQuietForSharedWordsAndOtherSenses() {
        assertEquals(List.of(), check("fr-FR", "Envoyez un courriel. Pas de pourriel. Il blogue tous les jours. "
                + "Je travaille en fin de semaine. Le blog de Paris."));
    }

    @Test
    void quebecFrenchReportsFranceAnglicisms() {
        List<Found> found = check("fr-CA", "Bon week-end ! Envoyez-moi un e-mail. Le courriel suffit.");
        assertEquals(List.of("week-end", "e-mail"), found.stream().map(Found::text).toList());
        assertEquals("fin de semaine", found.get(0).suggestion());
        assertEquals("courriel", found.get(1).suggestion());
    }

    @Test
    void americanEnglishDeclaredReportsBritishSpellings() {
        List<Found> found = check("en-US", "The colours were organised by the travellers. The Labour Party met "
                + "at the World Trade Center.");
        assertEquals(List.of("colours", "organised", "travellers"), found.stream().map(Found::text).toList());
        assertEquals(List.of("colors", "organized", "travelers"), found.stream().map(Found::suggestion).toList());
    }

    @Test
    void britishEnglishDeclaredReportsAmericanSpellingsButNotOxfordOrAmbiguousOnes() {
        List<Found> found = check("en-GB", "The color of the center. We organize a program. Please check "
                + "the tire.");
        assertEquals(List.of("color", "center"), found.stream().map(Found::text).toList());
        assertEquals(List.of("colour", "centre"), found.stream().map(Found::suggestion).toList());
        assertEquals(List.of(), check("en-AU", "The colour of the centre is grey."), "en-AU follows en-GB");
    }

    @Test
    void bareEnglishMixedReportsTheMinority() {
        List<Issue> found = endToEnd("en", "The color of the center was gray. We analyzed the behavior. "
                + "The colour was nice.");
        assertEquals(List.of("colour"), found.stream().map(Issue::text).toList());
        assertEquals(Severity.WARNING, found.get(0).severity());
        // Clearly British without a region: checked as British, so nothing to report.
        assertEquals(List.of(), endToEnd("en", "The colour of the centre was grey. We analysed the behaviour."));
    }

    @Test
    void canadianEnglishIsOnlyCheckedForMixing() {
        assertEquals(List.of(), check("en-CA", "The colour of the centre."));
        List<Found> found = check("en-CA", "The colour of the centre, the flavour, and the color.");
        assertEquals(List.of("color"), found.stream().map(Found::text).toList());
    }

    @Test
    void swissGermanWritesNoSharpS() {
        List<Found> found = check("de-CH", "Die Straße ist groß. Das Velo steht dort.");
        assertEquals(List.of("Straße", "groß"), found.stream().map(Found::text).toList());
        assertEquals(List.of("Strasse", "gross"), found.stream().map(Found::suggestion).toList());
    }

    @Test
    void germanGermanReportsSwissSpellingsButNotWordsWithSs() {
        List<Found> found = check("de-DE", "Die Strasse ist gross. Das Velo steht dort. Die Masse, dass, "
                + "der Fluss, das Schloss.");
        assertEquals(List.of("Strasse", "gross", "Velo"), found.stream().map(Found::text).toList());
        assertEquals(List.of("Straße", "groß", "Fahrrad"), found.stream().map(Found::suggestion).toList());
        assertEquals(List.of(), endToEnd("de", "Die Straße ist groß. Die Masse, dass, der Fluss."));
    }

    @Test
    void portugueseVariants() {
        List<Found> pt = check("pt-PT", "O ônibus chegou. A recepção foi económica.");
        assertEquals(List.of("ônibus", "recepção"), pt.stream().map(Found::text).toList());
        assertEquals(List.of("autocarro", "receção"), pt.stream().map(Found::suggestion).toList());
        List<Found> br = check("pt-BR", "O autocarro chegou ao fato. O fenómeno.");
        assertEquals(List.of("autocarro", "fenómeno"), br.stream().map(Found::text).toList());
    }

    @Test
    void inflectionTransfer() {
        assertEquals("colors", RegionalVariantRule.inflect("colours", "colour", "color"));
        assertEquals("organized", RegionalVariantRule.inflect("organised", "organise", "organize"));
        assertEquals("blogs", RegionalVariantRule.inflect("blogues", "blogue", "blog"));
        assertEquals("faire les courses", RegionalVariantRule.inflect("magasinons", "magasiner", "faire les courses"));
    }
}
