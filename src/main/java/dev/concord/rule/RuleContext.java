package dev.concord.rule;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Unit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<Object, Object> documentState;

    public RuleContext(RuleSetup setup, TextAnalyzer analyzer, ULocale defaultTarget, ULocale defaultSource) {
        this(setup, analyzer, defaultTarget, defaultSource, new ConcurrentHashMap<>());
    }

    /**
     * A context whose {@link #documentState} lives in {@code documentState}: the checker passes the same map to the
     * contexts of all parts of a file read in parts, so that a rule's state for the file outlives each part.
     */
    public RuleContext(RuleSetup setup, TextAnalyzer analyzer, ULocale defaultTarget, ULocale defaultSource,
            Map<Object, Object> documentState) {
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

    /** Tokens of a unit's target text, analysed once per check and shared by all rules. */
    public List<Token> tokens(Document document, Unit unit) {
        return memo(new TokensKey(unit, false), () -> analyzer.analyze(unit.text(), targetLocale(document)));
    }

    /** Tokens of a unit's source text; empty for a monolingual unit or a document without source language. */
    public List<Token> sourceTokens(Document document, Unit unit) {
        ULocale locale = sourceLocale(document);
        if (unit.source() == null || locale == null) {
            return List.of();
        }
        return memo(new TokensKey(unit, true), () -> analyzer.analyze(unit.source(), locale));
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
     * The value for {@code key}, computed once per check by {@code compute}. Keys compare by equals; use a record
     * naming what is computed. The computation may run twice when two threads ask at once, so it must be pure.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            Object prior = memo.putIfAbsent(key, v);
            if (prior != null) {
                v = prior;
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

    /** Identity of a unit's analysis: by object, since two units may hold the same text in different languages. */
    private record TokensKey(Unit unit, boolean source) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TokensKey k && k.unit == unit && k.source == source;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(unit) * 31 + (source ? 1 : 0);
        }
    }
}
