package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Unit;
import dev.concord.terms.Termbase;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile and large text files given to every text reader (plain text, Markdown, PO, .properties, JSON catalogs, CSV
 * glossaries), each a real file read by the real reader: bad bytes are refused at the line and column of the first
 * one, large files are read in linear time, and deep nesting never overflows the stack.
 */
class HostileTextTest {
    /** A hang guard only: each read takes a few seconds at most. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** One text reader: a valid file with a place for hostile text, and a line of its format to repeat. */
    enum Reader {
        TEXT("fr.txt", "Première ligne\nDeuxième ligne\n%BODY%\n", "mot\n"),
        MARKDOWN("fr.md", "# Titre\n\nUn paragraphe\n%BODY%\n", "mot\n"),
        PO("fr.po", "msgid \"\"\nmsgstr \"Language: fr\\n\"\nmsgid \"a\"\nmsgstr \"%BODY%\"\n",
                "msgid \"k%N\"\nmsgstr \"v\"\n\n"),
        JSON("fr.json", "{\"title\": \"Titre\",\n\"menu\": \"Menu\",\n\"body\": \"%BODY%\"\n}\n", null),
        // CSV: one term row in ten lines, the others comments; a million terms is a termbase's size limit's business.
        CSV("glossary.csv", "en,fr\nfile,fichier\nbody,%BODY%\n", "t%N,m%N\n" + "#\n".repeat(9));

        final String fileName;
        final String template;
        /** One entry or line, {@code %N} its number; null when the format has no lines of its own (JSON). */
        final String line;

        Reader(String fileName, String template, String line) {
            this.fileName = fileName;
            this.template = template;
            this.line = line;
        }

        /** Reads the file as Concord reads this format; returns the number of units or terms. */
        int read(Path file) throws IOException {
            if (this == CSV) {
                return Termbase.load(file).size();
            }
            Document d = Formats.read(file, ReadOptions.defaults());
            return d.units().size();
        }
    }

    /** Writes the hostile part of a file. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Path write(Reader reader, Body body) throws IOException {
        Path file = dir.resolve(reader.fileName);
        int at = reader.template.indexOf("%BODY%");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(reader.template.substring(0, at).getBytes(StandardCharsets.UTF_8));
            body.write(out);
            out.write(reader.template.substring(at + "%BODY%".length()).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private Path write(Reader reader, byte[] body) throws IOException {
        return write(reader, out -> out.write(body));
    }

    /** The line of the template where the hostile text starts (1-based). */
    private static int bodyLine(Reader reader) {
        String before = reader.template.substring(0, reader.template.indexOf("%BODY%"));
        return 1 + (int) before.chars().filter(c -> c == '\n').count();
    }

    /** The column where the hostile text starts (1-based, code points). */
    private static int bodyColumn(Reader reader) {
        String before = reader.template.substring(0, reader.template.indexOf("%BODY%"));
        String last = before.substring(before.lastIndexOf('\n') + 1);
        return last.codePointCount(0, last.length()) + 1;
    }

    private InputException refused(Reader reader, Path file, String expected) {
        InputException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(InputException.class, () -> reader.read(file)));
        String message = e.getMessage();
        assertEquals(file.toString(), e.file(), message);
        assertTrue(e.line() > 0 && e.column() > 0, "a position: " + message);
        assertTrue(message.startsWith(file + ":" + e.line() + ":" + e.column() + ": "), message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(Pattern.compile(expected, Pattern.CASE_INSENSITIVE).matcher(e.detail()).find(),
                "says why (" + expected + "): " + message);
        return e;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"TEXT", "MARKDOWN", "PO", "JSON", "CSV"})
    void invalidUtf8IsRefusedAtTheFirstBadByte(Reader reader) throws IOException {
        // "abcé" with a lone lead byte for é; a second bad byte later must not be the one reported.
        Path file = write(reader, concat(bytes("abc"), new byte[] {(byte) 0xC3, '('}, bytes(" et "),
                new byte[] {(byte) 0xFF}));
        InputException e = refused(reader, file, "invalid UTF-8.*0xC3");
        assertEquals(bodyLine(reader), e.line(), e.getMessage());
        assertEquals(bodyColumn(reader) + 3, e.column(), e.getMessage());
    }

    @Test
    void aPropertiesFileThatIsNotUtf8IsReadAsLatin1AsJavaDoes() throws IOException {
        // The documented exception: Java reads resource bundles that are not UTF-8 as ISO-8859-1.
        Path file = dir.resolve("messages_fr.properties");
        Files.write(file, concat(bytes("title=Titre\nbody=caf"), new byte[] {(byte) 0xE9}, bytes("\n")));
        Document d = Formats.read(file, ReadOptions.defaults());
        assertEquals("café", d.units().stream().filter(u -> u.id().equals("body")).findFirst().orElseThrow().text());
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"TEXT", "MARKDOWN", "PO", "JSON", "CSV"})
    void aNulByteFarIntoTheFileIsRefusedWhereItStands(Reader reader) throws IOException {
        // Past the first 8 KB, where a quick look for binary files does not reach.
        byte[] padding = bytes("x".repeat(20_000));
        Path file = write(reader, concat(padding, new byte[] {0}, bytes("y")));
        InputException e = refused(reader, file, "NUL");
        assertEquals(bodyLine(reader), e.line(), e.getMessage());
        assertEquals(bodyColumn(reader) + 20_000, e.column(), e.getMessage());
    }

    @Test
    void aPropertiesFileWithNulBytesIsRefused() throws IOException {
        Path file = dir.resolve("messages_fr.properties");
        Files.write(file, concat(bytes("title=Titre\nbody=" + "x".repeat(10_000)), new byte[] {0}, bytes("\n")));
        InputException e = assertThrows(InputException.class, () -> Formats.read(file, ReadOptions.defaults()));
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(10_006, e.column(), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"TEXT", "MARKDOWN", "PO", "JSON", "CSV"})
    void utf16WithoutAByteOrderMarkIsRefusedWithAHint(Reader reader) throws IOException {
        Path file = dir.resolve(reader.fileName);
        String text = reader.template.replace("%BODY%", "corps");
        Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
        InputException e = refused(reader, file, "UTF-16.*byte order mark");
        assertEquals(1, e.line());
        Files.write(file, text.getBytes(StandardCharsets.UTF_16BE));
        refused(reader, file, "UTF-16.*byte order mark");
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"TEXT", "MARKDOWN", "PO", "JSON", "CSV"})
    void utf16WithAByteOrderMarkIsRead(Reader reader) throws IOException {
        Path file = dir.resolve(reader.fileName);
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                reader.template.replace("%BODY%", "corps").getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(reader.read(file) > 0);
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"TEXT", "MARKDOWN", "PO", "JSON", "CSV"})
    void aUtf32ByteOrderMarkIsRefused(Reader reader) throws IOException {
        Path file = dir.resolve(reader.fileName);
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                reader.template.replace("%BODY%", "corps").getBytes("UTF-32LE")));
        refused(reader, file, "UTF-32");
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"TEXT", "MARKDOWN", "PO", "JSON", "CSV"})
    void aUtf8ByteOrderMarkFollowedByAUtf16OneIsRefused(Reader reader) throws IOException {
        Path file = dir.resolve(reader.fileName);
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF, (byte) 0xFE},
                bytes(reader.template.replace("%BODY%", "corps"))));
        InputException e = refused(reader, file, "invalid UTF-8.*0xFF");
        assertEquals(1, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void aByteOrderMarkInsideTheFileIsKeptAsTheCharacterItIs() throws IOException {
        // Two files joined into one: the second's BOM is U+FEFF (a zero-width no-break space), valid text. Concord
        // keeps it, so positions after it still count it as the code point it is.
        Path file = dir.resolve("fr.txt");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("un\n\n"),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("deux\n")));
        Document d = Formats.read(file, ReadOptions.defaults());
        assertEquals("un", d.units().get(0).text());
        assertEquals("\uFEFFdeux", d.units().get(1).text());
    }

    @Test
    void aHundredMegabyteSingleLineTextFileIsRead() throws IOException {
        // The test JVM has 3 GB (pom.xml); the file is 100 MB of one line.
        Path file = write(Reader.TEXT, out -> repeat(out, "mot ", 100 << 20));
        Document d = assertTimeoutPreemptively(HANG_GUARD, () -> Formats.read(file, ReadOptions.defaults()));
        assertEquals(1, d.units().size(), "the template's lines and the long one are one paragraph");
        assertTrue(d.units().get(0).text().length() > 100 << 20);
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"MARKDOWN", "PO", "JSON", "CSV"})
    void aTwentyMegabyteSingleLineIsRead(Reader reader) throws IOException {
        // 100 MB is read as plain text above; 20 MB (just under the JSON and CSV value limit) keeps these fast.
        Path file = write(reader, out -> repeat(out, "mot ", JsonLimits.MAX_STRING_CHARS - 1_000));
        int count = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(file));
        assertTrue(count >= 1);
    }

    @Test
    void aTwentyMegabyteLineOfManyJsonMessagesIsRead() throws IOException {
        // A minified catalog: one line, many messages.
        Path file = write(Reader.JSON, out -> {
            out.write(bytes("x\""));
            for (int i = 0; i < 500_000; i++) {
                out.write(bytes(", \"k" + i + "\": \"un message de trente octets\""));
            }
            out.write(bytes(", \"end\": \""));
        });
        assertEquals(500_004, assertTimeoutPreemptively(HANG_GUARD, () -> Reader.JSON.read(file)));
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"JSON", "CSV"})
    void aValueOverTheStringLimitIsRefused(Reader reader) throws IOException {
        Path file = write(reader, out -> repeat(out, "mot ", JsonLimits.MAX_STRING_CHARS + 1_000));
        InputException e = refused(reader, file, "longer than " + JsonLimits.MAX_STRING_CHARS);
        assertEquals(bodyLine(reader), e.line(), e.getMessage());
    }

    @Test
    void aTwentyMegabyteSingleLinePropertiesValueIsRead() throws IOException {
        Path file = dir.resolve("messages_fr.properties");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(bytes("title=Titre\nbody="));
            repeat(out, "mot ", 20 << 20);
        }
        Document d = assertTimeoutPreemptively(HANG_GUARD, () -> Formats.read(file, ReadOptions.defaults()));
        assertEquals(2, d.units().size());
    }

    private static void repeat(OutputStream out, String piece, int length) throws IOException {
        byte[] chunk = bytes(piece.repeat((1 << 16) / piece.length()));
        for (int written = 0; written < length; written += chunk.length) {
            out.write(chunk, 0, Math.min(chunk.length, length - written));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"TEXT", "MARKDOWN", "PO", "CSV"})
    void aMillionTinyLinesAreRead(Reader reader) throws IOException {
        // PO entries and CSV rows take several lines' worth of markup each: a million lines, not a million entries.
        int lines = 1_000_000;
        int perEntry = (int) reader.line.chars().filter(c -> c == '\n').count();
        String header = switch (reader) {
            case PO -> "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\n";
            case CSV -> "en,fr\n";
            default -> "";
        };
        Path file = dir.resolve(reader.fileName);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(bytes(header));
            for (int i = 0; i < lines / perEntry; i++) {
                out.write(bytes(reader.line.replace("%N", Integer.toString(i))));
            }
        }
        int count = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(file));
        assertTrue(count >= (reader == Reader.TEXT || reader == Reader.MARKDOWN ? 1 : lines / perEntry), "" + count);
    }

    @Test
    void aMillionTinyPropertiesLinesAreRead() throws IOException {
        Path file = dir.resolve("messages_fr.properties");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(bytes("k" + i + "=v\n"));
            }
        }
        Document d = assertTimeoutPreemptively(HANG_GUARD, () -> Formats.read(file, ReadOptions.defaults()));
        assertEquals(1_000_000, d.units().size());
    }

    @Test
    void aHundredThousandQuoteLevelsInMarkdownDoNotOverflowTheStack() throws IOException {
        Path file = write(Reader.MARKDOWN, out -> {
            repeat(out, ">", 100_000);
            out.write(bytes(" profond"));
        });
        markdownReadOrRefused(file);
    }

    @Test
    void aHundredThousandNestedListsInMarkdownDoNotOverflowTheStack() throws IOException {
        Path file = write(Reader.MARKDOWN, out -> {
            repeat(out, "- ", 2 * 100_000);
            out.write(bytes("profond"));
        });
        markdownReadOrRefused(file);
    }

    @Test
    void aHundredThousandQuoteLinesEachOneDeeperDoNotOverflowTheStack() throws IOException {
        // Deep quotes written over many lines: 1,000 lines, each one level deeper (500,000 characters in all).
        Path file = write(Reader.MARKDOWN, out -> {
            for (int i = 1; i <= 1_000; i++) {
                repeat(out, ">", i);
                out.write(bytes(" ligne\n"));
            }
        });
        markdownReadOrRefused(file);
    }

    @Test
    void deeplyNestedMarkdownEmphasisAndLinksDoNotOverflowTheStack() throws IOException {
        Path file = write(Reader.MARKDOWN, out -> {
            for (int i = 0; i < 50_000; i++) {
                out.write(bytes("*a **b [c "));
            }
            for (int i = 0; i < 50_000; i++) {
                out.write(bytes("](u) b** a*"));
            }
        });
        markdownReadOrRefused(file);
    }

    @Test
    void markersInFencedCodeDoNotCountTowardsTheParagraphBound() throws IOException {
        // 150,000 underscores of snake_case code in one fence, no blank line: code, not emphasis.
        Path file = write(Reader.MARKDOWN, out -> {
            out.write(bytes("# API\n\nThe calls:\n```python\n"));
            String line = "a_b".repeat(50) + " = 1\n";
            for (int i = 0; i < 3_000; i++) {
                out.write(bytes(line));
            }
            out.write(bytes("```\n"));
        });
        assertTrue(assertTimeoutPreemptively(HANG_GUARD, () -> Reader.MARKDOWN.read(file)) >= 2);
    }

    @Test
    void aParagraphCannotHideItsMarkersBehindSomethingThatIsNotAFence() throws IOException {
        String markers = "*a ".repeat(MarkdownFormat.MAX_INLINE_MARKERS + 1);
        for (String before : List.of(
                "```\n~~~\n```\n\n", // a tilde line inside a backtick fence does not close it
                "```text\n```js\n```\n\n", // a fence line with an info string does not close one
                "- item\n\n  ```\n\n", // an unclosed fence in a list item ends with the item
                "text ``` not a fence `here`\n")) {
            Path file = write(Reader.MARKDOWN, out -> out.write(bytes(before + markers + "\n")));
            assertThrows(InputException.class, () -> Reader.MARKDOWN.read(file), before);
        }
    }

    /** Reads deep Markdown: the reader either reads it or refuses it at a place, never overflows its stack. */
    private void markdownReadOrRefused(Path file) {
        try {
            int units = assertTimeoutPreemptively(HANG_GUARD, () -> Reader.MARKDOWN.read(file));
            assertTrue(units >= 1);
        } catch (Throwable t) {
            if (!(t instanceof InputException)) {
                throw new AssertionError("not an input error: " + t, t);
            }
            refused(Reader.MARKDOWN, file, "nest|deep");
        }
    }

    @Test
    void aHundredThousandNestedJsonObjectsAreRefused() throws IOException {
        Path file = write(Reader.JSON, out -> {
            out.write('x');
            out.write('"');
            out.write(',');
            out.write('\n');
            out.write(bytes("\"deep\": "));
            repeat(out, "{\"a\": ", 100_000 * 6);
            out.write(bytes("\"b"));
        });
        refused(Reader.JSON, file, "nest|deep");
    }

    @Test
    void aHundredThousandNestedJsonArraysAreRefused() throws IOException {
        Path file = write(Reader.JSON, out -> {
            out.write(bytes("x\",\n\"deep\": "));
            repeat(out, "[", 100_000);
            out.write(bytes("\"b"));
        });
        refused(Reader.JSON, file, "nest|deep");
    }

    @Test
    void aNormalCatalogUnderTheJsonLimitsIsRead() throws IOException {
        Path file = write(Reader.JSON, out -> {
            out.write(bytes("x\",\n\"deep\": "));
            repeat(out, "{\"a\": ", 20 * 6);
            out.write(bytes("\"b\""));
            repeat(out, "}", 20);
            out.write(bytes(",\n\"end\": \""));
        });
        assertEquals(5, Reader.JSON.read(file));
        Document d = Formats.read(file, ReadOptions.defaults());
        assertTrue(d.units().stream().map(Unit::id).anyMatch(id -> id.equals("deep" + ".a".repeat(20))));
    }
}
