package dev.concord.terms;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.rule.RuleContext;
import dev.concord.rule.Token;
import dev.concord.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms found in one side of a unit, computed once per check and shared by the term rules through the check's
 * memo: every match (overlaps included, for "does the target hold this term anywhere?") and the longest ones (for
 * reporting, where a longer term wins over the shorter one inside it).
 *
 * @param tokens  the tokens the matches index into
 * @param all     every match, sorted by start
 * @param longest the longest matches where matches overlap; same-text matches of several entries all stay
 * @param index   the index that found them
 * @param locale  the language of this side
 */
record UnitTerms(List<Token> tokens, List<TermMatch> all, List<TermMatch> longest, TermIndex index, ULocale locale) {

    /** The terms of a unit's target text. */
    static UnitTerms target(Termbase termbase, RuleContext context, Document document, Unit unit) {
        return context.memo(new Key(termbase, unit, false), () -> {
            ULocale locale = context.targetLocale(document);
            TermIndex index = termbase.index(locale, context.analyzer());
            if (index.isEmpty()) {
                return new UnitTerms(List.of(), List.of(), List.of(), index, locale);
            }
            List<Token> tokens = context.tokens(document, unit);
            List<TermMatch> all = index.findAll(tokens);
            return new UnitTerms(tokens, all, TermIndex.longest(all), index, locale);
        });
    }

    /**
     * The terms of a unit's source text, leaving out those inside its protected ranges (code, URLs), which are not
     * translated. Null when the unit or the document has no source language.
     */
    static UnitTerms source(Termbase termbase, RuleContext context, Document document, Unit unit) {
        ULocale locale = context.sourceLocale(document);
        if (!unit.isBilingual() || locale == null) {
            return null;
        }
        return context.memo(new Key(termbase, unit, true), () -> {
            TermIndex index = termbase.index(locale, context.analyzer());
            if (index.isEmpty()) {
                return new UnitTerms(List.of(), List.of(), List.of(), index, locale);
            }
            List<Token> tokens = context.sourceTokens(document, unit);
            List<TermMatch> all = new ArrayList<>();
            for (TermMatch m : index.findAll(tokens)) {
                if (!isProtected(unit.sourceProtectedRanges(), m)) {
                    all.add(m);
                }
            }
            return new UnitTerms(tokens, all, TermIndex.longest(all), index, locale);
        });
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    private static boolean isProtected(List<TextRange> ranges, TermMatch m) {
        for (TextRange r : ranges) {
            if (r.overlaps(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    /** Memo key: the termbase and unit by identity, since equal texts in two documents are two units. */
    private record Key(Termbase termbase, Unit unit, boolean source) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.termbase == termbase && k.unit == unit && k.source == source;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(termbase) * 31 + System.identityHashCode(unit)) * 2 + (source ? 1 : 0);
        }
    }
}
