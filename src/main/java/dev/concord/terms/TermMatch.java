package dev.concord.terms;

/**
 * A term found in a text.
 *
 * @param start      UTF-16 offset of the match in the unit's text
 * @param end        UTF-16 end offset
 * @param firstToken index of the first token the match covers, in the token list it was found in
 * @param lastToken  index of its last token
 * @param entry      the entry the term belongs to
 * @param term       the term
 * @param termId     the term's number in the index that found it
 */
record TermMatch(int start, int end, int firstToken, int lastToken, TermEntry entry, Term term, int termId) {
    int length() {
        return end - start;
    }

    boolean sameSpan(TermMatch other) {
        return start == other.start && end == other.end;
    }

    boolean overlaps(TermMatch other) {
        return start < other.end && other.start < end;
    }
}
