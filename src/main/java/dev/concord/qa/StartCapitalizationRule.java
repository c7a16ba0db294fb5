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
import java.util.List;

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

    /** Where source and target start, and with what case; null when either has no cased first letter. */
    private record Start(int source, int target, boolean sourceUpper, boolean targetUpper) {
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        Start start = start(document, unit, context);
        if (start == null || start.sourceUpper == start.targetUpper) {
            return;
        }
        ULocale locale = context.targetLocale(document);
        int s = start.source;
        int t = start.target;
        boolean sUpper = start.sourceUpper;
        boolean tUpper = start.targetUpper;
        String text = unit.text();
        int end = t;
        while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        if (!tUpper && end - t <= 5 && end < text.length() && text.charAt(end) == '.') {
            return; // "дн." for "Days", "г." for "Years": an abbreviation keeps its small letter
        }
        String sourceWord = firstWord(unit.source(), s);
        String targetWord = firstWord(text, t);
        if (!sUpper && sourceWord.length() >= 3 && containsWord(text, sourceWord)
                || !tUpper && targetWord.length() >= 3 && containsWord(unit.source(), targetWord)) {
            // "getaddrinfo failed" → "Вызов getaddrinfo …", "Could not run apt-key" → "apt-key …": the word is a
            // command or a function, written as it is wherever it stands
            return;
        }
        String before = text.substring(0, t); // what stands before the first letter: marks, quotes, placeholders
        String sourceBefore = unit.source().substring(0, s);
        if (!tUpper && before.indexOf('(') >= 0 && sourceBefore.indexOf('(') < 0) {
            return; // "(einschließlich)" for "Included": an aside in brackets, which continues what the screen shows
        }
        if (!tUpper && before.codePoints().anyMatch(c -> !Character.isWhitespace(c)
                && "\"'«„“‘‚‹([¿¡-–—•*".indexOf(c) < 0 && sourceBefore.indexOf(c) < 0)) {
            // "« . » заменяются" for "Substituting `.'": the message opens with a quoted mark or a code, and the
            // word after it is inside the sentence
            return;
        }
        if (isAcronymOrCode(unit.source(), s)) {
            return; // "POSIX format" → "formato POSIX", "dup2 failed" → "Вызов dup2": the case is the word's own
        }
        if (tUpper && locale != null && locale.getLanguage().equals("de") && isGermanNoun(document, unit, context, t)) {
            return; // "Jokerzeichen passen nicht" for "wildcards do not match": German writes nouns with a capital
        }
        // A catalog's command descriptions and labels ("neue Pakete installieren" for "Install new packages") follow
        // their own house style, apart from its full sentences: the convention is asked of fragments and sentences
        // apart.
        boolean fragment = isFragment(document, unit);
        if (FileConventions.isConvention(context, document, "start", question(sUpper, fragment), u -> {
            Start o = start(document, u, context);
            return o == null ? null : new FileConventions.Answer(question(o.sourceUpper, isFragment(document, u)),
                    o.targetUpper != o.sourceUpper);
        })) {
            return; // the file's translators start such messages so throughout: their style, not a slip
        }
        int tc = text.codePointAt(t);
        int sEnd = s;
        while (sEnd < unit.source().length() && Character.isLetterOrDigit(unit.source().codePointAt(sEnd))) {
            sEnd += Character.charCount(unit.source().codePointAt(sEnd));
        }
        String word = text.substring(t, end);
        String fixed = sUpper ? UCharacter.toTitleCase(locale == null ? ULocale.ROOT : locale, word, null,
                UCharacter.TITLECASE_NO_LOWERCASE) : UCharacter.toLowerCase(locale == null ? ULocale.ROOT : locale,
                word.substring(0, Character.charCount(tc))) + word.substring(Character.charCount(tc));
        Finding.on(this, document, unit, t, end).source(s, sEnd)
                // a label or a description in a catalog: its case is house style more often than a slip
                .severity(fragment ? Severity.INFO : defaultSeverity())
                .message("the target starts with " + (tUpper ? "a capital" : "a small letter") + " (\"" + word
                        + "\") where the source starts with " + (sUpper ? "a capital" : "a small letter") + " (\""
                        + unit.source().substring(s, sEnd) + "\")")
                .suggest(fixed)
                .report(sink);
    }

    /** The convention question a unit whose source starts so answers: the case, for fragments or sentences. */
    private static String question(boolean sourceUpper, boolean fragment) {
        return (sourceUpper ? "upper" : "lower") + (fragment ? ":fragment" : "");
    }

    /** True for a catalog's label or description on both sides, whose case is house style apart from sentences. */
    private static boolean isFragment(Document document, Unit unit) {
        return document.unitsAreIndependent() && isFragment(unit.source()) && isFragment(unit.text());
    }

    private static Start start(Document document, Unit unit, RuleContext context) {
        if (unit.source() == null || unit.source().isEmpty() || unit.text().isEmpty()) {
            return null;
        }
        TextFacts sf = TextFacts.source(context, document, unit);
        TextFacts tf = TextFacts.target(context, document, unit);
        int s = firstLetter(sf, false);
        ULocale locale = context.targetLocale(document);
        int t = firstLetter(tf, locale != null && locale.getLanguage().equals("af"));
        if (s < 0 || t < 0) {
            return null;
        }
        int sc = unit.source().codePointAt(s);
        int tc = unit.text().codePointAt(t);
        boolean sUpper = UCharacter.isUUppercase(sc) || UCharacter.isTitleCase(sc);
        boolean tUpper = UCharacter.isUUppercase(tc) || UCharacter.isTitleCase(tc);
        boolean sCased = sUpper || UCharacter.isULowercase(sc);
        boolean tCased = tUpper || UCharacter.isULowercase(tc);
        return sCased && tCased ? new Start(s, t, sUpper, tUpper) : null;
    }

    /** The word (letters, digits, "-", "_", ".") at {@code at}. */
    private static String firstWord(String text, int at) {
        int end = at;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "-_.".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        while (end > at && "-_.".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(at, end);
    }

    private static boolean containsWord(String text, String word) {
        return dev.concord.text.Words.standsAsWord(text, word);
    }

    /**
     * True when the source's first word is an acronym (GNU, POSIX) or a code (dup2, libc6.so, stat(%s)): its case belongs
     * to the word, not to the start of a sentence, and a translation that puts another word first owes it nothing.
     */
    private static boolean isAcronymOrCode(String source, int at) {
        int end = at;
        while (end < source.length() && !Character.isWhitespace(source.charAt(end)) && source.charAt(end) != ':'
                && source.charAt(end) != '(') {
            end++;
        }
        String word = source.substring(at, end);
        int letters = 0;
        boolean lower = false;
        boolean inner = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                lower |= Character.isLowerCase(c);
            } else if (i > 0 && (Character.isDigit(c) || i + 1 < word.length() && (c == '_' || c == '.'))) {
                inner = true;
            }
        }
        boolean acronym = letters >= 2 && !lower;
        boolean code = inner && lower || end < source.length() && source.charAt(end) == '(';
        return acronym || code;
    }

    /** True when the text does not end as a sentence does (with a full stop, a question or an exclamation mark). */
    private static boolean isFragment(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'”’»)]}›」』".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t.isEmpty() || ".!?…。！？".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** True when LanguageTool's German tagger reads the word at {@code offset} as a noun or a name. */
    private static boolean isGermanNoun(Document document, Unit unit, RuleContext context, int offset) {
        for (dev.concord.rule.Token token : context.tokens(document, unit)) {
            if (token.start() <= offset && offset < token.end()) {
                if (isNounTag(token.tags())) {
                    return true;
                }
                // "Konfiguration-verbleibend": a hyphenated compound the tagger does not know; its head word tells
                int hyphen = token.text().indexOf('-', offset - token.start());
                if (hyphen > offset - token.start()) {
                    String head = token.text().substring(offset - token.start(), hyphen);
                    List<dev.concord.rule.Token> read = context.analyzer().readings(head, context.targetLocale(document));
                    return read.size() == 1 && isNounTag(read.get(0).tags());
                }
                return false;
            }
        }
        return false;
    }

    private static boolean isNounTag(List<String> tags) {
        return tags.stream().anyMatch(tag -> tag != null && (tag.startsWith("SUB") || tag.startsWith("EIG")));
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
