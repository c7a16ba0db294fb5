package dev.concord.bench;

import com.ibm.icu.util.ULocale;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.rule.TextAnalyzer;
import dev.concord.rule.Token;
import dev.concord.terms.Termbase;
import dev.concord.text.IcuTokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The workloads of {@link TermMatchingBenchmark} timed in CPU time of the measuring thread rather than wall time,
 * so that other processes on a shared machine do not count: megabytes per CPU-second is throughput per core. Prints
 * one line per workload, the median of 15 rounds after 10 of warm-up.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * dev.concord.bench.TermMatchingCpuTime}
 */
public final class TermMatchingCpuTime {
    private static final int WARMUP_ROUNDS = 10;
    private static final int ROUNDS = 15;
    /** Each round lasts at least this long in CPU time, so that timer resolution does not matter. */
    private static final long ROUND_NANOS = 200_000_000L;

    private TermMatchingCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (String mode : List.of("surface", "lemma")) {
            boolean surface = mode.equals("surface");
            ULocale locale = ULocale.forLanguageTag(surface ? "en" : "fr");
            TextAnalyzer analyzer = surface ? IcuTokenizer::tokenize
                    : new LanguageToolAnalyzer(new LanguageToolPools(GrammarSettings.defaults()));
            String text = TermMatchingBenchmark.text(surface ? "source.en.txt" : "target.fr.txt");
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            List<Token> tokens = analyzer.analyze(text, locale);
            double base = 0;
            for (int entries : new int[] {100, 10_000, 100_000}) {
                Termbase termbase = TermMatchingBenchmark.termbase(entries, locale.getLanguage(),
                        IcuTokenizer.tokenize(text, locale));
                termbase.find(tokens, locale, analyzer);
                double[] perOp = new double[ROUNDS];
                for (int r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
                    long start = cpu.getCurrentThreadCpuTime();
                    long ops = 0;
                    long used;
                    do {
                        termbase.find(tokens, locale, analyzer);
                        ops++;
                        used = cpu.getCurrentThreadCpuTime() - start;
                    } while (used < ROUND_NANOS);
                    if (r >= WARMUP_ROUNDS) {
                        perOp[r - WARMUP_ROUNDS] = (double) used / ops;
                    }
                }
                java.util.Arrays.sort(perOp);
                double median = perOp[ROUNDS / 2];
                if (entries == 100) {
                    base = median;
                }
                System.out.printf(Locale.ROOT, "%-7s %,7d entries: %8.1f us/op CPU (%.1f..%.1f), %6.1f MB/s per core, "
                        + "%.2fx the time of 100 entries%n", mode, entries, median / 1000, perOp[0] / 1000,
                        perOp[ROUNDS - 1] / 1000, bytes / (median / 1e9) / 1e6, median / base);
            }
        }
        System.exit(0);
    }
}
