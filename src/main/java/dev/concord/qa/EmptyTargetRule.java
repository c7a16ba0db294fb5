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
        super("qa.empty-target", IssueType.UNTRANSLATED, Severity.WARNING,
                "the target is empty (or only whitespace) where the source has text");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        if (!unit.text().isBlank() || unit.source().isBlank() || unit.properties().containsKey("pairing")) {
            return;
        }
        String what = unit.text().isEmpty() ? "is empty" : "holds only whitespace";
        // Not translated yet is a warning (catalogs fall back to the source); an empty text that the file calls
        // translated, final or signed off is wrong wherever it is shown.
        String state = unit.state() == null ? "" : unit.state();
        boolean claimed = state.equals("final") || state.equals("signed-off") || state.equals("reviewed")
                || "yes".equals(unit.properties().get("approved"));
        Finding.onUnit(this, document, unit).severity(claimed ? Severity.ERROR : Severity.WARNING)
                .message("not translated: the target " + what + " but the source says " + quote(unit.source()))
                .report(sink);
    }
}
