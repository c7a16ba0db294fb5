package dev.concord.names;

import dev.concord.Document;
import dev.concord.Unit;

/**
 * One name word in a unit: "Tokayev" in "Kassym-Jomart Tokayev". Name words in a row form a {@link Run}.
 *
 * @param spelling      the word as written (NFC)
 * @param knownProper   LanguageTool's dictionary knows the word as a proper noun
 * @param tentative     a capitalised word at a sentence start in a language without a tagger: a name only if the
 *                      text also writes it capitalised inside a sentence
 * @param order         position in the check (document, unit, offset), for "written first" tie-breaks
 */
record NameMention(Document document, Unit unit, int start, int end, String spelling, boolean knownProper,
        boolean tentative, long order, Run run) {

    /** The name words of one multi-word name ("Kassym-Jomart Tokayev"); a name standing alone is a run of one. */
    static final class Run {
        private NameMention first;
        private NameMention last;
        private int size;

        void add(NameMention m) {
            if (first == null) {
                first = m;
            }
            last = m;
            size++;
        }

        /** The first word: the given name in "Kassym-Jomart Tokayev". */
        NameMention first() {
            return first;
        }

        /** The last word: the surname in "Kassym-Jomart Tokayev". */
        NameMention last() {
            return last;
        }

        int size() {
            return size;
        }
    }

    /** True when the mention is the last word of its run, or stands alone. */
    boolean isLast() {
        return run.last() == this;
    }

    /** True when the name is this one word. */
    boolean standsAlone() {
        return run.size() == 1;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return spelling + "@" + unit.id() + ":" + start;
    }
}
