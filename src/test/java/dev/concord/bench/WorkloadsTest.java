package dev.concord.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.terms.Term;
import dev.concord.terms.TermStatus;
import dev.concord.terms.Termbase;
import dev.concord.text.IcuTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark command's workload generators and report plumbing, so that {@code bench/run.sh} (which CI does not
 * run) cannot rot unnoticed: the same seed gives the same bytes, the files are what the benchmarks expect, and the
 * generated block of BENCHMARKS.md is replaced without touching the rest. No timing here.
 */
class WorkloadsTest {
    /**
     * The first 8 bytes of the SHA-256 of small workloads. A change here means the benchmarks measure other inputs
     * than BENCHMARKS.md describes: update the hashes and run {@code bench/run.sh --full} again.
     */
    private static final String NEWS_FR_2K = "14d4c4bff3b42784";
    private static final String NEWS_EN_2K = "8732747d599d9a66";
    private static final String NEWS_DE_2K = "68f7ce67c4293cdc";
    private static final String XLIFF_1000 = "0f007b23cb95b632";

    @TempDir
    Path dir;

    @Test
    void newsTextIsTheSameForTheSameSeedAndDiffersForAnother() {
        for (String lang : Workloads.LANGUAGES) {
            String a = NewsText.generate(lang, 50 * 1024, 7);
            assertEquals(a, NewsText.generate(lang, 50 * 1024, 7), lang);
            assertNotEquals(a, NewsText.generate(lang, 50 * 1024, 8), lang);
            int bytes = a.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes >= 50 * 1024 && bytes < 50 * 1024 + 1500, lang + ": " + bytes + " bytes");
            assertTrue(a.endsWith("."), lang);
        }
        assertEquals(NEWS_FR_2K, sha(NewsText.generate("fr", 2048, Workloads.TEXT_SEED)), "French news text changed");
        assertEquals(NEWS_EN_2K, sha(NewsText.generate("en", 2048, Workloads.TEXT_SEED)), "English news text changed");
        assertEquals(NEWS_DE_2K, sha(NewsText.generate("de", 2048, Workloads.TEXT_SEED)), "German news text changed");
    }

    @Test
    void newsSentencesRarelyRepeat() {
        // LanguageTool caches results per sentence: a text of repeated sentences would time the cache.
        String text = NewsText.generate("fr", 50 * 1024, 3);
        List<String> sentences = List.of(text.split("(?<=\\.)\\s+"));
        long distinct = sentences.stream().distinct().count();
        assertTrue(distinct > sentences.size() * 0.95, distinct + " distinct of " + sentences.size());
    }

    @Test
    void anEditRewritesOneSentenceOfTheMiddleParagraph() {
        String text = NewsText.generate("en", 8 * 1024, 11);
        String edited = GrammarBench.editOneSentence(text, "en", 11);
        assertNotEquals(text, edited);
        assertEquals(text.split("\n\n").length, edited.split("\n\n").length);
        String[] before = text.split("\n\n");
        String[] after = edited.split("\n\n");
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (!before[i].equals(after[i])) {
                changed++;
                assertEquals(before.length / 2, i);
            }
        }
        assertEquals(1, changed);
    }

    @Test
    void xliffIsTheSameForTheSameUnitsAndReadsBack() throws IOException {
        Path a = dir.resolve("a.xlf");
        Path b = dir.resolve("b.xlf");
        XliffGenerator.write(a, 1000);
        XliffGenerator.write(b, 1000);
        assertEquals(sha(Files.readAllBytes(a)), sha(Files.readAllBytes(b)));
        assertEquals(XLIFF_1000, sha(Files.readAllBytes(a)), "the generated XLIFF changed");
        Document d = Formats.read(a, ReadOptions.defaults());
        assertEquals(1000, d.units().size());
        assertEquals("fr-FR", d.targetLocale());
        assertTrue(d.units().stream().filter(u -> u.maxLength() != null).count() == 100);
    }

    @Test
    void glossariesAreTheSameAndConcordReadsThem() throws IOException {
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        Termbases.writeEnglishFrench(a, 300);
        Termbases.writeEnglishFrench(b, 300);
        assertEquals(Files.readString(a), Files.readString(b));
        Termbase t = Termbase.load(a);
        assertEquals(300, t.size());
        assertTrue(t.hasTerms(ULocale.ENGLISH) && t.hasTerms(ULocale.FRENCH));
    }

    @Test
    void monolingualTermbasesHoldTermsOfTheTextAndDeprecatedOnes() {
        String text = NewsText.generate("fr", 20_000, 5);
        Termbase t = Termbases.monolingual(1000, "fr", IcuTokenizer.tokenize(text, ULocale.FRENCH), 8);
        assertEquals(1000, t.size());
        assertEquals(terms(t), terms(Termbases.monolingual(1000, "fr", IcuTokenizer.tokenize(text, ULocale.FRENCH),
                8)));
        List<Term> deprecated = t.entries().stream().flatMap(e -> e.terms().stream())
                .filter(term -> term.status() == TermStatus.DEPRECATED).toList();
        assertEquals(Termbases.TERMS_FROM_TEXT / 8, deprecated.size());
        assertTrue(deprecated.stream().allMatch(term -> text.contains(term.text())));
    }

    @Test
    void markdownFolderIsTheSameForTheSameSeed() throws IOException {
        long written = MarkdownFolder.write(dir.resolve("a"), 20, 40_000, 42);
        MarkdownFolder.write(dir.resolve("b"), 20, 40_000, 42);
        assertTrue(written >= 40_000, written + " bytes");
        List<Path> files = list(dir.resolve("a"));
        assertEquals(20, files.size());
        for (Path f : files) {
            assertEquals(Files.readString(f), Files.readString(dir.resolve("b").resolve(dir.resolve("a")
                    .relativize(f))), f.toString());
        }
    }

    @Test
    void workloadsAreNamedBySize() {
        assertEquals("2k", Workloads.label(2048));
        assertEquals("50k", Workloads.label(51200));
        assertEquals("1m", Workloads.label(1048576));
        Workloads w = new Workloads(dir, 250_000);
        assertEquals("news-fr-2k.fr.txt", w.news("fr", 2048).getFileName().toString());
        assertEquals("units-100000.en-fr.xlf", w.xliff(100_000).getFileName().toString());
    }

    @Test
    void measurementsTravelAsOneLine() throws Exception {
        Measured m = new Measured(1, 2, 3, 4, 5);
        Measured.Sample s = Measured.parse(m.line("xliff/1000", "okapi-common", 3));
        assertEquals(new Measured.Sample("xliff/1000", "okapi-common", 3, m), s);
        assertEquals(null, Measured.parse("INFO\tx\t1"));
        assertTrue(Measured.of(() -> 7).count() == 7);
    }

    @Test
    void theGeneratedBlockIsReplacedAndTheRestKept() throws IOException {
        Path md = dir.resolve("BENCHMARKS.md");
        Files.writeString(md, "# Benchmarks\n\nIntro.\n\n## Names\n\nHand-written.\n");
        BenchReport first = new BenchReport();
        first.facts.put("Run", "one");
        first.target("t", "≤ 1", "2", BenchReport.atMost(2, 1));
        first.writeInto(md);
        String once = Files.readString(md);
        assertTrue(once.startsWith("# Benchmarks\n\n" + BenchReport.BEGIN), once);
        assertTrue(once.contains("| t | ≤ 1 | 2 | missed by 2.0× |"), once);
        assertTrue(once.contains("Intro.\n\n## Names\n\nHand-written.\n"), once);
        BenchReport second = new BenchReport();
        second.facts.put("Run", "two");
        second.writeInto(md);
        String twice = Files.readString(md);
        assertTrue(twice.contains("**Run**: two") && !twice.contains("**Run**: one"), twice);
        assertEquals(1, twice.split(BenchReport.BEGIN, -1).length - 1);
        assertTrue(twice.endsWith("Intro.\n\n## Names\n\nHand-written.\n"), twice);
    }

    @Test
    void verdictsSayByHowMuch() {
        assertEquals("met", BenchReport.atMost(1.05, 1.10));
        assertEquals("missed by 5%", BenchReport.atMost(1.155, 1.10));
        assertEquals("met", BenchReport.atLeast(5.2, 5));
        assertEquals("missed: 2.9× short", BenchReport.atLeast(1.7, 5));
        assertEquals(Stats.Spread.of(1, 2, 3, 10).median(), 2.5);
    }

    private static List<String> terms(Termbase t) {
        return t.entries().stream().flatMap(e -> e.terms().stream()).map(Term::toString).toList();
    }

    private static List<Path> list(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String sha(String text) {
        return sha(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
