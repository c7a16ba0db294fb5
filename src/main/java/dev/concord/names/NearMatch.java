package dev.concord.names;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * The bounded near-match between two skeletons: one letter apart (a substitution, a consonant more or less, or two
 * letters swapped), and only where a one-letter difference is a spelling slip and not another name. Candidates are
 * found by blocking keys (the skeleton with one inner letter deleted), so nothing compares all pairs.
 */
final class NearMatch {
    /** Skeletons shorter than this never near-match: among short names one letter is another name (Iran, Iraq). */
    static final int MIN_LENGTH = 6;
    /**
     * How many letters at the end a near-match leaves alone: endings carry gender and case (Tokayev/Tokayeva,
     * Alexander/Alexandra, Putin/Putins), never spelling slips worth reporting.
     */
    static final int PROTECTED_ENDING = 2;

    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance(1);

    private NearMatch() {
    }

    /**
     * The blocking keys of a skeleton: itself and itself with one inner letter deleted. Two skeletons one edit apart
     * share one (a substitution deletes the same letter from both; an insertion's deletion gives the shorter one),
     * as long as the edit is neither the first letter nor in the protected ending. Empty for a short skeleton.
     */
    static List<String> blockingKeys(String skeleton) {
        int n = skeleton.length();
        if (letters(skeleton) < MIN_LENGTH) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(n);
        keys.add(skeleton);
        for (int i = 1; i < n - PROTECTED_ENDING; i++) {
            keys.add(skeleton.substring(0, i) + skeleton.substring(i + 1));
        }
        return keys;
    }

    /**
     * Whether one word is the other with one or two letters added at the end of one of its hyphen-joined parts:
     * "Asian-Pacific" and "Asia-Pacific", "Korean" and "Korea" are a name and a word made from it, not one name
     * written two ways.
     */
    static boolean isDerivedForm(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int extra = longer.length() - shorter.length();
        if (extra < 1 || extra > 2) {
            return false;
        }
        int p = 0;
        while (p < shorter.length() && Character.toLowerCase(shorter.charAt(p)) == Character.toLowerCase(longer.charAt(p))) {
            p++;
        }
        boolean partEnd = p == shorter.length() || shorter.charAt(p) == '-' || shorter.charAt(p) == ' ';
        return partEnd && longer.regionMatches(true, p + extra, shorter, p, shorter.length() - p)
                && Character.isLetter(longer.charAt(p));
    }

    /** Whether two different skeletons are close enough to be one name slipped. */
    static boolean isNear(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (letters(a) < MIN_LENGTH || letters(b) < MIN_LENGTH) {
            return false;
        }
        Integer d = DISTANCE.apply(a, b);
        if (d == null || d < 0 || d > 1) {
            return false;
        }
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix == 0 || suffix < PROTECTED_ENDING) {
            return false;
        }
        if (a.length() != b.length()) {
            // A letter more or less: a consonant slip (Buchenberg, Buchenbergo is not, its ending is protected);
            // a vowel more or less too often makes another name (Marina, Mariana).
            String longer = a.length() > b.length() ? a : b;
            char extra = longer.charAt(prefix);
            return !isVowel(extra) && extra != '\'';
        }
        if (prefix + suffix == a.length() - 1) {
            // A substitution: vowel for vowel or consonant for consonant, never a digraph marker.
            char x = a.charAt(prefix);
            char y = b.charAt(prefix);
            return x != '\'' && y != '\'' && isVowel(x) == isVowel(y);
        }
        return true; // two letters swapped
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '\'') {
                n++;
            }
        }
        return n;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
