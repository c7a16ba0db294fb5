package dev.concord.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void countsLinesAcrossLfCrlfAndCr() {
        LineIndex index = new LineIndex("a\nb\r\nc\rd");
        assertEquals(4, index.lineCount());
        assertEquals(1, index.line(0));
        assertEquals(2, index.line(2));
        assertEquals(3, index.line(5));
        assertEquals(4, index.line(7));
        assertEquals("b", index.lineText(2));
        assertEquals("c", index.lineText(3));
    }

    @Test
    void columnsCountCodePointsUtf16UnitsAndUtf8Bytes() {
        // "𝒜" is one code point, two UTF-16 units, four UTF-8 bytes; "é" is one, one, two.
        String text = "x\n𝒜é!";
        LineIndex index = new LineIndex(text);
        int bang = text.indexOf('!');
        assertEquals(3, index.codePointColumn(bang));
        assertEquals(4, index.utf16Column(bang));
        assertEquals(7, index.utf8Column(bang));
        assertEquals(bang, index.offsetOfCodePointColumn(2, 3));
    }

    @Test
    void trailingNewlineMakesAnEmptyLastLine() {
        LineIndex index = new LineIndex("one\n");
        assertEquals(2, index.lineCount());
        assertEquals("", index.lineText(2));
        assertEquals(2, index.line(4));
        assertEquals(1, index.codePointColumn(4));
    }

    @Test
    void aWindowKeepsTheFilesLinesAndColumns() {
        String file = "ab\ncé😀d\r\nxyz\nlast";
        int from = file.indexOf('é');
        int to = file.indexOf("last");
        LineIndex whole = new LineIndex(file);
        LineIndex window = LineIndex.window(file.substring(from, to), from, 2, 2, 2, 2);
        assertEquals(from, window.startOffset());
        assertEquals(to, window.endOffset());
        for (int o = from; o < to; o++) {
            assertEquals(whole.line(o), window.line(o), "line at " + o);
            assertEquals(whole.codePointColumn(o), window.codePointColumn(o), "column at " + o);
            assertEquals(whole.utf16Column(o), window.utf16Column(o), "UTF-16 column at " + o);
            assertEquals(whole.utf8Column(o), window.utf8Column(o), "UTF-8 column at " + o);
        }
        assertEquals(4, window.lineCount());
        assertEquals("xyz", window.lineText(3));
    }
}
