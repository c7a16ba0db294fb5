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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code term.deprecated}: a deprecated term in the target text, with the entry's preferred terms as suggestions.
 *
 * <p>A termbase cannot know in which sense a word is used. So in a bilingual unit, an entry whose source language has
 * terms speaks only when the source text holds one of them: {@code conservateur} deprecated for "curator of a
 * protest" is flagged where the source says "curators", not where it says "museum". In monolingual text, a deprecated
 * term is flagged wherever it stands, unless the termbase also lists the same word as approved in another entry (a
 * homonym): then only a bilingual check, which sees the source, can tell the senses apart.
 */
final class DeprecatedTermRule extends TermRule implements UnitRule {
    DeprecatedTermRule(Termbase termbase) {
        super(termbase);
    }

    @Override
    public String id() {
        return "term.deprecated";
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
        return "A term the termbase deprecates, with its preferred terms as suggestions";
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        UnitTerms target = UnitTerms.target(termbase, context, document, unit);
        if (target.longest().stream().allMatch(m -> m.term().isApproved())) {
            return;
        }
        UnitTerms source = UnitTerms.source(termbase, context, document, unit);
        ULocale sourceLocale = source == null ? null : source.locale();
        List<TermMatch> matches = target.longest();
        for (int i = 0; i < matches.size(); ) {
            int j = i + 1;
            while (j < matches.size() && matches.get(j).sameSpan(matches.get(i))) {
                j++;
            }
            report(document, unit, matches.subList(i, j), target, source, sourceLocale, context, sink);
            i = j;
        }
    }

    /** Reports one span of text, which the matches of several entries (homonyms) may share. */
    private void report(Document document, Unit unit, List<TermMatch> sameSpan, UnitTerms target, UnitTerms source,
            ULocale sourceLocale, RuleContext context, FindingSink sink) {
        List<TermMatch> deprecated = new ArrayList<>();
        for (TermMatch m : sameSpan) {
            if (!applies(m.entry(), source, sourceLocale)) {
                continue;
            }
            if (m.term().isApproved()) {
                return;
            }
            deprecated.add(m);
        }
        if (deprecated.isEmpty()) {
            return;
        }
        TermMatch first = deprecated.get(0);
        List<Term> replacements = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (TermMatch m : deprecated) {
            replacements.addAll(m.entry().recommended(target.locale()));
            notes.addAll(m.term().notes());
        }
        List<String> suggestions = Replacements.forMatch(replacements, first, target, context.analyzer());
        String flagged = unit.text().substring(first.start(), first.end());
        StringBuilder message = new StringBuilder("Deprecated term \"").append(first.term().text()).append('"');
        if (replacements.isEmpty()) {
            message.append(": the termbase gives no replacement");
        } else {
            message.append(": use \"").append(Replacements.closestFirst(replacements, first.term()).get(0).text())
                    .append('"');
        }
        if (!notes.isEmpty()) {
            message.append(" (").append(String.join("; ", notes)).append(')');
        }
        Finding.Builder finding = Finding.on(this, document, unit, first.start(), first.end())
                .message(message.toString())
                .suggest(suggestions)
                .fingerprintKey(first.entry().id() + "\u0000" + flagged);
        TermMatch sourceMatch = source == null ? null : sourceMatchOf(source, first.entry());
        if (sourceMatch != null) {
            finding.source(sourceMatch.start(), sourceMatch.end());
        }
        finding.report(sink);
    }

    /**
     * True when an entry speaks for this unit: always in monolingual text and for entries without terms in the
     * source language; in bilingual text only when the source holds one of the entry's source terms.
     */
    private static boolean applies(TermEntry entry, UnitTerms source, ULocale sourceLocale) {
        if (source == null || !entry.hasTerms(sourceLocale)) {
            return true;
        }
        return sourceMatchOf(source, entry) != null;
    }

    private static TermMatch sourceMatchOf(UnitTerms source, TermEntry entry) {
        for (TermMatch m : source.all()) {
            if (m.entry() == entry) {
                return m;
            }
        }
        return null;
    }
}
