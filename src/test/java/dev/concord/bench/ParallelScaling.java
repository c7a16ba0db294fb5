package dev.concord.bench;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.grammar.LanguageToolPools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Does {@link Checker#checkAll} scale with threads? Checks the generated folder of Markdown files (see
 * {@link MarkdownFolder}) with LanguageTool on, with one thread and with two, in rounds whose order alternates. Both
 * checkers share their LanguageTool pools, which a warm-up round fills with the objects two threads need; the result
 * cache is emptied before every check, so that each is a full check of the folder with warm LanguageTool objects and a
 * warm JIT: what a long-running process (an editor's server, a CMS) gets. A worker of {@link BenchmarkSuite}; prints
 * {@link Measured} lines (wall time is the figure: with two threads the measuring thread's CPU time is only its share).
 *
 * <p>Arguments, as {@code key=value}: {@code folder} (made by {@link MarkdownFolder}), {@code threads} (the thread
 * count compared with one, default 2), {@code rounds}, {@code warmup}.
 */
public final class ParallelScaling {
    private ParallelScaling() {
    }

    public static void main(String[] args) throws IOException, Exception {
        Map<String, String> a = GrammarBench.arguments(args);
        Path folder = Path.of(a.get("folder"));
        int threads = Integer.parseInt(a.getOrDefault("threads", "2"));
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "3"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "1"));
        List<Document> docs = read(folder);
        Checker one = Checker.builder().targetLocale("en").threads(1).build();
        LanguageToolPools pools = one.languageToolPools();
        Checker many = Checker.builder().targetLocale("en").threads(threads).languageToolPools(pools).build();
        List<Checker> checkers = List.of(one, many);
        List<String> names = List.of("threads-1", "threads-" + threads);
        System.out.println("INFO\tparallel/files\t" + docs.size());
        for (int round = -warmup; round < rounds; round++) {
            for (int k = 0; k < checkers.size(); k++) {
                int v = Math.floorMod(round + k, checkers.size());
                pools.clearCaches();
                System.gc();
                Checker checker = checkers.get(v);
                Measured m = Measured.of(() -> checker.checkAll(docs).size());
                if (round >= 0) {
                    System.out.println(m.line("parallel", names.get(v), round));
                }
            }
        }
        System.exit(0);
    }

    static List<Document> read(Path folder) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                docs.add(Document.parse(p));
            }
        }
        return docs;
    }
}
