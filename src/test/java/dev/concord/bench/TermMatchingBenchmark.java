package dev.concord.bench;

import com.ibm.icu.util.ULocale;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.rule.TextAnalyzer;
import dev.concord.rule.Token;
import dev.concord.terms.Term;
import dev.concord.terms.TermEntry;
import dev.concord.terms.TermStatus;
import dev.concord.terms.Termbase;
import dev.concord.text.IcuTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
 * Term matching on the same text (the founding example, repeated to about 50 KB) with termbases of 100, 10,000 and
 * 100,000 entries, generated deterministically: the same 40 terms taken from the text in every size (so that each
 * size finds the same occurrences), the rest made-up words of one to three words. "surface" matches ICU tokens
 * (surface forms, as for a language without a LanguageTool module); "lemma" matches LanguageTool's French tokens,
 * each with its surface and lemmas. The text is analysed once in set-up, as a check analyses it once for all rules:
 * what is timed is the matcher. The baseline is one case-insensitive regular expression per term at 10,000 entries.
 *
 * <p>Run: {@code ./mvnw -q test-compile && ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/cp.txt && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.openjdk.jmh.Main TermMatchingBenchmark -f 1 -wi 3 -i 5}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TermMatchingBenchmark {
    /** Terms taken from the text, in every termbase size. */
    private static final int TERMS_FROM_TEXT = 40;
    private static final int TEXT_CHARS = 50_000;
    private static final String[] SYLLABLES = {"ka", "lo", "mir", "tes", "va", "nu", "ber", "gan", "di", "sol", "pre",
        "tor", "qui", "zen", "ma", "ri", "sha", "vel", "dor", "pe"};

    /** A termbase size and a kind of token, with the text analysed and the matcher compiled. */
    @State(Scope.Benchmark)
    public static class Matchers {
        @Param({"100", "10000", "100000"})
        int entries;

        @Param({"surface", "lemma"})
        String mode;

        Termbase termbase;
        List<Token> tokens;
        ULocale locale;
        TextAnalyzer analyzer;
        int textBytes;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            boolean surface = mode.equals("surface");
            locale = ULocale.forLanguageTag(surface ? "en" : "fr");
            analyzer = surface ? IcuTokenizer::tokenize
                    : new LanguageToolAnalyzer(new LanguageToolPools(GrammarSettings.defaults()));
            String text = text(surface ? "source.en.txt" : "target.fr.txt");
            textBytes = text.getBytes(StandardCharsets.UTF_8).length;
            tokens = analyzer.analyze(text, locale);
            termbase = termbase(entries, locale.getLanguage(), IcuTokenizer.tokenize(text, locale));
            long started = System.nanoTime();
            int found = termbase.find(tokens, locale, analyzer).size();
            System.out.printf("%n%s, %d entries: %d bytes, %d tokens, %d occurrences, compiled in %d ms%n", mode,
                    entries, textBytes, tokens.size(), found, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** One regular expression per term, at 10,000 entries, on the surface text. */
    @State(Scope.Benchmark)
    public static class RegexBaseline {
        List<Pattern> patterns;
        String text;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            ULocale locale = ULocale.forLanguageTag("en");
            text = text("source.en.txt");
            Termbase termbase = termbase(10_000, "en", IcuTokenizer.tokenize(text, locale));
            patterns = new ArrayList<>();
            for (TermEntry e : termbase.entries()) {
                for (Term t : e.terms()) {
                    patterns.add(Pattern.compile("\\b" + Pattern.quote(t.text()) + "\\b",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        }
    }

    /** The same text and 100,000 entries, tokenizing included: what a language without LanguageTool costs. */
    @State(Scope.Benchmark)
    public static class SurfaceEndToEnd {
        Termbase termbase;
        String text;
        ULocale locale = ULocale.forLanguageTag("en");

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            text = text("source.en.txt");
            termbase = termbase(100_000, "en", IcuTokenizer.tokenize(text, locale));
            termbase.find(IcuTokenizer.tokenize(text, locale), locale, IcuTokenizer::tokenize);
        }
    }

    @Benchmark
    public List<Termbase.Occurrence> match(Matchers m) {
        return m.termbase.find(m.tokens, m.locale, m.analyzer);
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

    /** The founding example's text, repeated to about 50 KB. */
    static String text(String file) throws IOException {
        Path p = Path.of("examples/kazakhstan", file);
        String base = Files.readString(p);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < TEXT_CHARS) {
            sb.append(base).append("\n\n");
        }
        return sb.toString();
    }

    /**
     * A termbase of {@code size} entries: {@value #TERMS_FROM_TEXT} terms of one or two words taken from the text at
     * fixed places, then made-up terms of one to three words from a fixed seed.
     */
    static Termbase termbase(int size, String language, List<Token> textTokens) {
        Set<String> texts = new LinkedHashSet<>();
        List<Token> words = textTokens.stream().filter(t -> t.isWord() && t.text().length() > 3).toList();
        for (int i = 0; texts.size() < Math.min(TERMS_FROM_TEXT, size) && i < words.size(); i += 37) {
            texts.add(i % 2 == 0 || i + 1 >= words.size() ? words.get(i).text()
                    : words.get(i).text() + " " + words.get(i + 1).text());
        }
        Random random = new Random(42);
        while (texts.size() < size) {
            int count = 1 + random.nextInt(3);
            StringBuilder t = new StringBuilder();
            for (int w = 0; w < count; w++) {
                if (w > 0) {
                    t.append(' ');
                }
                int syllables = 2 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    t.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
            }
            texts.add(t.toString());
        }
        List<TermEntry> entries = new ArrayList<>(size);
        int id = 0;
        for (String t : texts) {
            entries.add(TermEntry.of(String.valueOf(id++), List.of(Term.of(t, language, TermStatus.PREFERRED))));
        }
        return Termbase.of(entries);
    }
}
