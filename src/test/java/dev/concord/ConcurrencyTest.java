package dev.concord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
