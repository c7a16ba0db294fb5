package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFormatTest {
    @Test
    void paragraphsAreUnitsSeparatedByBlankLines() {
        Document doc = Document.ofText("t.txt", "One line.\nSame paragraph.\n\n  \nSecond.\n");
        assertEquals(2, doc.units().size());
        assertEquals("One line.\nSame paragraph.", doc.units().get(0).text());
        assertEquals("1", doc.units().get(0).id());
        assertEquals("Second.", doc.units().get(1).text());
        assertEquals("2", doc.units().get(1).id());
    }

    @Test
    void unitOffsetsMapBackToTheFileAcrossCrlf() {
        String content = "Alpha\r\nbeta\r\n\r\nGamma";
        Document doc = Document.ofText("t.txt", content);
        Unit first = doc.units().get(0);
        assertEquals("Alpha\nbeta", first.text());
        int beta = first.text().indexOf("beta");
        assertEquals(content.indexOf("beta"), first.textMap().toFileStart(beta));
        Unit second = doc.units().get(1);
        assertEquals(content.indexOf("Gamma"), second.textMap().toFileStart(0));
    }

    @Test
    void urlsAndEmailsAreProtected() {
        Unit u = Document.ofText("t.txt", "See https://example.org/a_b. Or write to ana@example.org.").units().get(0);
        assertEquals(2, u.protectedRanges().size());
        assertEquals("https://example.org/a_b",
                u.text().substring(u.protectedRanges().get(0).start(), u.protectedRanges().get(0).end()));
        assertEquals("ana@example.org",
                u.text().substring(u.protectedRanges().get(1).start(), u.protectedRanges().get(1).end()));
    }

    @Test
    void pairingNeedsTheSameNumberOfParagraphs(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("fr.txt"), "Un.\n\nDeux.\n");
        Path source = Files.writeString(dir.resolve("en.txt"), "One.\n");
        InputException e = assertThrows(InputException.class,
                () -> Document.parse(target, ReadOptions.defaults().withSourceFile(source)));
        assertTrue(e.getMessage().contains("has 2 paragraphs but its source"), e.getMessage());
        assertTrue(e.getMessage().startsWith(target.toString()), e.getMessage());
    }

    @Test
    void pairedUnitsCarryTheirSource(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("fr.txt"), "Un.\n\nDeux.\n");
        Path source = Files.writeString(dir.resolve("en.txt"), "One.\n\nTwo.\n");
        Document doc = Document.parse(target, ReadOptions.defaults().withSourceFile(source).withSourceLocale("en"));
        assertTrue(doc.isBilingual());
        assertEquals("Two.", doc.units().get(1).source());
        assertEquals("en", doc.sourceLocale());
        assertEquals(source.toString(), doc.source().name());
    }
}
