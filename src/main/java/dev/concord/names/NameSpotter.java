package dev.concord.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.rule.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds proper-name words in a unit's tokens: capitalised words that LanguageTool's tagger knows as proper nouns or
 * does not know at all, never a capitalised common word (a sentence-initial "Blogue", a German noun, an English
 * "President"). Words joined by hyphens are one name ("Kassym-Jomart", "Jong-un", which LanguageTool's French
 * tokenizer splits in three), and name words in a row, possibly with particles (de, van, bin...), form a run
 * ("Kassym-Jomart Tokayev", "Charles de Gaulle").
 */
final class NameSpotter {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    // Particles inside names. Not "de", "la", "der": they are prepositions and articles far more often, and a run
    // wrongly extended over "Tokaïev de Poutine" would tie two names together.
    private static final Set<String> PARTICLES = Set.of("van", "von", "ter", "bin", "ben", "ibn", "al", "el");

    /** What the spotter needs to know about a document's language. */
    record Language(String code, int script, boolean tagged) {
        /** True when a tag marks a proper noun in LanguageTool's tag set for this language. */
        boolean isProperTag(String tag) {
            return switch (code) {
                case "fr" -> tag.startsWith("Z");
                case "en" -> tag.startsWith("NNP");
                case "de", "nl", "lb" -> tag.startsWith("EIG");
                case "es", "pt", "ca", "gl", "it" -> tag.startsWith("NP");
                case "ru", "uk", "be" -> tag.contains(":Name") || tag.contains(":Fam") || tag.contains(":Patr");
                default -> false;
            };
        }
    }

    private NameSpotter() {
    }

    /**
     * The name words of a unit, in order. {@code order} numbers them across the check: the caller passes the first
     * number free and gets back mentions numbered from it.
     */
    static List<NameMention> spot(Document document, Unit unit, List<Token> tokens, Language language,
            long orderBase) {
        String text = unit.text();
        List<NameMention> out = new ArrayList<>();
        NameMention.Run run = null;
        int lastEnd = -1;
        boolean particlesOnly = true;
        int n = tokens.size();
        for (int i = 0; i < n; ) {
            Token first = tokens.get(i);
            if (!first.isWord()) {
                particlesOnly = false; // punctuation ends a name: "Tokaïev, Loukachenko"
                i++;
                continue;
            }
            // Join "Kassym" "-" "Jomart" (no spaces) into one word.
            int j = i;
            int end = first.end();
            while (j + 2 < n && isHyphen(tokens.get(j + 1)) && tokens.get(j + 1).start() == end
                    && tokens.get(j + 2).start() == tokens.get(j + 1).end() && tokens.get(j + 2).isWord()) {
                end = tokens.get(j + 2).end();
                j += 2;
            }
            List<Token> parts = new ArrayList<>();
            for (int k = i; k <= j; k += 2) {
                parts.add(tokens.get(k));
            }
            int start = first.start();
            String word = NFC.normalize(text.substring(start, end));
            i = j + 1;
            Verdict v = judge(word, parts, language);
            if (v == Verdict.NOT_A_NAME) {
                if (PARTICLES.contains(word) && run != null) {
                    continue; // may continue a run: "Charles de Gaulle"
                }
                particlesOnly = false;
                continue;
            }
            boolean joins = run != null && particlesOnly && gapIsInline(text, lastEnd, start);
            if (!joins) {
                run = new NameMention.Run();
            }
            NameMention m = new NameMention(document, unit, start, end, word, v == Verdict.KNOWN_PROPER,
                    v == Verdict.TENTATIVE, orderBase + out.size(), run);
            run.add(m);
            out.add(m);
            lastEnd = end;
            particlesOnly = true;
        }
        return out;
    }

    private static boolean gapIsInline(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHyphen(Token t) {
        String s = t.text();
        return s.length() == 1 && (s.charAt(0) == '-' || s.charAt(0) == '\u2010' || s.charAt(0) == '\u2011');
    }

    enum Verdict {
        NOT_A_NAME, KNOWN_PROPER, UNKNOWN, TENTATIVE
    }

    /** Whether a word (with its tokens) is a name word in this language. */
    static Verdict judge(String word, List<Token> parts, Language language) {
        String core = NameSkeleton.core(word);
        int cp = core.codePointAt(0);
        if (!(UCharacter.isUUppercase(cp) || UCharacter.isTitleCase(cp))) {
            return Verdict.NOT_A_NAME;
        }
        int letters = 0;
        boolean allUpper = true;
        for (int k = 0; k < core.length(); ) {
            int c = core.codePointAt(k);
            if (UCharacter.isDigit(c) || c == '_') {
                return Verdict.NOT_A_NAME; // an identifier or a model (IPv4, MP3, H2O), not a person or place
            }
            if (UCharacter.isLetter(c)) {
                letters++;
                allUpper &= UCharacter.isUUppercase(c);
                if (!inScript(c, language.script())) {
                    return Verdict.NOT_A_NAME; // another script: an original spelling, or a mixed-script slip
                }
            }
            k += Character.charCount(c);
        }
        // Acronyms and words in capitals (headings) are left alone: their case says nothing about names.
        if (letters < 2 || allUpper || startsAsAcronym(core)) {
            return Verdict.NOT_A_NAME;
        }
        if (!language.tagged()) {
            return parts.get(0).sentenceStart() ? Verdict.TENTATIVE : Verdict.UNKNOWN;
        }
        boolean proper = false;
        boolean unknown = false;
        for (Token t : parts) {
            boolean anyTag = false;
            boolean properTag = false;
            for (String tag : t.tags()) {
                if (tag == null || tag.startsWith("_") || tag.startsWith("SENT_")) {
                    continue; // LanguageTool's chunk and disambiguation markers, not parts of speech
                }
                anyTag = true;
                properTag |= language.isProperTag(tag);
            }
            if (properTag) {
                proper = true;
            } else if (!anyTag) {
                unknown = true;
            }
        }
        if (proper) {
            return Verdict.KNOWN_PROPER;
        }
        return unknown ? Verdict.UNKNOWN : Verdict.NOT_A_NAME;
    }

    /** "IPv", "SQLite", "URLs": an acronym with lower-case letters after it is a technical term, not a name. */
    private static boolean startsAsAcronym(String word) {
        return word.length() >= 3 && UCharacter.isUUppercase(word.codePointAt(0))
                && UCharacter.isUUppercase(word.codePointAt(word.offsetByCodePoints(0, 1)));
    }

    private static boolean inScript(int cp, int script) {
        if (script == UScript.INVALID_CODE || script == UScript.UNKNOWN) {
            return true;
        }
        int s = UScript.getScript(cp);
        if (s == script) {
            return true;
        }
        BitSet extensions = new BitSet();
        UScript.getScriptExtensions(cp, extensions);
        return extensions.get(script);
    }
}
