package dev.concord.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import dev.concord.rule.UnitRule;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code text.mixed-script}: a word whose letters come from two scripts where one letter is a look-alike of the other
 * script's ("Tokayеv" with a Cyrillic е, "Мoсква" with a Latin o): invisible to a reader, fatal to search, sorting,
 * spell checking and consistency checks. Reports the odd characters by code point and Unicode name, with the word
 * respelled in its main script. Uses ICU's UTS #39 data: the restriction levels of {@link SpoofChecker} decide which
 * mixes are legitimate (Japanese kanji with kana, Korean hangul with hanja, Latin with any of those), and its
 * confusable skeletons find each odd letter's look-alike.
 *
 * <p>Quiet for mixes that are not look-alikes (a Greek μ in "μg", a β in "β-blocker": hyphens, digits and
 * apostrophes separate words here), for digits, and for words written wholly in another script.
 */
public final class MixedScriptRule implements UnitRule {
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();
    /** Per script: look-alike skeleton to a letter of that script. Built on first need; pure data. */
    private static final Map<Integer, Map<String, Integer>> LOOK_ALIKES = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "text.mixed-script";
    }

    @Override
    public IssueType type() {
        return IssueType.CHARACTERS;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A word mixing look-alike letters of two scripts (Tokayеv with a Cyrillic е)";
    }

    @Override
    public String pack() {
        return "names";
    }

    /*
     * Words are found here by scanning code points rather than from RuleContext.tokens: a script change is a property
     * of characters, and tokenizers may split words exactly there (ICU's word breaks do for some scripts), hiding what
     * this rule looks for. The scan is one pass over the text and skips ASCII-only words at once.
     */
    @Override
    public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
        String text = unit.text();
        int documentScript = NameAnalysis.scriptOf(context.targetLocale(document));
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n) {
                int c = text.codePointAt(i);
                if (!isWordChar(c)) {
                    break;
                }
                ascii &= c < 0x80;
                i += Character.charCount(c);
            }
            if (!ascii) {
                checkWord(document, unit, start, i, documentScript, sink);
            }
        }
    }

    private static boolean isWordChar(int cp) {
        int type = UCharacter.getType(cp);
        return UCharacter.isLetter(cp) || type == UCharacter.NON_SPACING_MARK || type == UCharacter.COMBINING_SPACING_MARK
                || type == UCharacter.ENCLOSING_MARK;
    }

    private void checkWord(Document document, Unit unit, int start, int end, int documentScript, FindingSink sink) {
        String word = unit.text().substring(start, end);
        SpoofChecker.CheckResult result = new SpoofChecker.CheckResult();
        if (!SPOOF.failsChecks(word, result)) {
            return; // one script, or a mix that UTS #39 finds legitimate (Japanese, Korean, Latin with Han...)
        }
        int main = mainScript(word, documentScript);
        if (main == UScript.INVALID_CODE) {
            return;
        }
        StringBuilder respelled = new StringBuilder(word.length());
        StringBuilder odd = new StringBuilder();
        int oddCount = 0;
        for (int k = 0; k < word.length(); ) {
            int cp = word.codePointAt(k);
            k += Character.charCount(cp);
            if (!UCharacter.isLetter(cp) || hasScript(cp, main)) {
                respelled.appendCodePoint(cp);
                continue;
            }
            Integer look = lookAlike(cp, main);
            if (look == null) {
                return; // a letter of another script with no look-alike: a real mix, not a slip (μg, kΩ)
            }
            respelled.appendCodePoint(look);
            if (oddCount < 3) {
                odd.append(odd.length() == 0 ? "" : "; ").append(describe(cp)).append(" where the ")
                        .append(UScript.getName(main)).append(" '").appendCodePoint(look).append("' belongs");
            }
            oddCount++;
        }
        if (oddCount == 0) {
            return;
        }
        String message = "'" + word + "' mixes scripts: " + odd
                + (oddCount > 3 ? "; and " + (oddCount - 3) + " more" : "");
        Finding.on(this, document, unit, start, end)
                .message(message)
                .suggest(respelled.toString())
                .report(sink);
    }

    static String describe(int cp) {
        return String.format(Locale.ROOT, "U+%04X %s", cp, UCharacter.getName(cp));
    }

    /** The script most of the word's letters are in; ties go to the document's script. */
    private static int mainScript(String word, int documentScript) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int k = 0; k < word.length(); ) {
            int cp = word.codePointAt(k);
            k += Character.charCount(cp);
            if (UCharacter.isLetter(cp)) {
                int s = UScript.getScript(cp);
                if (s != UScript.COMMON && s != UScript.INHERITED) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
        }
        int best = UScript.INVALID_CODE;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || (c == bestCount && e.getKey() == documentScript)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best;
    }

    private static boolean hasScript(int cp, int script) {
        int s = UScript.getScript(cp);
        if (s == script || s == UScript.COMMON || s == UScript.INHERITED) {
            return true;
        }
        BitSet extensions = new BitSet();
        UScript.getScriptExtensions(cp, extensions);
        return extensions.get(script);
    }

    /** The letter of {@code script} that looks like {@code cp} (same confusable skeleton), preferring the same case. */
    static Integer lookAlike(int cp, int script) {
        Map<String, Integer> map = LOOK_ALIKES.computeIfAbsent(script, MixedScriptRule::lookAlikes);
        String skeleton = SPOOF.getSkeleton(new String(Character.toChars(cp)));
        boolean upper = UCharacter.isUUppercase(cp);
        Integer same = map.get((upper ? "U" : "l") + skeleton);
        return same != null ? same : map.get((upper ? "l" : "U") + skeleton);
    }

    /** Skeleton (prefixed by case) to letter, for the letters of a script that UTS #39 recommends. */
    private static Map<String, Integer> lookAlikes(int script) {
        UnicodeSet letters = new UnicodeSet();
        letters.applyIntPropertyValue(UProperty.SCRIPT, script);
        letters.retainAll(SpoofChecker.RECOMMENDED);
        Map<String, Integer> map = new HashMap<>();
        for (String s : letters) {
            int cp = s.codePointAt(0);
            if (!UCharacter.isLetter(cp)) {
                continue;
            }
            String key = (UCharacter.isUUppercase(cp) ? "U" : "l") + SPOOF.getSkeleton(s);
            map.merge(key, cp, Math::min);
        }
        return Map.copyOf(map);
    }
}
