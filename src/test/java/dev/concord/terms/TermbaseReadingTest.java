package dev.concord.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermbaseReadingTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Term term(TermEntry e, String language, String text) {
        return e.terms().stream().filter(t -> t.language().equals(language) && t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(language + " " + text + " not in " + e));
    }

    @Test
    void readsTheExampleGlossary() throws Exception {
        Termbase tb = Termbase.load(Path.of("examples/kazakhstan/glossary.tbx"));
        assertEquals(4, tb.size());
        assertEquals(Set.of("de", "en", "fr", "ru"), tb.languages());
        TermEntry tokayev = tb.entries().get(0);
        assertEquals("kz-tokayev", tokayev.id());
        assertEquals("politics", tokayev.subjectField());
        assertEquals("examples/kazakhstan/glossary.tbx:16", tokayev.origin());
        assertEquals(TermStatus.PREFERRED, term(tokayev, "fr", "Tokaïev").status());
        assertEquals(TermStatus.DEPRECATED, term(tokayev, "fr", "Tokayev").status());
        assertEquals(TermStatus.PREFERRED, term(tokayev, "de", "Tokajew").status());
        assertEquals(TermStatus.PREFERRED, term(tokayev, "ru", "Токаев").status());
        assertEquals("properNoun", term(tokayev, "fr", "Tokaïev").partOfSpeech());
        assertEquals(List.of("English transliteration; French usage writes Tokaïev"),
                term(tokayev, "fr", "Tokayev").notes());
        assertTrue(tokayev.definitions().get(0).startsWith("Kassym-Jomart Tokayev, President"));
        TermEntry organizer = tb.entries().get(1);
        assertEquals(TermStatus.ADMITTED, term(organizer, "en", "curator").status());
        assertEquals(TermStatus.DEPRECATED, term(organizer, "fr", "conservateur").status());
        assertEquals(TermStatus.UNSPECIFIED, term(tb.entries().get(2), "fr", "Kazakhstan").status());
        assertTrue(tb.spellingWords().containsAll(Set.of("Tokaïev", "Kassym", "Jomart", "Kassym-Jomart Tokaïev")));
    }

    @Test
    void readsTbxV3InBothStylesAndNtig() throws Exception {
        Path tbx = write("v3.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx style="dct" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
                     xmlns:basic="http://www.tbxinfo.net/ns/basic">
                  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="c1">
                      <basic:subjectField>software</basic:subjectField>
                      <langSec xml:lang="en">
                        <termSec><term>file</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus>
                          <basic:partOfSpeech>noun</basic:partOfSpeech></termSec>
                      </langSec>
                      <langSec xml:lang="de-CH">
                        <termSec><term>Datei</term><termNote type="normativeAuthorization">preferredTerm</termNote></termSec>
                        <termSec><term>File</term><termNote type="normativeAuthorization">supersededTerm</termNote></termSec>
                        <termSec><term>Dokument</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                          <termNote type="x-caseSensitive">yes</termNote></termSec>
                      </langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);
        Path ntig = write("ntig.tbx", """
                <martif type="TBX"><text><body>
                  <termEntry id="e7">
                    <descripGrp><descrip type="definition">Something to read</descrip></descripGrp>
                    <langSet lang="fr"><ntig><termGrp><term>ficher <hi>à lire</hi></term>
                      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp>
                      <transacGrp><transac type="transactionType">origination</transac><note>not a term note</note></transacGrp>
                    </ntig></langSet>
                  </termEntry>
                </body></text></martif>
                """);
        Termbase tb = Termbase.load(tbx, ntig);
        assertEquals(2, tb.size());
        assertEquals(List.of(tbx.toString(), ntig.toString()), tb.files());
        TermEntry c1 = tb.entries().get(0);
        assertEquals("software", c1.subjectField());
        assertEquals(TermStatus.PREFERRED, term(c1, "en", "file").status());
        assertEquals("noun", term(c1, "en", "file").partOfSpeech());
        assertEquals(TermStatus.PREFERRED, term(c1, "de-CH", "Datei").status());
        assertEquals(TermStatus.DEPRECATED, term(c1, "de-CH", "File").status());
        assertEquals(Boolean.TRUE, term(c1, "de-CH", "Dokument").caseSensitive());
        assertNull(term(c1, "de-CH", "Datei").caseSensitive());
        TermEntry e7 = tb.entries().get(1);
        Term fichier = term(e7, "fr", "ficher à lire");
        assertEquals(TermStatus.DEPRECATED, fichier.status());
        assertEquals(List.of(), fichier.notes(), "notes inside transactions are not term notes");
        assertEquals(List.of("Something to read"), e7.definitions());
    }

    @Test
    void caseSensitivityDefaultsToAcronymsAndInnerCapitals() {
        assertTrue(Term.of("NATO", "en", TermStatus.PREFERRED).matchesCaseSensitively());
        assertTrue(Term.of("iPhone", "en", TermStatus.PREFERRED).matchesCaseSensitively());
        assertFalse(Term.of("Tokayev", "en", TermStatus.PREFERRED).matchesCaseSensitively());
        assertFalse(Term.of("vitamin D", "en", TermStatus.PREFERRED).matchesCaseSensitively());
        assertFalse(new Term("NATO", "en", TermStatus.PREFERRED, null, false, false, List.of())
                .matchesCaseSensitively());
    }

    @Test
    void statusValuesOfTbxAndOfGlossaries() {
        assertEquals(TermStatus.PREFERRED, TermStatus.parse("preferredTerm-admn-sts"));
        assertEquals(TermStatus.ADMITTED, TermStatus.parse("admittedTerm-admn-sts"));
        assertEquals(TermStatus.DEPRECATED, TermStatus.parse("deprecatedTerm-admn-sts"));
        assertEquals(TermStatus.DEPRECATED, TermStatus.parse("supersededTerm-admn-sts"));
        assertEquals(TermStatus.DEPRECATED, TermStatus.parse("supersededTerm"));
        assertEquals(TermStatus.PREFERRED, TermStatus.parse("standardizedTerm"));
        assertEquals(TermStatus.PREFERRED, TermStatus.parse("legalTerm"));
        assertEquals(TermStatus.DEPRECATED, TermStatus.parse("Forbidden"));
        assertEquals(TermStatus.DEPRECATED, TermStatus.parse("not recommended"));
        assertEquals(TermStatus.ADMITTED, TermStatus.parse("Approved"));
        assertNull(TermStatus.parse("maybe"));
    }

    @Test
    void malformedTbxNamesLineAndColumn() throws Exception {
        Path bad = write("bad.tbx", "<martif><text><body>\n<termEntry id=\"1\">\n  <langSet xml:lang=\"fr\"><tig><term>x</tig>\n"
                + "</langSet></termEntry></body></text></martif>\n");
        InputException e = assertThrows(InputException.class, () -> Termbase.load(bad));
        assertEquals(bad.toString(), e.file());
        assertEquals(3, e.line());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith(bad + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed TBX"), e.getMessage());
    }

    @Test
    void tbxErrorsSayWhere() throws Exception {
        Path notTbx = write("x.tbx", "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"/>\n");
        InputException e = assertThrows(InputException.class, () -> Termbase.load(notTbx));
        assertEquals(2, e.line());
        assertTrue(e.detail().contains("not a TBX file"), e.detail());

        Path badStatus = write("s.tbx", "<martif><text><body><termEntry><langSet xml:lang=\"fr\"><tig>\n"
                + "<term>x</term>\n  <termNote type=\"administrativeStatus\">maybeTerm-admn-sts</termNote>\n"
                + "</tig></langSet></termEntry></body></text></martif>");
        e = assertThrows(InputException.class, () -> Termbase.load(badStatus));
        assertEquals(3, e.line());
        assertTrue(e.detail().contains("unknown term status 'maybeTerm-admn-sts'"), e.detail());

        Path noLang = write("l.tbx", "<martif><text><body><termEntry>\n<langSet><tig><term>x</term></tig></langSet>"
                + "</termEntry></body></text></martif>");
        e = assertThrows(InputException.class, () -> Termbase.load(noLang));
        assertEquals(2, e.line());
        assertTrue(e.detail().contains("without xml:lang"), e.detail());

        Path badLang = write("k.tbx", "<martif><text><body><termEntry>\n<langSet xml:lang=\"french\"><tig><term>x</term>"
                + "</tig></langSet></termEntry></body></text></martif>");
        e = assertThrows(InputException.class, () -> Termbase.load(badLang));
        assertTrue(e.detail().contains("french"), e.detail());

        Path empty = write("e.tbx", "<martif><text><body></body></text></martif>");
        e = assertThrows(InputException.class, () -> Termbase.load(empty));
        assertTrue(e.detail().contains("holds no terms"), e.detail());

        InputException missing = assertThrows(InputException.class, () -> Termbase.load(dir.resolve("nope.tbx")));
        assertTrue(missing.getMessage().endsWith("nope.tbx: no such file"), missing.getMessage());
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET");
        Path xxe = write("xxe.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig>"
                + "<term>&xxe;</term></tig></langSet></termEntry></body></text></martif>");
        InputException e = assertThrows(InputException.class, () -> Termbase.load(xxe));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        assertTrue(e.line() > 0, e.getMessage());

        Path billion = write("lol.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY a \"aaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\">"
                + "<tig><term>&b;</term></tig></langSet></termEntry></body></text></martif>");
        assertThrows(InputException.class, () -> Termbase.load(billion));

        // A document type without declarations (as TBX 2008 files have) is fine: it is not read.
        Path doctype = write("dtd.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n"
                + "<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>ok</term></tig></langSet>"
                + "</termEntry></body></text></martif>");
        assertEquals("ok", Termbase.load(doctype).entries().get(0).terms().get(0).text());
    }

    @Test
    void readsCsvGlossariesGroupedByTheirFirstLanguage() throws Exception {
        Path csv = write("g.csv", """
                en,fr,status,note,case
                curator,organisateur,preferred,"protests, not museums",
                curator,conservateur,deprecated,wrong sense,
                NATO,OTAN|Otan,,,yes
                # a comment
                
                Kazakhstan,Kazakhstan,,,
                """);
        Termbase tb = Termbase.load(csv);
        assertEquals(3, tb.size());
        TermEntry curator = tb.entries().get(0);
        assertEquals(csv + ":2", curator.origin());
        assertEquals(TermStatus.UNSPECIFIED, term(curator, "en", "curator").status());
        assertEquals(TermStatus.PREFERRED, term(curator, "fr", "organisateur").status());
        assertEquals(TermStatus.DEPRECATED, term(curator, "fr", "conservateur").status());
        assertEquals(List.of("wrong sense"), term(curator, "fr", "conservateur").notes());
        assertEquals(List.of("protests, not museums", "wrong sense"), curator.notes());
        TermEntry nato = tb.entries().get(1);
        assertEquals(Boolean.TRUE, term(nato, "fr", "Otan").caseSensitive());
        assertEquals(3, nato.terms().size());
    }

    @Test
    void readsTsvAndSemicolonsAndEntryColumns() throws Exception {
        Path tsv = write("g.tsv", "entry\tde\tfr-CA\tstatus\tdiacritics\n"
                + "1\tE-Mail\tcourriel\tpreferred\tignore\n"
                + "1\t\"Email\"\tmail\tdeprecated\t\n");
        TermEntry e = Termbase.load(tsv).entries().get(0);
        assertEquals("1", e.id());
        assertEquals(TermStatus.PREFERRED, term(e, "de", "E-Mail").status());
        assertEquals(TermStatus.DEPRECATED, term(e, "de", "\"Email\"").status(), "TSV keeps quotes as text");
        assertTrue(term(e, "fr-CA", "courriel").ignoreDiacritics());
        assertFalse(term(e, "fr-CA", "mail").ignoreDiacritics());

        Path semicolons = write("excel.csv", "\uFEFFfr;de;Status\r\nvoiture;Auto;préféré\r\n");
        InputException bad = assertThrows(InputException.class, () -> Termbase.load(semicolons));
        assertEquals(2, bad.line());
        assertTrue(bad.detail().contains("unknown status 'préféré'"), bad.detail());
        Path ok = write("excel2.csv", "\uFEFFfr;de;Status\r\nvoiture;Auto;admitted\r\n");
        assertEquals(TermStatus.ADMITTED, term(Termbase.load(ok).entries().get(0), "de", "Auto").status());
    }

    @Test
    void csvErrorsSayWhere() throws Exception {
        Path header = write("h.csv", "en,french,status\nx,y,\n");
        InputException e = assertThrows(InputException.class, () -> Termbase.load(header));
        assertEquals(1, e.line());
        assertEquals(4, e.column());
        assertTrue(e.detail().contains("column 'french' is neither a language code"), e.detail());

        Path cells = write("c.csv", "en,fr\na,b\nc,d,e\n");
        e = assertThrows(InputException.class, () -> Termbase.load(cells));
        assertEquals(3, e.line());

        Path quote = write("q.csv", "en,fr\n\"a,b\n");
        e = assertThrows(InputException.class, () -> Termbase.load(quote));
        assertTrue(e.line() >= 2, e.getMessage());
        assertTrue(e.detail().contains("malformed CSV"), e.detail());

        Path empty = write("e.csv", "en,fr\n");
        e = assertThrows(InputException.class, () -> Termbase.load(empty));
        assertTrue(e.detail().contains("holds no terms"), e.detail());

        Path latin1 = dir.resolve("l.csv");
        Files.write(latin1, "en,fr\ncurator,conservat\u00e9ur\n".getBytes(StandardCharsets.ISO_8859_1));
        e = assertThrows(InputException.class, () -> Termbase.load(latin1));
        assertEquals(2, e.line());
        assertEquals(18, e.column());
    }

    @Test
    void mergesTermbases() throws Exception {
        Path a = write("a.csv", "en,fr\nfile,fichier\n");
        Path b = write("b.csv", "en,fr\nfolder,dossier\n");
        Termbase merged = Termbase.merge(Termbase.load(a), Termbase.load(b));
        assertEquals(2, merged.size());
        assertEquals(List.of(a.toString(), b.toString()), merged.files());
        assertEquals(2, Termbase.load(a, b).size());
    }
}
