package dev.concord.terms;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import dev.concord.rule.Token;
import dev.concord.rule.UnitRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code term.missing}: a source term whose translation holds none of the entry's approved target terms, in any
 * inflection. Reported on the source term, with the entry's preferred target terms as suggestions. Where the target
 * holds a deprecated term of the entry instead, {@code term.deprecated} reports that term, and this rule stays quiet.
 * When the source word belongs to several entries (homonyms), an approved term of any of them in the target will do.
 */
final class MissingTermRule extends TermRule implements UnitRule {
    /** Loose matching (text without lemmas): the longest ending two forms of a word may differ by. */
    private static final int LOOSE_ENDING = 3;
    /** Loose matching: the shortest common beginning of two forms of a word. */
    private static final int LOOSE_STEM = 4;

    MissingTermRule(Termbase termbase) {
        super(termbase);
    }

    @Override
    public String id() {
        return "term.missing";
    }

    @Override
    public Severity defaultSeverity() {
        // The approved term may be paraphrased or inflected past recognition: a warning, where a forbidden term
        // (term.deprecated) is an error.
        return Severity.WARNING;
    }

    @Override
    public String mqm() {
        return MQM_TERMBASE;
    }

    @Override
    public String description() {
        return "A source term whose translation does not use the termbase's approved target terms";
    }

    @Override
    public boolean isBilingual() {
        return true;
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        if (unit.text().isBlank()) {
            // An empty translation is one problem, reported by the checks for empty targets, not one per term.
            return;
        }
        UnitTerms source = UnitTerms.source(termbase, context, document, unit);
        if (source == null || source.isEmpty()) {
            return;
        }
        UnitTerms target = UnitTerms.target(termbase, context, document, unit);
        ULocale targetLocale = context.targetLocale(document);
        Set<TermEntry> approvedInTarget = new HashSet<>();
        Set<TermEntry> deprecatedInTarget = new HashSet<>();
        for (TermMatch m : target.all()) {
            (m.term().isApproved() ? approvedInTarget : deprecatedInTarget).add(m.entry());
        }
        Set<TermEntry> reported = new HashSet<>();
        List<TermMatch> matches = source.longest();
        for (int i = 0; i < matches.size(); ) {
            int j = i + 1;
            while (j < matches.size() && matches.get(j).sameSpan(matches.get(i))) {
                j++;
            }
            List<TermMatch> sameSpan = matches.subList(i, j);
            i = j;
            List<TermEntry> entries = new ArrayList<>();
            boolean satisfied = false;
            for (TermMatch m : sameSpan) {
                TermEntry e = m.entry();
                if (e.terms(targetLocale).stream().noneMatch(Term::isApproved)) {
                    continue;
                }
                if (approvedInTarget.contains(e) || deprecatedInTarget.contains(e)) {
                    satisfied = true;
                    break;
                }
                entries.add(e);
            }
            if (satisfied || entries.isEmpty() || reported.containsAll(entries)
                    || holdsLoosely(target, entries, targetLocale)) {
                continue;
            }
            reported.addAll(entries);
            List<Term> suggestions = new ArrayList<>();
            for (TermEntry e : entries) {
                suggestions.addAll(e.recommended(targetLocale));
            }
            TermMatch first = sameSpan.get(0);
            String sourceText = unit.source().substring(first.start(), first.end());
            Finding.onUnit(this, document, unit)
                    .source(first.start(), first.end())
                    .message("Source term \"" + sourceText + "\" is not translated with the termbase's term: use "
                            + quoted(texts(suggestions)))
                    .suggest(texts(suggestions))
                    .fingerprintKey(entries.get(0).id() + "\u0000" + sourceText)
                    .report(sink);
        }
    }

    /**
     * For text without lemmas (a language without a LanguageTool module: no token carries a tag), whether it holds
     * an approved term of one of the entries loosely: each word of the term begins a word of the text, in order, the
     * two differing by an ending of at most {@value #LOOSE_ENDING} letters ({@code text} and {@code textem},
     * {@code aplikací} and {@code aplikacích} in Czech). Only ever used to stay quiet, never to report.
     */
    static boolean holdsLoosely(UnitTerms target, List<TermEntry> entries, ULocale locale) {
        List<String> words = new ArrayList<>();
        TermKeys keys = new TermKeys(locale);
        for (Token t : target.tokens()) {
            if (!t.tags().isEmpty()) {
                return false;
            }
            if (t.isWord()) {
                words.add(keys.fold(t.text()));
            }
        }
        for (TermEntry e : entries) {
            for (Term term : e.terms(locale)) {
                if (term.isApproved() && holdsLoosely(words, keys, term.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holdsLoosely(List<String> words, TermKeys keys, String term) {
        String[] parts = term.strip().split("[\\s\\-\u2010\u2011]+");
        for (int i = 0; i + parts.length <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < parts.length && all; j++) {
                all = sameStem(keys.fold(parts[j]), words.get(i + j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** True when two words are equal, or share a prefix of at least four letters and differ by short endings. */
    static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int common = 0;
        int max = Math.min(a.length(), b.length());
        while (common < max && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= LOOSE_STEM && a.length() - common <= LOOSE_ENDING && b.length() - common <= LOOSE_ENDING;
    }
}
