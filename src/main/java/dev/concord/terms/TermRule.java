package dev.concord.terms;

import dev.concord.IssueType;
import dev.concord.rule.Rule;
import java.util.List;
import java.util.stream.Collectors;

/** What the term rules share: their termbase, their type and their pack. */
abstract class TermRule implements Rule {
    /** MQM's category for a term that the termbase does not allow here. */
    static final String MQM_TERMBASE = "Terminology/Inconsistent with termbase";
    /** MQM's category for one term rendered two ways. */
    static final String MQM_INCONSISTENT = "Terminology/Inconsistent use of terminology";

    final Termbase termbase;

    TermRule(Termbase termbase) {
        this.termbase = termbase;
    }

    @Override
    public IssueType type() {
        return IssueType.TERMINOLOGY;
    }

    @Override
    public String pack() {
        return "terms";
    }

    /** Terms quoted and joined for messages: "a", "b" or "c". */
    static String quoted(List<String> texts) {
        if (texts.isEmpty()) {
            return "";
        }
        List<String> q = texts.stream().map(t -> "\"" + t + "\"").collect(Collectors.toList());
        if (q.size() == 1) {
            return q.get(0);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " or " + q.get(q.size() - 1);
    }

    static List<String> texts(List<Term> terms) {
        return terms.stream().map(Term::text).distinct().toList();
    }
}
