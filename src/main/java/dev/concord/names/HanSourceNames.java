package dev.concord.names;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Chinese source of a romanised name: the Han characters of the unit's source whose Mandarin reading (ICU's
 * Han-Latin, tones dropped) is the name's spelling. Two spellings that romanise different characters of their
 * sources ("Yonggang" for 永刚, the man; "Yungang" for 云港, the factory) are two names, however alike they look.
 */
final class HanSourceNames {
    /** Han runs longer than this are not read whole: a name is a few characters. */
    private static final int MAX_CHARS = 4;
    private static final ThreadLocal<Transliterator> PINYIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

    private HanSourceNames() {
    }

    /**
     * The Han strings of the mentions' sources that read as the spelling; empty when no source holds Han characters
     * read so (a source in another script, a name translated by meaning).
     */
    static Set<String> of(String spelling, List<NameMention> mentions) {
        String wanted = spelling.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        Set<String> out = new HashSet<>();
        if (wanted.isEmpty()) {
            return out;
        }
        Transliterator pinyin = null; // ICU's Han-Latin takes a second to build: only for a source with Han
        Set<String> seenSources = new HashSet<>();
        for (NameMention m : mentions) {
            String source = m.unit().source();
            if (source == null || !seenSources.add(source)) {
                continue;
            }
            for (int i = 0; i < source.length(); i++) {
                if (!isHan(source.charAt(i))) {
                    continue;
                }
                for (int n = 1; n <= MAX_CHARS && i + n <= source.length() && isHan(source.charAt(i + n - 1)); n++) {
                    String han = source.substring(i, i + n);
                    if (pinyin == null) {
                        pinyin = PINYIN.get();
                    }
                    if (pinyin.transliterate(han).replaceAll("[^a-z]", "").equals(wanted)) {
                        out.add(han);
                    }
                }
            }
        }
        return out;
    }

    /** True when both spellings romanise Han characters of their sources, and never the same ones. */
    static boolean differentNames(String a, List<NameMention> am, String b, List<NameMention> bm) {
        Set<String> ha = of(a, am);
        if (ha.isEmpty()) {
            return false;
        }
        Set<String> hb = of(b, bm);
        if (hb.isEmpty()) {
            return false;
        }
        for (String h : ha) {
            if (hb.contains(h)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
