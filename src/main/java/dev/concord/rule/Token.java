package dev.concord.rule;

import java.util.List;

/**
 * A token of analysed text: its UTF-16 offsets in the unit's text, its surface form, its lemmas and part-of-speech
 * tags (from LanguageTool's tagger where the language has one; else the lowercase surface form and no tags), and
 * whether it starts a sentence.
 */
public record Token(int start, int end, String text, List<String> lemmas, List<String> tags, boolean sentenceStart) {
    public Token {
        lemmas = List.copyOf(lemmas);
        tags = List.copyOf(tags);
    }

    /** True when the token holds a letter or digit (not punctuation). */
    public boolean isWord() {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** True when the token starts with an uppercase or titlecase letter. */
    public boolean isCapitalized() {
        if (text.isEmpty()) {
            return false;
        }
        int cp = text.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** True when any tag starts with {@code prefix}. */
    public boolean hasTagStartingWith(String prefix) {
        for (String t : tags) {
            if (t != null && t.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
