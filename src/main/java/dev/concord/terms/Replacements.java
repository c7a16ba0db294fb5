package dev.concord.terms;

import com.ibm.icu.lang.UCharacter;
import dev.concord.rule.TextAnalyzer;
import dev.concord.rule.Token;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Suggestions that fit the flagged text: a one-word replacement takes the grammatical form of the word it replaces
 * where the analyzer can inflect it ({@code conservateurs} gives {@code organisateurs}, not {@code organisateur}), and
 * the capitalisation of a sentence start or of text in capitals.
 */
final class Replacements {
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
    private Replacements() {
    }

    /** The replacement terms' forms for the flagged match, closest first, without duplicates. */
    static List<String> forMatch(List<Term> replacements, TermMatch flagged, UnitTerms side, TextAnalyzer analyzer) {
        Set<String> out = new LinkedHashSet<>();
        for (Term r : closestFirst(replacements, flagged.term())) {
            out.add(form(r, flagged, side, analyzer));
        }
        return new ArrayList<>(out);
    }

    /**
     * The replacements ordered by how close each is to the flagged term: the same number of words first, then the
     * most similar spelling, so that "Kassym-Jomart Tokayev" is answered with "Kassym-Jomart Tokaïev" before
     * "Tokaïev".
     */
    static List<Term> closestFirst(List<Term> replacements, Term flagged) {
        List<Term> distinct = new ArrayList<>(new LinkedHashSet<>(replacements));
        if (distinct.size() < 2) {
            return distinct;
        }
        String f = flagged.text().toLowerCase(Locale.ROOT);
        int words = wordCount(f);
        Comparator<Term> order = Comparator.comparingInt(t -> Math.abs(wordCount(t.text()) - words));
        order = order.thenComparing(Comparator.comparingDouble(
                (Term t) -> SIMILARITY.apply(f, t.text().toLowerCase(Locale.ROOT))).reversed());
        distinct.sort(order);
        return distinct;
    }

    private static int wordCount(String s) {
        return s.isBlank() ? 0 : s.strip().split("[\\s\\-]+").length;
    }

    private static String form(Term replacement, TermMatch flagged, UnitTerms side, TextAnalyzer analyzer) {
        String text = replacement.text();
        if (flagged.firstToken() != flagged.lastToken() || flagged.firstToken() >= side.tokens().size()) {
            return text;
        }
        Token token = side.tokens().get(flagged.firstToken());
        TermIndex index = side.index();
        int id = index.idOf(replacement);
        String lemma = id < 0 ? null : index.singleLemma(id);
        if (lemma != null && !token.text().equalsIgnoreCase(flagged.term().text())) {
            String inflected = inflect(lemma, index.singleTags(id), token, side, analyzer);
            if (inflected != null) {
                text = inflected;
            }
        }
        return replacement.matchesCaseSensitively() ? text : withCaseOf(token.text(), text);
    }

    /** The lemma in the form of the flagged token: the token's first tag of the same word class as the lemma's. */
    private static String inflect(String lemma, List<String> lemmaTags, Token token, UnitTerms side,
            TextAnalyzer analyzer) {
        Set<String> classes = new HashSet<>();
        for (String t : lemmaTags) {
            classes.add(wordClass(t));
        }
        for (String tag : token.tags()) {
            if (tag.startsWith("_") || !classes.contains(wordClass(tag))) {
                continue;
            }
            List<String> forms = analyzer.inflect(lemma, tag, side.locale());
            if (!forms.isEmpty()) {
                return forms.get(0);
            }
        }
        return null;
    }

    /**
     * The coarse word class of a tag: its first two letters ({@code N m p} gives N, {@code SUB:AKK:PLU} SU,
     * {@code NNS} NN), which LanguageTool's tag sets share between the forms of one word class.
     */
    static String wordClass(String tag) {
        int i = 0;
        while (i < tag.length() && i < 2 && Character.isLetter(tag.charAt(i))) {
            i++;
        }
        return tag.substring(0, i);
    }

    /** The replacement written in capitals when the flagged text is, capitalised when the flagged word is. */
    static String withCaseOf(String flagged, String replacement) {
        if (replacement.isEmpty() || flagged.isEmpty()) {
            return replacement;
        }
        int letters = 0;
        boolean allUpper = true;
        for (int i = 0; i < flagged.length(); ) {
            int cp = flagged.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                allUpper &= Character.isUpperCase(cp);
            }
            i += Character.charCount(cp);
        }
        if (letters > 1 && allUpper) {
            return UCharacter.toUpperCase(replacement);
        }
        int first = flagged.codePointAt(0);
        int rFirst = replacement.codePointAt(0);
        if ((Character.isUpperCase(first) || Character.isTitleCase(first)) && Character.isLowerCase(rFirst)) {
            return new StringBuilder().appendCodePoint(UCharacter.toTitleCase(rFirst))
                    .append(replacement, Character.charCount(rFirst), replacement.length()).toString();
        }
        return replacement;
    }
}
