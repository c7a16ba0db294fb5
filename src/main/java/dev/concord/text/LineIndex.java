package dev.concord.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Converts offsets in a file's text to lines and columns, in the units each consumer wants: Unicode code points
 * (Concord's reports, SARIF), UTF-16 code units (LSP, Java) or UTF-8 bytes (reviewdog). Lines end at LF, CRLF
 * or CR; line and column numbers are 1-based, and a line's terminator is not part of its columns.
 *
 * <p>An index may cover only a window of a file (a part of a large file read in parts, see {@link #window}): offsets,
 * lines and columns are then still those of the whole file, and only offsets inside the window can be converted.
 */
public final class LineIndex {
    private final String text;
    /** File offset of {@code text}'s first character. */
    private final int startOffset;
    /** Line number of {@code text}'s first character. */
    private final int firstLine;
    /** Columns (code points, UTF-16 units, UTF-8 bytes; 1-based) of {@code text}'s first character. */
    private final int firstCodePointColumn;
    private final int firstUtf16Column;
    private final int firstUtf8Column;
    /** File offsets of the starts of the lines the window holds; the first is the window's start. */
    private final int[] lineStarts;

    public LineIndex(String text) {
        this(text, 0, 1, 1, 1, 1);
    }

    private LineIndex(String text, int startOffset, int firstLine, int cpColumn, int utf16Column, int utf8Column) {
        this.text = text;
        this.startOffset = startOffset;
        this.firstLine = firstLine;
        this.firstCodePointColumn = cpColumn;
        this.firstUtf16Column = utf16Column;
        this.firstUtf8Column = utf8Column;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = startOffset;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = startOffset + i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /**
     * An index of a window of a file: {@code text} stands at file offset {@code startOffset}, and its first character
     * is on line {@code line} at the given 1-based columns (code points, UTF-16 units, UTF-8 bytes).
     */
    public static LineIndex window(String text, int startOffset, int line, int codePointColumn, int utf16Column,
            int utf8Column) {
        return new LineIndex(text, startOffset, line, codePointColumn, utf16Column, utf8Column);
    }

    /** The text this index covers: the whole file, or a window of it. */
    public String text() {
        return text;
    }

    /** File offset of the first character this index covers (0 unless it is a window). */
    public int startOffset() {
        return startOffset;
    }

    /** File offset just past the last character this index covers. */
    public int endOffset() {
        return startOffset + text.length();
    }

    /** True when the index covers the whole file. */
    public boolean isWhole() {
        return startOffset == 0 && firstLine == 1 && firstCodePointColumn == 1;
    }

    /**
     * The number of the last line the index covers (for a whole file, the number of lines); a text that ends with a
     * line terminator has an empty last line.
     */
    public int lineCount() {
        return firstLine - 1 + lineStarts.length;
    }

    /** The 1-based line that holds this UTF-16 offset. */
    public int line(int offset) {
        return firstLine + lineIndex(offset);
    }

    private int lineIndex(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** UTF-16 offset of the first character of a 1-based line (for a window's first line, the window's start). */
    public int lineStart(int line) {
        return lineStarts[line - firstLine];
    }

    /** UTF-16 offset just past the last character of a 1-based line, before its terminator. */
    public int lineEnd(int line) {
        int k = line - firstLine;
        int end = k + 1 < lineStarts.length ? lineStarts[k + 1] - startOffset : text.length();
        int start = lineStarts[k] - startOffset;
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return startOffset + end;
    }

    /** The text of a 1-based line without its terminator (for a window's first line, the part in the window). */
    public String lineText(int line) {
        return text.substring(lineStart(line) - startOffset, lineEnd(line) - startOffset);
    }

    /** The 1-based column of an offset, counted in Unicode code points. */
    public int codePointColumn(int offset) {
        int k = lineIndex(offset);
        int from = lineStarts[k] - startOffset;
        int to = Math.min(offset - startOffset, text.length());
        return text.codePointCount(from, to) + (k == 0 ? firstCodePointColumn : 1);
    }

    /** The 1-based column of an offset, counted in UTF-16 code units. */
    public int utf16Column(int offset) {
        int k = lineIndex(offset);
        return offset - lineStarts[k] + (k == 0 ? firstUtf16Column : 1);
    }

    /** The 1-based column of an offset, counted in UTF-8 bytes. */
    public int utf8Column(int offset) {
        int k = lineIndex(offset);
        String piece = text.substring(lineStarts[k] - startOffset, offset - startOffset);
        return piece.getBytes(StandardCharsets.UTF_8).length + (k == 0 ? firstUtf8Column : 1);
    }

    /** The UTF-16 offset of a 1-based line and 1-based code-point column (clamped to the line's end). */
    public int offsetOfCodePointColumn(int line, int column) {
        int start = lineStart(line);
        int end = lineEnd(line);
        int offset = start;
        int first = line == firstLine ? firstCodePointColumn : 1;
        for (int c = first; c < column && offset < end; c++) {
            offset += Character.charCount(text.codePointAt(offset - startOffset));
        }
        return offset;
    }

    private void checkOffset(int offset) {
        if (offset < startOffset || offset > startOffset + text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside text [" + startOffset + ", "
                    + (startOffset + text.length()) + ")");
        }
    }
}
