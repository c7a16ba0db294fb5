package dev.concord.bench;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.format.ReadOptions;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.pack.RulePacks;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;

/**
 * The cost of the rule packs as ratios measured in one run, for a shared, noisy machine: each round checks the founding
 * example once with every variant (LanguageTool alone, Concord without packs, Concord with all bundled packs, the
 * English-French pair with packs, the packs alone), in an order that rotates from round to round, and times each
 * check in CPU time of the checking thread (which other processes' load disturbs far less than wall time). The ratios
 * are per round, reported as median and quartiles. Concord's result cache is emptied before each check, so every
 * figure is a cold check. Usage (from the project root): {@code java -cp ... dev.concord.bench.RulePackCost [rounds]}.
 */
public final class RulePackCost {
    private static final Path TARGET = Path.of("examples/kazakhstan/target.fr.txt");
    private static final Path SOURCE = Path.of("examples/kazakhstan/source.en.txt");
    private static final String[] NAMES = {"LanguageTool alone", "Concord, no packs", "Concord, all packs",
        "Concord, all packs, en-fr pair", "packs only (--no-grammar)"};

    private RulePackCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int warmup = Math.max(5, rounds / 4);
        Document monolingual = Document.parse(TARGET, ReadOptions.defaults().withTargetLocale("fr"));
        Document bilingual = Document.parse(TARGET, ReadOptions.defaults().withTargetLocale("fr")
                .withSourceLocale("en").withSourceFile(SOURCE));
        String text = monolingual.units().stream().map(Unit::text).collect(Collectors.joining("\n\n"));
        JLanguageTool languageTool = new JLanguageTool(
                LanguageToolLanguages.find(com.ibm.icu.util.ULocale.forLanguageTag("fr")));
        LanguageToolPools withPacks = new LanguageToolPools(GrammarSettings.defaults(), RulePacks.bundled());
        LanguageToolPools withoutPacks = new LanguageToolPools(GrammarSettings.defaults());
        Checker concordWithPacks = Checker.builder().targetLocale("fr").sourceLocale("en")
                .languageToolPools(withPacks).build();
        Checker concordWithoutPacks = Checker.builder().targetLocale("fr").languageToolPools(withoutPacks).build();
        Checker packsOnly = Checker.builder().targetLocale("fr").sourceLocale("en").grammar(false)
                .languageToolPools(withPacks).build();
        List<Check> variants = List.of(
                () -> languageTool.check(text),
                () -> concordWithoutPacks.check(monolingual),
                () -> concordWithPacks.check(monolingual),
                () -> concordWithPacks.check(bilingual),
                () -> packsOnly.check(monolingual));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] nanos = new long[variants.size()][rounds];
        for (int round = -warmup; round < rounds; round++) {
            for (int k = 0; k < variants.size(); k++) {
                int v = Math.floorMod(round + k, variants.size());
                withPacks.clearCaches();
                withoutPacks.clearCaches();
                long start = cpu.getCurrentThreadCpuTime();
                variants.get(v).run();
                long spent = cpu.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    nanos[v][round] = spent;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d rounds after %d warm-up rounds; CPU ms per check of %s%n", rounds, warmup,
                TARGET);
        System.out.printf(Locale.ROOT, "%-32s %9s %9s %9s   %s%n", "variant", "median", "q1", "q3",
                "ratio to LanguageTool alone, per round: median [q1, q3]");
        for (int v = 0; v < variants.size(); v++) {
            double[] ms = Arrays.stream(nanos[v]).mapToDouble(n -> n / 1e6).toArray();
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = (double) nanos[v][r] / nanos[0][r];
            }
            System.out.printf(Locale.ROOT, "%-32s %9.1f %9.1f %9.1f   %.3f [%.3f, %.3f]%n", NAMES[v],
                    quantile(ms, 0.5), quantile(ms, 0.25), quantile(ms, 0.75), quantile(ratio, 0.5),
                    quantile(ratio, 0.25), quantile(ratio, 0.75));
        }
        double[] packsOverConcord = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            packsOverConcord[r] = (double) nanos[2][r] / nanos[1][r];
        }
        System.out.printf(Locale.ROOT, "all packs / no packs (Concord), per round: %.3f [%.3f, %.3f]%n",
                quantile(packsOverConcord, 0.5), quantile(packsOverConcord, 0.25), quantile(packsOverConcord, 0.75));
    }

    @FunctionalInterface
    private interface Check {
        Object run() throws Exception;
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = q * (sorted.length - 1);
        int lo = (int) Math.floor(at);
        int hi = (int) Math.ceil(at);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
    }
}
