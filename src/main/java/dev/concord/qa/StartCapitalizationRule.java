package dev.concord.qa;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;

/**
 * {@code qa.start-capitalization}: the source starts with a capital letter and the target with a small one, or the
 * reverse. Leading punctuation, quotes, codes and placeholders are looked through; a text that starts with a digit
 * or a symbol or a placeholder is not checked, nor scripts without case. Afrikaans starts sentences with a small "'n", and its next
 * word carries the capital.
 */
public final class StartCapitalizationRule extends QaRule {
    public StartCapitalizationRule() {
        super("qa.start-capitalization", IssueType.TYPOGRAPHICAL, Severity.WARNING,
                "the target starts with a small letter where the source starts with a capital, or the reverse");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        TextFacts sf = TextFacts.source(context, document, unit);
        TextFacts tf = TextFacts.target(context, document, unit);
        int s = firstLetter(sf, false);
        ULocale locale = context.targetLocale(document);
        int t = firstLetter(tf, locale != null && locale.getLanguage().equals("af"));
        if (s < 0 || t < 0) {
            return;
        }
        int sc = unit.source().codePointAt(s);
        int tc = unit.text().codePointAt(t);
        boolean sUpper = UCharacter.isUUppercase(sc) || UCharacter.isTitleCase(sc);
        boolean tUpper = UCharacter.isUUppercase(tc) || UCharacter.isTitleCase(tc);
        boolean sCased = sUpper || UCharacter.isULowercase(sc);
        boolean tCased = tUpper || UCharacter.isULowercase(tc);
        if (!sCased || !tCased || sUpper == tUpper) {
            return;
        }
        String text = unit.text();
        int end = t;
        while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        int sEnd = s;
        while (sEnd < unit.source().length() && Character.isLetterOrDigit(unit.source().codePointAt(sEnd))) {
            sEnd += Character.charCount(unit.source().codePointAt(sEnd));
        }
        String word = text.substring(t, end);
        String fixed = sUpper ? UCharacter.toTitleCase(locale == null ? ULocale.ROOT : locale, word, null,
                UCharacter.TITLECASE_NO_LOWERCASE) : UCharacter.toLowerCase(locale == null ? ULocale.ROOT : locale,
                word.substring(0, Character.charCount(tc))) + word.substring(Character.charCount(tc));
        Finding.on(this, document, unit, t, end).source(s, sEnd)
                .message("the target starts with " + (tUpper ? "a capital" : "a small letter") + " (\"" + word
                        + "\") where the source starts with " + (sUpper ? "a capital" : "a small letter") + " (\""
                        + unit.source().substring(s, sEnd) + "\")")
                .suggest(fixed)
                .report(sink);
    }

    /** The offset of the first letter after punctuation and spaces; -1 when a digit, symbol or code comes first. */
    private static int firstLetter(TextFacts f, boolean afrikaans) {
        String t = f.text;
        int i = 0;
        if (afrikaans && (t.startsWith("'n ") || t.startsWith("’n "))) {
            i = 3;
        }
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (f.isCode(i, i + 1)) {
                return -1; // "{0} is not writable": what follows a leading placeholder is not the start
            }
            if (Character.isLetter(cp)) {
                if (afrikaans && (t.startsWith("'n ", i - 1) || t.startsWith("’n ", i - 1)) && i > 0) {
                    i += 2;
                    continue;
                }
                return i;
            }
            if (Character.isDigit(cp)) {
                return -1;
            }
            int type = Character.getType(cp);
            boolean punct = type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.CONNECTOR_PUNCTUATION || Character.isWhitespace(cp) || cp == '\u00A0'
                    || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                    || type == Character.MODIFIER_SYMBOL || cp == '&' || cp == '\uFFFC';
            if (!punct) {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }
}
