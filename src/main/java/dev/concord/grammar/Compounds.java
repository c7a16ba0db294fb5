package dev.concord.grammar;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Tells when a German word the speller lacks is a compound of words it knows ("Dichteargument", "Dateinamen" +
 * "transformation"), with the linking letters German puts between them ("Regierung-s-chef"). LanguageTool's German
 * speller accepts many compounds but leaves out some of every catalog's technical ones on purpose; a typo inside a
 * part almost always leaves that part unknown, so a compound of known parts is a word, not a slip.
 */
final class Compounds {
    /** Linking elements (Fugen), longest first. */
    private static final String[] LINKS = {"ens", "es", "en", "er", "s", "n", "e"};
    private static final int MIN_PART = 5;
    private static final int MAX_PARTS = 3;

    private Compounds() {
    }

    /**
     * True when the word splits into two or three parts of five letters or more, each one {@code known}: shorter words
     * ("List", "Tee") would excuse too many typos ("Dateinamenlist" for "Dateinamenliste").
     */
    static boolean isCompound(String word, Predicate<String> known) {
        return word.codePointCount(0, word.length()) >= 2 * MIN_PART && splits(word, known, 1);
    }

    private static boolean splits(String rest, Predicate<String> known, int parts) {
        for (int i = MIN_PART; i <= rest.length() - MIN_PART; i++) {
            String head = rest.substring(0, i);
            if (!isKnownHead(head, known)) {
                continue;
            }
            String tail = rest.substring(i);
            if (isKnownPart(tail, known) || parts + 1 < MAX_PARTS && splits(tail, known, parts + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKnownHead(String head, Predicate<String> known) {
        if (isKnownPart(head, known)) {
            return true;
        }
        String lower = head.toLowerCase(Locale.GERMAN);
        for (String link : LINKS) {
            if (lower.endsWith(link) && head.length() - link.length() >= MIN_PART
                    && isKnownPart(head.substring(0, head.length() - link.length()), known)) {
                return true;
            }
        }
        return false;
    }

    /** The part as written, capitalised (a noun inside a compound is written small) or in small letters. */
    private static boolean isKnownPart(String part, Predicate<String> known) {
        String capital = part.substring(0, 1).toUpperCase(Locale.GERMAN) + part.substring(1);
        return known.test(part) || known.test(capital) || known.test(part.toLowerCase(Locale.GERMAN));
    }
}
