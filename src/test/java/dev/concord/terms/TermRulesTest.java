package dev.concord.terms;

import static dev.concord.terms.TermFixtures.admitted;
import static dev.concord.terms.TermFixtures.checker;
import static dev.concord.terms.TermFixtures.deprecated;
import static dev.concord.terms.TermFixtures.entry;
import static dev.concord.terms.TermFixtures.preferred;
import static dev.concord.terms.TermFixtures.termbase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import dev.concord.text.SourceText;
import dev.concord.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermRulesTest {
    /** Protest organisers, as in the example glossary. */
    private static final TermEntry PROTEST = entry("protest", preferred("en", "organizer"), admitted("en", "curator"),
            preferred("fr", "organisateur"), deprecated("fr", "conservateur"));
    /** The museum sense of the same French word. */
    private static final TermEntry MUSEUM = entry("museum", preferred("en", "museum curator"),
            preferred("fr", "conservateur"));
    private static final TermEntry TOKAYEV = entry("tokayev", preferred("en", "Tokayev"),
            preferred("en", "Kassym-Jomart Tokayev"), preferred("fr", "Tokaïev"), preferred("fr", "Kassym-Jomart Tokaïev"),
            deprecated("fr", "Tokayev"), deprecated("fr", "Kassym-Jomart Tokayev"));
    private static final Checker FR = checker(termbase(PROTEST, TOKAYEV), "fr", "en");
    private static final Checker FR_HOMONYMS = checker(termbase(PROTEST, MUSEUM), "fr", "en");

    /** The term rules' issues: other families (packs, QA, names) run too, and are tested elsewhere. */
    private static List<Issue> terms(List<Issue> issues) {
        return issues.stream().filter(i -> i.ruleId().startsWith("term.")).toList();
    }

    private static List<Issue> check(Checker checker, String target) {
        return terms(checker.check(Document.ofText("t.txt", target)));
    }

    private static List<Issue> check(Checker checker, String target, String source) throws InputException {
        return terms(checker.check(Document.ofText("t.txt", target).pairedWith(Document.ofText("s.txt", source))));
    }

    private static List<Issue> only(List<Issue> issues, String ruleId) {
        return issues.stream().filter(i -> i.ruleId().equals(ruleId)).toList();
    }

    @Test
    void deprecatedTermIsAnErrorWithThePreferredTermInflected() {
        List<Issue> issues = check(FR, "Ce sur quoi comptent les conservateurs des manifestations.");
        assertEquals(1, issues.size(), issues.toString());
        Issue i = issues.get(0);
        assertEquals("term.deprecated", i.ruleId());
        assertEquals(IssueType.TERMINOLOGY, i.type());
        assertEquals("Terminology/Inconsistent with termbase", i.mqm());
        assertEquals(Severity.ERROR, i.severity());
        assertEquals("conservateurs", i.text());
        assertEquals(List.of("organisateurs"), i.suggestions());
        assertTrue(i.message().contains("\"organisateur\""), i.message());

        Issue start = check(FR, "Conservateur ou pas, il vient.").get(0);
        assertEquals(List.of("Organisateur"), start.suggestions());
    }

    @Test
    void deprecatedNameSuggestsTheClosestPreferredForm() {
        Issue i = check(FR, "Le président Kassym-Jomart Tokayev a parlé. Tokaïev est parti.").get(0);
        assertEquals("Kassym-Jomart Tokayev", i.text());
        assertEquals(List.of("Kassym-Jomart Tokaïev", "Tokaïev"), i.suggestions());
        assertEquals(1, check(FR, "Le président Kassym-Jomart Tokayev a parlé. Tokaïev est parti.").size());
    }

    @Test
    void approvedTermsAreQuiet() {
        assertEquals(List.of(), check(FR, "Les organisateurs des manifestations et Kassym-Jomart Tokaïev."));
    }

    @Test
    void aDeprecatedWordInsideALongerApprovedTermIsQuiet() {
        Checker c = checker(termbase(PROTEST, entry("chief", preferred("fr", "conservateur en chef"))), "fr", "en");
        assertEquals(List.of(), check(c, "Le conservateur en chef du musée."));
    }

    @Test
    void monolingualTextCannotTellHomonymsApart() {
        // conservateur is deprecated for protests and approved for museums: without a source, stay quiet.
        assertEquals(List.of(), check(FR_HOMONYMS, "Le conservateur du musée et les conservateurs des manifestations."));
    }

    @Test
    void bilingualTextTellsTheSensesApartFromTheSource() throws Exception {
        List<Issue> protest = check(FR_HOMONYMS, "Les conservateurs des manifestations comptent sur eux.",
                "The curators of the protests count on them.");
        assertEquals(1, protest.size(), protest.toString());
        assertEquals("term.deprecated", protest.get(0).ruleId());
        assertEquals("curators", protest.get(0).sourceText());
        assertEquals(List.of("organisateurs"), protest.get(0).suggestions());

        assertEquals(List.of(), check(FR_HOMONYMS, "Le conservateur du musée est parti.",
                "The museum curator has left."));
        // The entry has English terms and the source holds none of them: not this sense.
        assertEquals(List.of(), check(FR, "Le conservateur du musée est parti.", "The museum keeper has left."));
    }

    @Test
    void missingTermIsReportedOnTheSourceTerm() throws Exception {
        List<Issue> issues = check(FR, "Les animateurs se sont réunis.", "The organizers met.");
        assertEquals(1, issues.size(), issues.toString());
        Issue i = issues.get(0);
        assertEquals("term.missing", i.ruleId());
        assertEquals(Severity.WARNING, i.severity(), "a paraphrase may be right: only a forbidden term is an error");
        assertEquals("organizers", i.sourceText());
        assertEquals(List.of("organisateur"), i.suggestions());
        assertEquals("Les animateurs se sont réunis.", i.text(), "the whole target unit");
    }

    @Test
    void missingTermIsQuietWhenTheTargetHoldsAnApprovedTermInAnyInflection() throws Exception {
        assertEquals(List.of(), check(FR, "Les organisateurs se sont réunis.", "The organizers met."));
        assertEquals(List.of(), check(FR, "Ceux qui sont mécontents de l'élection de Tokaïev.",
                "Those unhappy with Tokayev's election."));
    }

    @Test
    void aTermInsideAFrenchMultiWordExpressionIsFoundWhateverAnalysisTheCheckMakes() throws Exception {
        // LanguageTool's disambiguator reads "mises à jour" as one expression whose lemma is "mises à jour": the
        // words still match the term's lemmas "mise à jour", whether the check runs LanguageTool's rules (full
        // analysis) or only Concord's (tagging alone).
        Termbase updates = termbase(entry("update", preferred("en", "update"), preferred("fr", "mise à jour")));
        String target = "Installez les mises à jour du serveur.";
        String source = "Install the server updates.";
        Checker packsOnly = checker(updates, "fr", "en");
        Checker taggingOnly = Checker.builder().grammar(false).termbase(updates).languageToolPools(TermFixtures.POOLS)
                .targetLocale("fr").sourceLocale("en").disableRules(java.util.Set.of("pack")).build();
        Checker withGrammar = Checker.builder().termbase(updates).languageToolPools(TermFixtures.POOLS)
                .targetLocale("fr").sourceLocale("en").build();
        for (Checker c : List.of(packsOnly, taggingOnly, withGrammar)) {
            assertEquals(List.of(), check(c, target, source));
            assertEquals(List.of("term.missing"), check(c, "Installez les correctifs du serveur.", source).stream()
                    .map(Issue::ruleId).toList(), "a target without the term still misses it");
        }
    }

    @Test
    void aDeprecatedRenderingIsReportedAsDeprecatedNotAsMissing() throws Exception {
        List<Issue> issues = check(FR, "Les conservateurs se sont réunis.", "The organizers met.");
        assertEquals(List.of("term.deprecated"), issues.stream().map(Issue::ruleId).toList());
        assertEquals("organizers", issues.get(0).sourceText());
    }

    @Test
    void aSourceWordOfSeveralEntriesIsSatisfiedByAnyOfThem() throws Exception {
        Checker c = checker(termbase(PROTEST, entry("museum2", preferred("en", "curator"),
                preferred("fr", "conservateur"))), "fr", "en");
        assertEquals(List.of(), only(check(c, "Les organisateurs sont là.", "The curators are here."),
                "term.missing"));
        assertEquals(1, only(check(c, "Les gardiens sont là.", "The curators are here."), "term.missing").size());
    }

    @Test
    void anEmptyTranslationIsNotAMissingTermPerTerm() {
        Unit unit = Unit.builder("1", "").source("The organizers met.", null).build();
        Document doc = new Document(new SourceText("t.txt", null, ""), new SourceText("s.txt", null, unit.source()),
                "text", "fr", "en", List.of(unit));
        assertEquals(List.of(), terms(FR.check(doc)), "the empty target is qa.empty-target's finding");
    }

    @Test
    void withoutLemmasInflectedTargetTermsMatchLoosely() throws Exception {
        // Czech has no LanguageTool module: "textem" is "text" inflected, "dokumentem" is another word.
        Checker cs = checker(termbase(entry("text", preferred("en", "text"), preferred("cs", "text")),
                entry("apps", preferred("en", "applications"), preferred("cs", "aplikace"))), "cs", "en");
        assertEquals(List.of(), check(cs, "Potýkali se s textem v různých aplikacích.",
                "They struggled with the text in various applications."));
        List<Issue> issues = check(cs, "Potýkali se s dokumentem.", "They struggled with the text.");
        assertEquals(List.of("term.missing"), issues.stream().map(Issue::ruleId).toList());
        assertTrue(MissingTermRule.sameStem("aplikací", "aplikacích"));
        assertTrue(!MissingTermRule.sameStem("text", "test"));
        assertTrue(!MissingTermRule.sameStem("statický", "statistika"));
    }

    @Test
    void missingTermIsReportedOncePerUnit() throws Exception {
        assertEquals(1, check(FR, "Ils se sont réunis.", "The organizers and the organizer met.").size());
    }

    @Test
    void sourceTermsInProtectedTextAreNotRequired() {
        String source = "See https://example.com/organizer for details.";
        int s = source.indexOf("https");
        int e = source.indexOf(" for");
        Unit unit = Unit.builder("1", "Voir https://example.com/organizer pour les détails.")
                .source(source, null).sourceProtectedRanges(List.of(new TextRange(s, e))).build();
        Document doc = new Document(new SourceText("t.txt", null, unit.text()), new SourceText("s.txt", null, source),
                "text", "fr", "en", List.of(unit));
        assertEquals(List.of(), only(FR.check(doc), "term.missing"));
    }

    @Test
    void oneSourceTermRenderedTwoWaysIsInconsistent() throws Exception {
        TermEntry organizer = entry("org", preferred("en", "organizer"), preferred("fr", "organisateur"),
                admitted("fr", "animateur"));
        Checker c = checker(termbase(organizer), "fr", "en");
        List<Issue> issues = check(c, "Les organisateurs ont parlé.\n\nL'animateur est parti.\n\n"
                + "Les organisateurs sont revenus.", "The organizers spoke.\n\nThe organizer left.\n\n"
                + "The organizers came back.");
        assertEquals(1, issues.size(), issues.toString());
        Issue i = issues.get(0);
        assertEquals("term.inconsistent", i.ruleId());
        assertEquals(Severity.WARNING, i.severity());
        assertEquals("Terminology/Inconsistent use of terminology", i.mqm());
        assertEquals(3, i.span().line());
        assertEquals("animateur", i.text());
        assertEquals("organizer", i.sourceText());
        assertEquals(List.of("organisateur"), i.suggestions());
        assertTrue(i.message().contains("\"organisateurs\" at line 1"), i.message());

        assertEquals(List.of(), check(c, "Les organisateurs ont parlé.\n\nL'organisateur est parti.",
                "The organizers spoke.\n\nThe organizer left."), "inflections of one term are consistent");
        assertEquals(List.of(), check(c, "Les organisateurs ont parlé.\n\nL'animateur est parti."),
                "monolingual text has no source term to be consistent with");
    }

    @Test
    void documentsCheckedInParallelGiveTheSameIssues() throws Exception {
        Termbase tb = termbase(PROTEST, TOKAYEV);
        Checker parallel = Checker.builder().grammar(false).termbase(tb).languageToolPools(TermFixtures.POOLS)
                .targetLocale("fr").sourceLocale("en").threads(2).build();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            docs.add(Document.ofText("t" + i + ".txt", "Les conservateurs de Tokayev, numéro " + i + ".\n\n"
                    + "Les animateurs sont là.").pairedWith(Document.ofText("s" + i + ".txt",
                    "Tokayev's curators, number " + i + ".\n\nThe organizers are here.")));
        }
        List<Issue> together = terms(parallel.checkAll(docs));
        List<Issue> oneByOne = new ArrayList<>();
        for (Document d : docs) {
            oneByOne.addAll(terms(FR.check(d)));
        }
        assertEquals(oneByOne, together);
        assertEquals(8 * 3, together.size(), together.toString());
    }

    @Test
    void withoutATermbaseThereAreNoTermRules() {
        Checker plain = Checker.builder().grammar(false).languageToolPools(TermFixtures.POOLS).build();
        assertTrue(plain.rules().stream().noneMatch(r -> r.id().startsWith("term.")));
        assertEquals(List.of("term.deprecated", "term.missing", "term.inconsistent"),
                FR.rules().stream().map(r -> r.id()).filter(id -> id.startsWith("term.")).toList());
    }

    @Test
    void termRulesCanBeDisabledAsAFamily() {
        Checker c = Checker.builder().grammar(false).termbase(termbase(PROTEST)).languageToolPools(TermFixtures.POOLS)
                .targetLocale("fr").disableRules(List.of("term")).build();
        assertEquals(List.of(), check(c, "Les conservateurs des manifestations."));
    }
}
