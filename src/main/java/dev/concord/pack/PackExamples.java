package dev.concord.pack;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.rule.Finding;
import dev.concord.rule.RuleContext;
import dev.concord.rule.RuleSetup;
import dev.concord.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Runs the examples that rule files carry, as LanguageTool's own rule tests do, but against every pack rule at once:
 * each incorrect example must be flagged by its own rule alone, on its marked words, with the corrections it states
 * as suggestions; each correct example must be flagged by no rule of any pack. Examples of one language (or pair)
 * are checked together, in one LanguageTool pass, as the paragraphs of one document.
 */
public final class PackExamples {
    private static final String MARKER_START = "<marker>";
    private static final String MARKER_END = "</marker>";

    /** An example that did not behave as its rule file says. */
    public record Failure(String file, int line, String ruleId, String problem) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + ruleId + ": " + problem;
        }
    }

    /**
     * What a run found.
     *
     * @param skippedPacks  packs whose examples could not run, because LanguageTool has no module for a language
     */
    public record Outcome(int rules, int examples, List<Failure> failures, List<String> skippedPacks) {
        public Outcome {
            failures = List.copyOf(failures);
            skippedPacks = List.copyOf(skippedPacks);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private record Case(PackFile file, PackFile.Entry entry, PackFile.Example example, String text, int start,
            int end, String source) {
    }

    private PackExamples() {
    }

    /**
     * Runs the examples of the rules {@code which} selects, with every rule of {@code packs} loaded, in the
     * LanguageTool objects of {@code pools} (which must have been built with {@code packs}).
     */
    public static Outcome verify(RulePacks packs, LanguageToolPools pools, Predicate<PackRule> which) {
        if (pools.addedRules() != packs) {
            throw new IllegalArgumentException("the LanguageTool pools were built with other rule packs");
        }
        Map<String, List<Case>> groups = new LinkedHashMap<>();
        List<Failure> failures = new ArrayList<>();
        Set<String> skipped = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        int examples = 0;
        for (PackFile file : packs.files()) {
            for (PackFile.Entry entry : file.entries()) {
                String id = PackRule.idOf(file.pack(), entry.ruleId());
                PackRule rule = packs.rule(id);
                if (rule == null || (file.bundled() && packs.isOverridden(id)) || !which.test(rule)) {
                    continue;
                }
                if (!PackLoader.canLoad(file)) {
                    skipped.add(file.pack());
                    continue;
                }
                rules.add(id);
                if (entry.examples().stream().noneMatch(PackFile.Example::incorrect)) {
                    failures.add(new Failure(file.name(), entry.line(), id, "no incorrect example"));
                }
                if (entry.examples().stream().allMatch(PackFile.Example::incorrect)) {
                    failures.add(new Failure(file.name(), entry.line(), id, "no correct example"));
                }
                for (PackFile.Example example : entry.examples()) {
                    examples++;
                    String key = file.targetLanguage() + "|" + file.sourceLanguage();
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(toCase(file, entry, example));
                }
            }
        }
        RulePackRule checker = new RulePackRule(packs, pools, false, Set.of("pack"));
        for (List<Case> cases : groups.values()) {
            failures.addAll(run(checker, pools, cases));
        }
        return new Outcome(rules.size(), examples, failures, new ArrayList<>(skipped));
    }

    private static Case toCase(PackFile file, PackFile.Entry entry, PackFile.Example example) {
        String marked = example.text();
        int start = marked.indexOf(MARKER_START);
        int end = marked.indexOf(MARKER_END);
        String text = marked.replace(MARKER_START, "").replace(MARKER_END, "");
        if (start >= 0 && end > start) {
            end -= MARKER_START.length();
        } else {
            start = -1;
            end = -1;
        }
        String source = example.source() == null ? null
                : example.source().replace(MARKER_START, "").replace(MARKER_END, "");
        return new Case(file, entry, example, text, start, end, source);
    }

    private static List<Failure> run(RulePackRule checker, LanguageToolPools pools, List<Case> cases) {
        PackFile first = cases.get(0).file();
        List<Unit> units = new ArrayList<>();
        StringBuilder targets = new StringBuilder();
        StringBuilder sources = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Unit.Builder unit = Unit.builder(String.valueOf(i), c.text());
            if (c.source() != null) {
                unit.source(c.source(), null);
                sources.append(c.source()).append("\n\n");
            }
            units.add(unit.build());
            targets.append(c.text()).append("\n\n");
        }
        SourceText target = new SourceText("examples", null, targets.toString());
        SourceText source = first.isBilingual() ? new SourceText("source examples", null, sources.toString()) : null;
        Document document = new Document(target, source, "text", first.targetLanguage(), first.sourceLanguage(),
                units);
        RuleContext context = new RuleContext(NO_SETUP, new LanguageToolAnalyzer(pools),
                ULocale.forLanguageTag(first.targetLanguage()),
                first.sourceLanguage() == null ? null : ULocale.forLanguageTag(first.sourceLanguage()));
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        checker.check(List.of(document), context, findings::add);
        Map<Unit, List<Finding>> byUnit = new LinkedHashMap<>();
        for (Finding f : findings) {
            byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f);
        }
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String problem = judge(c, byUnit.getOrDefault(units.get(i), List.of()));
            if (problem != null) {
                failures.add(new Failure(c.file().name(), c.example().line(),
                        PackRule.idOf(c.file().pack(), c.entry().ruleId()), problem));
            }
        }
        return failures;
    }

    /** What is wrong with how the rules treated an example, or null. */
    private static String judge(Case c, List<Finding> found) {
        String id = PackRule.idOf(c.file().pack(), c.entry().ruleId());
        if (!c.example().incorrect()) {
            if (found.isEmpty()) {
                return null;
            }
            Finding f = found.get(0);
            return "correct example \"" + c.text() + "\" is flagged by " + f.ruleId() + " at \""
                    + c.text().substring(f.targetStart(), f.targetEnd()) + "\"";
        }
        if (found.isEmpty()) {
            return "incorrect example \"" + c.text() + "\" is not flagged";
        }
        if (found.size() > 1 || !found.get(0).ruleId().equals(id)) {
            return "incorrect example \"" + c.text() + "\" is flagged by "
                    + found.stream().map(f -> f.ruleId() + " at \"" + c.text().substring(f.targetStart(),
                            f.targetEnd()) + "\"").toList() + ", not by " + id + " alone";
        }
        Finding f = found.get(0);
        if (f.targetStart() != c.start() || f.targetEnd() != c.end()) {
            return "flags \"" + c.text().substring(f.targetStart(), f.targetEnd()) + "\", but the example marks \""
                    + (c.start() < 0 ? "" : c.text().substring(c.start(), c.end())) + "\"";
        }
        List<String> expected = c.example().corrections();
        if (expected.isEmpty() && !f.suggestions().isEmpty()) {
            return "suggests " + f.suggestions() + ", but the example states no correction=\"...\"";
        }
        if (!expected.equals(f.suggestions())) {
            return "suggests " + f.suggestions() + ", but the example's correction is " + expected;
        }
        return null;
    }

    private static final RuleSetup NO_SETUP = new RuleSetup() {
        @Override
        public <T> Optional<T> component(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public Map<String, String> options() {
            return Map.of();
        }
    };
}
