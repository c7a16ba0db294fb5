package dev.concord.terms;

import dev.concord.Document;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code term.inconsistent}: one source term rendered by two different approved target terms in one document. The
 * rendering used most (on a tie, the preferred one, then the first) is taken as the document's; each other rendering
 * is a warning that names the place of the first one, with it as suggestion.
 */
final class InconsistentTermRule extends TermRule implements DocumentRule {
    InconsistentTermRule(Termbase termbase) {
        super(termbase);
    }

    @Override
    public boolean readsTargetTokens() {
        return true;
    }

    @Override
    public String id() {
        return "term.inconsistent";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String mqm() {
        return MQM_INCONSISTENT;
    }

    @Override
    public String description() {
        return "One source term translated with two different approved terms in one document";
    }

    @Override
    public boolean isBilingual() {
        return true;
    }

    /** One rendering of a source term: where the target term stands and which source term it renders. */
    private record Rendering(Unit unit, TermMatch target, TermMatch source, UnitTerms side) {
    }

    @Override
    public void check(List<Document> documents, RuleContext context, FindingSink sink) {
        for (Document document : documents) {
            if (context.sourceLocale(document) != null) {
                check(document, context, sink);
            }
        }
    }

    private void check(Document document, RuleContext context, FindingSink sink) {
        Map<TermEntry, List<Rendering>> byEntry = new LinkedHashMap<>();
        for (Unit unit : document.units()) {
            UnitTerms source = UnitTerms.source(termbase, context, document, unit);
            if (source == null || source.isEmpty()) {
                continue;
            }
            Map<TermEntry, TermMatch> sourceTerms = new HashMap<>();
            for (TermMatch m : source.longest()) {
                sourceTerms.putIfAbsent(m.entry(), m);
            }
            UnitTerms target = UnitTerms.target(termbase, context, document, unit);
            Map<TermEntry, List<TermMatch>> targetTerms = new LinkedHashMap<>();
            for (TermMatch m : target.all()) {
                if (m.term().isApproved() && sourceTerms.containsKey(m.entry())) {
                    targetTerms.computeIfAbsent(m.entry(), e -> new ArrayList<>()).add(m);
                }
            }
            for (Map.Entry<TermEntry, List<TermMatch>> e : targetTerms.entrySet()) {
                // Within one entry, "organisateur principal" holds "organisateur": the longer term is the rendering.
                for (TermMatch m : TermIndex.longest(e.getValue())) {
                    byEntry.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(new Rendering(unit, m, sourceTerms.get(e.getKey()), target));
                }
            }
        }
        for (List<Rendering> renderings : byEntry.values()) {
            Rendering reference = reference(renderings);
            if (reference == null) {
                continue;
            }
            int line = lineOf(document, reference);
            for (Rendering r : renderings) {
                if (r.target().term().equals(reference.target().term())) {
                    continue;
                }
                String sourceText = r.unit().source().substring(r.source().start(), r.source().end());
                String here = r.unit().text().substring(r.target().start(), r.target().end());
                String there = reference.unit().text().substring(reference.target().start(),
                        reference.target().end());
                Finding.on(this, document, r.unit(), r.target().start(), r.target().end())
                        .source(r.source().start(), r.source().end())
                        .message("\"" + sourceText + "\" is translated as \"" + here + "\" here but as \"" + there
                                + "\" at line " + line + ": use one term")
                        .suggest(Replacements.forMatch(List.of(reference.target().term()), r.target(), r.side(),
                                context.analyzer()))
                        .fingerprintKey(r.target().entry().id() + "\u0000" + r.target().term().text())
                        .report(sink);
            }
        }
    }

    /**
     * The rendering to keep: of the term used most; on a tie, a preferred term; then the first. Null when the entry
     * is rendered one way only.
     */
    private static Rendering reference(List<Rendering> renderings) {
        Map<Term, Integer> counts = new LinkedHashMap<>();
        Map<Term, Rendering> first = new HashMap<>();
        for (Rendering r : renderings) {
            counts.merge(r.target().term(), 1, Integer::sum);
            first.putIfAbsent(r.target().term(), r);
        }
        if (counts.size() < 2) {
            return null;
        }
        Term best = null;
        for (Map.Entry<Term, Integer> e : counts.entrySet()) {
            Term t = e.getKey();
            if (best == null || e.getValue() > counts.get(best) || (e.getValue().equals(counts.get(best))
                    && t.status() == TermStatus.PREFERRED && best.status() != TermStatus.PREFERRED)) {
                best = t;
            }
        }
        return first.get(best);
    }

    private static int lineOf(Document document, Rendering r) {
        int offset = r.unit().textMap().toFileStart(r.target().start());
        return document.target().lines().line(offset);
    }
}
