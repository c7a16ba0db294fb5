package dev.concord.format;

import dev.concord.InputException;
import dev.concord.text.LineIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes a file's bytes strictly, hands the characters to a parser, and keeps the characters from a mark onwards, so
 * that a reader can look at the raw text of what the parser reports and map units back to exact file offsets.
 * {@link #release} forgets what lies before an offset: a file read in parts keeps only the current part, and a line
 * count for positions. Offsets are UTF-16 offsets in the whole file.
 */
final class RetainedText extends Reader {
    private static final int BYTE_CHUNK = 64 * 1024;

    private final String name;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTE_CHUNK);
    private final CharBuffer decoded = CharBuffer.allocate(BYTE_CHUNK + 16);
    private boolean endOfInput;
    private boolean flushed;

    /** The kept characters: buf[0] stands at file offset {@code start}. */
    private char[] buf = new char[64 * 1024];
    private int start;
    private int length;
    /** Position of buf[0]: line and 1-based columns in code points, UTF-16 units and UTF-8 bytes. */
    private int line = 1;
    private int cpColumn = 1;
    private int utf16Column = 1;
    private int utf8Column = 1;

    RetainedText(String name, InputStream in, Charset charset, long expectedChars) {
        this.name = name;
        if (expectedChars > buf.length) {
            // A whole file is kept: room for all of it at once, not a doubling array twice its size.
            buf = new char[(int) Math.min(expectedChars + 16, Integer.MAX_VALUE - 64)];
        }
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        decoded.flip();
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!decoded.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        
        int n = Math.min(len, decoded.remaining());
        decoded.get(cbuf, off, n);
        keep(cbuf, off, n);
        return n;
    }

    private void fill() throws IOException {
        decoded.clear();
        if (!endOfInput) {
            bytes.compact();
            int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (r < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + r);
            }
            bytes.flip();
        }
        CoderResult result = decoder.decode(bytes, decoded, endOfInput);
        if (result.isError()) {
            decoded.flip();
            char[] before = new char[decoded.remaining()];
            decoded.get(before);
            keep(before, 0, before.length);
            int[] pos = position(end());
            throw new InputException(name, pos[0], pos[1], String.format(
                    "invalid %s: byte 0x%02X is not valid text in this encoding; save the file as UTF-8 "
                            + "(or declare the encoding it is saved in)",
                    decoder.charset().name(), bytes.get(bytes.position()) & 0xFF));
        }
        if (endOfInput && result.isUnderflow()) {
            decoder.flush(decoded);
            flushed = true;
        }
        decoded.flip();
    }

    private void keep(char[] cbuf, int off, int n) {
        if (length + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + n));
        }
        System.arraycopy(cbuf, off, buf, length, n);
        length += n;
    }

    /** File offset just past the last character read so far. */
    int end() {
        return start + length;
    }

    /** File offset of the first character still kept. */
    int start() {
        return start;
    }

    /** The kept character at file offset {@code offset}, or -1 when it is not (or not yet) read. */
    int charAt(int offset) {
        int i = offset - start;
        return i >= 0 && i < length ? buf[i] : -1;
    }

    /** True when the kept text at {@code offset} starts with {@code s}. */
    boolean startsWith(int offset, String s) {
        int i = offset - start;
        if (i < 0 || i + s.length() > length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (buf[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The kept text of [from, to). */
    String substring(int from, int to) {
        return new String(buf, from - start, to - from);
    }

    /** Everything read, when nothing was released: the whole file. */
    String all() {
        return new String(buf, 0, length);
    }

    /** The line and code-point column (1-based) of a kept offset. */
    int[] position(int offset) {
        int[] p = scan(offset);
        return new int[] {p[0], p[1]};
    }

    /** A line index of the kept window [from, to), with the file's own lines and columns. */
    LineIndex window(int from, int to) {
        int[] p = scan(from);
        return LineIndex.window(substring(from, to), from, p[0], p[1], p[2], p[3]);
    }

    /** Forgets the text before {@code offset}, keeping count of lines and columns. */
    void release(int offset) {
        if (offset - start > 0 && charAt(offset - 1) == '\r' && offset >= end()) {
            offset--; // keep a CR whose LF may follow, so that CRLF counts as one line break
        }
        if (offset <= start) {
            return;
        }
        int[] p = scan(offset);
        line = p[0];
        cpColumn = p[1];
        utf16Column = p[2];
        utf8Column = p[3];
        int drop = offset - start;
        System.arraycopy(buf, drop, buf, 0, length - drop);
        length -= drop;
        start = offset;
        if (buf.length > 1 << 20 && length < buf.length / 4) {
            buf = Arrays.copyOf(buf, Math.max(64 * 1024, length * 2));
        }
    }

    /** Line and columns (code points, UTF-16, UTF-8) of a kept offset, counted from the start of the kept text. */
    private int[] scan(int offset) {
        int l = line;
        int cp = cpColumn;
        int u16 = utf16Column;
        int u8 = utf8Column;
        int to = Math.min(offset - start, length);
        for (int i = 0; i < to; i++) {
            char c = buf[i];
            if (c == '\n' || c == '\r' && (i + 1 >= length || buf[i + 1] != '\n')) {
                l++;
                cp = 1;
                u16 = 1;
                u8 = 1;
            } else if (c == '\r') {
                u16++; // the CR of a CRLF: the LF ends the line
            } else {
                u16++;
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(buf[i + 1])) {
                    continue; // counted with its low surrogate
                }
                cp++;
                u8 += Character.isLowSurrogate(c) ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        return new int[] {l, cp, u16, u8};
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The charset for a name, with UTF-8 for null. */
    static Charset charset(String name) {
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }
}
