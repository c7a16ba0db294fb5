package dev.concord.bench;

import com.ibm.icu.util.ULocale;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.rule.TextAnalyzer;
import dev.concord.rule.Token;
import dev.concord.terms.Term;
import dev.concord.terms.TermEntry;
import dev.concord.terms.Termbase;
import dev.concord.text.IcuTokenizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The term matcher ({@code Termbase.find}) on a 50 KB news text with termbases of 100, 10,000 and 100,000 entries,
 * and the naive baseline (one case-insensitive regular expression per term, at 10,000 entries), timed in CPU time of
 * the measuring thread, so that megabytes per CPU-second is throughput per core. The workloads are those of
 * {@link TermMatchingBenchmark} (its JMH twin); here the variants run in rounds whose order rotates (100, 10,000,
 * 100,000, regex; then 10,000, 100,000, regex, 100; ...), so that the ratios come from neighbouring measurements on
 * a shared, noisy machine. A worker of {@link BenchmarkSuite}.
 *
 * <p>Arguments, as {@code key=value}: {@code modes} ({@code surface}: ICU tokens of English text, as for a language
 * without a LanguageTool module; {@code lemma}: LanguageTool's French tokens with their lemmas), {@code rounds},
 * {@code warmup}, {@code roundMillis} (each variant repeats the match for at least this much CPU time per round),
 * {@code bytes} (the size of the text), {@code regexSample} (time every n-th pattern of the baseline and multiply its
 * times by n; 1 times them all). Prints one {@link Measured} line per variant and round, per match call.
 */
public final class TermMatchingCpuTime {
    static final int[] SIZES = {100, 10_000, 100_000};
    static final int REGEX_SIZE = 10_000;

    private TermMatchingCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = GrammarBench.arguments(args);
        List<String> modes = List.of(a.getOrDefault("modes", "surface,lemma").split(","));
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "15"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "5"));
        long roundNanos = Long.parseLong(a.getOrDefault("roundMillis", "200")) * 1_000_000L;
        int bytes = Integer.parseInt(a.getOrDefault("bytes", "51200"));
        // The baseline costs seconds per call; it is linear in the number of patterns (each scans the whole text), so
        // a quick run times every n-th pattern and multiplies by n.
        int regexSample = Integer.parseInt(a.getOrDefault("regexSample", "1"));
        for (String mode : modes) {
            Workload w = Workload.of(mode, bytes);
            System.out.printf(Locale.ROOT, "INFO\tterms/%s/text-bytes\t%d%n", mode, w.textBytes);
            System.out.printf(Locale.ROOT, "INFO\tterms/%s/text-tokens\t%d%n", mode, w.tokens.size());
            Map<String, Measured.Work> variants = new LinkedHashMap<>();
            for (int size : SIZES) {
                Termbase termbase = Termbases.monolingual(size, w.locale.getLanguage(),
                        IcuTokenizer.tokenize(w.text, w.locale), 0);
                Measured compiled = Measured.of(() -> termbase.find(w.tokens, w.locale, w.analyzer).size());
                System.out.printf(Locale.ROOT, "INFO\tterms/%s/compile-ms/%d\t%.0f%n", mode, size,
                        compiled.wallNanos() / 1e6);
                variants.put(String.valueOf(size), () -> termbase.find(w.tokens, w.locale, w.analyzer).size());
                if (size == REGEX_SIZE && mode.equals("surface")) {
                    List<Pattern> all = regexPerTerm(termbase);
                    List<Pattern> patterns = new ArrayList<>();
                    for (int i = 0; i < all.size(); i += regexSample) {
                        patterns.add(all.get(i));
                    }
                    System.out.printf(Locale.ROOT, "INFO\tterms/%s/regex-patterns-timed\t%d of %d%n", mode,
                            patterns.size(), all.size());
                    variants.put("regex-" + REGEX_SIZE, () -> {
                        long found = 0;
                        for (Pattern p : patterns) {
                            Matcher m = p.matcher(w.text);
                            while (m.find()) {
                                found++;
                            }
                        }
                        return found;
                    });
                }
            }
            List<String> names = new ArrayList<>(variants.keySet());
            for (int round = -warmup; round < rounds; round++) {
                for (int k = 0; k < names.size(); k++) {
                    String name = names.get(Math.floorMod(round + k, names.size()));
                    Measured perCall = repeat(variants.get(name), roundNanos);
                    if (name.startsWith("regex") && regexSample > 1) {
                        perCall = new Measured(perCall.wallNanos() * regexSample, perCall.cpuNanos() * regexSample,
                                perCall.processNanos() * regexSample, perCall.allocated() * regexSample,
                                perCall.count());
                    }
                    if (round >= 0) {
                        System.out.println(perCall.line("terms/" + mode, name, round));
                    }
                }
            }
        }
        System.exit(0);
    }

    /** Calls {@code work} until it has used {@code nanos} of CPU time (at least once); the cost of one call. */
    private static Measured repeat(Measured.Work work, long nanos) throws Exception {
        long[] calls = {0};
        long[] found = {0};
        Measured total = Measured.of(() -> {
            long start = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            do {
                found[0] = work.run();
                calls[0]++;
            } while (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start
                    < nanos);
            return found[0];
        });
        long n = calls[0];
        return new Measured(total.wallNanos() / n, total.cpuNanos() / n, total.processNanos() / n,
                total.allocated() / n, found[0]);
    }

    /** One case-insensitive regular expression per term of the termbase, precompiled: the naive baseline. */
    static List<Pattern> regexPerTerm(Termbase termbase) {
        List<Pattern> patterns = new ArrayList<>();
        for (TermEntry e : termbase.entries()) {
            for (Term t : e.terms()) {
                patterns.add(Pattern.compile("\\b" + Pattern.quote(t.text()) + "\\b",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        }
        return patterns;
    }

    /** A text analysed once, as a check analyses it once for all rules. */
    static final class Workload {
        final String text;
        final int textBytes;
        final ULocale locale;
        final TextAnalyzer analyzer;
        final List<Token> tokens;

        private Workload(String text, ULocale locale, TextAnalyzer analyzer) {
            this.text = text;
            this.textBytes = text.getBytes(StandardCharsets.UTF_8).length;
            this.locale = locale;
            this.analyzer = analyzer;
            this.tokens = analyzer.analyze(text, locale);
        }

        /** English news text with ICU tokens ({@code surface}) or French with LanguageTool's ({@code lemma}). */
        static Workload of(String mode, int bytes) {
            return switch (mode) {
                case "surface" -> new Workload(NewsText.generate("en", bytes, 20261124L), ULocale.ENGLISH,
                        IcuTokenizer::tokenize);
                case "lemma" -> new Workload(NewsText.generate("fr", bytes, 20261124L), ULocale.FRENCH,
                        new LanguageToolAnalyzer(new LanguageToolPools(GrammarSettings.defaults())));
                default -> throw new IllegalArgumentException("mode is surface or lemma, not " + mode);
            };
        }
    }
}
