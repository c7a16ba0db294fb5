package dev.concord.grammar;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells whether a word flagged by a spelling rule is a proper name. It must be capitalised, and then: the source
 * text of its unit holds it (names pass through translation unchanged); or, in languages that capitalise only names
 * and sentence starts, it stands inside a sentence, or the text writes it so elsewhere ("Tokaïev a dit..." after
 * "...de Tokaïev"). German capitalises every noun, so there a capitalised word counts as a name only when the text
 * writes it capitalised inside sentences at least twice: a typo is rarely made twice the same way.
 */
final class ProperNames {
    private final String text;
    private final boolean nounsCapitalized;
    private Map<String, Integer> namesInsideSentences;

    ProperNames(String text, String languageCode) {
        this.text = text;
        this.nounsCapitalized = languageCode.equals("de") || languageCode.equals("lb");
    }

    /** True when [from, to) of the text is a capitalised word that reads as a name; {@code source} may be null. */
    boolean isName(int from, int to, String source) {
        if (from >= to || !isCapitalized(from)) {
            return false;
        }
        String word = text.substring(from, to);
        if (source != null && containsWord(source, word)) {
            return true;
        }
        if (nounsCapitalized) {
            return namesInsideSentences().getOrDefault(word, 0) >= 2;
        }
        return !startsSentence(text, from) || namesInsideSentences().containsKey(word);
    }

    /** True when {@code word} stands in {@code haystack} as a whole word. */
    static boolean containsWord(String haystack, String word) {
        return dev.concord.text.Words.standsAsWord(haystack, word);
    }

    private boolean isCapitalized(int offset) {
        int cp = text.codePointAt(offset);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** True when only opening punctuation and spaces stand between {@code offset} and a sentence's start. */
    static boolean startsSentence(String text, int offset) {
        int i = offset - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'«»“”‘’„([{¿¡—–-*_#>".indexOf(c) >= 0) {
                if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                    return true;
                }
                i--;
                continue;
            }
            return ".!?…。！？".indexOf(c) >= 0;
        }
        return true;
    }

    /** Capitalised words that stand inside sentences, with how often. */
    private Map<String, Integer> namesInsideSentences() {
        if (namesInsideSentences == null) {
            namesInsideSentences = new HashMap<>();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (Character.isLetter(cp) && (i == 0 || !Character.isLetter(text.codePointBefore(i)))) {
                    int end = i;
                    while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
                        end += Character.charCount(text.codePointAt(end));
                    }
                    if ((Character.isUpperCase(cp) || Character.isTitleCase(cp)) && !startsSentence(text, i)) {
                        namesInsideSentences.merge(text.substring(i, end), 1, Integer::sum);
                    }
                    i = end;
                } else {
                    i += Character.charCount(cp);
                }
            }
        }
        return namesInsideSentences;
    }
}
