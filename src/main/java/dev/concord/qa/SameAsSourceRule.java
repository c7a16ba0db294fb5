package dev.concord.qa;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code qa.same-as-source}: the target is the source, unchanged. Not reported when the text is only numbers, codes,
 * placeholders, URLs, punctuation, acronyms, identifiers or names listed in the option {@value #NAMES_OPTION}
 * (comma-separated), texts whose words have one or two letters (Hz, km/h), nor between two variants of one language
 * (en-US to en-GB). A single word is often the same in both languages: not reported when it has three letters (Err)
 * or when LanguageTool's tagger of the target language knows it (German "Navigation", "Minimum"), or when the source
 * language's tagger does not ("stdin"), else reported as info; longer text as a warning.
 */
public final class SameAsSourceRule extends QaRule {
    /** Option: comma-separated names and terms that stay the same in translation (brands, products). */
    public static final String NAMES_OPTION = "qa.untranslatable";

    public SameAsSourceRule() {
        super("qa.same-as-source", IssueType.UNTRANSLATED, Severity.WARNING,
                "the target is the source unchanged (not for numbers, codes, acronyms or listed names)");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        String target = unit.text().strip();
        if (target.isEmpty() || !target.equals(unit.source().strip())) {
            return;
        }
        ULocale t = context.targetLocale(document);
        ULocale s = context.sourceLocale(document);
        if (t != null && s != null && t.getLanguage().equals(s.getLanguage())) {
            return;
        }
        if (isShortcut(target)) {
            return; // "Shift + F4", "Ctrl+Alt+Del": key names, which most languages keep as the keyboard has them
        }
        TextFacts facts = TextFacts.target(context, document, unit);
        Set<String> names = context.memo(NAMES_OPTION, () -> names(context.options().get(NAMES_OPTION)));
        if (names.contains(target.toLowerCase(Locale.ROOT))) {
            return;
        }
        int words = 0;
        int longest = 0;
        String onlyWord = null;
        String text = unit.text();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (start > 0 && text.charAt(start - 1) == '&') {
                start--; // an accelerator marker (&File)
            }
            String word = text.substring(start, i);
            if (facts.isCode(start, i) || isUntranslatable(word) || names.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            words++;
            longest = Math.max(longest, i - start);
            onlyWord = word;
        }
        // Only words of one or two letters: symbols and abbreviations (Hz, km/h, m) more often than words.
        if (words == 0 || longest <= 2) {
            return;
        }
        if (words == 1 && (longest <= 3 || isTargetWord(document, unit, context, onlyWord)
                || isNoCommonSourceWord(document, unit, context, onlyWord))) {
            // "Err:", "Ign:" (a status abbreviation); "Navigation", "Avatar", "Minimum": a word the target
            // language's own dictionary knows is as much its word as the source's; "stdin", "stdout" where the
            // source language's dictionary does not know it: a term of the trade or a name, not a word to translate
            return;
        }
        // "Tokenizer", "Unchanged": one word is as often right as not, so it is only a hint
        Finding.onUnit(this, document, unit)
                .severity(words == 1 ? Severity.INFO : Severity.WARNING)
                .message("the target is the source unchanged: " + quote(target)
                        + (words == 1 ? " (a single word may well be the same in both languages)" : ""))
                .report(sink);
    }

    /** True when LanguageTool's tagger of the target language reads the word (it has a part of speech there). */
    private static boolean isTargetWord(Document document, Unit unit, RuleContext context, String word) {
        ULocale locale = context.targetLocale(document);
        if (locale == null || locale.getLanguage().isEmpty() || locale.getLanguage().equals("und")
                || dev.concord.grammar.LanguageToolLanguages.find(locale) == null) {
            return false; // no dictionary for the language: ICU's tokens know no parts of speech
        }
        if (context.analyzer().knowsWord(word, locale).orElse(false)) {
            return true; // the language's tagger or, with the grammar on, its speller knows the word
        }
        for (dev.concord.rule.Token token : context.tokens(document, unit)) {
            if (token.text().equals(word)) {
                // a part of speech, not a sentence mark or a chunk ("O", "B-NP|NPS")
                return token.tags().stream().anyMatch(tag -> tag != null && tag.length() > 1 && !tag.startsWith("SENT_")
                        && !tag.startsWith("_") && !tag.equals("UNKNOWN") && !tag.matches("[BIE]-.*"));
            }
        }
        return false;
    }

    /**
     * True when the source language's dictionary does not know the word ("stdin", "stdout" in English): a term of the
     * trade, a code or a name, which stays as it is. Without a dictionary for the source language nothing is known and
     * the word is reported.
     */
    private static boolean isNoCommonSourceWord(Document document, Unit unit, RuleContext context, String word) {
        ULocale source = context.sourceLocale(document);
        String bare = word.startsWith("&") ? word.substring(1) : word;
        return source != null && context.analyzer().knowsWord(bare, source).map(known -> !known).orElse(false);
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == '.' || cp == '\'' || cp == '&';
    }

    private static final java.util.regex.Pattern SHORTCUT =
            java.util.regex.Pattern.compile("[^+\\s]+(?:\\s*\\+\\s*[^+\\s]+)+");

    /** True for keys joined by "+" of which one at least is a single character, a function key or an acronym. */
    private static boolean isShortcut(String text) {
        if (!SHORTCUT.matcher(text).matches()) {
            return false;
        }
        for (String key : text.split("\\s*\\+\\s*")) {
            if (key.codePointCount(0, key.length()) == 1 || key.matches("F\\d{1,2}") || isUntranslatable(key)) {
                return true;
            }
        }
        return false;
    }

    /** Acronyms (HTML), words with digits (F1, MP3), identifiers (snake_case, camelCase, file.ext). */
    private static boolean isUntranslatable(String word) {
        String w = word.startsWith("&") ? word.substring(1) : word;
        w = w.replaceAll("[.'\\-]+$", "");
        if (w.isEmpty()) {
            return true;
        }
        boolean hasLower = false;
        boolean hasDigit = false;
        boolean innerUpper = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            hasLower |= Character.isLowerCase(c);
            hasDigit |= Character.isDigit(c);
            innerUpper |= k > 0 && Character.isUpperCase(c) && Character.isLowerCase(w.charAt(k - 1));
        }
        return !hasLower || hasDigit || innerUpper || w.indexOf('_') >= 0 || w.indexOf('.') > 0;
    }

    private static Set<String> names(String option) {
        if (option == null || option.isBlank()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        Arrays.stream(option.split("[,\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> out.add(s.toLowerCase(Locale.ROOT)));
        return out;
    }
}
