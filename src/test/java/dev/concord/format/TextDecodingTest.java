package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.InputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
    @Test
    void invalidUtf8SaysLineAndColumn() {
        byte[] bytes = "premiere ligne\nabc\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> TextDecoding.decode(bytes, "f.txt"));
        assertEquals(2, e.line());
        assertEquals(4, e.column());
        assertTrue(e.getMessage().startsWith("f.txt:2:4: invalid UTF-8"), e.getMessage());
    }

    @Test
    void pointsAtTheFirstBadByte() {
        byte[] bytes = "ok\nab\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> TextDecoding.decode(bytes, "f.txt"));
        assertEquals("f.txt:2:3: " + e.detail(), e.getMessage());
        assertTrue(e.detail().contains("0xE9"), e.detail());
    }

    @Test
    void binaryFilesAreRefused() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 1};
        InputException e = assertThrows(InputException.class, () -> TextDecoding.decode(bytes, "x.txt"));
        assertTrue(e.detail().contains("binary"), e.detail());
    }

    @Test
    void byteOrderMarksAreHonoured() throws Exception {
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", TextDecoding.decode(utf8, "a"));
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
        assertEquals("hi", TextDecoding.decode(utf16, "b"));
    }
}
