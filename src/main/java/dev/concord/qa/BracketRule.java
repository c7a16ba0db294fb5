package dev.concord.qa;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code qa.brackets}: brackets and quotes that do not balance in the target where they balance in the source (a
 * "(" never closed, a "»" without its "«", an odd number of straight double quotes), and brackets of the source that
 * the target drops or adds.
 */
public final class BracketRule extends QaRule {
    private static final String OPEN = "([{«";
    private static final String CLOSE = ")]}»";

    public BracketRule() {
        super("qa.brackets", IssueType.TYPOGRAPHICAL, Severity.WARNING,
                "brackets and quotes unbalanced, or fewer or more than in the source");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        String s = unit.source();
        String t = unit.text();
        if (t.isBlank()) {
            return;
        }
        int bad = unbalanced(t);
        if (bad >= 0 && unbalanced(s) < 0) {
            char c = t.charAt(bad);
            boolean opening = OPEN.indexOf(c) >= 0;
            Finding.on(this, document, unit, bad, bad + 1).fingerprintKey("balance")
                    .message("\"" + c + "\" " + (opening ? "is never closed" : "closes nothing") + " in the target")
                    .report(sink);
            return;
        }
        if (count(t, '"') % 2 == 1 && count(s, '"') % 2 == 0) {
            int at = t.lastIndexOf('"');
            Finding.on(this, document, unit, at, at + 1).fingerprintKey("quotes")
                    .message("an odd number of double quotes (\") in the target: one is not closed")
                    .report(sink);
            return;
        }
        for (int k = 0; k < 3; k++) {
            char o = OPEN.charAt(k);
            int sc = count(s, o);
            int tc = count(t, o);
            if (sc != tc) {
                // Dropping "(optional)" can be a fair translation: an info, where an unbalanced bracket is a warning.
                Finding.onUnit(this, document, unit).fingerprintKey("count" + o).severity(Severity.INFO)
                        .message("the source has " + sc + " \"" + o + CLOSE.charAt(k) + "\" pair"
                                + (sc == 1 ? "" : "s") + ", the target " + tc)
                        .report(sink);
            }
        }
    }

    /** The offset of the first bracket that does not pair up, or -1 when all do. */
    private static int unbalanced(String text) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int o = OPEN.indexOf(c);
            if (o >= 0) {
                stack.push(i);
                continue;
            }
            int cl = CLOSE.indexOf(c);
            if (cl >= 0) {
                if (cl == 0 && isListMarker(text, i)) {
                    continue;
                }
                if (stack.isEmpty() || text.charAt(stack.peek()) != OPEN.charAt(cl)) {
                    return i;
                }
                stack.pop();
            }
        }
        return stack.isEmpty() ? -1 : stack.peekLast();
    }

    /** "1)" or "a)" at the start of a line: a list marker, not a bracket. */
    private static boolean isListMarker(String text, int i) {
        int start = i - 1;
        while (start >= 0 && Character.isLetterOrDigit(text.charAt(start))) {
            start--;
        }
        return i - start <= 3 && i - start > 1 && (start < 0 || text.charAt(start) == '\n');
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
