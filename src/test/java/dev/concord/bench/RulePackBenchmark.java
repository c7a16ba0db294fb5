package dev.concord.bench;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.format.ReadOptions;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.pack.RulePacks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the rule packs cost: a full check of the founding example (examples/kazakhstan) by LanguageTool alone (its
 * default French rules, as a user of LanguageTool would run it), by Concord without packs, and by Concord with every
 * bundled pack loaded, monolingual and as the English-French pair; and the packs alone (--no-grammar). Concord's
 * per-sentence result cache is emptied before each invocation, so every figure is a cold check of the whole text.
 * Run from the project root (see BENCHMARKS.md); compare the ratios of one run, not figures of different runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RulePackBenchmark {
    private static final Path TARGET = Path.of("examples/kazakhstan/target.fr.txt");
    private static final Path SOURCE = Path.of("examples/kazakhstan/source.en.txt");

    private JLanguageTool languageTool;
    private String text;
    private LanguageToolPools withPacks;
    private LanguageToolPools withoutPacks;
    private Checker concordWithPacks;
    private Checker concordWithoutPacks;
    private Checker packsOnly;
    private Document monolingual;
    private Document bilingual;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        monolingual = Document.parse(TARGET, ReadOptions.defaults().withTargetLocale("fr"));
        bilingual = Document.parse(TARGET, ReadOptions.defaults().withTargetLocale("fr").withSourceLocale("en")
                .withSourceFile(SOURCE));
        // LanguageTool alone checks the same text Concord gives it: the units joined as paragraphs.
        text = monolingual.units().stream().map(Unit::text).collect(Collectors.joining("\n\n"));
        Language french = LanguageToolLanguages.find(com.ibm.icu.util.ULocale.forLanguageTag("fr"));
        languageTool = new JLanguageTool(french);
        withPacks = new LanguageToolPools(GrammarSettings.defaults(), RulePacks.bundled());
        withoutPacks = new LanguageToolPools(GrammarSettings.defaults());
        concordWithPacks = Checker.builder().targetLocale("fr").sourceLocale("en").languageToolPools(withPacks)
                .build();
        concordWithoutPacks = Checker.builder().targetLocale("fr").languageToolPools(withoutPacks).build();
        packsOnly = Checker.builder().targetLocale("fr").sourceLocale("en").grammar(false)
                .languageToolPools(withPacks).build();
        // Build every LanguageTool object (French, and English for the pair's sources) before measuring.
        concordWithPacks.check(bilingual);
        concordWithoutPacks.check(monolingual);
        languageTool.check(text);
    }

    @Setup(Level.Invocation)
    public void forgetCachedResults() {
        withPacks.clearCaches();
        withoutPacks.clearCaches();
    }

    @Benchmark
    public List<RuleMatch> languageToolAlone() throws Exception {
        return languageTool.check(text);
    }

    @Benchmark
    public Object concordWithoutPacks() {
        return concordWithoutPacks.check(monolingual);
    }

    @Benchmark
    public Object concordWithPacks() {
        return concordWithPacks.check(monolingual);
    }

    @Benchmark
    public Object concordWithPacksBilingual() {
        return concordWithPacks.check(bilingual);
    }

    @Benchmark
    public Object packsOnlyNoGrammar() {
        return packsOnly.check(monolingual);
    }
}
