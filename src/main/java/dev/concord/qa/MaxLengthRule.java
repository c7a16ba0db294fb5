package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;

/** {@code qa.max-length}: the target is longer than the maximum length the file gives (in characters). */
public final class MaxLengthRule extends QaRule {
    public MaxLengthRule() {
        super("qa.max-length", IssueType.LENGTH, Severity.ERROR,
                "the target exceeds the maximum length the file allows");
    }

    @Override
    public boolean isBilingual() {
        return false;
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        Integer max = unit.maxLength();
        if (max == null) {
            return;
        }
        String t = unit.text();
        int length = t.codePointCount(0, t.length());
        if (length <= max) {
            return;
        }
        int cut = t.offsetByCodePoints(0, max);
        Finding.on(this, document, unit, cut, t.length())
                .message("the target has " + length + " characters; the file allows at most " + max
                        + " (" + (length - max) + " too many)")
                .report(sink);
    }
}
