package dev.concord.format;

import dev.concord.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file strictly: UTF-8 (with or without a byte order mark), or UTF-16 when a byte order mark says so.
 * Invalid bytes are an error naming the line and column where they stand, never a replacement character. A NUL
 * character anywhere means a binary file, an error at its place; UTF-16 without a byte order mark and UTF-32 are
 * refused with a hint. A byte order mark inside the file (two files joined) is the character U+FEFF, kept as text.
 */
public final class TextDecoding {
    /** How many bytes the look for UTF-16 without a byte order mark reads. */
    private static final int UTF16_SNIFF_BYTES = 1024;
    /** Fewer two-byte units than this are never taken for UTF-16. */
    private static final int UTF16_MIN_PAIRS = 8;

    private TextDecoding() {
    }

    public static String decode(byte[] bytes, String name) throws InputException {
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new InputException(name, 1, 1, "the file is UTF-32 (its byte order mark says so), which Concord "
                    + "does not read; save it as UTF-8");
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, name);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, name);
        } else {
            int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            if (looksLikeUtf16(bytes, start)) {
                throw new InputException(name, 1, 1, "the file looks like UTF-16 without a byte order mark (every "
                        + "other byte is NUL); save it as UTF-8, or as UTF-16 with a byte order mark");
            }
            // The JDK's own decoding is the fast path; it replaces bad bytes, so only text that holds a replacement
            // character is decoded again strictly, to find the first bad byte (or to learn the file holds U+FFFD).
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = strict(bytes, start, StandardCharsets.UTF_8, name);
            }
        }
        requireNoNul(text, name);
        return text;
    }

    /** Decodes ISO-8859-1 (as Java reads .properties files that are not UTF-8), with the same rule for NUL bytes. */
    public static String latin1(byte[] bytes, String name) throws InputException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        requireNoNul(text, name);
        return text;
    }

    private static void requireNoNul(String text, String name) throws InputException {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int[] at = position(text, nul);
            throw new InputException(name, at[0], at[1], "binary file (a NUL byte here; text files hold none): "
                    + "not checked");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the bytes after {@code start} have NUL in every other byte and not in the others: UTF-16 text. */
    private static boolean looksLikeUtf16(byte[] bytes, int start) {
        int pairs = Math.min(bytes.length - start, UTF16_SNIFF_BYTES) / 2;
        if (pairs < UTF16_MIN_PAIRS) {
            return false; // too short to tell UTF-16 from a few binary bytes
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs; i++) {
            evenNuls += bytes[start + 2 * i] == 0 ? 1 : 0;
            oddNuls += bytes[start + 2 * i + 1] == 0 ? 1 : 0;
        }
        // Mostly ASCII text in UTF-16 has NUL as its high byte; a few non-Latin characters do not change that.
        return evenNuls * 10 >= pairs * 4 && oddNuls * 20 <= pairs
                || oddNuls * 10 >= pairs * 4 && evenNuls * 20 <= pairs;
    }

    /** The 1-based line and column (in code points) of {@code offset} in {@code text}. */
    private static int[] position(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = Character.codePointCount(text, lineStart, offset) + 1;
        return new int[] {line, column};
    }

    private static String strict(byte[] bytes, int start, Charset charset, String name) throws InputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            out.flip();
            int[] at = position(out, out.length());
            throw new InputException(name, at[0], at[1], String.format(
                    "invalid %s: byte 0x%02X at offset %d is not valid text; save the file as UTF-8",
                    charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name(), bytes[bad] & 0xFF, bad));
        }
        try {
            CoderResult flush = decoder.flush(out);
            if (flush.isError()) {
                flush.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new InputException(name, 0, 0, "invalid text at the end of the file", e);
        }
        out.flip();
        return out.toString();
    }
}
