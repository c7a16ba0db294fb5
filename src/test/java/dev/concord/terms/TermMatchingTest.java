package dev.concord.terms;

import static dev.concord.terms.TermFixtures.entry;
import static dev.concord.terms.TermFixtures.find;
import static dev.concord.terms.TermFixtures.findAll;
import static dev.concord.terms.TermFixtures.found;
import static dev.concord.terms.TermFixtures.preferred;
import static dev.concord.terms.TermFixtures.termbase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermMatchingTest {
    @Test
    void frenchTermsMatchInflectedForms() {
        Termbase tb = termbase(entry("1", preferred("fr", "organisateur")),
                entry("2", preferred("fr", "conservateur du patrimoine")),
                entry("3", preferred("fr", "élection présidentielle")));
        assertEquals(List.of("organisateurs", "conservateurs du patrimoine", "élections présidentielles"),
                found(tb, "fr", "Les organisateurs et les conservateurs du patrimoine préparent les élections "
                        + "présidentielles."));
        assertEquals(List.of("Organisateur"), found(tb, "fr", "Organisateur recherché."));
    }

    @Test
    void germanTermsMatchInflectedFormsOfEachWord() {
        Termbase tb = termbase(entry("1", preferred("de", "Terminologie")),
                entry("2", preferred("de", "komplexe Handverletzung")));
        assertEquals(List.of("Terminologien", "komplexen Handverletzungen"),
                found(tb, "de", "Die Terminologien bei komplexen Handverletzungen sind schwierig."));
    }

    @Test
    void russianTermsMatchInflectedForms() {
        Termbase tb = termbase(entry("1", preferred("ru", "Токаев")),
                entry("2", preferred("ru", "организатор протеста")));
        assertEquals(List.of("организаторов протеста", "Токаева"),
                found(tb, "ru", "Среди организаторов протеста не было сторонников Токаева."));
    }

    @Test
    void aTermInItsDictionaryFormDoesNotMatchOtherWordsOfItsHomographs() {
        // "été" (summer) is also the participle of "être": the term must not match "est".
        Termbase tb = termbase(entry("1", preferred("fr", "été")));
        assertEquals(List.of(), found(tb, "fr", "Il est là."));
        assertEquals(List.of("été"), found(tb, "fr", "Cet été il pleut."));
    }

    @Test
    void caseSensitiveTermsMatchOnlyTheirCapitals() {
        Termbase tb = termbase(entry("1", preferred("en", "NATO")), entry("2", preferred("en", "API")),
                entry("3", new Term("Word", "en", TermStatus.PREFERRED, null, true, false, List.of())),
                entry("4", preferred("en", "Tokayev")));
        assertEquals(List.of("NATO", "APIs", "Word"),
                found(tb, "en", "NATO and nato, APIs and apis, Word and word."));
        assertEquals(List.of("Tokayev", "TOKAYEV", "tokayev"), found(tb, "en", "Tokayev, TOKAYEV, tokayev."));
    }

    @Test
    void theLongestOfOverlappingTermsWins() {
        Termbase tb = termbase(entry("1", preferred("en", "hand injury")),
                entry("2", preferred("en", "complex hand injury")), entry("3", preferred("en", "injury")),
                entry("4", preferred("en", "complex")), entry("5", preferred("en", "injury care unit")));
        String text = "They treat complex hand injuries. Injury care units help.";
        assertEquals(List.of("complex hand injuries", "Injury care units"), found(tb, "en", text));
        assertEquals(6, findAll(tb, "en", text).size(), "every match stays available to rules that need them");
        // A later, longer match wins over an earlier, shorter one it overlaps.
        Termbase chain = termbase(entry("a", preferred("en", "data center")),
                entry("b", preferred("en", "center of excellence program")));
        assertEquals(List.of("center of excellence program"),
                found(chain, "en", "The data center of excellence program."));
    }

    @Test
    void homonymsOfSeveralEntriesAllStay() {
        Termbase tb = termbase(entry("museum", preferred("fr", "conservateur")),
                entry("protest", TermFixtures.deprecated("fr", "conservateur")));
        List<TermMatch> m = find(tb, "fr", "Le conservateur arrive.");
        assertEquals(2, m.size());
        assertEquals(List.of("museum", "protest"), m.stream().map(x -> x.entry().id()).toList());
    }

    @Test
    void diacriticsCountUnlessTheTermbaseSaysOtherwise() {
        Termbase strict = termbase(entry("1", preferred("fr", "cote")));
        assertEquals(List.of("cote"), found(strict, "fr", "La côte et la cote."));
        Termbase loose = termbase(entry("1", new Term("cote", "fr", TermStatus.PREFERRED, null, null, true,
                List.of())));
        assertEquals(List.of("côte", "cote"), found(loose, "fr", "La côte et la cote."));
    }

    @Test
    void typographicApostrophesAndWidthsAreFolded() {
        Termbase tb = termbase(entry("1", preferred("fr", "aujourd’hui")), entry("2", preferred("en", "ＡＢＣ")));
        assertEquals(List.of("aujourd'hui"), found(tb, "fr", "Il part aujourd'hui."));
        assertEquals(List.of("ABC"), found(tb, "en", "The ABC system."));
    }

    @Test
    void unspacedScriptsMatchWhateverTheSegmentation() {
        Termbase tb = termbase(entry("1", preferred("zh", "郝仁")), entry("2", preferred("zh", "好人")));
        assertEquals(List.of("郝仁", "好人"), found(tb, "zh", "郝仁，人如其名，是一个好人。"));
    }

    @Test
    void regionalTermsApplyToTheirRegionOnly() {
        Termbase tb = termbase(entry("1", preferred("fr-CA", "courriel")), entry("2", preferred("fr", "blog")));
        assertEquals(List.of("courriel", "blog"), found(tb, "fr-CA", "Un courriel sur le blog."));
        assertEquals(List.of("blog"), found(tb, "fr-FR", "Un courriel sur le blog."));
        assertEquals(List.of("courriel", "blog"), found(tb, "fr", "Un courriel sur le blog."));
    }

    @Test
    void hyphenatedWordsMatchWithOrWithoutSpacesAroundTheHyphen() {
        Termbase tb = termbase(entry("1", preferred("en", "buy-back station")), entry("2", preferred("de", "E-Mail")),
                entry("3", preferred("fr", "Kassym-Jomart Tokaïev")));
        assertEquals(List.of("buy - back station", "buy-back stations", "buy back station"),
                found(tb, "en", "The buy - back station, the buy-back stations and a buy back station."));
        assertEquals(List.of("E-Mails"), found(tb, "de", "Viele E-Mails kamen."));
        assertEquals(List.of("Kassym-Jomart Tokaïev"), found(tb, "fr", "Le président Kassym-Jomart Tokaïev."));
    }

    @Test
    void aLeadingArticleOfATermIsOptional() {
        Termbase tb = termbase(entry("1", preferred("en", "a diploma mill")), entry("2", preferred("en", "The Who")),
                entry("3", preferred("fr", "la société civile")));
        assertEquals(List.of("diploma mill"), found(tb, "en", "It was just diploma mill. Who knows?"));
        assertEquals(List.of("The Who"), found(tb, "en", "The Who played."));
        assertEquals(List.of("sociétés civiles"), found(tb, "fr", "Des sociétés civiles ont protesté."));
    }

    @Test
    void aTermbaseWithoutTermsForTheLanguageFindsNothing() {
        Termbase tb = termbase(entry("1", preferred("de", "Datei")));
        assertEquals(List.of(), found(tb, "fr", "Un fichier."));
    }
}
