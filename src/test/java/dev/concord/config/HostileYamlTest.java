package dev.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.InputException;
import dev.concord.server.ServerConfig;
import java.io.IOException;
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
 * Hostile YAML given to both YAML readers ({@code .concord.yml} and the server's config), each a real file: alias
 * bombs, deep nesting, recursive aliases and huge documents are refused with an {@link InputException} naming the
 * file, line and column, never a stack overflow, an out-of-memory error or a hang.
 */
class HostileYamlTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** One YAML reader, and the key under which a list of strings is valid. */
    enum Reader {
        CONFIG(".concord.yml", "acceptWords"),
        SERVER("server.yml", "corsOrigins");

        final String fileName;
        final String listKey;

        Reader(String fileName, String listKey) {
            this.fileName = fileName;
            this.listKey = listKey;
        }

        void read(Path file) throws IOException {
            if (this == CONFIG) {
                ConfigFiles.only(file);
            } else {
                ServerConfig.read(file);
            }
        }
    }

    private Path write(Reader reader, String yaml) throws IOException {
        return Files.writeString(dir.resolve(reader.fileName), yaml);
    }

    private InputException refused(Reader reader, Path file, String expected) {
        InputException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(InputException.class, () -> reader.read(file)));
        String message = e.getMessage();
        assertTrue(e.file().endsWith(reader.fileName), message);
        assertTrue(e.line() > 0 && e.column() > 0, "a position: " + message);
        assertTrue(message.startsWith(e.file() + ":" + e.line() + ":" + e.column() + ": "), message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(Pattern.compile(expected, Pattern.CASE_INSENSITIVE).matcher(e.detail()).find(),
                "says why (" + expected + "): " + message);
        return e;
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aBillionLaughsAliasBombIsRefused(Reader reader) throws IOException {
        StringBuilder yaml = new StringBuilder("x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("x").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        yaml.append(reader.listKey).append(": *a9\n");
        Path file = write(reader, yaml.toString());
        InputException e = refused(reader, file, "alias");
        assertEquals(4, e.line(), "the 21st alias of a list: " + e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aHundredThousandNestedFlowListsAreRefused(Reader reader) throws IOException {
        Path file = write(reader, reader.listKey + ": " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        InputException e = refused(reader, file, "nest deeper than " + SafeYaml.MAX_NESTING_DEPTH);
        assertEquals(1, e.line());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void deeplyNestedMappingsAreRefused(Reader reader) throws IOException {
        Path file = write(reader, "a: " + "{a: ".repeat(50_000) + "b" + "}".repeat(50_000) + "\n");
        refused(reader, file, "nest deeper than");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void deepBlockIndentationIsRefused(Reader reader) throws IOException {
        // Block style nests by indentation: 200 levels fit in well under the size limit.
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Path file = write(reader, yaml.append("  ".repeat(200)).append("v\n").toString());
        InputException e = refused(reader, file, "nest deeper than");
        assertEquals(SafeYaml.MAX_NESTING_DEPTH + 1, e.line(), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aRecursiveAliasIsRefused(Reader reader) throws IOException {
        Path file = write(reader, reader.listKey + ": &loop [a, *loop]\n");
        refused(reader, file, "recursive");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aRecursiveKeyIsRefused(Reader reader) throws IOException {
        Path file = write(reader, "&k {*k : v}: x\n");
        refused(reader, file, "recursive");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aHugeDocumentIsRefusedBeforeParsing(Reader reader) throws IOException {
        Path file = dir.resolve(reader.fileName);
        Files.write(file, (reader.listKey + ": [" + "word, ".repeat(5_000_000) + "end]\n")
                .getBytes(StandardCharsets.UTF_8));
        InputException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(InputException.class, () -> reader.read(file)));
        assertTrue(e.getMessage().endsWith(reader.fileName + ": config file larger than 1 MB"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void invalidUtf8IsRefusedWhereItStands(Reader reader) throws IOException {
        Path file = dir.resolve(reader.fileName);
        byte[] head = (reader.listKey + ":\n  - caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(file, bytes);
        InputException e = refused(reader, file, "invalid UTF-8");
        assertEquals(2, e.line());
        assertEquals(8, e.column());
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aFewAliasesStayAllowed(Reader reader) throws IOException {
        String yaml = reader == Reader.CONFIG
                ? "acceptWords: &words [Tokayev, Navalny]\naccept:\n  fr: *words\n  de: *words\n"
                : "corsOrigins: &o [https://cms.example.org]\n";
        Path file = write(reader, yaml);
        assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(file));
        if (reader == Reader.CONFIG) {
            ConfigFile config = ConfigReader.read(file, "c");
            assertEquals(List.of("Tokayev", "Navalny"), config.acceptWords());
        }
    }
}
