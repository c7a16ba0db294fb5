package dev.concord.text;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The text of a file as it was read, with its line index: what issue positions refer to. Usually the whole file; for
 * a part of a large file read in parts, only the window that part's units stand in (see {@link #window}).
 */
public final class SourceText {
    private final String name;
    private final Path path;
    private final String content;
    private volatile LineIndex lines;
    private boolean window;

    public SourceText(String name, Path path, String content) {
        this.name = Objects.requireNonNull(name, "name");
        this.path = path;
        this.content = Objects.requireNonNull(content, "content");
    }

    /** The name reports use: the path as the user gave it, or a label for text that has no file. */
    public String name() {
        return name;
    }

    /** The file this text was read from, or null for text given directly. */
    public Path path() {
        return path;
    }

    /**
     * The text of a window of a file, for a part of a large file read in parts: {@link #content()} is the window and
     * {@link #lines()} converts file offsets inside it to the file's lines and columns.
     */
    public static SourceText window(String name, Path path, LineIndex lines) {
        SourceText t = new SourceText(name, path, lines.text());
        t.lines = lines;
        t.window = true;
        return t;
    }

    /** True when this is the whole file, false for a window of it. */
    public boolean isWhole() {
        return !window;
    }

    /** The file's text (for a window, the window's text, which starts at file offset {@code lines().startOffset()}). */
    public String content() {
        return content;
    }

    public LineIndex lines() {
        LineIndex l = lines;
        if (l == null) {
            l = new LineIndex(content);
            lines = l;
        }
        return l;
    }
}
