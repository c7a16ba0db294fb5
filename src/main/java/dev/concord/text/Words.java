package dev.concord.text;

/** Whole-word lookups in text, shared by the rules that ask whether a word of one text stands in another. */
public final class Words {
    private Words() {
    }

    /**
     * True when {@code word} (not empty) stands in {@code text} with no letter or digit glued to either side, case
     * kept: "apt" stands in "run apt update", not in "aptitude".
     */
    public static boolean standsAsWord(String text, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean starts = i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i));
            boolean ends = end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (starts && ends) {
                return true;
            }
        }
        return false;
    }
}
