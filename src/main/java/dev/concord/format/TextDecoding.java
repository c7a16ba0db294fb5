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
 * Invalid bytes are an error naming the line and column where they stand, never a replacement character; a file
 * with NUL bytes in UTF-8 is binary.
 */
public final class TextDecoding {
    private TextDecoding() {
    }

    public static String decode(byte[] bytes, String name) throws InputException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new InputException(name, 0, 0, "binary file (it holds NUL bytes): not checked");
            }
        }
        return strict(bytes, start, StandardCharsets.UTF_8, name);
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
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = before.codePointCount(lineStart, before.length()) + 1;
            throw new InputException(name, line, column, String.format(
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
