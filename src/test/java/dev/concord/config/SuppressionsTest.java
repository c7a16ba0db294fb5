package dev.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.Unit;
import dev.concord.WordRule;
import dev.concord.text.OffsetMap;
import dev.concord.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    /** Two rules that flag words, in two families, and no others. */
    private static final Checker CHECKER = Checker.builder().targetLocale("fr").grammar(false).discoverRules(false)
            .rule(new WordRule("alpha", "test.alpha")).rule(new WordRule("beta", "other.beta")).build();

    /** "rule@line" for each issue left, in order. */
    private static List<String> kept(Suppressions.Result r) {
        List<String> out = new ArrayList<>();
        for (Issue i : r.kept()) {
            out.add(i.ruleId() + "@" + i.span().line());
        }
        return out;
    }

    private static Suppressions.Result markdown(String text) {
        Document doc = Document.ofMarkdown("a.md", text);
        return Suppressions.apply(doc, CHECKER.check(doc), CHECKER::knowsRule);
    }

    @Test
    void withoutDirectivesNothingChanges() {
        Suppressions.Result r = markdown("alpha beta\n");
        assertEquals(List.of("other.beta@1", "test.alpha@1"), kept(r).stream().sorted().toList());
        assertEquals(0, r.suppressed());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void disableAndEnableCoverWhatLiesBetween() {
        Suppressions.Result r = markdown("""
                alpha beta

                <!-- concord-disable test.alpha -->

                alpha beta

                <!-- concord-enable test.alpha -->

                alpha
                """);
        assertEquals(List.of("test.alpha@1", "other.beta@1", "other.beta@5", "test.alpha@9"),
                sortedByLine(kept(r)));
        assertEquals(1, r.suppressed());
    }

    @Test
    void disableWithoutRulesSilencesEverythingAndEnableCanBringOneBack() {
        Suppressions.Result r = markdown("""
                <!-- concord-disable -->
                alpha beta

                <!-- concord-enable other.beta -->
                alpha beta

                <!-- concord-enable -->
                alpha
                """);
        assertEquals(List.of("other.beta@5", "test.alpha@8"), sortedByLine(kept(r)));
        assertEquals(3, r.suppressed());
    }

    @Test
    void aFamilyPrefixAndAListWork() {
        assertEquals(List.of("other.beta@2"), kept(markdown("<!-- concord-disable test -->\nalpha beta\n")));
        assertEquals(List.of(), kept(markdown("<!-- concord-disable test.alpha, other -->\nalpha beta\n")));
        assertEquals(List.of(), kept(markdown("<!-- concord-disable test.alpha other.beta -- names of the"
                + " product -->\nalpha beta\n")));
    }

    @Test
    void disableNextLineSilencesOnlyTheNextLine() {
        Suppressions.Result r = markdown("""
                <!-- concord-disable-next-line test.alpha -->
                alpha beta
                alpha
                """);
        assertEquals(List.of("other.beta@2", "test.alpha@3"), sortedByLine(kept(r)));
        assertEquals(1, r.suppressed());
    }

    @Test
    void disableLineSilencesItsOwnLine() {
        Suppressions.Result r = markdown("alpha beta <!-- concord-disable-line other.beta -->\nbeta\n");
        assertEquals(List.of("test.alpha@1", "other.beta@2"), sortedByLine(kept(r)));
    }

    @Test
    void commentsInCodeAreNotDirectives() {
        Suppressions.Result r = markdown("""
                ```html
                <!-- concord-disable -->
                ```

                `<!-- concord-disable -->` alpha
                """);
        assertEquals(List.of("test.alpha@5"), kept(r));
        assertEquals(0, r.suppressed());
    }

    @Test
    void unknownRuleIdsAreWarningsAtTheDirective() {
        Suppressions.Result r = markdown("text\n\n<!-- concord-disable-next-line test.alfa -->\nalpha\n");
        assertEquals(List.of("test.alpha@4"), kept(r), "a mistyped id silences nothing");
        assertEquals(1, r.warnings().size());
        Issue w = r.warnings().get(0);
        assertEquals(Suppressions.RULE_ID, w.ruleId());
        assertEquals(3, w.span().line());
        assertEquals(1, w.span().column());
        assertTrue(w.message().contains("unknown rule 'test.alfa'"), w.message());
    }

    @Test
    void htmlDocumentsUseTheirComments() {
        Document html = new Document(new SourceText("a.html", null, "<!-- concord-disable -->\n<p>alpha</p>"), null,
                "html", "fr", null, List.of(Unit.builder("1", "alpha").textMap(OffsetMap.contiguous(28, 5)).build()));
        Suppressions.Result r = Suppressions.apply(html, CHECKER.check(html), CHECKER::knowsRule);
        assertEquals(List.of(), kept(r));
        assertEquals(1, r.suppressed());
    }

    /** A translation file's units with notes, as the PO, XLIFF and .properties readers give them. */
    private static Document translationFile(String format, String... notes) {
        StringBuilder content = new StringBuilder();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < notes.length; i++) {
            int at = content.length();
            content.append("alpha beta\n");
            units.add(Unit.builder("u" + i, "alpha beta").stableId(true).note(notes[i])
                    .textMap(OffsetMap.contiguous(at, 10)).source("source", null).build());
        }
        return new Document(new SourceText("messages." + format, null, content.toString()), null, format, "fr", "en",
                units);
    }

    @Test
    void notesOfTranslationUnitsSilenceThatUnit() {
        // A PO translator comment, an XLIFF note, a .properties comment: the readers put them in Unit.note().
        for (String format : List.of("po", "xliff", "properties")) {
            Document doc = translationFile(format,
                    "Context for translators.\nconcord-disable test.alpha -- the product's name",
                    null,
                    "concord-disable",
                    "# concord-disable other");
            Suppressions.Result r = Suppressions.apply(doc, CHECKER.check(doc), CHECKER::knowsRule);
            List<String> left = r.kept().stream().map(i -> i.span().unitId() + ":" + i.ruleId()).sorted().toList();
            assertEquals(List.of("u0:other.beta", "u1:other.beta", "u1:test.alpha", "u3:test.alpha"), left, format);
            assertEquals(4, r.suppressed(), format);
            assertTrue(r.warnings().isEmpty(), format);
        }
    }

    @Test
    void unknownIdsInNotesAreWarningsAtTheUnit() {
        Document doc = translationFile("po", "concord-disable nosuch.rule");
        Suppressions.Result r = Suppressions.apply(doc, CHECKER.check(doc), CHECKER::knowsRule);
        assertEquals(2, r.kept().size());
        assertEquals(1, r.warnings().size());
        assertEquals("u0", r.warnings().get(0).span().unitId());
        assertEquals(1, r.warnings().get(0).span().line());
    }

    @Test
    void aNoteThatMentionsConcordInPassingIsNoDirective() {
        Document doc = translationFile("po", "Keep the name Concord; see concord-disable in the docs.");
        Suppressions.Result r = Suppressions.apply(doc, CHECKER.check(doc), CHECKER::knowsRule);
        assertEquals(2, r.kept().size());
        assertEquals(0, r.suppressed());
    }

    private static List<String> sortedByLine(List<String> items) {
        List<String> copy = new ArrayList<>(items);
        copy.sort((a, b) -> Integer.compare(Integer.parseInt(a.substring(a.indexOf('@') + 1)),
                Integer.parseInt(b.substring(b.indexOf('@') + 1))));
        return copy;
    }
}
