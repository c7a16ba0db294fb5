package dev.concord;

import com.ibm.icu.util.ULocale;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.grammar.LanguageToolRule;
import dev.concord.pack.RulePacks;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.Rule;
import dev.concord.rule.RuleContext;
import dev.concord.rule.RuleProvider;
import dev.concord.rule.RuleSetup;
import dev.concord.rule.UnitRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.languagetool.Language;

/**
 * The entry point: runs every enabled rule on documents and returns their issues. Build one with
 * {@link #builder()}, once, and use it from as many threads as you like: it is immutable, its rules are stateless,
 * and its LanguageTool objects are pooled per language. Checking the same text again is cheap, because LanguageTool's
 * results are cached per sentence.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().targetLocale("fr-FR").sourceLocale("en").build();
 * List<Issue> issues = checker.check(Document.parse(Path.of("article.fr.md")));
 * }</pre>
 */
public final class Checker {
    /** A document with at least this many units has its units checked in parallel when the checker has threads. */
    private static final int PARALLEL_UNITS = 200;
    private final ULocale targetLocale;
    private final ULocale sourceLocale;
    private final List<UnitRule> unitRules;
    private final List<DocumentRule> documentRules;
    private final List<Rule> rules;
    private final List<Rule> allRules;
    private final Set<String> disabledRules;
    private final Map<String, Severity> severities;
    /** Words accepted per language tag (see {@link CheckerBuilder#acceptWords(String, java.util.Collection)}). */
    private final Map<String, Set<String>> accepted;
    private final Setup setup;
    private final LanguageToolPools pools;
    private final RulePacks rulePacks;
    private final LanguageToolAnalyzer analyzer;
    private final boolean grammar;
    private final int threads;
    private final CheckProfile profile = new CheckProfile();
    /** Each rule's profile phase, by rule. */
    private final Map<Rule, String> phases = new ConcurrentHashMap<>();

    Checker(CheckerBuilder b) {
        this.targetLocale = b.targetLocale;
        this.sourceLocale = b.sourceLocale;
        this.disabledRules = Set.copyOf(b.disabledRules);
        this.severities = Map.copyOf(b.severities);
        Map<String, Set<String>> acc = new java.util.HashMap<>();
        b.acceptedByLanguage.forEach((k, v) -> acc.put(k, Set.copyOf(v)));
        this.accepted = Map.copyOf(acc);
        Map<Class<?>, Object> components = new java.util.HashMap<>(b.components);
        components.put(CheckProfile.class, profile);
        this.setup = new Setup(Map.copyOf(components), Map.copyOf(b.options));
        this.rulePacks = rulePacks(b);
        this.pools = b.languageToolPools != null ? b.languageToolPools
                : new LanguageToolPools(b.grammarSettings(), rulePacks);
        this.grammar = b.grammar;
        this.threads = b.threads;

        List<Rule> all = new ArrayList<>();
        LanguageToolRule grammarRule = b.grammar ? new LanguageToolRule(pools) : null;
        if (grammarRule != null) {
            all.add(grammarRule);
        }
        Rule packRule = null;
        if (!rulePacks.isEmpty()) {
            // With LanguageTool's rules on, the packs read the same LanguageTool pass; else they run on its analysis.
            boolean grammarRuns = grammarRule != null && !isDisabled(grammarRule.id())
                    && !disabledRules.contains(grammarRule.pack());
            packRule = rulePacks.checkRule(pools, grammarRuns, b.enabledRules);
            all.add(packRule);
        }
        if (b.discoverRules) {
            ClassLoader loader = Checker.class.getClassLoader();
            for (Rule r : ServiceLoader.load(Rule.class, loader)) {
                all.add(r);
            }
            for (RuleProvider p : ServiceLoader.load(RuleProvider.class, loader)) {
                all.addAll(p.rules(setup));
            }
        }
        all.addAll(b.extraRules);
        this.allRules = List.copyOf(all);
        List<Rule> enabled = all.stream().filter(r -> !isDisabled(r.id()) && !disabledRules.contains(r.pack()))
                .toList();
        this.rules = List.copyOf(enabled);
        this.analyzer = new LanguageToolAnalyzer(pools, passRuns(enabled, grammarRule, packRule),
                grammarRule != null && enabled.contains(grammarRule));
        this.unitRules = enabled.stream().filter(UnitRule.class::isInstance).map(UnitRule.class::cast).toList();
        this.documentRules = enabled.stream().filter(DocumentRule.class::isInstance).map(DocumentRule.class::cast)
                .toList();
    }

    /**
     * The languages whose target texts this checker analyses for a LanguageTool pass anyway (LanguageTool's grammar,
     * or rule packs for the language): other rules share that analysis; for other texts they get a cheaper one.
     */
    private Predicate<Language> passRuns(List<Rule> enabled, Rule grammarRule, Rule packRule) {
        if (grammarRule != null && enabled.contains(grammarRule)) {
            return language -> true;
        }
        // The packs analyse only the units they may match (see RulePackRule): the other rules read the tagger's
        // readings of every unit instead, which costs a fraction of a full analysis.
        boolean packsRun = packRule != null && enabled.contains(packRule)
                && dev.concord.rule.RuleContext.fullAnalysis(setup.options());
        return language -> packsRun && !pools.addedRules().rulesFor(language).isEmpty();
    }

    public static CheckerBuilder builder() {
        return new CheckerBuilder();
    }

    /** The rule packs of a checker: those its LanguageTool pools hold, else the builder's, else the bundled ones. */
    private static RulePacks rulePacks(CheckerBuilder b) {
        if (b.languageToolPools == null) {
            return b.rulePacks != null ? b.rulePacks : RulePacks.bundled();
        }
        RulePacks inPools = b.languageToolPools.addedRules() instanceof RulePacks p ? p : RulePacks.none();
        if (b.rulePacks != null && b.rulePacks != inPools) {
            throw new IllegalArgumentException("rule packs live in the LanguageTool pools: build the pools with them"
                    + " (new LanguageToolPools(settings, packs)) or leave rulePacks unset");
        }
        return inPools;
    }

    /** The rule packs this checker runs. */
    public RulePacks rulePacks() {
        return rulePacks;
    }

    /** Whether {@code text}, flagged in {@code document}, is a word its language accepts (or its base language). */
    private boolean isAccepted(Document document, String text) {
        if (accepted.isEmpty() || document.targetLocale() == null) {
            return false;
        }
        String word = com.ibm.icu.text.Normalizer2.getNFCInstance().normalize(text.strip());
        for (String tag = document.targetLocale(); ; ) {
            Set<String> words = accepted.get(tag);
            if (words != null && words.contains(word)) {
                return true;
            }
            int dash = tag.lastIndexOf('-');
            if (dash < 0) {
                return false;
            }
            tag = tag.substring(0, dash);
        }
    }

    /** Where this checker's time went, phase by phase, over all its checks so far. */
    public CheckProfile profile() {
        return profile;
    }

    /** The phase a rule's own time counts to: its family (worked out once per rule, as it is asked per unit). */
    private String phaseOf(Rule rule) {
        return phases.computeIfAbsent(rule, Checker::familyPhase);
    }

    private static String familyPhase(Rule rule) {
        String family = rule.pack();
        if (family == null || family.equals("core")) {
            int dot = rule.id().indexOf('.');
            family = dot > 0 ? rule.id().substring(0, dot) : rule.id();
        }
        return "rules: " + family;
    }

    /** The rules this checker runs. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * True when {@code id} names a rule this checker knows (enabled or not): a rule's id, a family prefix of one
     * ({@code names}), an id a family reports ({@code lt.FR_SPELLING_RULE} for the {@code lt} family), a pack, or
     * one of Concord's own ids ({@code concord.*}). For warnings about ids in configuration and suppressions.
     */
    public boolean knowsRule(String id) {
        if (id.equals("concord") || id.startsWith("concord.") || id.equals("lt") || id.startsWith("lt.")) {
            return true;
        }
        for (Rule r : allRules) {
            String rid = r.id();
            if (rid.equals(id) || rid.startsWith(id + ".") || id.startsWith(rid + ".") || r.pack().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** True when LanguageTool's rules run. */
    public boolean grammarEnabled() {
        return grammar;
    }

    /** The language assumed for documents that do not say theirs, or null. */
    public ULocale targetLocale() {
        return targetLocale;
    }

    /** The LanguageTool objects this checker uses; give them to another builder to share them. */
    public LanguageToolPools languageToolPools() {
        return pools;
    }

    /** Checks one document (rules that compare documents see only this one). */
    public List<Issue> check(Document document) {
        return checkAll(List.of(document));
    }

    /**
     * Checks documents together: project rules (consistency across files) see all of them. Issues come sorted by
     * document (in the order given), line and column.
     *
     * @throws IllegalArgumentException when a document has no target language and the checker has no default
     */
    public List<Issue> checkAll(Collection<Document> documents) {
        return checkAll(documents, d -> { });
    }

    /**
     * Checks documents together, as {@link #checkAll(Collection)} does, and tells {@code checked} about each document
     * once its own rules are done (from the thread that checked it; project rules run after all of them), so that a
     * caller can show progress.
     */
    public List<Issue> checkAll(Collection<Document> documents, Consumer<Document> checked) {
        return checkAll(List.copyOf(documents), checked, (Document) null);
    }

    /**
     * Checks one document among others: every rule on {@code document}, and the project rules (consistency across
     * files) on it and {@code project} together, so that a name or term spelled another way in another file counts.
     * Only {@code document}'s issues are returned (their related places may point into the other files). What an
     * editor needs: the open file checked against the rest of the workspace without checking all of it.
     */
    public List<Issue> checkAmong(Document document, Collection<Document> project) {
        List<Document> docs = new ArrayList<>();
        docs.add(document);
        for (Document d : project) {
            if (!d.name().equals(document.name())) {
                docs.add(d);
            }
        }
        List<Issue> all = checkAll(docs, d -> { }, document);
        List<Issue> own = new ArrayList<>(all.size());
        for (Issue i : all) {
            if (i.file().equals(document.name())) {
                own.add(i);
            }
        }
        return own;
    }

    private List<Issue> checkAll(List<Document> docs, Consumer<Document> checked, Document only) {
        for (Document d : docs) {
            if (d.targetLocale() == null && targetLocale == null) {
                throw new IllegalArgumentException(d.name()
                        + " has no target language: set one with Checker.builder().targetLocale(...)");
            }
        }
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        try {
            return checkAll(only == null ? docs : List.of(only), docs, checked, pool);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /** Every rule on {@code docs}; the project rules on {@code project} (which holds {@code docs}). */
    private List<Issue> checkAll(List<Document> docs, List<Document> project, Consumer<Document> checked,
            ForkJoinPool pool) {
        RuleContext context = new RuleContext(setup, analyzer, targetLocale, sourceLocale, new ConcurrentHashMap<>(),
                pool);
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        List<Issue> failures = Collections.synchronizedList(new ArrayList<>());
        FindingSink sink = findings::add;
        if (pool != null && docs.size() > 1) {
            List<Future<?>> futures = new ArrayList<>();
            for (Document d : interleavedByLanguage(docs)) {
                futures.add(pool.submit(() -> {
                    checkDocument(d, context, sink, failures);
                    checked.accept(d);
                }));
            }
            awaitAll(futures);
        } else if (pool != null && docs.size() == 1 && docs.get(0).units().size() >= PARALLEL_UNITS) {
            checkDocumentInParallel(docs.get(0), context, sink, failures, pool);
            checked.accept(docs.get(0));
        } else {
            for (Document d : docs) {
                checkDocument(d, context, sink, failures);
                checked.accept(d);
            }
        }
        for (DocumentRule rule : documentRules) {
            if (rule.scope() == DocumentRule.Scope.PROJECT) {
                run(rule, docs.isEmpty() ? null : docs.get(0), failures, () -> rule.check(project, context, sink));
            }
        }
        IssueFactory factory = new IssueFactory(this::isDisabled, this::severityFor, this::isAccepted);
        List<Issue> issues = new ArrayList<>(factory.issues(findings, project));
        issues.addAll(failures);
        return IssueFactory.sorted(issues, project);
    }

    /**
     * Checks a file read in parts (see {@link DocumentStream}) in bounded memory: each part is checked as a document
     * and then dropped, rules that compare units across the file keep their state for the whole file (see
     * {@link RuleContext#documentState}), and project rules see one part at a time. Issues come in file order.
     * Closes the stream.
     *
     * @throws InputException when the file turns out to be malformed part way; no issue is returned then
     */
    public List<Issue> check(DocumentStream parts) throws IOException {
        List<Issue> issues = new ArrayList<>();
        Map<Object, Object> documentState = new ConcurrentHashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        IssueFactory factory = new IssueFactory(this::isDisabled, this::severityFor, this::isAccepted);
        ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
        // With several threads, the next part is read while this one is checked.
        java.util.concurrent.ExecutorService reader = threads > 1 ? java.util.concurrent.Executors
                .newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "concord-part-reader");
                    t.setDaemon(true);
                    return t;
                }) : null;
        try (parts) {
            try {
                checkParts(parts, documentState, occurrences, factory, pool, reader, issues);
            } finally {
                // Stop reading ahead before the stream is closed.
                if (reader != null) {
                    reader.shutdownNow();
                    try {
                        reader.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (pool != null) {
                    pool.shutdown();
                }
            }
        }
        return issues;
    }

    private void checkParts(DocumentStream parts, Map<Object, Object> documentState, Map<String, Integer> occurrences,
            IssueFactory factory, ForkJoinPool pool, java.util.concurrent.ExecutorService reader, List<Issue> issues)
            throws IOException {
        Future<Document> ahead = reader == null ? null : reader.submit(parts::next);
        while (true) {
            Document part;
            if (ahead == null) {
                part = parts.next();
            } else {
                part = await(ahead);
                ahead = part == null ? null : reader.submit(parts::next);
            }
            if (part == null) {
                break;
            }
            if (part.targetLocale() == null && targetLocale == null) {
                throw new IllegalArgumentException(part.name()
                        + " has no target language: set one with Checker.builder().targetLocale(...)");
            }
            RuleContext context = new RuleContext(setup, analyzer, targetLocale, sourceLocale, documentState, pool);
            List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
            List<Issue> failures = Collections.synchronizedList(new ArrayList<>());
            FindingSink sink = findings::add;
            if (pool != null && part.units().size() >= PARALLEL_UNITS) {
                checkDocumentInParallel(part, context, sink, failures, pool);
            } else {
                checkDocument(part, context, sink, failures);
            }
            List<Document> one = List.of(part);
            for (DocumentRule rule : documentRules) {
                if (rule.scope() == DocumentRule.Scope.PROJECT) {
                    run(rule, part, failures, () -> rule.check(one, context, sink));
                }
            }
            List<Issue> partIssues = new ArrayList<>(factory.issues(findings, one, occurrences));
            partIssues.addAll(failures);
            issues.addAll(IssueFactory.sorted(partIssues, one));
        }
    }

    /** The next part read ahead on the reader thread; its input error, if any, is thrown here. */
    private static Document await(Future<Document> ahead) throws IOException {
        try {
            return ahead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("check interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Runs the unit rules on chunks of a large document's units in parallel, then its document rules. Rules are
     * stateless and the sink is thread-safe; a rule that fails is reported once.
     */
    private void checkDocumentInParallel(Document document, RuleContext context, FindingSink sink,
            List<Issue> failures, ForkJoinPool pool) {
        List<Unit> units = document.units();
        Set<String> failed = ConcurrentHashMap.newKeySet();
        int chunk = Math.max(256, units.size() / (threads * 4));
        List<Future<?>> futures = new ArrayList<>();
        if (!units.isEmpty() && documentRules.stream().anyMatch(DocumentRule::readsTargetTokens)) {
            // Analysed side by side with the unit rules rather than after them. A failure here is left to the rule
            // that asks again, which reports it as its own.
            futures.add(pool.submit(() -> {
                try {
                    context.tokens(document, units.get(0));
                } catch (RuntimeException e) {
                    // reported by the rule that needs the tokens
                }
            }));
        }
        for (int from = 0; from < units.size(); from += chunk) {
            List<Unit> slice = units.subList(from, Math.min(units.size(), from + chunk));
            futures.add(pool.submit(() -> checkUnits(document, slice, context, sink, failed, failures)));
        }
        awaitAll(futures);
        // Document rules are independent of one another (each reports to the thread-safe sink): side by side too.
        futures.clear();
        for (DocumentRule rule : documentRules) {
            if (rule.scope() == DocumentRule.Scope.DOCUMENT) {
                futures.add(pool.submit(() -> run(rule, document, failures,
                        () -> rule.check(List.of(document), context, sink))));
            }
        }
        awaitAll(futures);
    }

    private static void awaitAll(List<Future<?>> futures) {
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("check interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The documents in the order to start them on the pool: one of each language in turn. Threads then start on
     * different languages and build their LanguageTool objects (seconds each) side by side, instead of all waiting
     * for the first language's and then each building another.
     */
    static List<Document> interleavedByLanguage(List<Document> docs) {
        Map<String, java.util.ArrayDeque<Document>> byLanguage = new java.util.LinkedHashMap<>();
        for (Document d : docs) {
            byLanguage.computeIfAbsent(String.valueOf(d.targetLocale()), k -> new java.util.ArrayDeque<>()).add(d);
        }
        if (byLanguage.size() < 2) {
            return docs;
        }
        List<Document> out = new ArrayList<>(docs.size());
        while (out.size() < docs.size()) {
            for (java.util.ArrayDeque<Document> queue : byLanguage.values()) {
                Document d = queue.poll();
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private void checkDocument(Document document, RuleContext context, FindingSink sink, List<Issue> failures) {
        checkUnits(document, document.units(), context, sink, ConcurrentHashMap.newKeySet(), failures);
        for (DocumentRule rule : documentRules) {
            if (rule.scope() == DocumentRule.Scope.DOCUMENT) {
                run(rule, document, failures, () -> rule.check(List.of(document), context, sink));
            }
        }
    }

    /**
     * Runs the unit rules on {@code units}, unit by unit, so that what the rules share about a unit (its
     * {@link RuleContext#unitMemo} values) is computed once and still at hand. A rule that fails is reported once and
     * not run again on this document; the other rules go on.
     */
    private void checkUnits(Document document, List<Unit> units, RuleContext context, FindingSink sink,
            Set<String> failed, List<Issue> failures) {
        try {
            for (Unit unit : units) {
                for (UnitRule rule : unitRules) {
                    if (rule.isBilingual() && !unit.isBilingual() || !failed.isEmpty() && failed.contains(rule.id())) {
                        continue;
                    }
                    try {
                        profile.run(phaseOf(rule), () -> rule.check(document, unit, context, sink));
                    } catch (RuntimeException e) {
                        if (failed.add(rule.id())) {
                            failures.add(IssueFactory.failure(rule, document, e));
                        }
                    }
                }
            }
        } finally {
            context.forgetUnit();
        }
    }

    /** Runs a rule; a rule that fails is reported as an issue, so that the other rules' findings still count. */
    private void run(Rule rule, Document document, List<Issue> failures, Runnable body) {
        try {
            profile.run(phaseOf(rule), body);
        } catch (RuntimeException e) {
            if (document != null) {
                failures.add(IssueFactory.failure(rule, document, e));
            }
        }
    }

    /** True when an id, or a family prefix of it, is disabled. */
    boolean isDisabled(String ruleId) {
        if (disabledRules.contains(ruleId)) {
            return true;
        }
        for (int dot = ruleId.indexOf('.'); dot > 0; dot = ruleId.indexOf('.', dot + 1)) {
            if (disabledRules.contains(ruleId.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    /** The configured severity for an id, looking at the id, then its family prefixes; null for the default. */
    Severity severityFor(String ruleId) {
        Severity s = severities.get(ruleId);
        for (int dot = ruleId.lastIndexOf('.'); s == null && dot > 0; dot = ruleId.lastIndexOf('.', dot - 1)) {
            s = severities.get(ruleId.substring(0, dot));
        }
        return s;
    }

    private record Setup(Map<Class<?>, Object> components, Map<String, String> options) implements RuleSetup {
        @Override
        public <T> Optional<T> component(Class<T> type) {
            return Optional.ofNullable(components.get(type)).map(type::cast);
        }
    }
}
