package dev.concord.terms;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

/**
 * The keys terms and text are compared by. A key is the word in Unicode compatibility form (NFKC), case-folded for
 * its language (Turkish and Azeri keep dotted and dotless i apart), with typographic apostrophes made plain and
 * invisible characters (soft hyphens, joiners) left out. Diacritics are kept: {@code côte} and {@code cote} are two
 * words unless a term says otherwise, and then {@link #stripDiacritics} applies to both sides. Plain ASCII, most of
 * any text, takes a fast path that allocates nothing when the word is already lowercase.
 */
final class TermKeys {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private final boolean turkic;

    TermKeys(ULocale locale) {
        String language = locale.getLanguage();
        this.turkic = language.equals("tr") || language.equals("az");
    }

    /** The case-insensitive key of a word. */
    String fold(String word) {
        int n = word.length();
        boolean ascii = true;
        boolean lower = true;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            if (c >= 'A' && c <= 'Z') {
                lower = false;
            }
        }
        if (ascii && (lower || !turkic)) {
            if (lower) {
                return word;
            }
            char[] chars = new char[n];
            for (int i = 0; i < n; i++) {
                char c = word.charAt(i);
                chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return new String(chars);
        }
        String w = plainApostrophes(word);
        if (turkic) {
            w = w.replace('I', 'ı').replace('İ', 'i');
        }
        return NFKC_CASEFOLD.normalize(w);
    }

    /** The word with its capitals, in compatibility form with plain apostrophes: what case-sensitive terms compare. */
    static String exact(String word) {
        return NFKC.normalize(plainApostrophes(word));
    }

    /** A key without its diacritics (combining marks), for terms whose termbase says that accents do not matter. */
    static String stripDiacritics(String key) {
        boolean ascii = true;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return key;
        }
        String decomposed = NFD.normalize(key);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            if (UCharacter.getType(cp) != UCharacter.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return NFC.normalize(sb);
    }

    /**
     * True when the word is written in a script without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar):
     * such words are compared character by character, so that a term matches however a tokenizer segments the
     * text around it.
     */
    static boolean isUnspacedScript(String word) {
        // Thai (U+0E00) is the first of these scripts: most words are decided by their first character.
        if (word.isEmpty() || word.charAt(0) < 0x0E00) {
            return false;
        }
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int script = UScript.getScript(cp);
            if (script != UScript.HAN && script != UScript.HIRAGANA && script != UScript.KATAKANA
                    && script != UScript.THAI && script != UScript.LAO && script != UScript.KHMER
                    && script != UScript.MYANMAR) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static String plainApostrophes(String word) {
        if (word.indexOf('\u2019') < 0 && word.indexOf('\u02BC') < 0) {
            return word;
        }
        return word.replace('\u2019', '\'').replace('\u02BC', '\'');
    }
}
