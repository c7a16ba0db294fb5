package dev.concord.terms;

import java.util.List;
import java.util.Objects;

/**
 * One term of a termbase entry: its text in one language, its status, and what the termbase says about matching it.
 *
 * @param text             the term as written, such as {@code organisateur} or {@code Kassym-Jomart Tokaïev}
 * @param language         BCP 47 language of the term ({@code fr}, {@code fr-CA})
 * @param status           preferred, admitted, deprecated, or unspecified (approved)
 * @param partOfSpeech     as the termbase gives it ({@code noun}, {@code verb}...), or null
 * @param caseSensitive    true when only the term's own capitalisation matches, false when any does, null when the
 *                         termbase does not say: then acronyms and words with capitals inside ({@code NATO},
 *                         {@code iPhone}, {@code GmbH}) match case-sensitively and other terms do not
 * @param ignoreDiacritics true when the termbase says that accents do not matter for this term ({@code resume} then
 *                         matches {@code résumé}); by default they do
 * @param notes            notes and definitions the termbase gives for this term
 */
public record Term(String text, String language, TermStatus status, String partOfSpeech, Boolean caseSensitive,
        boolean ignoreDiacritics, List<String> notes) {

    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        text = text.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty term");
        }
        notes = List.copyOf(notes);
    }

    /** A term with a status and nothing else said about it. */
    public static Term of(String text, String language, TermStatus status) {
        return new Term(text, language, status, null, null, false, List.of());
    }

    /** True for terms a translation may use: preferred, admitted, or without status. */
    public boolean isApproved() {
        return status.isApproved();
    }

    /** Whether the term matches only with its own capitalisation, the termbase's word or the default (see above). */
    public boolean matchesCaseSensitively() {
        return caseSensitive != null ? caseSensitive : hasInnerCapital(text);
    }

    /** True when a word of {@code text} has an uppercase letter after its first letter (NATO, iPhone, GmbH). */
    static boolean hasInnerCapital(String text) {
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (inWord && (Character.isUpperCase(cp) || Character.isTitleCase(cp))) {
                    return true;
                }
                inWord = true;
            } else {
                inWord = false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    @Override
    public String toString() {
        return text + " (" + language + ", " + status.label() + ")";
    }
}
