package dev.concord.rule;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Unit;
import java.util.HashMap;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * What rules share during one check: the languages of each document, token analysis computed once per unit and
 * reused by every rule, the checker's components, and a memo for anything else a run computes once. One context
 * lives for one call of {@code Checker.check}; it is thread-safe, because documents are checked in parallel.
 */
public final class RuleContext {
    private final RuleSetup setup;
    private final TextAnalyzer analyzer;
    private final ULocale defaultTarget;
    private final ULocale defaultSource;
    private static final Map<String, ULocale> LOCALES = new ConcurrentHashMap<>();
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();
    private final ThreadLocal<UnitValues> unitValues = ThreadLocal.withInitial(UnitValues::new);
    private final Map<Object, Object> documentState;
    private final ForkJoinPool pool;

    public RuleContext(RuleSetup setup, TextAnalyzer analyzer, ULocale defaultTarget, ULocale defaultSource) {
        this(setup, analyzer, defaultTarget, defaultSource, new ConcurrentHashMap<>());
    }

    /**
     * A context whose {@link #documentState} lives in {@code documentState}: the checker passes the same map to the
     * contexts of all parts of a file read in parts, so that a rule's state for the file outlives each part.
     */
    public RuleContext(RuleSetup setup, TextAnalyzer analyzer, ULocale defaultTarget, ULocale defaultSource,
            Map<Object, Object> documentState) {
        this(setup, analyzer, defaultTarget, defaultSource, documentState, null);
    }

    /**
     * A context whose rules may split their work over {@code pool} (see {@link #inParallel}); null for the caller's
     * thread alone.
     */
    public RuleContext(RuleSetup setup, TextAnalyzer analyzer, ULocale defaultTarget, ULocale defaultSource,
            Map<Object, Object> documentState, ForkJoinPool pool) {
        this.pool = pool;
        this.setup = setup;
        this.analyzer = analyzer;
        this.defaultTarget = defaultTarget;
        this.defaultSource = defaultSource;
        this.documentState = documentState;
    }

    /** The target language of a document: what the document says, else the checker's default. */
    public ULocale targetLocale(Document document) {
        return document.targetLocale() != null ? locale(document.targetLocale()) : defaultTarget;
    }

    /** Rules ask for a document's languages for every unit: parse each language tag once. */
    private static ULocale locale(String tag) {
        ULocale l = LOCALES.get(tag);
        if (l == null) {
            l = ULocale.forLanguageTag(tag);
            if (LOCALES.size() < 1000) {
                LOCALES.put(tag, l);
            }
        }
        return l;
    }

    /** The source language of a document, or null when neither the document nor the checker says. */
    public ULocale sourceLocale(Document document) {
        return document.sourceLocale() != null ? locale(document.sourceLocale()) : defaultSource;
    }

    /**
     * Tokens of a unit's target text, analysed once per check and shared by all rules: the whole document is analysed
     * at once, together with LanguageTool's check of it.
     */
    public List<Token> tokens(Document document, Unit unit) {
        return unitTokens(document, unit, false, targetLocale(document));
    }

    /** Tokens of a unit's source text; empty for a monolingual unit or a document without source language. */
    public List<Token> sourceTokens(Document document, Unit unit) {
        ULocale locale = sourceLocale(document);
        if (unit.source() == null || locale == null) {
            return List.of();
        }
        return unitTokens(document, unit, true, locale);
    }

    private List<Token> unitTokens(Document document, Unit unit, boolean source, ULocale locale) {
        Map<Unit, List<Token>> all = memo(new TokensKey(document, source), () -> {
            List<List<Token>> tokens = analyzer.analyzeUnits(document, source, locale, this);
            Map<Unit, List<Token>> byUnit = new IdentityHashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                byUnit.put(document.units().get(i), tokens.get(i));
            }
            return byUnit;
        });
        List<Token> own = all.get(unit);
        if (own != null) {
            return own;
        }
        // A unit a rule made itself, not one of the document's.
        String text = source ? unit.source() : unit.text();
        return analyzer.analyze(text, locale);
    }

    /** The analyzer behind {@link #tokens}, for text that is not a unit's. */
    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /** A component the checker was given (a termbase, rule packs...), if any. */
    public <T> Optional<T> component(Class<T> type) {
        return setup.component(type);
    }

    /** Options by name, as set on the checker. */
    public Map<String, String> options() {
        return setup.options();
    }

    /**
     * The option that turns the fast path off: with {@code analysis=full}, every text that a LanguageTool pass could
     * read is analysed whole and every rule shares that analysis, as before the fast path; for comparing the two.
     */
    public static final String ANALYSIS_OPTION = "analysis";

    /** True when the checker was told to analyse every text fully (see {@link #ANALYSIS_OPTION}). */
    public boolean fullAnalysis() {
        return setup != null && fullAnalysis(setup.options());
    }

    /** True when these checker options ask to analyse every text fully (see {@link #ANALYSIS_OPTION}). */
    public static boolean fullAnalysis(Map<String, String> options) {
        return "full".equals(options.get(ANALYSIS_OPTION));
    }

    private static final dev.concord.CheckProfile UNPROFILED = new dev.concord.CheckProfile();

    /**
     * Where the checker counts the time of phases (LanguageTool's loading and analysis, each rule family); a profile
     * nobody reads for a context made without a checker.
     */
    public dev.concord.CheckProfile profile() {
        return setup == null ? UNPROFILED : setup.component(dev.concord.CheckProfile.class).orElse(UNPROFILED);
    }

    /** How many threads the check may use: work split into as many pieces keeps them busy. */
    public int parallelism() {
        return pool == null ? 1 : pool.getParallelism();
    }

    /**
     * Runs {@code tasks} on the check's threads, at once as far as there are threads, and returns their results in
     * order; in the caller's thread, one after the other, when the check has one thread. A rule with much work on one
     * document (LanguageTool on a long file) splits it this way.
     */
    public <T> List<T> inParallel(List<Supplier<T>> tasks) {
        if (pool == null || tasks.size() < 2) {
            return tasks.stream().map(Supplier::get).toList();
        }
        List<ForkJoinTask<T>> forked = tasks.stream().map(t -> ForkJoinTask.adapt(t::get)).toList();
        if (ForkJoinTask.getPool() == pool) {
            ForkJoinTask.invokeAll(forked);
        } else {
            pool.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(forked)));
        }
        return forked.stream().map(ForkJoinTask::join).toList();
    }

    /**
     * The value for {@code key} about {@code unit}, computed once while the unit is being checked: the checker runs
     * every unit rule on a unit before it moves to the next, so what several rules need about a unit (its words,
     * numbers, codes) is computed by the first that asks. Kept per thread, for the current unit only, so that a file
     * of a million units does not fill {@link #memo}. Keys compare by equals: use a record or an enum of the rule's
     * own, so that two rules' keys never meet.
     */
    @SuppressWarnings("unchecked")
    public <T> T unitMemo(Unit unit, Object key, Supplier<T> compute) {
        UnitValues current = unitValues.get();
        if (current.unit != unit) {
            current.unit = unit;
            current.values = new HashMap<>(8);
        }
        // The map of this unit, held here: a computation that asks about another unit replaces the thread's map, and
        // then this value goes to the map it belongs to (and is forgotten with it), never to the other unit's.
        Map<Object, Object> values = current.values;
        Object v = values.get(key);
        if (v == null && !values.containsKey(key)) {
            v = compute.get();
            values.put(key, v);
        }
        return (T) v;
    }

    /**
     * Forgets what {@link #unitMemo} keeps for the unit this thread checked last. The checker calls it when a thread
     * is done with a document's units, so that pooled threads do not hold on to a unit after the check.
     */
    public void forgetUnit() {
        unitValues.remove();
    }

    /** The values of the unit a thread is checking. */
    private static final class UnitValues {
        private Unit unit;
        private Map<Object, Object> values = new HashMap<>(8);
    }

    /**
     * The value for {@code key}, computed once per check by {@code compute}: a thread that asks while another computes
     * it waits for that result (a document's LanguageTool pass is worth waiting for). Keys compare by equals; use a
     * record naming what is computed. A computation may ask for other keys, never for its own.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            FutureTask<Object> task = new FutureTask<>(compute::get);
            v = memo.putIfAbsent(key, task);
            if (v == null) {
                v = task;
                task.run();
            }
        }
        if (v instanceof FutureTask<?> f) {
            try {
                if (!f.isDone() && ForkJoinTask.inForkJoinPool()) {
                    // A pool thread that waits here lets the pool start a spare one, which takes up the pieces the
                    // computing thread splits its work into: without it, that work runs on one thread alone.
                    ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                        @Override
                        public boolean block() throws InterruptedException {
                            try {
                                f.get();
                            } catch (ExecutionException e) {
                                // thrown again below, by get()
                            }
                            return true;
                        }

                        @Override
                        public boolean isReleasable() {
                            return f.isDone();
                        }
                    });
                }
                return (T) f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + key, e);
            } catch (ExecutionException e) {
                // Not kept: the next caller computes again (and likely fails the same way, in its own rule).
                memo.remove(key, v);
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
        return (T) v;
    }

    /**
     * State that a rule keeps for a whole file, computed once by {@code compute}: for a file read in parts (a large
     * XLIFF checked in bounded memory), the same object serves every part, so that a consistency rule sees the whole
     * file. Keep it bounded (hashes, not texts) and thread-safe. Keyed by the document's name and {@code key}.
     */
    @SuppressWarnings("unchecked")
    public <T> T documentState(Document document, Object key, Supplier<T> compute) {
        return (T) documentState.computeIfAbsent(new StateKey(document.name(), key), k -> compute.get());
    }

    private record StateKey(String document, Object key) {
    }

    /** Identity of a document's analysis: by object, since two documents may hold the same text in two languages. */
    private record TokensKey(Document document, boolean source) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TokensKey k && k.document == document && k.source == source;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document) * 31 + (source ? 1 : 0);
        }
    }
}
