package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;

/** {@code qa.empty-target}: the source has text and the target is empty or only whitespace. */
public final class EmptyTargetRule extends QaRule {
    public EmptyTargetRule() {
        super("qa.empty-target", IssueType.UNTRANSLATED, Severity.ERROR,
                "the target is empty (or only whitespace) where the source has text");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        if (!unit.text().isBlank() || unit.source().isBlank() || unit.properties().containsKey("pairing")) {
            return;
        }
        String what = unit.text().isEmpty() ? "is empty" : "holds only whitespace";
        Finding.onUnit(this, document, unit)
                .message("not translated: the target " + what + " but the source says " + quote(unit.source()))
                .report(sink);
    }
}
