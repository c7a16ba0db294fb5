package dev.concord.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces a name word to transliteration skeletons: the keys under which its spellings in different romanisation
 * systems meet ("Tokayev", "Tokaïev", "Tokajew", "Tokáyev" and "Токаев" all give {@code tokaev}).
 *
 * <p>A spelling is read as a writer following one romanisation convention would have meant it: French "ch" is the
 * sound English writes "sh", German "ch" is English "kh", Spanish "j" is English "kh", German "z" is English "ts".
 * Each reading is decoded into one phonetic alphabet and then folded (y/ï/i/j, doubled letters, -iy/-yi/-y endings,
 * kh/h, w/v, s/z...). A word gets one key per convention that may have produced it; two spellings are variants of
 * one name when their key sets meet. Which conventions apply depends on who writes names in a text: its own
 * language, English (the language of news wires) and the language it was translated from.
 */
final class NameSkeleton {
    /** A romanisation convention: how a language writes the sounds of names from other scripts. */
    enum Convention {
        EN, FR, DE, ES;

        /** The convention of a language code, or null when Concord knows none for it. */
        static Convention of(String language) {
            return switch (language) {
                case "en" -> EN;
                case "fr" -> FR;
                case "de" -> DE;
                case "es" -> ES;
                default -> null;
            };
        }
    }

    static final Set<Convention> ALL = EnumSet.allOf(Convention.class);

    // Cyrillic goes through BGN/PCGN (the English-style romanisation of Russian: sh, zh, kh, ya) so that it lands
    // on the conventions below; what it leaves (Kazakh letters, other scripts) goes through Any-Latin.
    // Built on first use (holder classes): each takes ICU tens of milliseconds to parse, and most texts are Latin.
    private static final class Cyrillic {
        static final Transliterator TO_LATIN = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin");
    }

    private static final class AnyScript {
        static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin");
    }

    private static final class Accented {
        static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");
    }
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    // Internal phonetic letters (uppercase never survives lower-casing, so they cannot clash with text):
    // S = sh/zh (German "sch" writes both), C = ch as in church, X = kh, T = ts, I = y/i/j, U = ou.
    private static final char SH = 'S';
    private static final char CH = 'C';
    private static final char KH = 'X';
    private static final char TS = 'T';
    private static final char Y = 'I';

    private NameSkeleton() {
    }

    /** The conventions for names in a text of {@code targetLanguage} translated from {@code sourceLanguages}. */
    static Set<Convention> conventionsFor(String targetLanguage, Collection<String> sourceLanguages) {
        Set<Convention> set = EnumSet.of(Convention.EN);
        addConvention(set, targetLanguage);
        for (String s : sourceLanguages) {
            addConvention(set, s);
        }
        return set;
    }

    private static void addConvention(Set<Convention> set, String language) {
        Convention c = language == null ? null : Convention.of(language);
        if (c != null) {
            set.add(c);
        }
    }

    /** The word without a leading Arabic article or particle written with a hyphen (al-Assad, el-Sisi). */
    static String core(String word) {
        int hyphen = indexOfHyphen(word);
        if (hyphen > 0 && hyphen < word.length() - 1) {
            String head = word.substring(0, hyphen).toLowerCase(Locale.ROOT);
            if (ARTICLES.contains(head)) {
                return word.substring(hyphen + 1);
            }
        }
        return word;
    }

    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ed", "an", "ar", "as", "ash", "at", "az",
            "ul", "ibn", "bin", "ben", "abu", "abou");

    static int indexOfHyphen(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The skeleton keys of a name word under some conventions: at most two readings (diacritics as digraphs, as in
     * Serbian "č" = "ch", and diacritics dropped, as in "Vucic") times the conventions, usually fewer once equal keys
     * are merged. Empty when the word has no letters.
     */
    static Set<String> keys(String word, Set<Convention> conventions) {
        Set<String> keys = new LinkedHashSet<>(4);
        for (String reading : readings(core(word))) {
            for (Convention c : conventions) {
                String k = fold(decode(reading, c));
                if (!k.isEmpty()) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    /** The Latin, lowercase, ASCII readings of a word (one or two). */
    static List<String> readings(String word) {
        String w = NFC.normalize(word);
        String latin = toLatin(w);
        List<String> out = new ArrayList<>(2);
        String digraphs = diacriticsAsDigraphs(latin);
        out.add(ascii(digraphs));
        if (!digraphs.equals(latin)) {
            String plain = ascii(latin);
            if (!plain.equals(out.get(0))) {
                out.add(plain);
            }
        }
        return out;
    }

    private static String toLatin(String w) {
        boolean latin = true;
        boolean cyrillic = false;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            if (UCharacter.isLetter(cp)) {
                int script = UScript.getScript(cp);
                if (script != UScript.LATIN) {
                    latin = false;
                    cyrillic |= script == UScript.CYRILLIC;
                }
            }
            i += Character.charCount(cp);
        }
        if (latin) {
            return w;
        }
        return (cyrillic ? Cyrillic.TO_LATIN : AnyScript.TO_LATIN).transliterate(w);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(String latin) {
        String a = (isAscii(latin) ? latin : Accented.TO_ASCII.transliterate(latin)).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(a.length());
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Letters whose diacritic stands for a second letter in the romanisations of Slavic, Turkic and German names. */
    private static String diacriticsAsDigraphs(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (Character.toLowerCase(c)) {
                case 'š', 'ş', 'ș' -> "sh";
                case 'ž' -> "zh";
                case 'č', 'ć' -> "ch";
                case 'đ' -> "dj";
                case 'ä' -> "ae";
                case 'ö' -> "oe";
                case 'ü' -> "ue";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 4).append(s, 0, i);
            }
            if (b != null) {
                b.append(r != null ? r : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Decodes a lowercase ASCII spelling into the phonetic alphabet, reading it as a writer following
     * {@code convention} meant it. Longest spellings first; what every convention agrees on is shared.
     */
    static String decode(String s, Convention convention) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            // Spellings no convention reads differently.
            if (s.startsWith("schtsch", i)) {
                b.append(SH).append(CH);
                i += 7;
            } else if (s.startsWith("chtch", i) || s.startsWith("shch", i)) {
                b.append(SH).append(CH);
                i += s.startsWith("chtch", i) ? 5 : 4;
            } else if (s.startsWith("tsch", i) || s.startsWith("dsch", i)) {
                b.append(s.charAt(i) == 'd' ? SH : CH);
                i += 4;
            } else if (s.startsWith("dzh", i)) {
                b.append(SH);
                i += 3;
            } else if (s.startsWith("sch", i)) {
                b.append(SH);
                i += 3;
            } else if (s.startsWith("tch", i)) {
                b.append(CH);
                i += 3;
            } else if (s.startsWith("sh", i) || s.startsWith("zh", i)) {
                b.append(SH);
                i += 2;
            } else if (s.startsWith("kh", i)) {
                b.append(KH);
                i += 2;
            } else if (s.startsWith("ts", i) || s.startsWith("tz", i)) {
                b.append(TS);
                i += 2;
            } else if (s.startsWith("dj", i)) {
                b.append(SH);
                i += 2;
            } else if (s.startsWith("ph", i)) {
                b.append('f');
                i += 2;
            } else if (s.startsWith("dh", i) || s.startsWith("th", i) || s.startsWith("gh", i)) {
                b.append(s.charAt(i));
                i += 2;
            } else if (s.startsWith("ck", i) || s.startsWith("qu", i)) {
                b.append('k');
                i += 2;
            } else if (s.startsWith("ch", i)) {
                b.append(switch (convention) {
                    case FR -> SH;
                    case DE -> KH;
                    default -> CH;
                });
                i += 2;
            } else if (s.startsWith("ou", i) && convention == Convention.FR) {
                b.append('u');
                i += 2;
            } else if (s.startsWith("gu", i) && i + 2 < n && isFrontVowel(s.charAt(i + 2))
                    && (convention == Convention.FR || convention == Convention.ES)) {
                b.append('g');
                i += 2;
            } else {
                char c = s.charAt(i);
                char next = i + 1 < n ? s.charAt(i + 1) : 0;
                switch (c) {
                    case 'j' -> b.append(!isVowel(next) ? Y : switch (convention) {
                        case DE -> Y;
                        case ES -> KH;
                        default -> SH;
                    });
                    case 'y' -> b.append(Y);
                    case 'z' -> b.append(convention == Convention.DE ? TS : 's');
                    case 'q' -> b.append('k');
                    case 'x' -> b.append("ks");
                    case 'w' -> b.append('v');
                    case 'c' -> b.append(isFrontVowel(next) ? 's' : 'k');
                    case 'h' -> b.append(convention == Convention.ES ? "" : String.valueOf(KH));
                    default -> b.append(c);
                }
                i++;
            }
        }
        return b.toString();
    }

    /**
     * Folds the letters romanisation systems disagree on: y/ï/i/j, a y-glide between a vowel and e (Tokayev,
     * Tokaev), doubled letters, kh/h, sh/zh, the -iy/-yi/-y endings, s/z.
     */
    static String fold(String decoded) {
        StringBuilder b = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            char out = switch (c) {
                case 'I' -> 'i';
                case 'X' -> 'h';
                case 'S' -> 's';
                case 'C' -> 'c';
                case 'T' -> 't';
                case 'z' -> 's';
                default -> c;
            };
            // German and Dutch "ie" before a consonant is a long i: Friedrich, Fridrich.
            if (c == 'e' && b.length() > 0 && b.charAt(b.length() - 1) == 'i' && i + 1 < decoded.length()
                    && !isVowel(decoded.charAt(i + 1))) {
                continue;
            }
            // The glide of "ye"/"ïe"/"je" after a vowel: Tokayev, Tokaïev and Tokaev are one name.
            if (out == 'i' && b.length() > 0 && isVowel(b.charAt(b.length() - 1)) && i + 1 < decoded.length()
                    && decoded.charAt(i + 1) == 'e') {
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == out) {
                continue;
            }
            // A digraph's two letters stay apart from the same letters written singly: keep "sh" as "s" + marker.
            if (c == 'S' || c == 'C' || c == 'T') {
                b.append(out).append('\'');
                continue;
            }
            b.append(out);
        }
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'I';
    }

    private static boolean isFrontVowel(char c) {
        return c == 'e' || c == 'i' || c == 'y';
    }
}
