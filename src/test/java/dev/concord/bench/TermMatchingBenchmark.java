package dev.concord.bench;

import com.ibm.icu.util.ULocale;
import dev.concord.terms.Termbase;
import dev.concord.text.IcuTokenizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Term matching on the same text (a generated news text of about 50 KB, see {@link NewsText}) with termbases of 100,
 * 10,000 and 100,000 entries, generated deterministically ({@link Termbases}): the same 40 terms taken from the text in
 * every size (so that each size finds the same occurrences), the rest made-up words of one to three words.
 * "surface" matches ICU tokens of English text (surface forms, as for a language without a LanguageTool module);
 * "lemma" matches LanguageTool's French tokens, each with its surface and lemmas. The text is analysed once in set-up,
 * as a check analyses it once for all rules: what is timed is the matcher. The baseline is one case-insensitive
 * regular expression per term at 10,000 entries. {@link TermMatchingCpuTime} times the same workloads in CPU time, in
 * rotating rounds; {@code bench/run.sh} runs both.
 *
 * <p>Run alone: {@code ./mvnw -q test-compile && ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/cp.txt && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.openjdk.jmh.Main TermMatchingBenchmark -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TermMatchingBenchmark {
    private static final int TEXT_BYTES = 51_200;

    /** A termbase size and a kind of token, with the text analysed and the matcher compiled. */
    @State(Scope.Benchmark)
    public static class Matchers {
        @Param({"100", "10000", "100000"})
        int entries;

        @Param({"surface", "lemma"})
        String mode;

        Termbase termbase;
        TermMatchingCpuTime.Workload text;

        @Setup(Level.Trial)
        public void setUp() {
            text = TermMatchingCpuTime.Workload.of(mode, TEXT_BYTES);
            termbase = Termbases.monolingual(entries, text.locale.getLanguage(),
                    IcuTokenizer.tokenize(text.text, text.locale), 0);
            long started = System.nanoTime();
            int found = termbase.find(text.tokens, text.locale, text.analyzer).size();
            System.out.printf("%n%s, %d entries: %d bytes, %d tokens, %d occurrences, compiled in %d ms%n", mode,
                    entries, text.textBytes, text.tokens.size(), found, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** One regular expression per term, at 10,000 entries, on the surface text. */
    @State(Scope.Benchmark)
    public static class RegexBaseline {
        List<Pattern> patterns;
        String text;

        @Setup(Level.Trial)
        public void setUp() {
            TermMatchingCpuTime.Workload w = TermMatchingCpuTime.Workload.of("surface", TEXT_BYTES);
            text = w.text;
            patterns = TermMatchingCpuTime.regexPerTerm(Termbases.monolingual(TermMatchingCpuTime.REGEX_SIZE, "en",
                    IcuTokenizer.tokenize(w.text, w.locale), 0));
        }
    }

    /** The same text and 100,000 entries, tokenizing included: what a language without LanguageTool costs. */
    @State(Scope.Benchmark)
    public static class SurfaceEndToEnd {
        Termbase termbase;
        String text;
        ULocale locale = ULocale.ENGLISH;

        @Setup(Level.Trial)
        public void setUp() {
            text = NewsText.generate("en", TEXT_BYTES, 20261124L);
            termbase = Termbases.monolingual(100_000, "en", IcuTokenizer.tokenize(text, locale), 0);
            termbase.find(IcuTokenizer.tokenize(text, locale), locale, IcuTokenizer::tokenize);
        }
    }

    @Benchmark
    public List<Termbase.Occurrence> match(Matchers m) {
        return m.termbase.find(m.text.tokens, m.text.locale, m.text.analyzer);
    }

    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 3, time = 2)
    public int regexPerTermAt10000(RegexBaseline b) {
        int found = 0;
        for (Pattern p : b.patterns) {
            Matcher m = p.matcher(b.text);
            while (m.find()) {
                found++;
            }
        }
        return found;
    }

    @Benchmark
    public List<Termbase.Occurrence> tokenizeAndMatchSurfaceAt100000(SurfaceEndToEnd s) {
        return s.termbase.find(IcuTokenizer.tokenize(s.text, s.locale), s.locale, IcuTokenizer::tokenize);
    }
}
