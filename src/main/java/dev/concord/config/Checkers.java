package dev.concord.config;

import dev.concord.Checker;
import dev.concord.CheckerBuilder;
import dev.concord.InputException;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.pack.RulePacks;
import dev.concord.terms.Termbase;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Checkers built from {@link CheckerSettings}, as every front end (the command line, the language server) builds them:
 * termbases and rule packs read once per set of files, and LanguageTool objects shared between checkers with equal
 * grammar settings, across runs in one JVM. Not thread-safe: one instance per run or per server thread.
 */
public final class Checkers {
    private final Map<List<Path>, Termbase> termbases = new HashMap<>();
    private final Map<List<Path>, RulePacks> rulePacks = new HashMap<>();

    /** A checker for {@code settings} on {@code threads} threads. */
    public Checker checker(CheckerSettings settings, int threads) throws InputException {
        return checker(settings, threads, b -> { });
    }

    /**
     * A checker for {@code settings} on {@code threads} threads, with what a front end adds to the builder before it
     * is built (components, LanguageTool's picky level).
     */
    public Checker checker(CheckerSettings settings, int threads, Consumer<CheckerBuilder> more)
            throws InputException {
        CheckerBuilder b = settings.applyTo(Checker.builder()).threads(threads);
        more.accept(b);
        Termbase termbase = termbase(settings.termbases());
        if (termbase != null) {
            b.termbase(termbase);
        }
        RulePacks packs = rulePacks.get(settings.ruleFolders());
        if (packs == null) {
            packs = RulePacks.bundled().withFolders(settings.ruleFolders());
            rulePacks.put(settings.ruleFolders(), packs);
        }
        b.languageToolPools(sharedPools(new PoolKey(b.grammarSettings(), packs)));
        return b.build();
    }

    /** The termbase read from {@code files} (once), or null when there are none. */
    public Termbase termbase(List<Path> files) throws InputException {
        if (files.isEmpty()) {
            return null;
        }
        Termbase termbase = termbases.get(files);
        if (termbase == null) {
            try {
                termbase = Termbase.load(files);
            } catch (InputException e) {
                throw e;
            } catch (IOException e) {
                throw new InputException(files.get(0).toString(), 0, 0, "cannot read termbase: " + e.getMessage());
            }
            termbases.put(files, termbase);
        }
        return termbase;
    }

    /** What LanguageTool objects are built from: grammar settings and the rule packs loaded into them. */
    private record PoolKey(GrammarSettings settings, RulePacks packs) {
    }

    /**
     * LanguageTool objects for these settings, kept from an earlier run in this JVM when there was one: the CLI runs
     * once per process, but tests and long-lived hosts (the language server) run many times, and each language costs
     * seconds to build. Soft references let the collector take them back when memory runs short.
     */
    private static LanguageToolPools sharedPools(PoolKey key) {
        synchronized (SHARED_POOLS) {
            SoftReference<LanguageToolPools> ref = SHARED_POOLS.get(key);
            LanguageToolPools pools = ref == null ? null : ref.get();
            if (pools == null) {
                pools = new LanguageToolPools(key.settings(), key.packs());
                SHARED_POOLS.put(key, new SoftReference<>(pools));
            }
            return pools;
        }
    }

    /** The pools of the last few settings used in this JVM, most recent last. */
    private static final Map<PoolKey, SoftReference<LanguageToolPools>> SHARED_POOLS =
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PoolKey, SoftReference<LanguageToolPools>> e) {
                    return size() > 4;
                }
            };
}
