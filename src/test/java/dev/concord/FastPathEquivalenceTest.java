package dev.concord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.rule.RuleContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast default path (grammar off: the rule packs analyse only the units they may match, the other rules read
 * the tagger's readings) finds exactly what a full analysis of every unit finds, on real content: the committed
 * sample of shipped catalogs, the founding example, and, where {@code bench/real-corpus/fetch.sh} has fetched it
 * (directory in {@code CONCORD_REAL_CORPUS}), the whole real-content corpus.
 */
class FastPathEquivalenceTest {
    private static Checker fast;
    private static Checker full;

    @BeforeAll
    static void checkers() {
        fast = Checker.builder().targetLocale("en").sourceLocale("en").grammar(false).threads(1).build();
        full = Checker.builder().targetLocale("en").sourceLocale("en").grammar(false).threads(1)
                .option(RuleContext.ANALYSIS_OPTION, "full").build();
    }

    @Test
    void theCommittedRealSampleGivesTheSameFindings() throws Exception {
        int compared = compareAll(Path.of("src/test/resources/real"));
        assertTrue(compared >= 12, "files compared: " + compared);
    }

    @Test
    void theFoundingExampleGivesTheSameFindings() throws Exception {
        Path dir = Path.of("../shared/examples/kazakhstan");
        Assumptions.assumeTrue(Files.isDirectory(dir), "the founding example is not here: " + dir.toAbsolutePath());
        Path target = firstWithExtension(dir, "fr.md", "fr.txt");
        Path source = firstWithExtension(dir, "en.md", "en.txt");
        Assumptions.assumeTrue(target != null && source != null, "no fr/en pair in " + dir);
        Document d = Formats.read(target, ReadOptions.defaults().withTargetLocale("fr").withSourceLocale("en")
                .withSourceFile(source));
        List<String> found = same(d);
        assertTrue(!found.isEmpty(), "the founding example has findings");
    }

    @Test
    void theFetchedRealCorpusGivesTheSameFindings() throws Exception {
        assertTrue(compareAll(RealCorpusFiles.fetchedOrSkip()) > 0);
    }

    private static int compareAll(Path root) throws Exception {
        List<Path> files = RealCorpusFiles.under(root,
                p -> p.toString().matches(".*\\.(po|json|properties|xlf|xliff|tmx)$"));
        int compared = 0;
        for (Path f : files) {
            Document d = Formats.read(f, ReadOptions.defaults().withSourceLocale("en"));
            if (d.targetLocale() == null || d.targetLocale().startsWith("en")) {
                continue; // a source catalog, or one that does not say its language
            }
            same(d);
            compared++;
        }
        return compared;
    }

    /** Checks the document both ways and asserts the same issues; returns them. */
    private static List<String> same(Document d) {
        List<String> a = describe(fast.check(d));
        List<String> b = describe(full.check(d));
        assertEquals(b, a, d.name() + ": the fast path's findings differ from a full analysis's");
        return a;
    }

    private static List<String> describe(List<Issue> issues) {
        return issues.stream().map(i -> i.ruleId() + " " + i.span() + " " + i.severity() + " " + i.message() + " "
                + i.suggestions() + " " + i.sourceSpan() + " " + i.fingerprint() + " " + i.related()).toList();
    }

    private static Path firstWithExtension(Path dir, String... ends) throws Exception {
        try (Stream<Path> walk = Files.list(dir)) {
            List<Path> all = walk.sorted().toList();
            for (String end : ends) {
                for (Path p : all) {
                    if (p.getFileName().toString().endsWith(end)) {
                        return p;
                    }
                }
            }
        }
        return null;
    }
}
