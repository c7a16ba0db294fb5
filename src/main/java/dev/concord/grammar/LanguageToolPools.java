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
import org.languagetool.Languages;
import org.languagetool.ResultCache;
import org.languagetool.UserConfig;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Pools of LanguageTool objects, per language. A {@code JLanguageTool} is not thread-safe and costs seconds to build,
 * so each thread borrows one, uses it and gives it back; a pool grows to the number of threads that use it at once.
 * There are two kinds per language: <em>full</em> objects hold LanguageTool's own rules (thousands of them, and the
 * spelling dictionaries) and the {@link AddedRules} (rule packs), for grammar checks; <em>light</em> objects hold only
 * the added rules, and serve to split and analyse text (for every rule's tokens) and to run the packs when
 * LanguageTool's grammar is off, at a fraction of the start-up cost. Each kind shares one result cache per language,
 * so that a sentence checked or analysed once is not again (the re-check of an edited document costs only its edited
 * sentences), and both share the paragraphs' sentence splits. Thread-safe.
 */
public final class LanguageToolPools {
    /** Sentences kept per language in each result cache. */
    private static final int CACHED_SENTENCES = 20_000;
    /** Paragraphs whose split into sentences is kept per language. */
    private static final int CACHED_PARAGRAPHS = 20_000;

    private final GrammarSettings settings;
    private final AddedRules addedRules;
    private final Map<String, LanguagePools> pools = new ConcurrentHashMap<>();
    private final Map<String, LexicalAnalysis> lexical = new ConcurrentHashMap<>();

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

    /** Runs {@code work} with a full LanguageTool object (all its rules) for {@code language}, borrowed for the call. */
    public <T> T with(Language language, Work<T> work) {
        return withPrepared(language, true, work::run);
    }

    /**
     * Runs {@code work} with a light LanguageTool object for {@code language}: one that holds only the added rules, for
     * splitting and analysing text (sentences, tokens, tags, lemmas), cheap to build.
     */
    public <T> T withAnalyzer(Language language, Work<T> work) {
        return withPrepared(language, false, work::run);
    }

    /** Work to do with a borrowed LanguageTool object that checks analysed text. */
    @FunctionalInterface
    interface PreparedWork<T> {
        T run(PreparedLanguageTool languageTool) throws IOException;
    }

    /** Runs {@code work} with a full or a light LanguageTool object for {@code language}, borrowed for the call. */
    <T> T withPrepared(Language language, boolean full, PreparedWork<T> work) {
        LanguagePools lp = pools.computeIfAbsent(language.getShortCodeWithCountryAndVariant(),
                code -> new LanguagePools(language));
        Pool pool = full ? lp.full : lp.light;
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

    /** Tokenizing and tagging without disambiguation for {@code language}, with the words it has tagged so far. */
    LexicalAnalysis lexical(Language language) {
        return lexical.computeIfAbsent(language.getShortCodeWithCountryAndVariant(), code -> new LexicalAnalysis(language));
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
        for (LanguagePools lp : pools.values()) {
            for (Pool pool : List.of(lp.full, lp.light)) {
                pool.cache.getMatchesCache().invalidateAll();
                pool.cache.getRemoteMatchesCache().invalidateAll();
                pool.cache.getSentenceCache().invalidateAll();
            }
            lp.splits.clear();
        }
        lexical.values().forEach(LexicalAnalysis::clear);
    }

    /** How many full LanguageTool objects this pool holds for a language (for tests and diagnostics). */
    public int size(Language language) {
        LanguagePools lp = pools.get(language.getShortCodeWithCountryAndVariant());
        return lp == null ? 0 : lp.full.created;
    }

    /** The full and the light objects of one language, and the sentence splits they share. */
    private final class LanguagePools {
        private final ParagraphSplits splits = new ParagraphSplits(CACHED_PARAGRAPHS);
        private final Pool full;
        private final Pool light;

        LanguagePools(Language language) {
            this.full = new Pool(language, true, splits);
            this.light = new Pool(language, false, splits);
        }
    }

    private final class Pool {
        private final Language language;
        private final boolean full;
        private final ParagraphSplits splits;
        // One cache per kind: LanguageTool's cache keys do not tell objects with other rules apart.
        private final ResultCache cache = new ResultCache(CACHED_SENTENCES);
        private final ConcurrentLinkedDeque<PreparedLanguageTool> idle = new ConcurrentLinkedDeque<>();
        private volatile int created;

        Pool(Language language, boolean full, ParagraphSplits splits) {
            this.language = language;
            this.full = full;
            this.splits = splits;
        }

        synchronized PreparedLanguageTool create() {
            UserConfig userConfig = new UserConfig(new ArrayList<>(singleWords()));
            List<org.languagetool.rules.Rule> added = addedRules.rulesFor(language);
            PreparedLanguageTool lt = full
                    ? new PreparedLanguageTool(language, settings.motherTongue() == null ? null
                            : Languages.getLanguageForShortCode(settings.motherTongue()), cache, userConfig, splits)
                    : new PreparedLanguageTool(language, cache, userConfig, splits, added);
            for (String id : settings.disabledRules()) {
                lt.disableRule(id);
            }
            for (String id : settings.disabledCategories()) {
                lt.disableCategory(new CategoryId(id));
            }
            for (String id : settings.enabledRules()) {
                lt.enableRule(id);
            }
            if (settings.picky()) {
                lt.picky();
            }
            if (full) {
                for (org.languagetool.rules.Rule rule : added) {
                    lt.addRule(rule);
                }
            }
            if (!added.isEmpty()) {
                // LanguageTool drops the less important of two overlapping matches; an added rule must neither hide
                // nor be hidden by LanguageTool's own, so LanguageToolPass applies that filter to LanguageTool's
                // own matches alone.
                lt.setCleanOverlappingMatches(false);
            }
            List<String> phrases = settings.acceptedWords().stream().filter(w -> w.contains(" ")).toList();
            if (full && !phrases.isEmpty()) {
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
