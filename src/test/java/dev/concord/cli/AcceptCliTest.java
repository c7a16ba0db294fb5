package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code accept} in {@code .concord.yml} (and {@code CheckerBuilder.acceptWords(language, words)}): a word a team
 * decided is right in a language is reported by no rule there, in that language only.
 */
class AcceptCliTest {
    private static final Path EXAMPLE = Path.of("examples/kazakhstan");

    @TempDir
    Path dir;

    private Path example(String config) throws Exception {
        Files.copy(EXAMPLE.resolve("target.fr.txt"), dir.resolve("news.fr.txt"));
        Files.copy(EXAMPLE.resolve("source.en.txt"), dir.resolve("news.en.txt"));
        Files.writeString(dir.resolve(".concord.yml"), "root: true\nlanguage: fr\nsourceLanguage: en\npairs:\n"
                + "  - source: \"{path}.en.txt\"\n    target: \"{path}.fr.txt\"\n" + config);
        return dir.resolve("news.fr.txt");
    }

    @Test
    void theFoundingExamplesNameIsReportedWithoutAccept() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--format", "json", example("").toString());
        assertTrue(r.out().contains("\"names.inconsistent\""), r.out());
    }

    @Test
    void anAcceptedSpellingIsReportedByNoRule() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--format", "json",
                example("accept:\n  fr:\n    - Tokayev   # as the agency writes it\n").toString());
        assertFalse(r.out().contains("\"names.inconsistent\""), r.out());
        // The other findings stay.
        assertTrue(r.out().contains("\"qa.punctuation-only\""), r.out());
    }

    @Test
    void anotherLanguagesListDoesNotCount() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--format", "json",
                example("accept:\n  de: [Tokayev]\n").toString());
        assertTrue(r.out().contains("\"names.inconsistent\""), r.out());
    }

    @Test
    void aBadLanguageCodeIsAnErrorAtItsLine() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--no-grammar",
                example("accept:\n  not a language: [x]\n").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(".concord.yml:8:3: error:"), r.err());
    }

    @Test
    void theApiTakesTheSameListAndABaseLanguageCoversItsVariants() throws Exception {
        Document doc = Document.ofText("news.txt", Files.readString(EXAMPLE.resolve("target.fr.txt")))
                .withTargetLocale("fr-FR");
        Checker plain = Checker.builder().targetLocale("fr-FR").grammar(false).build();
        Checker accepting = Checker.builder().targetLocale("fr-FR").grammar(false)
                .acceptWords("fr", List.of("Tokayev")).build();
        assertTrue(rules(plain.check(doc)).contains("names.inconsistent"));
        assertFalse(rules(accepting.check(doc)).contains("names.inconsistent"));
    }

    private static List<String> rules(List<Issue> issues) {
        return issues.stream().map(Issue::ruleId).toList();
    }
}
