package dev.concord.grammar;

import com.ibm.icu.text.Normalizer2;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Words of software catalogs that LanguageTool flags though a translator wrote them on purpose: a keyboard key's
 * name ("Mayús", "Strg"), a term of the source respelt in the target's letters ("Oktalzahl" for "octal value"), a
 * word of the source that a confusion rule would trade for another ("Teilnamen" for "volume name", not
 * "Teilnahmen"). Each test reads the unit's source where it can, so that
 * the same word in a translation that has no reason for it is still reported.
 */
final class CatalogWords {
    private static final String KEY_NAMES = "key-names.txt";
    /** Key names by language code, lower case (see {@code key-names.txt}). */
    private static final Map<String, Set<String>> KEYS = readKeyNames();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /** The endings an adjective or a noun takes in de, fr, es after a respelt stem ("oktal-e", "octal-es"). */
    private static final List<String> ENDINGS = List.of("", "e", "en", "er", "es", "em", "n", "s", "a", "as", "o",
            "os");
    private static final int MIN_RESPELT = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** A c before e or i (y is already i) sounds as German writes z: "central" / "zentral". */
    private static final Pattern SOFT_C = Pattern.compile("c(?=[ei])");

    private CatalogWords() {
    }

    /** True when the word, any case, is the name of a keyboard key in the language ("intro", "Mayús", "Entf"). */
    static boolean isKeyName(String word, String language) {
        Set<String> names = KEYS.get(language);
        return names != null && names.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * True when the word is a word of the source (five letters or more) respelt in the target's letters, with an
     * ending or with a known word after it: "oktale" for "octal", "Oktalzahl" for "octal value". The respelling maps
     * c to k or z, ph to f, th to t, y to i and drops accents, nothing else, so a typo in it stays a typo.
     */
    static boolean respellsSourceWord(String word, String source, Predicate<String> known) {
        if (source == null || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        Set<String> respelt = new HashSet<>();
        for (String s : source.split("[^\\p{L}]+")) {
            if (s.length() >= MIN_RESPELT) {
                respelt.add(respell(s));
            }
        }
        if (respelt.isEmpty()) {
            return false;
        }
        for (int i = MIN_RESPELT; i <= word.length(); i++) {
            String head = respell(word.substring(0, i));
            if (!respelt.contains(head)) {
                continue;
            }
            String tail = word.substring(i);
            if (ENDINGS.contains(tail.toLowerCase(Locale.ROOT))
                    || tail.length() >= 3 && (known.test(tail) || known.test(capitalised(tail)))) {
                return true;
            }
        }
        return false;
    }

    /** The letters a loanword changes between English and German, French or Spanish, folded to one spelling. */
    static String respell(String word) {
        String w = MARKS.matcher(NFD.normalize(word.toLowerCase(Locale.ROOT))).replaceAll("");
        w = w.replace("ph", "f").replace("th", "t").replace("ch", "\u0001").replace('y', 'i');
        w = SOFT_C.matcher(w).replaceAll("z").replace('c', 'k').replace('q', 'k');
        return w.replace('\u0001', 'c');
    }

    /**
     * True when the flagged words hold a word of the source (four letters or more) that every suggestion would lose:
     * a confusion rule's "Teilnahmen" for "Teilnamen", where the source says "volume name".
     */
    static boolean keepsSourceWord(String flagged, List<String> suggestions, String source) {
        if (source == null || suggestions.isEmpty()) {
            return false;
        }
        String f = flagged.toLowerCase(Locale.ROOT);
        for (String s : source.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (s.length() < 4 || !f.contains(s)) {
                continue;
            }
            boolean lost = suggestions.stream().noneMatch(r -> r.toLowerCase(Locale.ROOT).contains(s));
            if (lost) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static Map<String, Set<String>> readKeyNames() {
        Map<String, Set<String>> keys = new HashMap<>();
        try (InputStream in = CatalogWords.class.getResourceAsStream(KEY_NAMES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + KEY_NAMES);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null;) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Set<String> set = keys.computeIfAbsent(f[0], k -> new HashSet<>());
                for (String name : f[1].split(",")) {
                    set.add(name.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        keys.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
