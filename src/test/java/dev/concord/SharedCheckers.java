package dev.concord;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checkers shared by all tests of a run: LanguageTool objects cost seconds and hundreds of megabytes per language,
 * so tests never build one per method.
 */
public final class SharedCheckers {
    private static final Map<String, Checker> GRAMMAR = new ConcurrentHashMap<>();

    private SharedCheckers() {
    }

    /** A checker with LanguageTool on and default settings, for documents in {@code language}. */
    public static Checker withGrammar(String language) {
        return GRAMMAR.computeIfAbsent(language, l -> Checker.builder().targetLocale(l).build());
    }
}
