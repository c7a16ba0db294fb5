package dev.concord.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Converts offsets in a file's text to lines and columns, in the units each consumer wants: Unicode code points
 * (Concord's reports, SARIF), UTF-16 code units (LSP, Java) or UTF-8 bytes (reviewdog). Lines end at LF, CRLF
 * or CR; line and column numbers are 1-based, and a line's terminator is not part of its columns.
 */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    /** Number of lines; a text that ends with a line terminator has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line that holds this UTF-16 offset. */
    public int line(int offset) {
        checkOffset(offset);
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** UTF-16 offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** UTF-16 offset just past the last character of a 1-based line, before its terminator. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its terminator. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** The 1-based column of an offset, counted in Unicode code points. */
    public int codePointColumn(int offset) {
        int start = lineStarts[line(offset) - 1];
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    /** The 1-based column of an offset, counted in UTF-16 code units. */
    public int utf16Column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The 1-based column of an offset, counted in UTF-8 bytes. */
    public int utf8Column(int offset) {
        int start = lineStarts[line(offset) - 1];
        return text.substring(start, offset).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** The UTF-16 offset of a 1-based line and 1-based code-point column (clamped to the line's end). */
    public int offsetOfCodePointColumn(int line, int column) {
        int start = lineStart(line);
        int end = lineEnd(line);
        int offset = start;
        for (int c = 1; c < column && offset < end; c++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside text of length " + text.length());
        }
    }
}
