package dev.concord.qa;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.Set;

/**
 * {@code qa.whitespace}: leading or trailing whitespace that differs between source and target, double spaces the
 * target has where the source has at most one (or a column layout of the source's lost), and a different number of line breaks inside a software
 * string or segment (not in prose paragraphs, where lines wrap anywhere, nor in a help text re-wrapped to about as
 * many lines). Chinese and Japanese
 * end with full-width punctuation where others end with a space, which is not reported.
 */
public final class WhitespaceRule extends QaRule {
    private static final Set<String> NO_SPACES = Set.of("zh", "ja", "th", "lo", "km", "my");

    public WhitespaceRule() {
        super("qa.whitespace", IssueType.WHITESPACE, Severity.WARNING,
                "leading or trailing whitespace, double spaces or line breaks that differ from the source");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        String s = unit.source();
        String t = unit.text();
        if (t.isBlank() || s.isBlank()) {
            return;
        }
        String sl = leading(s);
        String tl = leading(t);
        String bare = t.strip();
        // " »" for "'", "« " for "`": the space French typography puts inside its quote marks
        boolean insideGuillemet = !tl.isEmpty() && sl.isEmpty() && (bare.startsWith("»") || bare.startsWith("›"));
        if (!sl.equals(tl) && !insideGuillemet) {
            Finding.on(this, document, unit, 0, tl.length()).source(0, sl.length()).fingerprintKey("leading")
                    .message("leading whitespace differs: the source starts with " + describe(sl)
                            + ", the target with " + describe(tl))
                    .report(sink);
        }
        String st = trailing(s);
        String tt = trailing(t);
        ULocale locale = context.targetLocale(document);
        boolean cjk = locale != null && NO_SPACES.contains(locale.getLanguage());
        boolean beforeGuillemet = !tt.isEmpty() && st.isEmpty() && (bare.endsWith("«") || bare.endsWith("‹"));
        if (!st.equals(tt) && !(cjk && tt.isEmpty() && !st.contains("\n")) && !beforeGuillemet) {
            Finding.on(this, document, unit, t.length() - tt.length(), t.length())
                    .source(s.length() - st.length(), s.length()).fingerprintKey("trailing")
                    .message("trailing whitespace differs: the source ends with " + describe(st)
                            + ", the target with " + describe(tt))
                    .report(sink);
        }
        int sd = doubleSpaces(s);
        int td = doubleSpaces(t);
        // A source with two double spaces or more lays out columns, which a translation realigns to its own words;
        // a source's single double space inside a line is its own slip, which a translation need not copy.
        if (td > sd && sd < 2) {
            int from = 0;
            for (int k = 0; k < td - sd; k++) {
                int at = nextDoubleSpace(t, from);
                if (at < 0) {
                    break;
                }
                int end = at;
                while (end < t.length() && isSpace(t.charAt(end))) {
                    end++;
                }
                Finding.on(this, document, unit, at, end).fingerprintKey("double")
                        .message("double space in the target, where the source has " + (sd == 0 ? "none" : sd))
                        .suggest(" ")
                        .report(sink);
                from = end;
            }
        } else if (sd > td && sd - afterSentences(s) >= 2) {
            // Two spaces after a full stop ("mode.  These") are a typist's habit, not a layout to keep.
            Finding.onUnit(this, document, unit).fingerprintKey("double-missing")
                    .message("the source has " + sd + " double space" + (sd > 1 ? "s" : "") + ", the target "
                            + (td == 0 ? "none" : td))
                    .severity(Severity.INFO)
                    .report(sink);
        }
        int sn = count(s.strip(), '\n');
        int tn = count(t.strip(), '\n');
        // In prose (text and Markdown paragraphs) line breaks are where the editor wrapped: they mean nothing.
        // A help text re-wrapped to the translation's own line lengths keeps some line breaks: only a text that lost
        // all of them, or gained some where the source has none, changes the layout.
        boolean rewrapped = sn > 0 && tn > 0 && Math.abs(sn - tn) * 2 <= Math.max(sn, tn) + 1;
        if (sn != tn && !cjk && unit.hasStableId() && !rewrapped) {
            Finding.onUnit(this, document, unit).fingerprintKey("lines")
                    .message("the source has " + sn + " line break" + (sn == 1 ? "" : "s") + " inside, the target "
                            + tn)
                    .report(sink);
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    private static int doubleSpaces(String s) {
        int n = 0;
        int from = 0;
        while ((from = nextDoubleSpace(s, from)) >= 0) {
            n++;
            while (from < s.length() && isSpace(s.charAt(from))) {
                from++;
            }
        }
        return n;
    }

    /** How many of the text's double spaces follow a sentence's end mark. */
    private static int afterSentences(String s) {
        int n = 0;
        int from = 0;
        while ((from = nextDoubleSpace(s, from)) >= 0) {
            if (from > 0 && ".!?".indexOf(s.charAt(from - 1)) >= 0) {
                n++;
            }
            while (from < s.length() && isSpace(s.charAt(from))) {
                from++;
            }
        }
        return n;
    }

    /** The start of the next run of two or more spaces inside the text (not at its ends), or -1. */
    private static int nextDoubleSpace(String s, int from) {
        int end = s.length() - trailing(s).length();
        for (int i = Math.max(from, leading(s).length()); i + 1 < end; i++) {
            if (s.charAt(i) == ' ' && isSpace(s.charAt(i + 1)) || s.charAt(i) == '\u00A0' && s.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
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

    static String leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i)) || i < s.length() && s.charAt(i) == '\u00A0') {
            i++;
        }
        return s.substring(0, i);
    }

    static String trailing(String s) {
        int i = s.length();
        while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        return s.substring(i);
    }

    private static String describe(String ws) {
        if (ws.isEmpty()) {
            return "none";
        }
        return "\"" + ws.replace("\n", "\\n").replace("\t", "\\t").replace("\u00A0", "\\u00A0") + "\"";
    }
}
