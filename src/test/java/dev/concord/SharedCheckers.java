package dev.concord;

import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.pack.RulePacks;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checkers shared by all tests of a run: LanguageTool objects cost seconds and hundreds of megabytes per language,
 * so tests never build one per method.
 */
public final class SharedCheckers {
    /** One LanguageTool object per language (and thread) for all shared checkers, with the bundled rule packs. */
    private static final LanguageToolPools POOLS = new LanguageToolPools(GrammarSettings.defaults(),
            RulePacks.bundled());
    private static final Map<String, Checker> GRAMMAR = new ConcurrentHashMap<>();

    private SharedCheckers() {
    }

    /** A checker with LanguageTool on and default settings, for documents in {@code language}. */
    public static Checker withGrammar(String language) {
        return GRAMMAR.computeIfAbsent(language, l -> Checker.builder().targetLocale(l).languageToolPools(POOLS)
                .build());
    }

    /** The LanguageTool objects of the shared checkers (default grammar settings, the bundled rule packs). */
    public static LanguageToolPools pools() {
        return POOLS;
    }
}
