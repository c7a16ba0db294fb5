package dev.concord.pack;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import dev.concord.rule.Token;
import dev.concord.text.BoundedRegex;
import dev.concord.text.RegexOverrunException;
import java.util.function.Supplier;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternToken;

/**
 * Which texts the pack rules of one language may match, told from the raw text before LanguageTool analyses
 * anything but the words' lemmas. A pattern matches only where each of its required tokens has a word to match: a
 * text that lacks every word one of those tokens accepts (its string, the alternatives of a plain alternation, a word
 * the tagger reads as an inflected token's lemma) cannot match, so a check need not analyse it for the packs. The
 * test errs one way only: a token whose words cannot be listed (a part-of-speech tag, an open regular expression)
 * rules nothing out, and a regular expression is tried on the whole text. A rule's regular expression is matched with
 * {@link BoundedRegex}: one that overruns its budget on a text rules nothing out there and is told to the caller's
 * {@link Overruns}, which may then have the screen stop trying it.
 * Immutable and thread-safe.
 */
final class TargetScreen {
    /** What a required token needs of a text; true when the text may hold a word it matches. */
    private interface Need {
        /**
         * True when the text may hold a match.
         *
         * @throws RegexOverrunException when a pack's regular expression took too many steps on the text
         */
        boolean metBy(Text text);
    }

    /**
     * Where the screen tells of regular expressions that overran (one document's check, say): a rule it has given up
     * on has its regular expressions taken as met without trying them, so one bad pattern costs one budget, not one per
     * unit. Not thread-safe: one per document.
     */
    interface Overruns {
        /** Overruns that nobody records: every regular expression is tried on every text. */
        Overruns IGNORED = new Overruns() {
            @Override
            public boolean gaveUp(RulePacks.Loaded rule) {
                return false;
            }

            @Override
            public void overran(RulePacks.Loaded rule, RegexOverrunException e) {
            }
        };

        /** True when the screen no longer tries the rule's regular expressions. */
        boolean gaveUp(RulePacks.Loaded rule);

        /** The rule's regular expression overran its budget on the text being screened. */
        void overran(RulePacks.Loaded rule, RegexOverrunException e);
    }

    /**
     * One of these words (folded), as a whole word: a word of letters alone (or digits alone) must be one of the
     * text's runs of such characters, any other anywhere in the text.
     */
    private record Words(Set<String> runWords, List<String> otherWords) implements Need {
        static Words of(Set<String> folded) {
            Set<String> runs = new HashSet<>();
            List<String> others = new ArrayList<>();
            for (String w : folded) {
                if (isRun(w)) {
                    runs.add(w);
                } else {
                    others.add(w);
                }
            }
            return new Words(Set.copyOf(runs), List.copyOf(others));
        }

        int size() {
            return runWords.size() + otherWords.size();
        }

        @Override
        public boolean metBy(Text text) {
            for (String w : otherWords) {
                if (text.folded.contains(w)) {
                    return true;
                }
            }
            if (runWords.size() < text.runs.size()) {
                for (String w : runWords) {
                    if (text.runs.contains(w)) {
                        return true;
                    }
                }
            } else {
                for (String r : text.runs) {
                    if (runWords.contains(r)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * A word read as one of these lemmas (folded) by LanguageTool's tagger, or written as one: an inflected token.
     * The tagger's readings of a word, before the disambiguator narrows them, hold every lemma a full analysis can give.
     */
    private record Lemmas(Set<String> lemmas) implements Need {
        @Override
        public boolean metBy(Text text) {
            for (String l : lemmas) {
                if (text.lemmas().contains(l) || text.runs.contains(l)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A word with a reading whose part-of-speech tag is this one (or matches it), by the tagger's readings. */
    private record Tag(Pattern tag) implements Need {
        @Override
        public boolean metBy(Text text) {
            for (String t : text.tags()) {
                if (BoundedRegex.matches(tag, t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A match of the token's regular expression somewhere in the text. */
    private record Find(Pattern pattern) implements Need {
        @Override
        public boolean metBy(Text text) {
            return BoundedRegex.find(pattern, text.normalized)
                    || (!text.raw.equals(text.normalized) && BoundedRegex.find(pattern, text.raw));
        }
    }

    /** A rule and what it needs; {@code anchor} (one of {@code needs}, or null) is the one the index holds. */
    private record Screened(RulePacks.Loaded rule, List<Need> needs, Need anchor) {
        boolean mayMatch(Text text, Overruns overruns) {
            for (Need n : needs) {
                if (n != anchor && !metBy(n, text, overruns)) {
                    return false;
                }
            }
            return true;
        }

        /** True when the need is met; a need whose regular expression overran (now or before) rules nothing out. */
        private boolean metBy(Need n, Text text, Overruns overruns) {
            if ((n instanceof Find || n instanceof Tag) && overruns.gaveUp(rule)) {
                return true;
            }
            try {
                return n.metBy(text);
            } catch (RegexOverrunException e) {
                overruns.overran(rule, e);
                return true;
            }
        }
    }

    /**
     * A text as the needs read it: raw, normalized, folded, its runs of letters and of digits (folded), and the
     * lemmas of its words (folded), asked for only when a rule needs a lemma.
     */
    static final class Text {
        final String raw;
        final String normalized;
        final String folded;
        final Set<String> runs = new HashSet<>();
        private final Supplier<List<Token>> tokens;
        private Set<String> lemmas;
        private Set<String> tags;

        Text(String raw, Supplier<List<Token>> tokens) {
            this.raw = raw;
            this.tokens = tokens;
            // Typographic apostrophes are read as straight ones, and a soft hyphen both as nothing and as a break:
            // whatever LanguageTool makes of them, the test then sees it too.
            String withSoftHyphens = fold(normalize(raw));
            this.normalized = normalize(raw).replace("\u00AD", "");
            this.folded = withSoftHyphens.replace("\u00AD", "");
            addRuns(folded, runs);
            if (withSoftHyphens.length() != folded.length()) {
                addRuns(withSoftHyphens, runs);
            }
        }

        Set<String> lemmas() {
            if (lemmas == null) {
                lemmas = new HashSet<>();
                for (Token t : tokens.get()) {
                    for (String l : t.lemmas()) {
                        lemmas.add(fold(normalize(l)));
                    }
                }
            }
            return lemmas;
        }

        Set<String> tags() {
            if (tags == null) {
                tags = new HashSet<>();
                for (Token t : tokens.get()) {
                    for (String tag : t.tags()) {
                        if (tag != null) {
                            tags.add(tag);
                        }
                    }
                }
            }
            return tags;
        }
    }

    private final List<Screened> unanchored = new ArrayList<>();
    private final Map<RulePacks.Loaded, Screened> screened = new java.util.IdentityHashMap<>();
    private final Map<String, List<Screened>> byRunWord = new HashMap<>();
    private final Map<String, List<Screened>> byLemma = new HashMap<>();
    /** Anchored rules whose anchor has words that are not runs: looked for in the whole text. */
    private final List<Screened> bySubstring = new ArrayList<>();

    /** The screen of the target patterns of {@code rules}, or of their source patterns with {@code source}. */
    TargetScreen(List<RulePacks.Loaded> rules, boolean source) {
        for (RulePacks.Loaded rule : rules) {
            AbstractPatternRule pattern = source ? rule.sourcePattern() : rule.target();
            if (pattern == null) {
                continue;
            }
            List<Need> needs = new ArrayList<>();
            for (PatternToken t : pattern.getPatternTokens()) {
                Need n = need(t);
                if (n != null) {
                    needs.add(n);
                }
                Need tag = tagNeed(t);
                if (tag != null) {
                    needs.add(tag);
                }
                Need last = lastWordNeed(t);
                if (last != null) {
                    needs.add(last);
                }
            }
            // Anchored on the fewest words; on lemmas only where no word is required, since lemmas need the tagger.
            Words words = null;
            Lemmas lemmas = null;
            for (Need n : needs) {
                if (n instanceof Words w && (words == null || w.size() < words.size())) {
                    words = w;
                } else if (n instanceof Lemmas l && (lemmas == null || l.lemmas().size() < lemmas.lemmas().size())) {
                    lemmas = l;
                }
            }
            Need anchor = words != null ? words : lemmas;
            Screened s = new Screened(rule, List.copyOf(needs), anchor);
            screened.put(rule, s);
            if (anchor == null) {
                unanchored.add(s);
            } else if (words != null && words.otherWords().isEmpty()) {
                for (String w : words.runWords()) {
                    byRunWord.computeIfAbsent(w, k -> new ArrayList<>()).add(s);
                }
            } else if (words == null) {
                for (String l : lemmas.lemmas()) {
                    byLemma.computeIfAbsent(l, k -> new ArrayList<>()).add(s);
                }
            } else {
                bySubstring.add(s);
            }
        }
    }

    /** True when {@code rule}'s pattern (as this screen reads it) may match {@code text}. */
    boolean mayMatch(RulePacks.Loaded rule, String text, Supplier<List<Token>> tokens, Overruns overruns) {
        Screened s = screened.get(rule);
        if (s == null) {
            return true;
        }
        Text t = new Text(text, tokens);
        return (s.anchor() == null || s.anchor().metBy(t)) && s.mayMatch(t, overruns);
    }

    /**
     * True when one of the rules that {@code active} accepts may match {@code text}, whose tokens (with the tagger's
     * lemmas) {@code tokens} gives when a rule needs them.
     */
    boolean mayMatch(String text, Supplier<List<Token>> tokens, Predicate<RulePacks.Loaded> active,
            Overruns overruns) {
        Text t = new Text(text, tokens);
        for (Screened s : unanchored) {
            if (active.test(s.rule()) && s.mayMatch(t, overruns)) {
                return true;
            }
        }
        if (anyMayMatch(byRunWord, t.runs, t, active, overruns)) {
            return true;
        }
        for (Screened s : bySubstring) {
            if (active.test(s.rule()) && s.anchor().metBy(t) && s.mayMatch(t, overruns)) {
                return true;
            }
        }
        // A lemma anchor is met by a reading's lemma, or by the word itself (a form the tagger does not know).
        return !byLemma.isEmpty() && (anyMayMatch(byLemma, t.lemmas(), t, active, overruns)
                || anyMayMatch(byLemma, t.runs, t, active, overruns));
    }

    /** True when a rule indexed under one of {@code keys}, and accepted by {@code active}, may match the text. */
    private static boolean anyMayMatch(Map<String, List<Screened>> index, Iterable<String> keys, Text t,
            Predicate<RulePacks.Loaded> active, Overruns overruns) {
        for (String key : keys) {
            List<Screened> found = index.get(key);
            if (found != null) {
                for (Screened s : found) {
                    if (active.test(s.rule()) && s.mayMatch(t, overruns)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The part-of-speech tag a required token asks for, as a need, or null: none asked, negated, or one that
     * LanguageTool's own markers (sentence start, unknown words) answer rather than the tagger.
     */
    private static Need tagNeed(PatternToken t) {
        String tag = t.getPOStag();
        if (tag == null || tag.isEmpty() || t.getMinOccurrence() < 1 || t.getNegation() || t.getPOSNegation()
                || t.hasOrGroup() || t.isReferenceElement() || tag.contains("SENT_") || tag.contains("UNKNOWN")
                || tag.contains("PARA_END")) {
            return null;
        }
        return new Tag(t.isPOStagRegularExpression() ? Pattern.compile(tag) : Pattern.compile(Pattern.quote(tag)));
    }

    /**
     * A word token that must end its sentence (a one-word button: {@code <token postag="SENT_END">next</token>}): its
     * word then stands last in the text or before a line break, with nothing but spaces after it, since LanguageTool
     * ends a sentence elsewhere only after punctuation, which would be the sentence's last token instead.
     */
    private static Need lastWordNeed(PatternToken t) {
        String s = t.getString();
        if (!"SENT_END".equals(t.getPOStag()) || t.isPOStagRegularExpression() || s == null || s.isEmpty()
                || t.isInflected() || t.getMinOccurrence() < 1 || t.getNegation() || t.getPOSNegation()
                || t.hasOrGroup() || t.isReferenceElement()) {
            return null;
        }
        Set<String> words = t.isRegularExpression() ? literalAlternatives(s) : Set.of(s);
        if (words == null) {
            return null;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String w : words) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        return new Find(Pattern.compile("(?:" + alternatives + ")[\\p{Zs}\\t]*(?:\\z|[\\n\\r\\u2028\\u2029])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** What a pattern token needs of any text it matches in, or null when that cannot be told from the raw text. */
    private static Need need(PatternToken t) {
        String s = t.getString();
        if (s == null || s.isEmpty() || t.getMinOccurrence() < 1 || t.getNegation() || t.hasOrGroup()
                || t.isReferenceElement()) {
            return null;
        }
        if (!t.isInflected()) {
            if (!t.isRegularExpression()) {
                return words(Set.of(s));
            }
            Set<String> alternatives = literalAlternatives(s);
            if (alternatives != null) {
                return words(alternatives);
            }
            return findable(s) ? new Find(Pattern.compile(s, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) : null;
        }
        Set<String> lemmas = t.isRegularExpression() ? literalAlternatives(s) : Set.of(s);
        if (lemmas == null) {
            return null;
        }
        Set<String> folded = new HashSet<>();
        for (String l : lemmas) {
            folded.add(fold(normalize(l)));
        }
        return new Lemmas(Set.copyOf(folded));
    }

    private static Words words(Set<String> words) {
        Set<String> folded = new LinkedHashSet<>();
        for (String w : words) {
            folded.add(fold(normalize(w).replace("\u00AD", "")));
        }
        return Words.of(folded);
    }

    /** "der|des|(?:dieser|dieses)" as its words; null for any other regular expression. */
    static Set<String> literalAlternatives(String regex) {
        String r = regex;
        if (r.startsWith("(?:") && r.endsWith(")")) {
            r = r.substring(3, r.length() - 1);
        } else if (r.startsWith("(") && r.endsWith(")") && !r.startsWith("(?")) {
            r = r.substring(1, r.length() - 1);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String alternative : r.split("\\|", -1)) {
            if (alternative.isEmpty()) {
                return null;
            }
            for (int i = 0; i < alternative.length(); i++) {
                if ("\\[](){}.*+?^$|".indexOf(alternative.charAt(i)) >= 0) {
                    return null;
                }
            }
            out.add(alternative);
        }
        return out;
    }

    /**
     * True when a match of the whole token implies a match somewhere in a text that holds it: no anchors, word
     * boundaries or look-arounds, which read what lies outside the token.
     */
    static boolean findable(String regex) {
        if (regex.contains("^") || regex.contains("$") || regex.contains("(?<") || regex.contains("(?=")
                || regex.contains("(?!")) {
            return false;
        }
        for (String escape : List.of("\\b", "\\B", "\\A", "\\Z", "\\z", "\\G")) {
            if (regex.contains(escape)) {
                return false;
            }
        }
        return true;
    }

    private static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        return n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    }

    /** Case folded as {@code equalsIgnoreCase} compares, character by character. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** 0 outside a run, 1 in a run of letters (and their marks), 2 in a run of digits. */
    private static int runClass(int cp, int previous) {
        int type = Character.getType(cp);
        if (Character.isDigit(cp)) {
            return 2;
        }
        if (Character.isLetter(cp)) {
            return type == Character.MODIFIER_LETTER ? 0 : 1;
        }
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
        return mark && previous == 1 ? 1 : 0;
    }

    private static void addRuns(String s, Set<String> runs) {
        int start = -1;
        int current = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int c = runClass(cp, current);
            if (c != current) {
                if (current != 0) {
                    runs.add(s.substring(start, i));
                }
                start = i;
                current = c;
            }
            i += Character.charCount(cp);
        }
        if (current != 0) {
            runs.add(s.substring(start));
        }
    }

    /** True when a word is one run of letters or of digits, as {@link #addRuns} cuts a text. */
    static boolean isRun(String word) {
        if (word.isEmpty()) {
            return false;
        }
        Set<String> runs = new HashSet<>(2);
        addRuns(word, runs);
        return runs.size() == 1 && runs.contains(word);
    }
}
