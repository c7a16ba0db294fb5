package dev.concord;

import com.ibm.icu.util.ULocale;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.grammar.LanguageToolRule;
import dev.concord.rule.DocumentRule;
import dev.concord.rule.Finding;
import dev.concord.rule.FindingSink;
import dev.concord.rule.Rule;
import dev.concord.rule.RuleContext;
import dev.concord.rule.RuleProvider;
import dev.concord.rule.RuleSetup;
import dev.concord.rule.UnitRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;

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
    private final ULocale targetLocale;
    private final ULocale sourceLocale;
    private final List<UnitRule> unitRules;
    private final List<DocumentRule> documentRules;
    private final List<Rule> rules;
    private final List<Rule> allRules;
    private final Set<String> disabledRules;
    private final Map<String, Severity> severities;
    private final Setup setup;
    private final LanguageToolPools pools;
    private final LanguageToolAnalyzer analyzer;
    private final boolean grammar;
    private final int threads;

    Checker(CheckerBuilder b) {
        this.targetLocale = b.targetLocale;
        this.sourceLocale = b.sourceLocale;
        this.disabledRules = Set.copyOf(b.disabledRules);
        this.severities = Map.copyOf(b.severities);
        this.setup = new Setup(Map.copyOf(b.components), Map.copyOf(b.options));
        this.pools = b.languageToolPools != null ? b.languageToolPools : new LanguageToolPools(b.grammarSettings());
        this.analyzer = new LanguageToolAnalyzer(pools);
        this.grammar = b.grammar;
        this.threads = b.threads;

        List<Rule> all = new ArrayList<>();
        if (b.grammar) {
            all.add(new LanguageToolRule(pools));
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
        this.unitRules = enabled.stream().filter(UnitRule.class::isInstance).map(UnitRule.class::cast).toList();
        this.documentRules = enabled.stream().filter(DocumentRule.class::isInstance).map(DocumentRule.class::cast)
                .toList();
    }

    public static CheckerBuilder builder() {
        return new CheckerBuilder();
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
        List<Document> docs = List.copyOf(documents);
        for (Document d : docs) {
            if (d.targetLocale() == null && targetLocale == null) {
                throw new IllegalArgumentException(d.name()
                        + " has no target language: set one with Checker.builder().targetLocale(...)");
            }
        }
        RuleContext context = new RuleContext(setup, analyzer, targetLocale, sourceLocale);
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        List<Issue> failures = Collections.synchronizedList(new ArrayList<>());
        FindingSink sink = findings::add;
        if (threads > 1 && docs.size() > 1) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Document d : interleavedByLanguage(docs)) {
                    futures.add(pool.submit(() -> {
                        checkDocument(d, context, sink, failures);
                        checked.accept(d);
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("check interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        } else {
            for (Document d : docs) {
                checkDocument(d, context, sink, failures);
                checked.accept(d);
            }
        }
        for (DocumentRule rule : documentRules) {
            if (rule.scope() == DocumentRule.Scope.PROJECT) {
                run(rule, docs.isEmpty() ? null : docs.get(0), failures, () -> rule.check(docs, context, sink));
            }
        }
        IssueFactory factory = new IssueFactory(this::isDisabled, this::severityFor);
        List<Issue> issues = new ArrayList<>(factory.issues(findings, docs));
        issues.addAll(failures);
        return IssueFactory.sorted(issues, docs);
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
        for (UnitRule rule : unitRules) {
            run(rule, document, failures, () -> {
                for (Unit unit : document.units()) {
                    if (!rule.isBilingual() || unit.isBilingual()) {
                        rule.check(document, unit, context, sink);
                    }
                }
            });
        }
        for (DocumentRule rule : documentRules) {
            if (rule.scope() == DocumentRule.Scope.DOCUMENT) {
                run(rule, document, failures, () -> rule.check(List.of(document), context, sink));
            }
        }
    }

    /** Runs a rule; a rule that fails is reported as an issue, so that the other rules' findings still count. */
    private static void run(Rule rule, Document document, List<Issue> failures, Runnable body) {
        try {
            body.run();
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
