package dev.concord.grammar;

import java.util.Set;

/**
 * How the LanguageTool objects of a checker are set up: rules and categories to turn off or on, words to accept
 * as correctly spelled (termbase terms, names, a project's word list), and whether capitalised words in the middle
 * of a sentence (proper names, which the name rules look after) are spell-checked, and whether LanguageTool checks at
 * its picky level (its rules tagged picky run too: what LanguageTool's HTTP API calls {@code level=picky}), and the
 * writer's mother tongue (a LanguageTool language code, or null), which turns on LanguageTool's false-friend rules
 * for that pair (its HTTP API's {@code motherTongue}).
 */
public record GrammarSettings(
        Set<String> disabledRules,
        Set<String> disabledCategories,
        Set<String> enabledRules,
        Set<String> acceptedWords,
        boolean checkNameSpelling,
        boolean picky,
        String motherTongue) {

    public GrammarSettings {
        disabledRules = Set.copyOf(disabledRules);
        disabledCategories = Set.copyOf(disabledCategories);
        enabledRules = Set.copyOf(enabledRules);
        acceptedWords = Set.copyOf(acceptedWords);
    }

    /** Settings at LanguageTool's default level. */
    public GrammarSettings(Set<String> disabledRules, Set<String> disabledCategories, Set<String> enabledRules,
            Set<String> acceptedWords, boolean checkNameSpelling) {
        this(disabledRules, disabledCategories, enabledRules, acceptedWords, checkNameSpelling, false, null);
    }

    public static GrammarSettings defaults() {
        return new GrammarSettings(Set.of(), Set.of(), Set.of(), Set.of(), false);
    }
}
