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
import java.util.Map;
import java.util.Set;

/**
 * {@code qa.doubled-words}: a word written twice in a row ("the the"), unless the source doubles it too or the
 * language doubles it on purpose (French "nous nous", German "die die", English "had had").
 */
public final class DoubledWordRule extends QaRule {
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "fr", Set.of("nous", "vous"),
            "en", Set.of("had", "that", "is"),
            "de", Set.of("die", "der", "das", "sie", "dass"),
            "nl", Set.of("die", "dat"),
            "st", Set.of("ba", "le", "o", "a"),
            "af", Set.of("die"));

    public DoubledWordRule() {
        super("qa.doubled-words", IssueType.DUPLICATION, Severity.WARNING, "a word written twice in a row");
    }

    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        String t = unit.text();
        ULocale locale = context.targetLocale(document);
        Set<String> allowed = locale == null ? Set.of() : ALLOWED.getOrDefault(locale.getLanguage(), Set.of());
        if (unit.source() != null && !doubled(unit.source(), Set.of()).isEmpty()) {
            return; // the source repeats a word too: emphasis, kept in translation ("very very" > "très très")
        }
        for (int[] d : doubled(t, allowed)) {
            TextFacts facts = TextFacts.target(context, document, unit);
            if (!facts.isCode(d[0], d[2])) {
                String word = t.substring(d[1], d[2]);
                Finding.on(this, document, unit, d[0], d[2])
                        .message("\"" + word + "\" twice in a row")
                        .suggest(t.substring(d[0], d[0] + (d[2] - d[1])))
                        .report(sink);
            }
        }
    }

    /** Each doubled word of {@code t}: the first word's start, the second word's start and end. */
    private static java.util.List<int[]> doubled(String t, Set<String> allowed) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int prevStart = -1;
        int prevEnd = -1;
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!Character.isLetter(cp)) {
                if (!Character.isWhitespace(cp)) {
                    prevStart = -1; // punctuation between two words: "Non, non" is fine
                }
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < t.length() && (Character.isLetterOrDigit(t.codePointAt(i)) || t.charAt(i) == '\''
                    || t.charAt(i) == '’' || t.charAt(i) == '-')) {
                i += Character.charCount(t.codePointAt(i));
            }
            if (prevStart >= 0 && sameWord(t, prevStart, prevEnd, start, i)
                    && !allowed.contains(UCharacter.toLowerCase(t.substring(start, i)))) {
                out.add(new int[] {prevStart, start, i});
            }
            prevStart = start;
            prevEnd = i;
        }
        return out;
    }

    private static boolean sameWord(String t, int a, int ae, int b, int be) {
        return ae - a == be - b && t.regionMatches(true, a, t, b, ae - a);
    }

}
