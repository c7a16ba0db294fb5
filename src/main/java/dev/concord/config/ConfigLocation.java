package dev.concord.config;

/** A place in a config file, for messages: {@code file:line:column}, 1-based; {@code file} as shown to the user. */
public record ConfigLocation(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
