package dev.concord.terms;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One concept of a termbase: its terms in each language with their statuses, and what the termbase says about it.
 * Entries compare by identity, since two files may hold entries with the same id.
 *
 * @param id           the entry's id in its file (TBX {@code id}, a CSV {@code entry} column, or a row number)
 * @param origin       where the entry stands: {@code file:line}
 * @param terms        the terms of every language
 * @param definitions  definitions the termbase gives
 * @param notes        notes the termbase gives on the entry
 * @param subjectField the subject field, or null
 */
public record TermEntry(String id, String origin, List<Term> terms, List<String> definitions, List<String> notes,
        String subjectField) {

    public TermEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        terms = List.copyOf(terms);
        definitions = List.copyOf(definitions);
        notes = List.copyOf(notes);
    }

    /** An entry with terms only. */
    public static TermEntry of(String id, List<Term> terms) {
        return new TermEntry(id, id, terms, List.of(), List.of(), null);
    }

    /** The terms that apply to text in {@code locale} (see {@link Termbase#applies(String, ULocale)}). */
    public List<Term> terms(ULocale locale) {
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            if (Termbase.applies(t.language(), locale)) {
                out.add(t);
            }
        }
        return out;
    }

    /** True when the entry has a term for text in {@code locale}. */
    public boolean hasTerms(ULocale locale) {
        for (Term t : terms) {
            if (Termbase.applies(t.language(), locale)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The terms to suggest in {@code locale}: the preferred ones; when none is preferred, the approved ones (admitted
     * or without status).
     */
    public List<Term> recommended(ULocale locale) {
        List<Term> preferred = new ArrayList<>();
        List<Term> approved = new ArrayList<>();
        for (Term t : terms(locale)) {
            if (t.status() == TermStatus.PREFERRED) {
                preferred.add(t);
            } else if (t.isApproved()) {
                approved.add(t);
            }
        }
        return preferred.isEmpty() ? approved : preferred;
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
        return "TermEntry[" + id + " at " + origin + ": " + terms + "]";
    }
}
