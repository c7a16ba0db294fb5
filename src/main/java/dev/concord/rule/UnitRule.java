package dev.concord.rule;

import dev.concord.Document;
import dev.concord.Unit;

/** A rule that looks at one unit at a time (monolingual, or source and target together). */
public interface UnitRule extends Rule {
    /** Reports what is wrong in {@code unit} of {@code document} to {@code sink}. Called from many threads. */
    void check(Document document, Unit unit, RuleContext context, FindingSink sink);
}
