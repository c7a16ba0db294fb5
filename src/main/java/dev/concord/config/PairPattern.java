package dev.concord.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of a source/target pairing in {@code .concord.yml}, such as {@code docs/fr/{path}}: a path relative to the
 * config file's folder in which {@code {path}} stands for the rest of the path, folders included. The target side
 * matches a checked file and binds {@code {path}}; the source side then names the file it translates.
 */
final class PairPattern {
    static final String PLACEHOLDER = "{path}";

    private final String text;
    private final Pattern pattern;

    private PairPattern(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /**
     * Compiles a pattern.
     *
     * @throws IllegalArgumentException when it does not hold {@code {path}} exactly once, or is not a relative path
     */
    static PairPattern compile(String text) {
        String t = text.strip();
        int at = t.indexOf(PLACEHOLDER);
        if (at < 0 || t.indexOf(PLACEHOLDER, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + text + "' must hold " + PLACEHOLDER
                    + " exactly once (as in docs/fr/" + PLACEHOLDER + ")");
        }
        if (t.startsWith("/") || t.contains("\\") || t.contains("*")) {
            throw new IllegalArgumentException("'" + text + "' must be a path relative to the config file's folder,"
                    + " with '/' and no wildcards but " + PLACEHOLDER);
        }
        if (t.startsWith("./")) {
            t = t.substring(2);
            at -= 2; // {path} moved with the text: "./fr/{path}" crashed here
        }
        String regex = Pattern.quote(t.substring(0, at)) + "(.+)" + Pattern.quote(t.substring(at + PLACEHOLDER.length()));
        return new PairPattern(t, Pattern.compile(regex));
    }

    /** What {@code {path}} stands for when this pattern matches the relative path, or null. */
    String match(String relativePath) {
        Matcher m = pattern.matcher(relativePath);
        return m.matches() ? m.group(1) : null;
    }

    /** This pattern with {@code {path}} replaced. */
    String expand(String path) {
        return text.replace(PLACEHOLDER, path);
    }

    @Override
    public String toString() {
        return text;
    }
}
