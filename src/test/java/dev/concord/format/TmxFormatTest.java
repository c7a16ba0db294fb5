package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Document;
import dev.concord.DocumentStream;
import dev.concord.InputException;
import dev.concord.Unit;
import dev.concord.text.InlineCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxFormatTest {
    @TempDir
    Path dir;

    static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="tests" creationtoolversion="1" segtype="sentence" o-tmf="none"
                      adminlang="en" srclang="en-US" datatype="plaintext"/>
              <body>
                <tu tuid="greet">
                  <note>Home page</note>
                  <tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept><ph x="2">{0}</ph></seg></tuv>
                  <tuv xml:lang="de-DE"><seg>Hier klicken</seg></tuv>
                  <tuv xml:lang="fr-FR"><seg>Cliquez <bpt i="1">&lt;b&gt;</bpt>ici<ept i="1">&lt;/b&gt;</ept><ph x="2">{0}</ph></seg></tuv>
                </tu>
                <tu>
                  <tuv xml:lang="en-US"><seg>Only German</seg></tuv>
                  <tuv xml:lang="de-DE"><seg>Nur Deutsch</seg></tuv>
                </tu>
                <tu>
                  <tuv xml:lang="en-US"><seg>Good <hi type="b">bye</hi></seg></tuv>
                  <tuv xml:lang="fr-FR"><seg>Au <hi type="b">revoir</hi></seg></tuv>
                </tu>
              </body>
            </tmx>
            """;

    private Document read(ReadOptions options) throws Exception {
        Path p = Files.writeString(dir.resolve("memory.tmx"), TMX, StandardCharsets.UTF_8);
        return Formats.read(p, options);
    }

    @Test
    void picksTheTargetLanguageGivenOrTheFirstOther() throws Exception {
        Document fr = read(ReadOptions.defaults().withTargetLocale("fr"));
        assertEquals("fr", fr.targetLocale());
        assertEquals("en-US", fr.sourceLocale());
        assertEquals(List.of("greet", "3"), fr.units().stream().map(Unit::id).toList());
        Unit greet = fr.unit("greet");
        assertEquals("Cliquez ici\uFFFC", greet.text());
        assertEquals("Click here\uFFFC", greet.source());
        assertEquals(List.of("O:bpt#1", "C:bpt#1", "S:ph#2"), greet.codes().stream().map(InlineCode::key).toList());
        assertEquals("Home page", greet.note());
        assertTrue(greet.hasStableId());
        assertEquals("Au revoir", fr.unit("3").text());
        var lines = fr.target().lines();
        int f = greet.textMap().toFileStart(0);
        assertEquals(10, lines.line(f));
        assertEquals(34, lines.codePointColumn(f));

        Document de = read(ReadOptions.defaults());
        assertEquals("de-DE", de.targetLocale());
        assertEquals(List.of("greet", "2"), de.units().stream().map(Unit::id).toList());
    }

    @Test
    void streamsInParts() throws Exception {
        Path p = Files.writeString(dir.resolve("memory.tmx"), TMX, StandardCharsets.UTF_8);
        int units = 0;
        try (DocumentStream s = Formats.stream(p, ReadOptions.defaults().withTargetLocale("fr-FR"), 1)) {
            for (Document part = s.next(); part != null; part = s.next()) {
                units += part.units().size();
                assertEquals(1, part.units().size());
            }
        }
        assertEquals(2, units);
    }

    @Test
    void aVariantWithoutLanguageCostsThatVariantNotTheFile() throws Exception {
        Path p = Files.writeString(dir.resolve("bad.tmx"), "<tmx version=\"1.4\"><body>\n"
                + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Open</seg></tuv><tuv xml:lang=\"fr\"><seg>Ouvrir</seg></tuv>"
                + "<tuv><seg>x</seg></tuv></tu>\n"
                + "<tu tuid=\"2\"><tuv xml:lang=\"en\"><seg>Close</seg></tuv><tuv xml:lang=\"fr\"><seg>Fermer</seg></tuv></tu>"
                + "</body></tmx>", StandardCharsets.UTF_8);
        Document d = Formats.read(p, ReadOptions.defaults());
        assertEquals(List.of("Ouvrir", "Fermer"), d.units().stream().map(Unit::text).toList());
        assertTrue(d.unit("1").properties().get(Unit.DEFECT).contains("xml:lang"), d.unit("1").properties().toString());
    }

    @Test
    void malformedTmxIsAnError() throws Exception {
        Path p = Files.writeString(dir.resolve("bad.tmx"), "<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"en\">"
                + "<seg>x</seg></tu>", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> Formats.read(p, ReadOptions.defaults()));
        assertEquals(2, e.line());
    }
}
