package dev.concord.server;

import dev.concord.Checker;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;

/** The sentences of a text as LanguageTool splits them, for the {@code sentence} of each match and the ranges. */
final class Sentences {
    private final String text;
    /** [start, end) of each sentence without its surrounding white space. */
    private final List<int[]> ranges;

    private Sentences(String text, List<int[]> ranges) {
        this.text = text;
        this.ranges = ranges;
    }

    static Sentences of(Checker checker, Language language, String text) {
        List<String> parts = checker.languageToolPools().withAnalyzer(language, lt -> lt.sentenceTokenize(text));
        List<int[]> ranges = new ArrayList<>();
        int at = 0;
        for (String part : parts) {
            int start = at;
            int end = at + part.length();
            at = end;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                ranges.add(new int[] {start, end});
            }
        }
        return new Sentences(text, ranges);
    }

    List<int[]> ranges() {
        return ranges;
    }

    /** The sentence that holds {@code offset} (or the last one before it), trimmed; the text when it has none. */
    String sentenceAt(int offset) {
        if (ranges.isEmpty()) {
            return text.trim();
        }
        for (int[] r : ranges) {
            if (offset < r[1]) {
                return text.substring(r[0], r[1]);
            }
        }
        int[] last = ranges.get(ranges.size() - 1);
        return text.substring(last[0], last[1]);
    }
}
