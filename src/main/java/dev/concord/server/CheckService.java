package dev.concord.server;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Locales;
import dev.concord.config.CheckerSettings;
import dev.concord.config.Checkers;
import dev.concord.config.ConfigFiles;
import dev.concord.config.FileSettings;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.grammar.LanguageToolMatchDetails;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.languagetool.Language;

/**
 * The server's checking: one warm {@link Checker} per profile (and per variant a request asks for, such as extra
 * LanguageTool rules), shared by every request; a fixed number of workers and a bounded number of waiting checks;
 * and a time limit per check, after which the answer says its results are incomplete.
 */
final class CheckService implements AutoCloseable {
    /** A profile: its name, what its config says, and the languages it sets. */
    record Profile(String name, Path config, CheckerSettings settings, String language, String sourceLanguage) {
    }

    /**
     * Which checker a request needs: its profile; LanguageTool rules it turns on and off and categories it turns off
     * beyond the profile's (off before the check, as LanguageTool's server does, so that a rule's match does not hide
     * another's); whether it wants LanguageTool's findings alone (names spell-checked, as LanguageTool's server
     * gives them); LanguageTool's picky level; and the writer's mother tongue (LanguageTool's false friends).
     */
    record Variant(String profile, Set<String> grammarRulesOn, Set<String> grammarRulesOff,
            Set<String> grammarCategoriesOff, boolean languageToolOnly, boolean picky, String motherTongue) {
        Variant {
            profile = profile == null || profile.isBlank() ? ServeSettings.DEFAULT_PROFILE : profile;
            grammarRulesOn = Set.copyOf(new TreeSet<>(grammarRulesOn));
            grammarRulesOff = Set.copyOf(new TreeSet<>(grammarRulesOff));
            grammarCategoriesOff = Set.copyOf(new TreeSet<>(grammarCategoriesOff));
        }

        static Variant of(String profile) {
            return new Variant(profile, Set.of(), Set.of(), Set.of(), false, false, null);
        }

        boolean changesGrammar() {
            return !grammarRulesOn.isEmpty() || !grammarRulesOff.isEmpty() || !grammarCategoriesOff.isEmpty()
                    || languageToolOnly || picky || motherTongue != null;
        }
    }

    /** What a check gave: the issues, and whether the time limit cut it short (then the issues are empty). */
    record Outcome(List<Issue> issues, boolean incomplete, Checker checker) {
    }

    /**
     * Checkers kept per variant; the least recently used goes beyond this. Each variant that changes LanguageTool's
     * rules has LanguageTool objects of its own (seconds to build per language, kept softly by {@link Checkers}).
     */
    private static final int MAX_VARIANTS = 8;

    private final Map<String, Profile> profiles;
    private final Checkers checkers = new Checkers();
    private final LanguageToolMatchDetails details = new LanguageToolMatchDetails();
    private final Map<Variant, Checker> variants = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Variant, Checker> eldest) {
            return size() > MAX_VARIANTS;
        }
    };
    private final ExecutorService workers;
    private final int capacity;
    private final Duration timeout;
    private final AtomicInteger inFlight = new AtomicInteger();

    CheckService(ServeSettings settings) throws InputException {
        this.profiles = readProfiles(settings.profiles());
        this.capacity = settings.workers() + settings.queue();
        this.timeout = settings.checkTimeout();
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "concord-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Reads each profile's config file now, so that a broken one stops the server at start, not at a request. */
    private static Map<String, Profile> readProfiles(Map<String, Path> configs) throws InputException {
        Map<String, Profile> out = new TreeMap<>();
        for (Map.Entry<String, Path> e : configs.entrySet()) {
            Path config = e.getValue().toAbsolutePath().normalize();
            FileSettings s = ConfigFiles.only(config).settingsFor(config.resolveSibling("request.txt"));
            out.put(e.getKey(), new Profile(e.getKey(), config, s.checker(), s.language(), s.sourceLanguage()));
        }
        out.putIfAbsent(ServeSettings.DEFAULT_PROFILE, new Profile(ServeSettings.DEFAULT_PROFILE, null,
                CheckerSettings.defaults(), null, null));
        return out;
    }

    Collection<Profile> profiles() {
        return profiles.values();
    }

    /** The profile called {@code name} (the default one for null), or a 400 naming the profiles there are. */
    Profile profile(String name) throws HttpFailure {
        Profile p = profiles.get(name == null || name.isBlank() ? ServeSettings.DEFAULT_PROFILE : name);
        if (p == null) {
            throw HttpFailure.badRequest("unknown profile '" + name + "': this server has " + profiles.keySet());
        }
        return p;
    }

    /** The checker for a variant, built on first use and kept warm. */
    Checker checker(Variant variant) throws HttpFailure {
        Profile p = profile(variant.profile());
        synchronized (variants) {
            Checker c = variants.get(variant);
            if (c == null) {
                CheckerSettings s = p.settings();
                if (variant.changesGrammar()) {
                    s = s.withGrammarRules(variant.grammarRulesOn(), variant.grammarRulesOff(),
                            variant.grammarCategoriesOff(), variant.languageToolOnly());
                }
                try {
                    c = build(s, variant);
                    if (variant.languageToolOnly()) {
                        // LanguageTool's findings alone: Concord's other rules need not run at all.
                        List<String> others = c.rules().stream().map(dev.concord.rule.Rule::id)
                                .filter(id -> !id.equals("lt")).toList();
                        c = build(s.withRules(others, List.of()), variant);
                    }
                } catch (InputException e) {
                    throw new HttpFailure(500, "profile '" + p.name() + "' cannot be used: " + e.getMessage());
                }
                variants.put(variant, c);
            }
            return c;
        }
    }

    private Checker build(CheckerSettings s, Variant variant) throws InputException {
        return checkers.checker(s, 1, b -> b.picky(variant.picky()).motherTongue(variant.motherTongue())
                .component(LanguageToolMatchDetails.class, details));
    }

    /**
     * Checks documents together (so that consistency rules see all of them) on a worker, waiting at most the time
     * limit. A full queue is a 503 at once; a check past the limit answers incomplete while it finishes on its worker,
     * which stays counted until then, so that slow checks cannot pile up beyond the queue.
     */
    Outcome check(Checker checker, List<Document> documents) throws HttpFailure {
        if (inFlight.incrementAndGet() > capacity) {
            inFlight.decrementAndGet();
            throw HttpFailure.busy("the server is busy: " + capacity + " checks are running or waiting");
        }
        Future<List<Issue>> future;
        try {
            future = workers.submit(() -> {
                try {
                    return documents.size() == 1 ? checker.check(documents.get(0))
                            : checker.checkAll(documents);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            throw HttpFailure.busy("the server is shutting down");
        }
        try {
            return new Outcome(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS), false, checker);
        } catch (TimeoutException e) {
            return new Outcome(List.of(), true, checker);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpFailure.busy("the check was interrupted (the server is stopping)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new HttpFailure(500, "the check failed: " + cause);
        }
    }

    /** What LanguageTool said of the matches of every checker here, per document name. */
    LanguageToolMatchDetails details() {
        return details;
    }

    /** How many checks are running or waiting now. */
    int inFlight() {
        return inFlight.get();
    }

    /**
     * Builds the LanguageTool objects of the default profile for these languages now, so that the first request
     * does not pay for them.
     */
    void warmUp(List<String> languages) throws HttpFailure {
        Checker c = checker(Variant.of(ServeSettings.DEFAULT_PROFILE));
        if (!c.grammarEnabled()) {
            return;
        }
        List<Language> found = new ArrayList<>();
        for (String code : languages) {
            Language l = LanguageToolLanguages.find(Locales.parse(Locales.normalize(code)));
            if (l == null) {
                throw HttpFailure.badRequest("no LanguageTool module for '" + code + "'");
            }
            found.add(l);
        }
        found.forEach(c.languageToolPools()::warmUp);
    }

    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }
}
