package dev.concord.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.SharedCheckers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermSpellingTest {
    @Test
    void termbaseWordsJoinTheSpellingAcceptList() throws Exception {
        // At a sentence start a name is spell-checked like any word: "Jomart", one letter from "Jumart", is called
        // a typo (Tokaïev, with no word one slip away, is not reported as a typo at all).
        String text = "Tokaïev a parlé. Jomart aussi.";
        List<Issue> without = SharedCheckers.withGrammar("fr").check(Document.ofText("t.txt", text));
        assertTrue(without.stream().anyMatch(i -> i.text().equals("Jomart")), without.toString());

        Checker withTerms = Checker.builder().targetLocale("fr")
                .termbase(Termbase.load(Path.of("examples/kazakhstan/glossary.tbx"))).build();
        List<Issue> with = withTerms.check(Document.ofText("t.txt", text));
        assertEquals(List.of(), with.stream().filter(i -> i.ruleId().startsWith("lt.")).toList());
    }
}
