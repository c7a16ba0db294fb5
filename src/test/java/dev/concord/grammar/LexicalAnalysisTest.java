package dev.concord.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.concord.SharedCheckers;
import dev.concord.rule.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;

/** Tokenizing and tagging without disambiguation must give what LanguageTool's tagger gives, in any order. */
class LexicalAnalysisTest {
    private static final List<String> FRENCH = List.of(
            "Les organisateurs ont installé les mises à jour du serveur.",
            "Le M.\u00A0Dupont est arrivé à 10\u202Fh avec l'équipe.",
            "Ils se sont réunis : « Il faut partir. »");
    private static final List<String> GERMAN = List.of(
            "Er sagte: Gehen wir nach Hause.",
            "Gehen ist gesund, sagt die Ärztin.",
            "Die Mitarbeiter:innen sind da.");
    private static final List<String> ENGLISH = List.of(
            "The organizers installed the updates.",
            "Updates were installed by the organizers.");

    @Test
    void readingsAreTheTaggersInEverySentenceWhateverWasTaggedBefore() throws Exception {
        for (List<String> sentences : List.of(FRENCH, GERMAN, ENGLISH)) {
            String code = sentences == FRENCH ? "fr" : sentences == GERMAN ? "de" : "en";
            Language language = LanguageToolLanguages.find(new ULocale(code));
            List<String> reversed = new ArrayList<>(sentences);
            java.util.Collections.reverse(reversed);
            for (List<String> order : List.of(sentences, reversed)) {
                LexicalAnalysis lexical = new LexicalAnalysis(language);
                for (String s : order) {
                    assertEquals(expected(language, s), words(lexical.tokens(s)), code + ": " + s);
                }
            }
        }
    }

    @Test
    void spacesOfEveryKindAreNotTokensAndSoftHyphensDoNotHideTheWord() throws Exception {
        LexicalAnalysis lexical = new LexicalAnalysis(LanguageToolLanguages.find(new ULocale("fr")));
        List<Token> tokens = lexical.tokens("\u00A0Les organi\u00ADsateurs à 10\u202Fh.");
        assertEquals(List.of("Les", "organi\u00ADsateurs", "à", "10", "h", "."),
                tokens.stream().map(Token::text).toList());
        assertTrue(tokens.get(0).sentenceStart(), "the first word opens the sentence, not the space before it");
        assertTrue(tokens.get(1).lemmas().contains("organisateur"), tokens.get(1).toString());
        assertEquals(" Les organi\u00ADsateurs".length() - "organi\u00ADsateurs".length(), tokens.get(1).start());
    }

    @Test
    void aWordTaggedAloneForAMultiWordExpressionDoesNotChangeItsReadingsInSentences() throws Exception {
        LexicalAnalysis lexical = new LexicalAnalysis(LanguageToolLanguages.find(new ULocale("de")));
        lexical.readingOf("Gehen");
        String s = "Wir wollen Gehen lernen.";
        assertEquals(expected(LanguageToolLanguages.find(new ULocale("de")), s), words(lexical.tokens(s)));
    }

    /** Each word with its lemmas and tags, as LanguageTool's own tokenizer and tagger give them for the sentence. */
    private static List<String> expected(Language language, String sentence) throws Exception {
        return SharedCheckers.pools().withAnalyzer(language,
                lt -> words(LanguageToolAnalyzer.tokens(List.of(lt.getRawAnalyzedSentence(sentence)))));
    }

    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(t -> t.start() + ":" + t.text() + t.lemmas() + t.tags()).toList();
    }
}
