package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;

/**
 * {@code qa.punctuation-only}: a paragraph that is nothing but sentence punctuation (".", "!", "。"), a leftover of
 * segmentation or of a sentence that went missing. Only for prose (text and Markdown paragraphs): in software
 * strings, a unit "." or ":" is a separator on purpose.
 */
public final class PunctuationOnlyRule extends QaRule {
    private static final String STRAY = ".,;!?。、，！？．";

    public PunctuationOnlyRule() {
        super("qa.punctuation-only", IssueType.TYPOGRAPHICAL, Severity.WARNING,
                "a paragraph that holds only punctuation");
    }

    @Override
    public boolean isBilingual() {
        return false;
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        if (unit.hasStableId()) {
            return;
        }
        String t = unit.text();
        int start = 0;
        int end = t.length();
        while (start < end && Character.isWhitespace(t.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        for (int i = start; i < end; i++) {
            if (STRAY.indexOf(t.charAt(i)) < 0) {
                return;
            }
        }
        Finding.on(this, document, unit, start, end)
                .message("this paragraph is only " + quote(t.substring(start, end))
                        + ": a stray segment, or text that went missing around it")
                .report(sink);
    }
}
