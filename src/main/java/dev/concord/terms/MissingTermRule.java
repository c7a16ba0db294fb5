package dev.concord.terms;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
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
    MissingTermRule(Termbase termbase) {
        super(termbase);
    }

    @Override
    public String id() {
        return "term.missing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
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
            if (satisfied || entries.isEmpty() || reported.containsAll(entries)) {
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
}
