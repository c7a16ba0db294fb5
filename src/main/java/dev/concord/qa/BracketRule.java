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
 * "(" never closed, a "»" without its "«", an odd number of straight double quotes), and, in message catalogs,
 * brackets of the source that the target drops (an added pair is a gloss, not reported). Full-width brackets （）［］｛｝ and the lenticular 【】 count
 * as their ASCII pairs, so that a Chinese source's （NDRC） is the English target's (NDRC). In prose, a translator
 * may well turn a bracketed aside into a clause, so only balance is checked there.
 */
public final class BracketRule extends QaRule {
    private static final String OPEN = "([{«";
    private static final String CLOSE = ")]}»";
    private static final String FULL_WIDTH = "（）［］｛｝【】";
    private static final String AS_ASCII = "()[]{}[]";

    public BracketRule() {
        super("qa.brackets", IssueType.TYPOGRAPHICAL, Severity.WARNING,
                "brackets and quotes unbalanced, or fewer or more than in the source");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        String s = withoutBracketIdioms(ascii(unit.source()));
        String t = inwardGuillemets(ascii(unit.text()));
        if (t.isBlank()) {
            return;
        }
        int bad = unbalanced(t);
        if (bad >= 0 && unbalanced(s) < 0 && !(QUOTE_MARKS.indexOf(t.charAt(bad)) >= 0 && !quoteMarksPair(s))) {
            char c = t.charAt(bad);
            boolean opening = OPEN.indexOf(c) >= 0;
            Finding.on(this, document, unit, bad, bad + 1).fingerprintKey("balance")
                    .message("\"" + c + "\" " + (opening ? "is never closed" : "closes nothing") + " in the target")
                    .report(sink);
            return;
        }
        if (count(t, '"') % 2 == 1 && quotesBalance(s)) {
            int at = t.lastIndexOf('"');
            Finding.on(this, document, unit, at, at + 1).fingerprintKey("quotes")
                    .message("an odd number of double quotes (\") in the target: one is not closed")
                    .report(sink);
            return;
        }
        if (!document.unitsAreIndependent()) {
            return;
        }
        for (int k = 0; k < 3; k++) {
            char o = OPEN.charAt(k);
            int sc = count(s, o);
            int tc = count(t, o);
            if (tc < sc) {
                // Dropping "(optional)" can be a fair translation: an info, where an unbalanced bracket is a warning.
                // An added pair is a translator's gloss ("entrada estándar (stdin)"), not a loss: not reported.
                Finding.onUnit(this, document, unit).fingerprintKey("count" + o).severity(Severity.INFO)
                        .message("the source has " + sc + " \"" + o + CLOSE.charAt(k) + "\" pair"
                                + (sc == 1 ? "" : "s") + ", the target " + tc)
                        .report(sink);
            }
        }
    }

    /** Quote marks of every language and script; an apostrophe between letters (l'heure, don't) is none. */
    private static final String QUOTE_MARKS = "\"“”„«»‹›‘’‚`'「」『』";

    /**
     * True when the quote marks of a text add up to pairs. A source that is one quote mark (gettext's "`" and "'",
     * which a French catalog renders « and ») or opens a quotation it does not close says nothing of the target's.
     */
    private static boolean quoteMarksPair(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean apostrophe = (c == '\'' || c == '’') && i > 0 && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
            if (QUOTE_MARKS.indexOf(c) >= 0 && !apostrophe) {
                n++;
            }
        }
        return n % 2 == 0;
    }

    private static final java.util.regex.Pattern BRACKET_IDIOMS =
            java.util.regex.Pattern.compile("\\((?:C|c|R|TM)\\)|(?<=\\p{L})\\((?:s|es)\\)");

    /**
     * The source without the brackets that are no brackets in translation: "(C)", "(R)", "(TM)", which a translation
     * writes ©, ®, ™, and the plural mark of "volume(s)", which it writes as a plural.
     */
    private static String withoutBracketIdioms(String source) {
        return BRACKET_IDIOMS.matcher(source).replaceAll("");
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

    /**
     * German, Danish and Czech quote »so«: when a text's first guillemet is "»", its guillemets are read the other way
     * round (offsets kept), so that »apt-mark auto« pairs up.
     */
    static String inwardGuillemets(String text) {
        int close = text.indexOf('»');
        int open = text.indexOf('«');
        if (close < 0 || open >= 0 && open < close) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '»') {
                b.setCharAt(i, '«');
            } else if (c == '«') {
                b.setCharAt(i, '»');
            }
        }
        return b.toString();
    }

    /** Full-width and lenticular brackets as their ASCII pairs, offsets kept. */
    private static String ascii(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = FULL_WIDTH.indexOf(c);
            if (k >= 0) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, AS_ASCII.charAt(k));
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * True when the double quotes of a text (straight, curly, low, guillemets, corner brackets) add up to pairs: a
     * source that opens a quotation it does not close (a segment of a longer quotation) says nothing of the target's.
     */
    private static boolean quotesBalance(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("\"“”„«»「」『』".indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n % 2 == 0;
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
