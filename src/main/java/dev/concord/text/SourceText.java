package dev.concord.text;

import java.nio.file.Path;
import java.util.Objects;

/** The full text of a file as it was read, with its line index: what issue positions refer to. */
public final class SourceText {
    private final String name;
    private final Path path;
    private final String content;
    private volatile LineIndex lines;

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
