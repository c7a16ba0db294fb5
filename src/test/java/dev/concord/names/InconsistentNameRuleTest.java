package dev.concord.names;

import static dev.concord.names.RuleChecks.issues;
import static dev.concord.names.RuleChecks.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** names.inconsistent with real LanguageTool tokens and tags, in French, English and German. */
class InconsistentNameRuleTest {
    private static final String RULE = "names.inconsistent";

    @Test
    void frenchTwoSpellingsOfOnePersonLinkThroughTheFullName() {
        List<Issue> found = issues(RULE, "fr", "Les mécontents de l'élection de Tokaïev manifestent.\n\n"
                + "Le président Kassym-Jomart Tokayev a pris ses fonctions. Tokaïev a parlé hier.");
        assertEquals(List.of("Tokayev"), texts(found));
        Issue issue = found.get(0);
        assertEquals(List.of("Tokaïev"), issue.suggestions());
        assertEquals(IssueType.INCONSISTENT_ENTITIES, issue.type());
        assertEquals(Severity.WARNING, issue.severity());
        assertEquals(3, issue.span().line());
        assertTrue(issue.message().contains("'Kassym-Jomart Tokayev'") && issue.message().contains("lines 1 and 3"),
                issue.message());
    }

    @Test
    void frenchLocaleStandardWinsOverTheMajority() {
        // Two English spellings against one French: French usage is the suggestion, not the majority.
        List<Issue> found = issues(RULE, "fr", "Tokayev a parlé. Puis Tokayev est parti.\n\nTokaïev est revenu.");
        assertEquals(List.of("Tokayev", "Tokayev"), texts(found));
        assertEquals(List.of("Tokaïev"), found.get(0).suggestions());
    }

    @Test
    void frenchWithoutTableTheMajorityWins() {
        // A name the table does not know, written three ways: the near-match (m/n) and the skeleton (ss/s) link them.
        List<Issue> found = issues(RULE, "fr", "Le général Barkhanovitch a parlé. Selon Barkhanovitch, "
                + "la situation est calme.\n\nBarkhanowitch a démenti. Barkhanovitsch aussi.");
        assertEquals(List.of("Barkhanowitch", "Barkhanovitsch"), texts(found));
        assertEquals(List.of("Barkhanovitch"), found.get(0).suggestions());
    }

    @Test
    void frenchQuietForOneSpellingAndForDifferentPeople() {
        assertEquals(List.of(), issues(RULE, "fr", "Tokaïev a parlé. Tokaïev est parti. Kassym-Jomart Tokaïev."));
        assertEquals(List.of(), issues(RULE, "fr", "Tokaïev et son épouse Tokaïeva. Alexander et Alexandra. "
                + "Kim Jong-un et Kim Jong-il. La Georgia et Georgiana. Navalny et Navalnaïa."));
        // Sentence-initial common words are not names: "Blogue" (known noun) never joins "Blog".
        assertEquals(List.of(), issues(RULE, "fr", "Blogue et articles. Le Blog de Paris."));
    }

    @Test
    void englishVariantsAcrossTheDocumentsOfOneCheck() {
        List<Issue> found = issues(RULE, "en", "President Zelensky met Macron. Zelensky said so.",
                "Later, Zelenskyy flew to Berlin.");
        assertEquals(List.of("Zelenskyy"), texts(found));
        assertEquals(List.of("Zelensky"), found.get(0).suggestions());
        assertEquals("doc2.txt", found.get(0).file());
        assertTrue(found.get(0).message().contains("doc1.txt:1"), found.get(0).message());
    }

    @Test
    void englishGivenNamesAreComparedWithinOnePerson() {
        // Sergei Lavrov and Sergey Brin are two people: their given names are not one name written two ways.
        assertEquals(List.of(), issues(RULE, "en", "Sergei Lavrov met the press. Sergey Brin was not there."));
        List<Issue> found = issues(RULE, "en", "Sergei Lavrov met the press. Later Sergey Lavrov left.");
        assertEquals(List.of("Sergey"), texts(found));
    }

    @Test
    void englishQuietForCommonWordsAndTitles() {
        assertEquals(List.of(), issues(RULE, "en", "Colour matters. The President spoke. Whatever happens, "
                + "the President will speak. Organise the Organisation."));
        // One letter apart, but two names the dictionary knows: not one name slipped.
        assertEquals(List.of(), issues(RULE, "en", "Flights from Colombia to British Columbia. Colombia grew."));
    }

    @Test
    void germanVariantsAndQuietInflection() {
        List<Issue> found = issues(RULE, "de", "Präsident Selenskyj sprach in Kiew. Selenskyj dankte Scholz.\n\n"
                + "Später reiste Selenski nach Berlin.");
        assertEquals(List.of("Selenski"), texts(found));
        assertEquals(List.of("Selenskyj"), found.get(0).suggestions());
        // German nouns are capitalised but are not names; a genitive is not a variant.
        assertEquals(List.of(), issues(RULE, "de", "Die Straße und die Strasse. Putins Rede und Putin selbst. "
                + "Die Regierung Tokajews und Tokajew."));
    }

    @Test
    void articlesAreNotSpellingDifferences() {
        assertEquals(List.of(), issues(RULE, "en", "Bashar al-Assad spoke. Assad then left."));
    }

    /** A translation of a Chinese text, paragraph by paragraph: the units carry their sources. */
    private static List<Issue> fromChinese(String[] sources, String[] targets) throws Exception {
        Document source = Document.ofText("zh.txt", String.join("\n\n", sources)).withTargetLocale("zh");
        Document target = Document.ofText("en.txt", String.join("\n\n", targets)).withTargetLocale("en");
        return dev.concord.SharedCheckers.withGrammar("en").check(target.pairedWith(source)).stream()
                .filter(issue -> issue.ruleId().equals(RULE)).toList();
    }

    @Test
    void romanisationsOfDifferentHanCharactersAreDifferentNames() throws Exception {
        // WMT 2023 zh→en: 郑永刚 (Zheng Yonggang, a man) and 云港 (Yungang, his factory's town), rated error-free.
        assertEquals(List.of(), fromChinese(
                new String[] {"上世纪80年代，郑永刚担任厂长。", "1989年郑永刚成为宁波云港服装总厂的厂长。"},
                new String[] {"In the 1980s, Zheng Yonggang served as the director.",
                    "In 1989, Zheng Yonggang became the director of the Ningbo Yungang Garment Factory."}));
    }

    @Test
    void twoRomanisationsOfTheSameHanCharactersAreStillOneName() throws Exception {
        List<Issue> found = fromChinese(
                new String[] {"郑永刚担任厂长。", "郑永刚成为总厂的厂长。", "郑永刚退休了。"},
                new String[] {"Zheng Yonggang served as the director.", "Zheng Yonggang became the director.",
                    "Zheng Yongang retired."});
        assertEquals(List.of("Yongang"), texts(found));
    }
}
