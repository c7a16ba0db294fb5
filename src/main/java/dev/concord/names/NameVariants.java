package dev.concord.names;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The grouping decision of the name rules, asked for two names at once: would {@code names.inconsistent} take them
 * for one name (possibly written two ways)? For evaluation against labelled name pairs; the rules themselves group by
 * key and never compare pairs. Word by word, as the rules do: every word of the shorter name must be one word of the
 * longer one (same skeleton, same name-table entry, or a near-match), so a surname alone links to the full name
 * ("Tokaïev" and "Kassym-Jomart Tokayev"); initials must agree with the word they abbreviate.
 */
final class NameVariants {
    private static final Set<String> PARTICLES = Set.of("van", "von", "ter", "bin", "ben", "ibn", "al", "el", "de",
            "da", "der", "den", "di", "du", "del", "la", "le");

    private NameVariants() {
    }

    /**
     * Whether the rules would group the two names as one. As in the rules, the last words (surnames) must be one
     * name, and the other words of the shorter name must be words of the longer one in the same order (a patronymic
     * or middle name may be added); a name of one word is compared with the other's last word. Initials must agree
     * with a remaining word, when one remains.
     */
    static boolean wouldGroup(String a, String b, NameTable table) {
        List<Word> x = words(a, table);
        List<Word> y = words(b, table);
        List<Word> xs = nonInitials(x);
        List<Word> ys = nonInitials(y);
        if (xs.isEmpty() || ys.isEmpty()) {
            return false;
        }
        List<Word> shorter = xs.size() <= ys.size() ? xs : ys;
        List<Word> longer = shorter == xs ? ys : xs;
        if (!shorter.get(shorter.size() - 1).matches(longer.get(longer.size() - 1))) {
            return false;
        }
        boolean[] used = new boolean[longer.size()];
        used[longer.size() - 1] = true;
        int next = 0;
        for (int i = 0; i < shorter.size() - 1; i++) {
            Word w = shorter.get(i);
            while (next < longer.size() - 1 && !w.matches(longer.get(next))) {
                next++;
            }
            if (next >= longer.size() - 1) {
                return false;
            }
            used[next++] = true;
        }
        List<Word> initials = shorter == xs ? initials(x) : initials(y);
        for (Word w : initials) {
            boolean anyLeft = false;
            boolean found = false;
            for (int i = 0; i < longer.size() && !found; i++) {
                if (!used[i]) {
                    anyLeft = true;
                    if (!w.first.isEmpty() && longer.get(i).first.startsWith(w.first.substring(0, 1))) {
                        used[i] = true;
                        found = true;
                    }
                }
            }
            if (anyLeft && !found) {
                return false;
            }
        }
        return true;
    }

    private static List<Word> nonInitials(List<Word> words) {
        return words.stream().filter(w -> !w.initial).toList();
    }

    private static List<Word> initials(List<Word> words) {
        return words.stream().filter(w -> w.initial).toList();
    }

    /** Whether two single name words are one name written two ways (or the same). */
    static boolean sameWord(String a, String b, NameTable table) {
        return new Word(a, false, table).matches(new Word(b, false, table));
    }

    /**
     * The words of a name, case aside (the pairs are often in capitals): particles (bin, van, al...) are skipped, a
     * single letter is an initial, a two-letter abbreviation with a full stop (Dr., Mr.) is a title and skipped.
     * Other words, acronyms and numbers included, must be matched: "Fund VIII" is not "Fund IX".
     */
    private static List<Word> words(String name, NameTable table) {
        List<Word> out = new ArrayList<>();
        int n = name.length();
        int i = 0;
        while (i < n) {
            int cp = name.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = name.codePointAt(i);
                boolean inner = (c == '-' || c == '\'' || c == '\u2019') && i + 1 < n
                        && isWordChar(name.codePointAt(i + 1));
                if (!isWordChar(c) && !inner) {
                    break;
                }
                i += Character.charCount(c);
            }
            String w = name.substring(start, i);
            int length = w.codePointCount(0, w.length());
            boolean stop = i < n && name.charAt(i) == '.';
            if (PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT)) || (length == 2 && stop)) {
                continue;
            }
            out.add(new Word(w, length == 1, table));
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        return UCharacter.isLetterOrDigit(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK
                || UCharacter.getType(cp) == UCharacter.COMBINING_SPACING_MARK;
    }

    private static final class Word {
        final String text;
        final boolean initial;
        final Set<String> keys;
        final String first;
        final NameTable.Entry entry;

        Word(String text, boolean initial, NameTable table) {
            this.text = text;
            this.initial = initial;
            this.keys = NameSkeleton.keys(text, NameSkeleton.ALL);
            List<String> readings = NameSkeleton.readings(NameSkeleton.core(text));
            this.first = readings.isEmpty() ? "" : readings.get(0);
            this.entry = table == null ? null : table.entryFor(text, keys);
        }

        boolean matches(Word o) {
            if (text.equalsIgnoreCase(o.text)) {
                return true;
            }
            if (entry != null && o.entry != null) {
                return entry.id() == o.entry.id();
            }
            for (String k : keys) {
                if (o.keys.contains(k)) {
                    return true;
                }
            }
            for (String k : keys) {
                for (String l : o.keys) {
                    if (NearMatch.isNear(k, l)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
