package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoFormatTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static Document read(Path p) throws Exception {
        return Formats.read(p, ReadOptions.defaults());
    }

    static final String PO = """
            # French translation of the demo app.
            msgid ""
            msgstr ""
            "Project-Id-Version: demo 1.0\\n"
            "Language: fr\\n"
            "Plural-Forms: nplurals=2; plural=(n > 1);\\n"

            # Translator: keep it short
            #. Shown on the toolbar
            #: src/ui.c:42
            #, c-format
            msgctxt "toolbar"
            msgid "Open %s"
            msgstr "Ouvrir %s"

            #, fuzzy
            msgid "One file"
            msgid_plural "%d files"
            msgstr[0] "Un fichier"
            msgstr[1] "%d fichiers\\n"
            "de plus"

            msgid "Untranslated"
            msgstr ""

            #~ msgid "Old string"
            #~ msgstr "Vieille chaîne"
            """;

    @Test
    void readsEntriesPluralsContextAndFlags() throws Exception {
        Document d = read(write("fr.po", PO));
        assertEquals("po", d.format());
        assertEquals("fr", d.targetLocale());
        assertEquals(List.of("toolbar|Open %s", "One file[0]", "One file[1]", "Untranslated"),
                d.units().stream().map(Unit::id).toList());
        Unit open = d.unit("toolbar|Open %s");
        assertEquals("Ouvrir %s", open.text());
        assertEquals("Open %s", open.source());
        assertEquals("toolbar", open.context());
        assertEquals("Translator: keep it short\nShown on the toolbar", open.note());
        assertEquals("c-format", open.properties().get("flags"));
        assertEquals("src/ui.c:42", open.properties().get("references"));
        assertEquals("translated", open.state());
        Unit plural = d.unit("One file[1]");
        assertEquals("%d fichiers\nde plus", plural.text());
        assertEquals("%d files", plural.source());
        assertEquals("fuzzy", plural.state());
        assertEquals("One file", d.unit("One file[0]").source());
        assertEquals("untranslated", d.unit("Untranslated").state());
        // Positions: the text of msgstr, past the quote; the continuation line maps to its own line.
        var lines = d.target().lines();
        int f = open.textMap().toFileStart(0);
        assertEquals(14, lines.line(f));
        assertEquals(9, lines.codePointColumn(f));
        int cont = plural.textMap().toFileStart(plural.text().indexOf("de plus"));
        assertEquals(21, lines.line(cont));
        assertEquals(2, lines.codePointColumn(cont));
    }

    @Test
    void qaIssuesPointIntoTheMsgstr() throws Exception {
        Document d = read(write("fr.po", PO.replace("msgstr \"Ouvrir %s\"", "msgstr \"ouvrir %d\"")));
        List<Issue> issues = Checker.builder().grammar(false).build().check(d);
        Issue ph = issues.stream().filter(i -> i.ruleId().equals("qa.placeholders")).findFirst().orElseThrow();
        assertEquals(14, ph.span().line());
        assertEquals(16, ph.span().column());
        assertEquals(13, ph.sourceSpan().line());
        assertTrue(issues.stream().anyMatch(i -> i.ruleId().equals("qa.empty-target")
                && i.span().unitId().equals("Untranslated")));
    }

    @Test
    void templatesAreCheckedAsSourceText() throws Exception {
        Document d = read(write("app.pot", """
                msgid ""
                msgstr ""
                "Content-Type: text/plain; charset=UTF-8\\n"

                msgid "Save the file"
                msgid_plural "Save the files"
                msgstr[0] ""
                msgstr[1] ""
                """));
        assertEquals("en", d.targetLocale());
        assertNull(d.source());
        assertEquals(List.of("Save the file", "Save the files"), d.units().stream().map(Unit::text).toList());
    }

    @Test
    void takesTheLanguageFromThePath() throws Exception {
        Document d = read(write("locale/de/LC_MESSAGES/app.po", "msgid \"Yes\"\nmsgstr \"Ja\"\n"));
        assertEquals("de", d.targetLocale());
    }

    @Test
    void aMalformedEntryIsReadWithItsDefectAndTheRestOfTheFileToo() throws Exception {
        String header = "msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";
        String good = "\nmsgid \"Open\"\nmsgstr \"Ouvrir\"\n";
        Document gap = read(write("gap.po", header
                + "msgid \"file\"\nmsgid_plural \"files\"\nmsgstr[0] \"fichier\"\nmsgstr[2] \"fichiers\"\n" + good));
        assertTrue(defect(gap, "file[0]").contains("msgstr[2] where msgstr[1]"), defect(gap, "file[0]"));
        assertEquals("Ouvrir", gap.unit("Open").text());

        // The French catalogs of a large web framework: nplurals=2 in the header, three forms in some entries.
        Document three = read(write("three.po", header + "msgid \"file\"\nmsgid_plural \"files\"\n"
                + "msgstr[0] \"fichier\"\nmsgstr[1] \"fichiers\"\nmsgstr[2] \"fichiers\"\n" + good));
        assertTrue(defect(three, "file[0]").contains("nplurals=2 but this entry has 3"), defect(three, "file[0]"));
        assertEquals(List.of("fichier", "fichiers", "fichiers", "Ouvrir"),
                three.units().stream().map(Unit::text).toList());
        assertNull(three.unit("file[1]").properties().get(Unit.DEFECT), "the defect is said once, on the entry");

        Document count = read(write("count.po", header
                + "msgid \"file\"\nmsgid_plural \"files\"\nmsgstr[0] \"fichier\"\n"));
        assertTrue(defect(count, "file[0]").contains("nplurals=2"), defect(count, "file[0]"));

        Document plain = read(write("plain.po", "msgid \"file\"\nmsgid_plural \"files\"\nmsgstr \"fichier\"\n"));
        assertTrue(defect(plain, "file").contains("broken plural"), defect(plain, "file"));

        Document indexed = read(write("indexed.po", "msgid \"file\"\nmsgstr[0] \"fichier\"\n"));
        assertTrue(defect(indexed, "file").contains("without msgid_plural"), defect(indexed, "file"));

        Document duplicate = read(write("dup.po",
                "msgid \"Open\"\nmsgstr \"Ouvrir\"\n\nmsgid \"Open\"\nmsgstr \"Ouvre\"\n"));
        assertEquals(2, duplicate.units().size());
        assertNull(duplicate.unit("Open").properties().get(Unit.DEFECT));
        assertTrue(defect(duplicate, "Open#line4").contains("duplicate entry"), defect(duplicate, "Open#line4"));
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorWhereItStops() throws Exception {
        InputException unterminated = assertThrows(InputException.class, () -> read(write("quote.po",
                "msgid \"Open\"\nmsgstr \"Ouvrir\n")));
        assertEquals(2, unterminated.line());
        assertEquals(8, unterminated.column());

        InputException junk = assertThrows(InputException.class, () -> read(write("junk.po",
                "msgid \"Open\"\nmsgstr \"Ouvrir\"\nthis is not PO\n")));
        assertEquals(3, junk.line());

        InputException escape = assertThrows(InputException.class, () -> read(write("escape.po",
                "msgid \"Open\"\nmsgstr \"Ouv\\qrir\"\n")));
        assertEquals(2, escape.line());
        assertEquals(12, escape.column());
    }

    private static String defect(Document d, String unitId) {
        Unit u = d.unit(unitId);
        assertNotNull(u, unitId + " in " + d.units());
        String defect = u.properties().get(Unit.DEFECT);
        assertNotNull(defect, "a defect on " + unitId);
        return defect;
    }

    @Test
    void recognisesPoByContent() throws Exception {
        Path p = write("messages", "msgid \"Yes\"\nmsgstr \"Oui\"\n");
        Document d = Formats.read(p, ReadOptions.defaults().withTargetLocale("fr"));
        assertEquals("po", d.format());
        assertEquals("Oui", d.units().get(0).text());
    }
}
