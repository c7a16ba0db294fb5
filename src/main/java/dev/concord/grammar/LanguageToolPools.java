package dev.concord.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.UserConfig;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Pools of LanguageTool objects, one pool per language. A {@code JLanguageTool} is not thread-safe and costs seconds
 * to build, so each thread borrows one, uses it and gives it back; a pool grows to the number of threads that use
 * it at once. All objects of a language share one result cache, so that a sentence checked once is not checked
 * again (the re-check of an edited document costs only its edited sentences). Every object also holds the
 * {@link AddedRules} the pools were built with (the rule packs), so that one pass finds what both say. Thread-safe.
 */
public final class LanguageToolPools {
    /** Sentences kept per language in the result cache. */
    private static final int CACHED_SENTENCES = 20_000;
    /** Paragraphs whose split into sentences is kept per language. */
    private static final int CACHED_PARAGRAPHS = 20_000;

    private final GrammarSettings settings;
    private final AddedRules addedRules;
    private final Map<String, Pool> pools = new ConcurrentHashMap<>();

    public LanguageToolPools(GrammarSettings settings) {
        this(settings, AddedRules.NONE);
    }

    /** Pools whose LanguageTool objects also hold {@code addedRules} (rule packs). */
    public LanguageToolPools(GrammarSettings settings, AddedRules addedRules) {
        this.settings = settings;
        this.addedRules = addedRules;
    }

    public GrammarSettings settings() {
        return settings;
    }

    /** The rules added to LanguageTool's own in every object of these pools. */
    public AddedRules addedRules() {
        return addedRules;
    }

    /** Work to do with a borrowed LanguageTool object. */
    @FunctionalInterface
    public interface Work<T> {
        T run(JLanguageTool languageTool) throws IOException;
    }

    /** Runs {@code work} with a LanguageTool object for {@code language}, borrowed for the call. */
    public <T> T with(Language language, Work<T> work) {
        return withPrepared(language, work::run);
    }

    /** Work to do with a borrowed LanguageTool object that checks analysed text. */
    @FunctionalInterface
    interface PreparedWork<T> {
        T run(PreparedLanguageTool languageTool) throws IOException;
    }

    /** Runs {@code work} with a LanguageTool object for {@code language}, borrowed for the call. */
    <T> T withPrepared(Language language, PreparedWork<T> work) {
        Pool pool = pools.computeIfAbsent(language.getShortCodeWithCountryAndVariant(),
                code -> new Pool(language));
        PreparedLanguageTool lt = pool.idle.pollFirst();
        if (lt == null) {
            lt = pool.create();
        }
        try {
            return work.run(lt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.idle.offerFirst(lt);
        }
    }

    /** Builds the LanguageTool object for {@code language} now, so that the first check does not pay for it. */
    public void warmUp(Language language) {
        with(language, lt -> lt.check(""));
    }

    /**
     * Forgets every cached result, so that the next check of a text costs a full check (for measurements; a
     * long-running service may also call it to release memory).
     */
    public void clearCaches() {
        for (Pool pool : pools.values()) {
            pool.cache.getMatchesCache().invalidateAll();
            pool.cache.getRemoteMatchesCache().invalidateAll();
            pool.cache.getSentenceCache().invalidateAll();
            pool.splits.clear();
        }
    }

    /** How many LanguageTool objects this pool holds for a language (for tests and diagnostics). */
    public int size(Language language) {
        Pool pool = pools.get(language.getShortCodeWithCountryAndVariant());
        return pool == null ? 0 : pool.created;
    }

    private final class Pool {
        private final Language language;
        private final ResultCache cache = new ResultCache(CACHED_SENTENCES);
        private final ParagraphSplits splits = new ParagraphSplits(CACHED_PARAGRAPHS);
        private final ConcurrentLinkedDeque<PreparedLanguageTool> idle = new ConcurrentLinkedDeque<>();
        private volatile int created;

        Pool(Language language) {
            this.language = language;
        }

        synchronized PreparedLanguageTool create() {
            UserConfig userConfig = new UserConfig(new ArrayList<>(singleWords()));
            PreparedLanguageTool lt = new PreparedLanguageTool(language, cache, userConfig, splits);
            for (String id : settings.disabledRules()) {
                lt.disableRule(id);
            }
            for (String id : settings.disabledCategories()) {
                lt.disableCategory(new CategoryId(id));
            }
            for (String id : settings.enabledRules()) {
                lt.enableRule(id);
            }
            List<org.languagetool.rules.Rule> added = addedRules.rulesFor(language);
            for (org.languagetool.rules.Rule rule : added) {
                lt.addRule(rule);
            }
            if (!added.isEmpty()) {
                // LanguageTool drops the less important of two overlapping matches; an added rule must neither hide
                // nor be hidden by LanguageTool's own, so LanguageToolPass applies that filter to LanguageTool's
                // own matches alone.
                lt.setCleanOverlappingMatches(false);
            }
            List<String> phrases = settings.acceptedWords().stream().filter(w -> w.contains(" ")).toList();
            if (!phrases.isEmpty()) {
                for (SpellingCheckRule rule : lt.getAllSpellingCheckRules()) {
                    rule.acceptPhrases(phrases);
                }
            }
            created++;
            return lt;
        }

        private List<String> singleWords() {
            return settings.acceptedWords().stream().filter(w -> !w.isBlank() && !w.contains(" ")).sorted().toList();
        }
    }
}
