package dev.concord.grammar;

import java.util.Set;

/**
 * Tells when a LanguageTool match in a translation is on something the translator kept from the source on purpose:
 * the source's own lower-case start ("show package details" is a fragment, not a sentence), its missing full stop,
 * its column-aligning spaces, its code-like tokens ({@code CACHEDIR.TAG}, {@code %s..%s}, {@code 0:{length}}), its
 * quoting style ({@code `%s'}), and the doubled apostrophe of Java's and UI5's MessageFormat ({@code l''heure}),
 * which the application turns into one. LanguageTool reads the target alone and cannot know any of this; a
 * translation that mirrors its source there is right. These matches are dropped, not reported.
 */
final class KeptFromSource {
    /** LanguageTool's "a sentence starts with a capital" rules. */
    private static final Set<String> SENTENCE_START = Set.of("UPPERCASE_SENTENCE_START", "MAYUSCULAS_INICIO_FRASE");
    /** LanguageTool's "the paragraph lacks its final punctuation" rules. */
    private static final Set<String> FINAL_PUNCTUATION = Set.of("POINT", "PUNCTUATION_PARAGRAPH_END",
            "PUNKT_ENDE_ABSATZ", "PUNKT_ENDE_DIREKTE_REDE", "FALTA_PUNTO_FINAL");

    private KeptFromSource() {
    }

    /**
     * True when the match of {@code ruleId} on {@code target[start, end)} mirrors {@code source}, or falls on a
     * MessageFormat doubled apostrophe. Spelling matches are judged elsewhere, except for the apostrophe.
     */
    static boolean isKept(String ruleId, boolean spelling, String target, int start, int end, String source) {
        if (touchesDoubledApostrophe(target, start, end)) {
            return true;
        }
        if (source == null || source.isBlank() || spelling) {
            return false;
        }
        if (SENTENCE_START.contains(ruleId)) {
            int s = firstLetter(source);
            return s >= 0 && !Character.isUpperCase(source.codePointAt(s)) && !Character.isTitleCase(source.codePointAt(s));
        }
        if (FINAL_PUNCTUATION.contains(ruleId)) {
            String t = source.strip();
            return t.isEmpty() || ".!?…:;。！？".indexOf(t.charAt(t.length() - 1)) < 0;
        }
        String matched = target.substring(start, end);
        if (!matched.isEmpty() && matched.isBlank()) {
            // Spaces that align columns of a help text stand in the source too.
            return source.contains("  ") || source.contains(matched);
        }
        if (ruleId.contains("UNPAIRED")) {
            // An unpaired quote or bracket that the source has as often: `%s' kept as the source quotes it.
            for (int i = 0; i < matched.length(); i++) {
                char c = matched.charAt(i);
                if ("()[]{}\"'`«»“”‘’„".indexOf(c) >= 0 && count(source, c) == count(target, c) && count(source, c) > 0) {
                    return true;
                }
            }
            return false;
        }
        String run = run(target, start, end);
        return isCodeLike(run) && source.contains(run);
    }

    /** The whitespace-delimited stretch of {@code text} around {@code [start, end)}. */
    static String run(String text, int start, int end) {
        int s = start;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        int e = Math.max(end, start);
        while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /**
     * True for a stretch that is not a word with punctuation around it: it has no letter at all ({@code '..'}), or a
     * non-letter inside its letters ({@code CACHEDIR.TAG}, {@code 0:{length}}, {@code %s..%s}).
     */
    static boolean isCodeLike(String run) {
        int a = 0;
        int b = run.length();
        while (a < b && !Character.isLetterOrDigit(run.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(run.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            return !run.isEmpty();
        }
        for (int i = a; i < b; i++) {
            char c = run.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '\'' && c != '’') {
                return true;
            }
        }
        return false;
    }

    /** True when the match covers or borders a doubled ASCII apostrophe between letters ({@code l''heure}). */
    private static boolean touchesDoubledApostrophe(String text, int start, int end) {
        int from = Math.max(0, start - 2);
        int to = Math.min(text.length(), end + 2);
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == '\'' && text.charAt(i + 1) == '\'' && i > 0 && i + 2 < text.length()
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** The first letter of the text that is not part of a placeholder ({@code %s}, {@code {0}}); -1 if none. */
    private static int firstLetter(String s) {
        boolean inBraces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                inBraces = true;
            } else if (c == '}') {
                inBraces = false;
            } else if (Character.isLetter(c) && !inBraces && (i == 0 || s.charAt(i - 1) != '%')) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
