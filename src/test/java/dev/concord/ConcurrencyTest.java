package dev.concord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.format.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    @Test
    void eightThreadsThroughOneCheckerGiveTheSequentialResult() throws Exception {
        Checker checker = SharedCheckers.withGrammar("fr");
        List<Document> documents = new ArrayList<>();
        documents.add(Document.parse(Path.of("examples/kazakhstan/target.fr.txt")).withTargetLocale("fr"));
        documents.add(Document.ofText("a.txt", "nouvelles\n\nIl a mangé une pomne. Les les enfants jouent."));
        documents.add(Document.ofMarkdown("b.md", "# titre\n\nCe sont des erreur de grammaire, n'est il pas ?"));
        documents.add(Document.ofText("c.txt", "Je suis allé a la plage hier avec mes amis ."));

        List<List<Issue>> sequential = new ArrayList<>();
        for (Document d : documents) {
            sequential.add(checker.check(d));
        }
        assertFalse(sequential.stream().allMatch(List::isEmpty), "the documents must have findings to compare");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Issue>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int shift = t;
                Callable<List<List<Issue>>> task = () -> {
                    List<List<Issue>> results = new ArrayList<>();
                    for (int k = 0; k < documents.size() * 3; k++) {
                        // Each thread walks the documents in its own order, three times.
                        results.add(checker.check(documents.get((k + shift) % documents.size())));
                    }
                    return results;
                };
                futures.add(pool.submit(task));
            }
            for (int t = 0; t < futures.size(); t++) {
                List<List<Issue>> results = futures.get(t).get();
                for (int k = 0; k < results.size(); k++) {
                    assertEquals(sequential.get((k + t) % documents.size()), results.get(k));
                }
            }
        } finally {
            pool.shutdown();
        }
        // checkAll with several threads gives the same issues as checking one by one.
        Checker parallel = Checker.builder().targetLocale("fr").threads(4)
                .languageToolPools(checker.languageToolPools()).build();
        List<Issue> all = parallel.checkAll(documents);
        assertEquals(sequential.stream().flatMap(List::stream).toList(), all);
    }

    /**
     * A stress test at small scale: 8 threads, each checking 1,500 catalogs in its own order through one checker
     * (grammar off: the packs, names, QA and regional-variant rules, with their caches), give exactly the
     * sequential result, issue for issue, in order, fingerprints included.
     */
    @Test
    void eightThreadsThroughOneCheckerOnManyCatalogsGiveTheSequentialResult() throws Exception {
        Checker checker = Checker.builder().grammar(false).targetLocale("fr").sourceLocale("en").threads(1).build();
        List<Document> documents = new ArrayList<>();
        String[] names = {"Tokaïev", "Tokayev", "Tokaev"};
        for (int i = 0; i < 1500; i++) {
            StringBuilder po = new StringBuilder("msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\n");
            for (int u = 0; u < 1 + i % 7; u++) {
                int n = i * 7 + u;
                po.append("msgid \"Saved ").append(n).append(" items for %s.\"\n")
                        .append("msgstr \"").append(u % 3 == 0 ? "" : n + " ").append("éléments enregistrés pour ")
                        .append(u % 4 == 0 ? "%d" : "%s").append(" par ").append(names[(i + u) % names.length])
                        .append(u % 5 == 0 ? " ." : ".").append("\"\n\n");
            }
            documents.add(Document.parse(Path.of("c" + i + ".po"), po.toString(), ReadOptions.defaults()));
        }
        List<List<Issue>> sequential = new ArrayList<>();
        for (Document d : documents) {
            sequential.add(checker.check(d));
        }
        assertTrue(sequential.stream().mapToInt(List::size).sum() > documents.size(), "findings to compare");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<List<Issue>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int shift = t * 187;
                futures.add(pool.submit(() -> {
                    List<List<Issue>> results = new ArrayList<>();
                    for (int k = 0; k < documents.size(); k++) {
                        results.add(checker.check(documents.get((k + shift) % documents.size())));
                    }
                    return results;
                }));
            }
            for (int t = 0; t < futures.size(); t++) {
                List<List<Issue>> results = futures.get(t).get(5, java.util.concurrent.TimeUnit.MINUTES);
                for (int k = 0; k < results.size(); k++) {
                    assertEquals(sequential.get((k + t * 187) % documents.size()), results.get(k),
                            "thread " + t + ", document " + k);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
