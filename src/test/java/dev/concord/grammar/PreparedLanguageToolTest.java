package dev.concord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ibm.icu.util.ULocale;
import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.SharedCheckers;
import dev.concord.Unit;
import dev.concord.rule.RuleContext;
import dev.concord.rule.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;

/**
 * Concord splits paragraphs itself, analyses them once and has LanguageTool check that analysis: the matches must be
 * exactly those of LanguageTool's own {@code check} on the same text, and the tokens exactly those of each unit
 * analysed alone.
 */
class PreparedLanguageToolTest {
    private static final String FRENCH = String.join("\n\n",
            "nouvelles",
            "Les mécontents de l'élection veulent organiser de nouvelles manifestations au Kazakhstan.",
            "Il a mangé une pomne. Les les enfants jouent dans le jardin ! Le M. Dupont est arrivé à 10 h.",
            "Ce sont des erreur de grammaire, n'est il pas ? Voir https://example.org/a.b pour plus d'informations.",
            ".",
            "« Citation entre guillemets » , suivie d'une virgule mal placée .",
            "Une ligne\nqui continue sur la suivante sans point",
            "à l'étage");
    private static final String ENGLISH = String.join("\n\n",
            "This sentence has a speling error. This is is doubled.",
            "He said \"hello\" , then left.\nA new line in the same paragraph, e.g. here.",
            "i think its fine, isnt it?");

    private static List<String> matches(List<RuleMatch> found) {
        List<String> out = new ArrayList<>();
        for (RuleMatch m : found) {
            out.add(m.getRule().getFullId() + "@" + m.getFromPos() + "-" + m.getToPos() + ":" + m.getMessage()
                    + m.getSuggestedReplacements());
        }
        return out;
    }

    private static void assertSameAsLanguageTool(String language, String text) {
        LanguageToolPools pools = SharedCheckers.pools();
        Language lt = LanguageToolLanguages.find(new ULocale(language));
        List<String> paragraphs = Arrays.asList(text.split("\n\n", -1));
        pools.clearCaches();
        // Analysed by a light object (no rules of LanguageTool's own), checked by a full one, as a check does.
        PreparedLanguageTool.Analysis analysis = pools.withPrepared(lt, false, t -> t.analyze(paragraphs));
        List<String> own = pools.withPrepared(lt, true, t -> matches(t.check(analysis)));
        pools.clearCaches();
        List<String> plain = pools.with(lt, t -> matches(t.check(text)));
        assertFalse(plain.isEmpty(), "the texts have errors to compare");
        assertEquals(plain, own);
        // And again from the caches (paragraph splits, analyses, results).
        assertEquals(plain, pools.withPrepared(lt, true, t -> matches(t.check(t.analyze(paragraphs)))));
    }

    @Test
    void matchesAreLanguageToolsOwn() throws Exception {
        assertSameAsLanguageTool("fr", FRENCH);
        assertSameAsLanguageTool("en", ENGLISH);
        assertSameAsLanguageTool("fr", Files.readString(Path.of("examples/kazakhstan/target.fr.txt")).strip());
        assertSameAsLanguageTool("en", Files.readString(Path.of("examples/kazakhstan/source.en.txt")).strip());
    }

    @Test
    void sentencesAreLanguageToolsOwnSplit() {
        Language lt = LanguageToolLanguages.find(new ULocale("fr"));
        List<String> paragraphs = Arrays.asList(FRENCH.split("\n\n", -1));
        List<String> own = SharedCheckers.pools().withPrepared(lt, false, t -> t.analyze(paragraphs).sentences());
        List<String> plain = SharedCheckers.pools().with(lt, t -> t.sentenceTokenize(FRENCH));
        assertEquals(plain, own);
    }

    @Test
    void anEmptyParagraphFallsBackToSplittingTheWholeText() {
        Language lt = LanguageToolLanguages.find(new ULocale("fr"));
        List<String> paragraphs = List.of("Un.", "", "Deux.");
        String text = "Un.\n\n\n\nDeux.";
        List<String> own = SharedCheckers.pools().withPrepared(lt, false, t -> t.analyze(paragraphs).sentences());
        assertEquals(SharedCheckers.pools().with(lt, t -> t.sentenceTokenize(text)), own);
        assertEquals(text, String.join("", own));
    }

    @Test
    void unitTokensAreThoseOfEachUnitAnalysedAlone() {
        Checker checker = SharedCheckers.withGrammar("fr");
        Document doc = Document.ofText("t.txt", FRENCH);
        LanguageToolAnalyzer analyzer = new LanguageToolAnalyzer(checker.languageToolPools());
        RuleContext context = new RuleContext(null, analyzer, new ULocale("fr"), null);
        for (Unit unit : doc.units()) {
            List<Token> shared = context.tokens(doc, unit);
            List<Token> alone = analyzer.analyze(unit.text(), new ULocale("fr"));
            assertEquals(alone, shared, unit.text());
        }
    }

    @Test
    void aLongDocumentGivesTheSameTokensAndMatchesWhicheverReaderOfItsAnalysisComesFirst() {
        // Over 256 KB, a document is analysed in pieces whose analysis is let go once both the tokens and the check
        // have had it: neither reader may get less when it comes first or second.
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append(i == 0 ? "" : "\n\n").append("Paragraphe ").append(i).append(". ").append(FRENCH);
        }
        Language fr = LanguageToolLanguages.find(new ULocale("fr"));
        LanguageToolPools pools = SharedCheckers.pools();
        Document doc = Document.ofText("long.txt", text.toString());
        LanguageToolAnalyzer analyzer = new LanguageToolAnalyzer(pools);

        RuleContext tokensFirst = new RuleContext(null, analyzer, new ULocale("fr"), null);
        List<List<Token>> tokensA = new ArrayList<>();
        doc.units().forEach(u -> tokensA.add(tokensFirst.tokens(doc, u)));
        List<String> matchesA = matchTexts(LanguageToolPass.addedRulesOnly(doc, fr, pools, tokensFirst));

        RuleContext checkFirst = new RuleContext(null, analyzer, new ULocale("fr"), null);
        List<String> matchesB = matchTexts(LanguageToolPass.addedRulesOnly(doc, fr, pools, checkFirst));
        List<List<Token>> tokensB = new ArrayList<>();
        doc.units().forEach(u -> tokensB.add(checkFirst.tokens(doc, u)));

        assertEquals(tokensA, tokensB);
        assertEquals(matchesA, matchesB);
        assertFalse(matchesA.isEmpty(), "the rule packs find the slips of the text");
        Unit last = doc.units().get(doc.units().size() - 1);
        assertEquals(analyzer.analyze(last.text(), new ULocale("fr")), tokensB.get(tokensB.size() - 1),
                "the last piece's tokens are placed in their own unit");
    }

    private static List<String> matchTexts(LanguageToolPass.Result result) {
        return result.matches().stream().map(m -> m.unit().id() + ":" + m.start() + "-" + m.end() + " "
                + m.match().getRule().getId()).toList();
    }

    @Test
    void piecesPutEndToEndAreTheWholeText() {
        Language lt = LanguageToolLanguages.find(new ULocale("fr"));
        LanguageToolPools pools = SharedCheckers.pools();
        List<String> paragraphs = Arrays.asList(FRENCH.split("\n\n", -1));
        PreparedLanguageTool.Analysis whole = pools.withPrepared(lt, false, t -> t.analyze(paragraphs));
        PreparedLanguageTool.Analysis first = pools.withPrepared(lt, false, t -> t.analyze(paragraphs.subList(0, 3), true, false));
        PreparedLanguageTool.Analysis rest = pools.withPrepared(lt, false,
                t -> t.analyze(paragraphs.subList(3, paragraphs.size()), false, false));
        assertEquals(whole.text(), first.text() + rest.text());
        List<String> sentences = new ArrayList<>(first.sentences());
        sentences.addAll(rest.sentences());
        assertEquals(whole.sentences(), sentences);
        List<Token> tokens = new ArrayList<>(LanguageToolAnalyzer.tokens(first.analyzed()));
        for (Token k : LanguageToolAnalyzer.tokens(rest.analyzed())) {
            int shift = first.text().length();
            tokens.add(new Token(k.start() + shift, k.end() + shift, k.text(), k.lemmas(), k.tags(), k.sentenceStart()));
        }
        assertEquals(LanguageToolAnalyzer.tokens(whole.analyzed()), tokens);
        // Sentence-level matches are the same checked in pieces; only rules that look across paragraphs may differ.
        List<String> inPieces = new ArrayList<>(sentenceLevel(pools.withPrepared(lt, true, t -> t.check(first)), 0));
        inPieces.addAll(sentenceLevel(pools.withPrepared(lt, true, t -> t.check(rest)), first.text().length()));
        assertEquals(sentenceLevel(pools.withPrepared(lt, true, t -> t.check(whole)), 0), inPieces);
    }

    private static List<String> sentenceLevel(List<RuleMatch> found, int shift) {
        List<String> out = new ArrayList<>();
        for (RuleMatch m : found) {
            if (!(m.getRule() instanceof org.languagetool.rules.TextLevelRule)) {
                out.add(m.getRule().getFullId() + "@" + (m.getFromPos() + shift) + "-" + (m.getToPos() + shift));
            }
        }
        return out;
    }
}
