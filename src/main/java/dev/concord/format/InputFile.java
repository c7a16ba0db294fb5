package dev.concord.format;

import dev.concord.InputException;
import dev.concord.text.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to read, as readers see it: its name for messages, its path (null for bytes given in code), its bytes as a
 * stream (for readers that stream, such as XML) and its text, decoded strictly (for readers that need it whole).
 */
public final class InputFile {
    private final String name;
    private final Path path;
    private final byte[] bytes;
    private SourceText text;

    private InputFile(String name, Path path, byte[] bytes) {
        this.name = name;
        this.path = path;
        this.bytes = bytes;
    }

    /** A file on disk; {@code name} is how reports name it (the path as the user gave it). */
    public static InputFile of(Path path, String name) {
        return new InputFile(name, path, null);
    }

    /** The bytes of a file at {@code path} given in code, such as an editor's unsaved buffer. */
    public static InputFile of(Path path, String name, byte[] bytes) {
        return new InputFile(name, path, bytes.clone());
    }

    /** Bytes given in code, such as an upload in a CMS plugin. */
    public static InputFile of(String name, byte[] bytes) {
        return new InputFile(name, null, bytes.clone());
    }

    public String name() {
        return name;
    }

    public Path path() {
        return path;
    }

    /** The file's bytes as a stream; the caller closes it. */
    public InputStream openStream() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
    }

    /** The first {@code n} bytes (fewer for a short file), for recognising a format by content. */
    public byte[] head(int n) throws IOException {
        try (InputStream in = openStream()) {
            return in.readNBytes(n);
        }
    }

    /** The whole file decoded as UTF-8 (or UTF-16 with a byte order mark); bad bytes are an error saying where. */
    public SourceText text() throws IOException {
        if (text == null) {
            byte[] all = bytes != null ? bytes : Files.readAllBytes(path);
            text = new SourceText(name, path, TextDecoding.decode(all, name));
        }
        return text;
    }

    /** An input error located in this file. */
    public InputException error(int line, int column, String message) {
        return new InputException(name, line, column, message);
    }
}
