package dev.concord.config;

import dev.concord.CheckerBuilder;
import dev.concord.Severity;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the config files say about how to build the checker for a file: equal settings share one {@link
 * dev.concord.Checker}, and equal grammar settings share LanguageTool objects.
 *
 * @param grammar               whether LanguageTool runs
 * @param disabledRules         Concord rule ids, families and packs turned off
 * @param enabledRules          Concord rules that are off by default turned on (a pack's opt-in rules)
 * @param severities            severity per rule id or family
 * @param grammarDisabledRules  LanguageTool rule ids turned off
 * @param grammarDisabledCategories LanguageTool category ids turned off
 * @param grammarEnabledRules   LanguageTool rules turned on
 * @param checkNameSpelling     whether capitalised words inside sentences are spell-checked
 * @param acceptWords           words spelling accepts
 * @param termbases             termbase files (absolute)
 * @param ruleFolders           rule pack folders (absolute)
 * @param accept                words every rule accepts, per language tag
 */
public record CheckerSettings(
        boolean grammar,
        Set<String> disabledRules,
        Set<String> enabledRules,
        Map<String, Severity> severities,
        Set<String> grammarDisabledRules,
        Set<String> grammarDisabledCategories,
        Set<String> grammarEnabledRules,
        boolean checkNameSpelling,
        Set<String> acceptWords,
        List<Path> termbases,
        List<Path> ruleFolders,
        Map<String, Set<String>> accept) {

    public CheckerSettings {
        // Sorted copies, so that equal settings are equal whatever order the files listed them in.
        disabledRules = Set.copyOf(new TreeSet<>(disabledRules));
        enabledRules = Set.copyOf(new TreeSet<>(enabledRules));
        severities = Map.copyOf(new TreeMap<>(severities));
        grammarDisabledRules = Set.copyOf(grammarDisabledRules);
        grammarDisabledCategories = Set.copyOf(grammarDisabledCategories);
        grammarEnabledRules = Set.copyOf(grammarEnabledRules);
        acceptWords = Set.copyOf(acceptWords);
        termbases = List.copyOf(termbases);
        ruleFolders = List.copyOf(ruleFolders);
        Map<String, Set<String>> sorted = new TreeMap<>();
        accept.forEach((k, v) -> sorted.put(k, Set.copyOf(new TreeSet<>(v))));
        accept = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The settings when no config file says anything. */
    public static CheckerSettings defaults() {
        return new CheckerSettings(true, Set.of(), Set.of(), Map.of(), Set.of(), Set.of(), Set.of(), false, Set.of(),
                List.of(), List.of(), Map.of());
    }

    /** A copy with grammar on or off. */
    public CheckerSettings withGrammar(boolean on) {
        return new CheckerSettings(on, disabledRules, enabledRules, severities, grammarDisabledRules, grammarDisabledCategories,
                grammarEnabledRules, checkNameSpelling, acceptWords, termbases, ruleFolders, accept);
    }

    /** A copy with other termbases (the command line's replace the config's). */
    public CheckerSettings withTermbases(List<Path> files) {
        return new CheckerSettings(grammar, disabledRules, enabledRules, severities, grammarDisabledRules, grammarDisabledCategories,
                grammarEnabledRules, checkNameSpelling, acceptWords, files, ruleFolders, accept);
    }

    /** A copy with other rule folders (the command line's replace the config's). */
    public CheckerSettings withRuleFolders(List<Path> folders) {
        return new CheckerSettings(grammar, disabledRules, enabledRules, severities, grammarDisabledRules, grammarDisabledCategories,
                grammarEnabledRules, checkNameSpelling, acceptWords, termbases, folders, accept);
    }

    /**
     * A copy that also turns LanguageTool rules on (rules LanguageTool leaves off by default) and off, and categories
     * off, and spell-checks capitalised words when {@code nameSpelling}: what an HTTP client asks for with
     * {@code enabledRules}, {@code disabledRules} and {@code disabledCategories}, or when it wants LanguageTool's own
     * findings alone.
     */
    public CheckerSettings withGrammarRules(Collection<String> on, Collection<String> off,
            Collection<String> categoriesOff, boolean nameSpelling) {
        Set<String> enabled = new TreeSet<>(grammarEnabledRules);
        enabled.addAll(on);
        enabled.removeAll(off);
        Set<String> disabled = new TreeSet<>(grammarDisabledRules);
        disabled.addAll(off);
        Set<String> categories = new TreeSet<>(grammarDisabledCategories);
        categories.addAll(categoriesOff);
        return new CheckerSettings(true, disabledRules, enabledRules, severities, disabled, categories, enabled,
                checkNameSpelling || nameSpelling, acceptWords, termbases, ruleFolders, accept);
    }

    /**
     * A copy with the command line's --disable and --enable on top: a rule disabled there is disabled even when a
     * config file enables it, and the other way round.
     */
    public CheckerSettings withRules(Collection<String> disable, Collection<String> enable) {
        Set<String> off = new TreeSet<>(disabledRules);
        Set<String> on = new TreeSet<>(enabledRules);
        off.removeAll(enable);
        on.removeAll(disable);
        off.addAll(disable);
        on.addAll(enable);
        return new CheckerSettings(grammar, off, on, severities, grammarDisabledRules, grammarDisabledCategories,
                grammarEnabledRules, checkNameSpelling, acceptWords, termbases, ruleFolders, accept);
    }

    /**
     * Applies everything but termbases and rule folders to a builder: those are loaded by their own packages, and the
     * caller passes them on ({@link #termbases()}, {@link #ruleFolders()}).
     */
    public CheckerBuilder applyTo(CheckerBuilder b) {
        b.grammar(grammar)
                .checkNameSpelling(checkNameSpelling)
                .disableRules(disabledRules)
                .enableRules(enabledRules)
                .disableLanguageToolRules(grammarDisabledRules)
                .disableLanguageToolCategories(grammarDisabledCategories)
                .enableLanguageToolRules(grammarEnabledRules)
                .acceptWords(acceptWords);
        accept.forEach(b::acceptWords);
        severities.forEach(b::severity);
        return b;
    }
}
