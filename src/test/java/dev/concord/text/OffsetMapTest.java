package dev.concord.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void copiedPiecesMapExactlyAndGapsMapToTheNearestPieceEnd() {
        // File "ab\r\ncd": the unit joins the lines with a synthetic "\n" in place of CRLF.
        OffsetMap.Builder b = new OffsetMap.Builder();
        b.copied("ab", 0).synthetic("\n").copied("cd", 4);
        OffsetMap map = b.map();
        assertEquals("ab\ncd", b.text());
        assertEquals(0, map.toFileStart(0));
        assertEquals(1, map.toFileStart(1));
        assertEquals(4, map.toFileStart(2), "a start in the gap moves forward to the next piece");
        assertEquals(2, map.toFileEnd(3), "an end after the gap stays at the end of the previous piece");
        assertEquals(4, map.toFileStart(3));
        assertEquals(6, map.toFileEnd(5));
    }

    @Test
    void adjacentPiecesMerge() {
        OffsetMap.Builder b = new OffsetMap.Builder();
        b.copied("a", 10).copied("b", 11).copied("c", 12);
        OffsetMap map = b.map();
        assertEquals(12, map.toFileStart(2));
        assertEquals(13, map.toFileEnd(3));
    }
}
