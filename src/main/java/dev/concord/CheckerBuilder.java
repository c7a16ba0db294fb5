package dev.concord;

import com.ibm.icu.util.ULocale;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.pack.RulePacks;
import dev.concord.rule.Rule;
import dev.concord.terms.Termbase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sets up a {@link Checker}. Not thread-safe; the checker it builds is. */
public final class CheckerBuilder {
    ULocale targetLocale;
    ULocale sourceLocale;
    boolean grammar = true;
    boolean checkNameSpelling;
    boolean picky;
    String motherTongue;
    final Set<String> disabledLanguageToolRules = new LinkedHashSet<>();
    final Set<String> disabledLanguageToolCategories = new LinkedHashSet<>();
    final Set<String> enabledLanguageToolRules = new LinkedHashSet<>();
    final Set<String> acceptedWords = new LinkedHashSet<>();
    final java.util.Map<String, Set<String>> acceptedByLanguage = new java.util.TreeMap<>();
    final Set<String> disabledRules = new LinkedHashSet<>();
    final Set<String> enabledRules = new LinkedHashSet<>();
    RulePacks rulePacks;
    final Map<String, Severity> severities = new LinkedHashMap<>();
    final Map<Class<?>, Object> components = new LinkedHashMap<>();
    final Map<String, String> options = new LinkedHashMap<>();
    final List<Rule> extraRules = new ArrayList<>();
    boolean discoverRules = true;
    int threads = 1;
    LanguageToolPools languageToolPools;

    CheckerBuilder() {
    }

    /** The language of documents that do not say theirs (BCP 47, such as {@code fr-FR}). */
    public CheckerBuilder targetLocale(String languageTag) {
        this.targetLocale = languageTag == null ? null : Locales.parse(languageTag);
        return this;
    }

    /** The language of source texts, for bilingual documents that do not say theirs. */
    public CheckerBuilder sourceLocale(String languageTag) {
        this.sourceLocale = languageTag == null ? null : Locales.parse(languageTag);
        return this;
    }

    /** Runs LanguageTool's grammar, style and spelling rules (on by default). */
    public CheckerBuilder grammar(boolean on) {
        this.grammar = on;
        return this;
    }

    /** Spell-checks capitalised words inside sentences too (off by default: they are names). */
    public CheckerBuilder checkNameSpelling(boolean on) {
        this.checkNameSpelling = on;
        return this;
    }

    /** Turns off LanguageTool rules by their LanguageTool id, such as {@code FR_SPELLING_RULE}. */
    public CheckerBuilder disableLanguageToolRules(Collection<String> ids) {
        disabledLanguageToolRules.addAll(ids);
        return this;
    }

    /** Turns off LanguageTool rule categories by id, such as {@code TYPOGRAPHY}. */
    public CheckerBuilder disableLanguageToolCategories(Collection<String> ids) {
        disabledLanguageToolCategories.addAll(ids);
        return this;
    }

    /** Turns on LanguageTool rules that are off by default. */
    public CheckerBuilder enableLanguageToolRules(Collection<String> ids) {
        enabledLanguageToolRules.addAll(ids);
        return this;
    }

    /** Words and phrases that spelling rules accept (a project's word list, names, terms). */
    public CheckerBuilder acceptWords(Collection<String> words) {
        acceptedWords.addAll(words);
        return this;
    }

    /**
     * Words that are right in {@code language} (a BCP 47 tag; {@code fr} covers {@code fr-CA} too): no rule reports a
     * finding whose flagged text is one of them (a name spelled as the team decided, a product's own word), and
     * LanguageTool's spelling accepts them.
     */
    public CheckerBuilder acceptWords(String language, Collection<String> words) {
        String tag = Locales.normalize(language);
        for (String w : words) {
            String word = com.ibm.icu.text.Normalizer2.getNFCInstance().normalize(w.strip());
            if (!word.isEmpty()) {
                acceptedByLanguage.computeIfAbsent(tag, k -> new java.util.TreeSet<>()).add(word);
            }
        }
        acceptedWords.addAll(words);
        return this;
    }

    /**
     * Turns off rules: an id turns off that rule ({@code names.inconsistent}, {@code lt.FR_SPELLING_RULE}); a prefix
     * ending before a dot turns off the family ({@code lt}, {@code names}); a pack name turns off the pack.
     */
    public CheckerBuilder disableRules(Collection<String> ids) {
        disabledRules.addAll(ids);
        return this;
    }

    /**
     * Turns on rules that are off by default (rule-pack rules written with {@code default="off"}): an id such as
     * {@code pack.fr.ON_SAIT_QUE}, or a prefix ending before a dot ({@code pack.fr}) for all of a pack's.
     */
    public CheckerBuilder enableRules(Collection<String> ids) {
        enabledRules.addAll(ids);
        return this;
    }

    /**
     * The rule packs to run: {@link RulePacks#bundled()} by default, {@link RulePacks#none()} for none, or the bundled
     * ones with a team's own ({@code RulePacks.bundled().withFolders(...)}). They run whether or not LanguageTool's
     * grammar rules do. With {@link #languageToolPools}, the packs are those the pools were built with.
     */
    public CheckerBuilder rulePacks(RulePacks packs) {
        this.rulePacks = packs;
        return this;
    }

    /** Reports a rule (or a family, by prefix) at another severity. */
    public CheckerBuilder severity(String ruleId, Severity severity) {
        severities.put(ruleId, severity);
        return this;
    }

    /** Adds a rule of the caller's own, next to those found through {@code ServiceLoader}. */
    public CheckerBuilder rule(Rule rule) {
        extraRules.add(rule);
        return this;
    }

    /** Whether to load the rules registered through {@code ServiceLoader} (on by default). */
    public CheckerBuilder discoverRules(boolean on) {
        this.discoverRules = on;
        return this;
    }

    /** Gives the checker a component that rules ask for by type (a termbase, rule packs, a name table). */
    public <T> CheckerBuilder component(Class<T> type, T value) {
        components.put(type, type.cast(value));
        return this;
    }

    /**
     * Checks terminology against a termbase: the {@code term.*} rules run, and the termbase's words join the spelling
     * accept-list so that terms never come back as spelling errors. Called again, merges the termbases. (With
     * {@link #languageToolPools} the pools' own settings decide what spelling accepts.)
     */
    public CheckerBuilder termbase(Termbase termbase) {
        Termbase before = (Termbase) components.get(Termbase.class);
        component(Termbase.class, before == null ? termbase : Termbase.merge(before, termbase));
        acceptWords(termbase.spellingWords());
        return this;
    }

    /** A free-form option that rules read by name. */
    public CheckerBuilder option(String name, String value) {
        options.put(name, value);
        return this;
    }

    /** How many documents {@link Checker#checkAll} checks at once (1 by default: the caller's thread only). */
    public CheckerBuilder threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = n;
        return this;
    }

    /**
     * The writer's mother tongue, a LanguageTool language code such as {@code de}: LanguageTool's false-friend rules
     * for that language and the checked one run (none by default).
     */
    public CheckerBuilder motherTongue(String languageCode) {
        this.motherTongue = languageCode;
        return this;
    }

    /** Checks at LanguageTool's picky level: its rules tagged picky run too (off by default). */
    public CheckerBuilder picky(boolean on) {
        this.picky = on;
        return this;
    }

    /**
     * Shares LanguageTool objects with other checkers built with the same grammar settings (they cost seconds and
     * hundreds of megabytes per language). The pools' settings then replace this builder's grammar settings, and
     * the rule packs they were built with replace this builder's.
     */
    public CheckerBuilder languageToolPools(LanguageToolPools pools) {
        this.languageToolPools = pools;
        return this;
    }

    /** The grammar settings this builder holds now. */
    public GrammarSettings grammarSettings() {
        return new GrammarSettings(disabledLanguageToolRules, disabledLanguageToolCategories,
                enabledLanguageToolRules, acceptedWords, checkNameSpelling, picky, motherTongue);
    }

    public Checker build() {
        return new Checker(this);
    }
}
