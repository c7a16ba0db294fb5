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
 * {@code qa.end-punctuation}: the target ends with other punctuation than the source, comparing by meaning across
 * scripts: a full stop is {@code .}, {@code 。}, {@code ।} or {@code ۔}; a question mark is {@code ?}, {@code ？},
 * {@code ؟} or, in Greek, {@code ;}; an ellipsis is {@code …} or {@code ...}. Closing quotes and brackets are looked
 * through; Thai, Lao and Burmese, which end sentences without a mark, are not checked for a missing full stop.
 */
public final class EndPunctuationRule extends QaRule {
    private static final Set<String> NO_FULL_STOP = Set.of("th", "lo", "my");
    private static final String CLOSERS = "\"'”’»)]}›」』";

    /** What a sentence end means. */
    enum End {
        NONE,
        FULL_STOP,
        QUESTION,
        EXCLAMATION,
        COLON,
        SEMICOLON,
        COMMA,
        ELLIPSIS
    }

    public EndPunctuationRule() {
        super("qa.end-punctuation", IssueType.TYPOGRAPHICAL, Severity.WARNING,
                "the target ends with other punctuation than the source");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        ULocale target = context.targetLocale(document);
        ULocale source = context.sourceLocale(document);
        String s = unit.source();
        String t = unit.text();
        int se = lastMeaningful(s);
        int te = lastMeaningful(t);
        if (se < 0 || te < 0) {
            return;
        }
        End sEnd = end(s, se, source);
        End tEnd = end(t, te, target);
        if (sEnd == tEnd) {
            return;
        }
        if (tEnd == End.FULL_STOP && sEnd == End.NONE
                && (endsWithAbbreviation(t, te) || isShortLabel(s) && isShortLabel(t))) {
            // "дн." for "Days", "Положит." for "Positive", "{0} поз." for "{0} items": the dot of an abbreviation
            // in a label, not the end of a sentence
            return;
        }
        if (endsInQuotedMarks(s, se) || sEnd == End.FULL_STOP && SOURCE_ABBREVIATION.matcher(s.strip()).find()) {
            // "%s: Member name contains '..'": the marks are a quoted literal; "e.g.", "etc.": an abbreviation's dot
            return;
        }
        String lang = target == null ? "" : target.getLanguage();
        if (tEnd == End.NONE && sEnd == End.FULL_STOP && NO_FULL_STOP.contains(lang)) {
            return;
        }
        if (!document.unitsAreIndependent() && !proseMismatch(sEnd, tEnd)) {
            // Prose: a headline given a full stop, a sentence ending in a colon before a list, are a translator's
            // choices; a question turned into a statement, or a sentence left without its end, are not.
            return;
        }
        if (TextFacts.target(context, document, unit).isCode(te, te + 1)
                || TextFacts.source(context, document, unit).isCode(se, se + 1)) {
            return;
        }
        if (FileConventions.isConvention(context, document, "end:" + sEnd + ">" + tEnd, u -> {
            int ue = lastMeaningful(u.source());
            int ute = lastMeaningful(u.text());
            if (ue < 0 || ute < 0 || end(u.source(), ue, source) != sEnd) {
                return FileConventions.NOT_ASKED;
            }
            return end(u.text(), ute, target) == tEnd ? FileConventions.DEPARTS : FileConventions.AS_SOURCE;
        })) {
            return; // the file's translators end such messages so throughout (a full stop after every help line)
        }
        int from = tEnd == End.ELLIPSIS && t.startsWith("...", Math.max(0, te - 2)) ? te - 2 : te;
        String sMark = sEnd == End.NONE ? "no punctuation" : quote(mark(s, se, sEnd));
        String tMark = tEnd == End.NONE ? "no punctuation" : quote(mark(t, te, tEnd));
        // A full stop added after a catalog message is a team's style ("Unerwartetes Dateiende im Archiv." for
        // "Unexpected EOF in archive"), wrong only where the string is a button or a label: a hint, not a warning.
        boolean addedFullStop = document.unitsAreIndependent() && sEnd == End.NONE && tEnd == End.FULL_STOP;
        Finding.on(this, document, unit, tEnd == End.NONE ? te + 1 : from, te + 1).source(se, se + 1)
                .severity(addedFullStop ? Severity.INFO : defaultSeverity())
                .message("the source ends with " + sMark + ", the target with " + tMark)
                .report(sink);
    }

    /**
     * True when the full stop at {@code dot} closes an abbreviation: one to four small letters standing alone or after
     * a number ("дн.", "за 7 нед."), as UI units are written.
     */
    static boolean endsWithAbbreviation(String text, int dot) {
        if (dot < 1 || text.charAt(dot) != '.' || dot >= 2 && text.charAt(dot - 1) == '.') {
            return false;
        }
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        int letters = dot - start;
        if (letters < 1 || letters > 4) {
            return false;
        }
        String before = text.substring(0, start).strip();
        return Character.isLowerCase(text.charAt(start))
                && (before.isEmpty() || Character.isDigit(before.charAt(before.length() - 1)));
    }

    /** A text ending with an abbreviation of dotted letters ("e.g.", "i.e.", "z.B.") or "etc.". */
    private static final java.util.regex.Pattern SOURCE_ABBREVIATION =
            java.util.regex.Pattern.compile("(?:(?<![\\p{L}.])\\p{L}\\.\\p{L}\\.|(?<!\\p{L})etc\\.)$");

    /** True when the mark at {@code at} stands inside quotes that hold no letter ("'..'", "« ? »"), at the end. */
    static boolean endsInQuotedMarks(String text, int at) {
        if (at + 1 >= text.length() || "\"'”’»›」』".indexOf(text.charAt(at + 1)) < 0) {
            return false;
        }
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            if ("\"'`“‘«‹「『„".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True for a label of at most three words: a button, a state, a unit ("Last X Days", "{0} Items"). */
    private static boolean isShortLabel(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.split("\\s+").length <= 3;
    }

    private static boolean proseMismatch(End source, End target) {
        if (source == End.QUESTION || target == End.QUESTION) {
            return true;
        }
        return target == End.NONE && (source == End.FULL_STOP || source == End.EXCLAMATION);
    }

    private static String mark(String s, int at, End end) {
        if (end == End.ELLIPSIS && at >= 2 && s.startsWith("...", at - 2)) {
            return "...";
        }
        return s.substring(at, at + 1);
    }

    /** The offset of the last character that is not whitespace or a closing quote or bracket; -1 if none. */
    private static int lastMeaningful(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0' || s.charAt(i) == '\u202F'
                || CLOSERS.indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i;
    }

    static End end(String s, int at, ULocale locale) {
        char c = s.charAt(at);
        if ((c == '!' || c == '?') && at >= 1 && s.charAt(at - 1) == (c == '!' ? '?' : '!')) {
            return End.QUESTION; // "?!" and "!?" are one mark, whichever comes first
        }
        boolean greek = locale != null && locale.getLanguage().equals("el");
        switch (c) {
            case '.':
                return at >= 2 && s.charAt(at - 1) == '.' && s.charAt(at - 2) == '.' ? End.ELLIPSIS : End.FULL_STOP;
            case '。': case '．': case '।': case '۔': case '።': case '។': case '။': case '｡':
                return End.FULL_STOP;
            case '?': case '？': case '؟': case '՞': case '፧': case '\u037E':
                return End.QUESTION;
            case ';':
                return greek ? End.QUESTION : End.SEMICOLON;
            case '；':
                return End.SEMICOLON;
            case '!': case '！': case '՜':
                return End.EXCLAMATION;
            case ':': case '：':
                return End.COLON;
            case ',': case '，': case '、': case '،':
                return End.COMMA;
            case '…': case '⋯':
                return End.ELLIPSIS;
            default:
                return End.NONE;
        }
    }
}
