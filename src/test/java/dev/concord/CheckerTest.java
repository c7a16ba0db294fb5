package dev.concord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.rule.FindingSink;
import dev.concord.rule.RuleContext;
import dev.concord.rule.UnitRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerTest {
    private static CheckerBuilder builder(UnitRule... rules) {
        CheckerBuilder b = Checker.builder().targetLocale("fr").grammar(false).discoverRules(false);
        for (UnitRule r : rules) {
            b.rule(r);
        }
        return b;
    }

    @Test
    void issueCarriesEveryField() {
        Document doc = Document.ofText("a.txt", "Intro.\n\nLe président Tokayev a parlé.");
        List<Issue> issues = builder(new WordRule("Tokayev")).build().check(doc);
        assertEquals(1, issues.size());
        Issue i = issues.get(0);
        assertEquals("a.txt", i.file());
        assertEquals("test.word", i.ruleId());
        assertEquals(IssueType.TERMINOLOGY, i.type());
        assertEquals("Terminology", i.mqm());
        assertEquals(Severity.WARNING, i.severity());
        assertEquals(50, i.score());
        assertEquals("found Tokayev", i.message());
        assertEquals(new Span("2", 13, 20, 3, 14, 3, 21), i.span());
        assertEquals("Tokayev", i.text());
        assertEquals(List.of("X"), i.suggestions());
        assertNull(i.sourceSpan());
        assertEquals(20, i.fingerprint().length());
    }

    @Test
    void fingerprintsSurviveEditsElsewhereAndLineMoves() {
        Checker c = builder(new WordRule("Tokayev")).build();
        Issue before = c.check(Document.ofText("a.txt", "Le président Tokayev a parlé.")).get(0);
        Issue after = c.check(Document.ofText("a.txt",
                "Un nouveau paragraphe.\n\nEncore un.\n\nLe président Tokayev a parlé.")).get(0);
        assertNotEquals(before.span().line(), after.span().line());
        assertEquals(before.fingerprint(), after.fingerprint());
        Issue changed = c.check(Document.ofText("a.txt", "Le ministre Tokayev a parlé.")).get(0);
        assertNotEquals(before.fingerprint(), changed.fingerprint(), "an edit next to the finding is a new finding");
    }

    @Test
    void repeatedFindingsGetDistinctFingerprints() {
        List<Issue> issues = builder(new WordRule("Tokayev")).build()
                .check(Document.ofText("a.txt", "Tokayev dit.\n\nTokayev dit."));
        assertEquals(2, issues.size());
        assertNotEquals(issues.get(0).fingerprint(), issues.get(1).fingerprint());
    }

    @Test
    void findingsInProtectedTextAreDropped() {
        List<Issue> issues = builder(new WordRule("example"))
                .build().check(Document.ofText("a.txt", "An example at https://example.org here."));
        assertEquals(1, issues.size());
        assertEquals(4, issues.get(0).span().column());
    }

    @Test
    void rulesCanBeDisabledByIdOrFamilyAndReSeveritied() {
        Document doc = Document.ofText("a.txt", "Tokayev et Tokaïev.");
        assertEquals(0, builder(new WordRule("Tokayev", "names.x")).disableRules(List.of("names")).build()
                .check(doc).size());
        assertEquals(0, builder(new WordRule("Tokayev", "names.x")).disableRules(List.of("names.x")).build()
                .check(doc).size());
        assertEquals(1, builder(new WordRule("Tokayev", "names.x")).disableRules(List.of("name")).build()
                .check(doc).size());
        Issue i = builder(new WordRule("Tokayev", "names.x")).severity("names", Severity.ERROR).build()
                .check(doc).get(0);
        assertEquals(Severity.ERROR, i.severity());
        assertEquals(90, i.score());
    }

    @Test
    void aFailingRuleIsReportedAndTheOthersStillRun() {
        UnitRule broken = new UnitRule() {
            @Override
            public String id() {
                return "test.broken";
            }

            @Override
            public IssueType type() {
                return IssueType.OTHER;
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.ERROR;
            }

            @Override
            public String description() {
                return "always fails";
            }

            @Override
            public void check(Document document, Unit unit, RuleContext context, FindingSink sink) {
                throw new IllegalStateException("boom");
            }
        };
        List<Issue> issues = builder(broken, new WordRule("Tokayev")).build()
                .check(Document.ofText("a.txt", "Tokayev."));
        assertEquals(2, issues.size());
        assertTrue(issues.stream().anyMatch(i -> i.ruleId().equals("concord.rule-failure")
                && i.message().contains("test.broken") && i.message().contains("boom")));
        assertTrue(issues.stream().anyMatch(i -> i.ruleId().equals("test.word")));
    }

    @Test
    void aDocumentWithoutLanguageNeedsADefault() {
        Checker c = Checker.builder().grammar(false).discoverRules(false).build();
        assertThrows(IllegalArgumentException.class, () -> c.check(Document.ofText("a.txt", "x")));
        assertEquals(0, c.check(Document.ofText("a.txt", "x").withTargetLocale("fr")).size());
    }

    @Test
    void unknownLanguageCodesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checker.builder().targetLocale("xx-YY"));
        assertTrue(e.getMessage().contains("unknown language code 'xx-YY'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Checker.builder().targetLocale("not a tag"));
    }

    @Test
    void bilingualIssuesNameTheirSourceUnit() {
        Document target = Document.ofText("fr.txt", "Un.\n\nLe président Tokayev.");
        Document source = Document.ofText("en.txt", "One.\n\nPresident Tokayev.");
        List<Issue> issues = builder(new WordRule("Tokayev")).build()
                .check(assertPaired(target, source));
        Issue i = issues.get(0);
        assertEquals("2", i.sourceSpan().unitId());
        assertEquals("President Tokayev.", i.sourceText());
        assertEquals(3, i.sourceSpan().line());
    }

    private static Document assertPaired(Document target, Document source) {
        try {
            return target.pairedWith(source);
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }
}
