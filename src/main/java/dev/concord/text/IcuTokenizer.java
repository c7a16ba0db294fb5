package dev.concord.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.concord.rule.Token;
import java.util.ArrayList;
import java.util.List;

/** Word tokens by ICU's word and sentence boundaries, for languages without a LanguageTool module. */
public final class IcuTokenizer {
    private IcuTokenizer() {
    }

    /** Tokens of {@code text}: words and punctuation, no whitespace; the lemma is the lowercase form. */
    public static List<Token> tokenize(String text, ULocale locale) {
        List<Token> out = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(text);
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        int nextSentence = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String piece = text.substring(start, end);
            if (piece.isBlank()) {
                continue;
            }
            boolean sentenceStart = false;
            if (start >= nextSentence) {
                sentenceStart = true;
                nextSentence = sentences.following(start);
                if (nextSentence == BreakIterator.DONE) {
                    nextSentence = Integer.MAX_VALUE;
                }
            }
            out.add(new Token(start, end, piece, List.of(UCharacter.toLowerCase(locale, piece)), List.of(),
                    sentenceStart));
        }
        return out;
    }
}
