package dev.concord.grammar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The sentences of paragraphs LanguageTool has split, most recently used kept: splitting is a regular-expression
 * pass over the text that costs a third of re-checking an unchanged document, so an edited document is split only
 * where it changed. Thread-safe.
 */
final class ParagraphSplits {
    private final Map<String, List<String>> splits;

    ParagraphSplits(int capacity) {
        this.splits = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The sentences of {@code paragraph}, split by {@code split} unless known; they concatenate to the paragraph. */
    List<String> get(String paragraph, Function<String, List<String>> split) {
        synchronized (splits) {
            List<String> known = splits.get(paragraph);
            if (known != null) {
                return known;
            }
        }
        List<String> sentences = List.copyOf(split.apply(paragraph));
        if (!String.join("", sentences).equals(paragraph)) {
            return List.of(); // not a partition of the paragraph: the caller splits the whole text instead
        }
        synchronized (splits) {
            splits.put(paragraph, sentences);
        }
        return sentences;
    }

    void clear() {
        synchronized (splits) {
            splits.clear();
        }
    }
}
