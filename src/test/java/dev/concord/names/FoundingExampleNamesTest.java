package dev.concord.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.SharedCheckers;
import dev.concord.format.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The founding example (examples/kazakhstan), without a termbase: "Tokayev" (line 7) is reported with "Tokaïev",
 * "Blogue" (line 17) as a regional variant, and nothing else by the rules of issue 4; alone and as a bilingual pair.
 */
class FoundingExampleNamesTest {
    private static final Path TARGET = Path.of("examples/kazakhstan/target.fr.txt");
    private static final Path SOURCE = Path.of("examples/kazakhstan/source.en.txt");
    private static final Set<String> RULES = Set.of("names.inconsistent", "names.foreign-romanization",
            "text.mixed-script", "locale.variant");

    private static List<String> findings(Document doc) {
        return SharedCheckers.withGrammar("fr").check(doc).stream()
                .filter(i -> RULES.contains(i.ruleId()))
                .map(i -> i.span().line() + " " + i.text() + " " + i.ruleId() + " " + i.suggestions())
                .toList();
    }

    private static final List<String> EXPECTED = List.of(
            "7 Tokayev names.inconsistent [Tokaïev]",
            "17 Blogue locale.variant [Blog]");

    @Test
    void frenchTextAlone() throws IOException {
        assertEquals(EXPECTED, findings(Document.parse(TARGET, ReadOptions.defaults().withTargetLocale("fr"))));
    }

    @Test
    void bilingualPair() throws IOException {
        Document doc = Document.parse(TARGET, ReadOptions.defaults().withTargetLocale("fr").withSourceLocale("en")
                .withSourceFile(SOURCE));
        assertEquals(EXPECTED, findings(doc));
        Issue tokayev = SharedCheckers.withGrammar("fr").check(doc).stream()
                .filter(i -> i.ruleId().equals("names.inconsistent")).findFirst().orElseThrow();
        assertEquals("Tokaïev", tokayev.suggestions().get(0));
    }
}
