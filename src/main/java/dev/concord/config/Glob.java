package dev.concord.config;

import dev.concord.text.BoundedRegex;
import dev.concord.text.RegexOverrunException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A path glob as written in {@code .concord.yml}, matched against paths relative to the config file's folder, with
 * '/' between folders. It works like a {@code .gitignore} line: {@code *} and {@code ?} stay within one folder name,
 * {@code **} crosses folders, {@code [abc]} and {@code {a,b}} choose; a glob without '/' matches a file or folder
 * name at any depth; a glob with '/' is anchored at the config file's folder; and a glob that matches a folder
 * matches everything below it ({@code docs/fr} is the same as {@code docs/fr/**}). Globs are regular expressions
 * inside, and a glob such as {@code *a*a*a*a*b} backtracks: matching a path is bounded by {@link BoundedRegex}, and a
 * path that runs out of steps is a config error. (Globs are not probed when read: that refused ordinary ones, such
 * as {@code *-*-*-*.md} for dated posts.)
 */
final class Glob {

    private final String text;
    private final Pattern pattern;
    private final boolean anchored;

    private Glob(String text, Pattern pattern, boolean anchored) {
        this.text = text;
        this.pattern = pattern;
        this.anchored = anchored;
    }

    /**
     * Compiles a glob.
     *
     * @throws IllegalArgumentException with a message for the user when the glob is malformed
     */
    static Glob compile(String glob) {
        String g = glob.strip();
        if (g.isEmpty()) {
            throw new IllegalArgumentException("an empty glob matches nothing");
        }
        if (g.contains("\\")) {
            throw new IllegalArgumentException("'" + glob + "': write paths with '/', not '\\'");
        }
        while (g.endsWith("/") && g.length() > 1) {
            g = g.substring(0, g.length() - 1);
        }
        boolean anchored = g.contains("/");
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        if (g.startsWith("./")) {
            g = g.substring(2);
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(toRegex(g, glob));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + glob + "' is not a valid glob");
        }
        return new Glob(glob, pattern, anchored);
    }

    /**
     * True when this glob matches the relative path (with '/') or one of the folders it lies in.
     *
     * @throws IllegalArgumentException when matching the path took more steps than {@link BoundedRegex} allows
     */
    boolean matches(String relativePath) {
        try {
            return matchesPath(relativePath);
        } catch (RegexOverrunException e) {
            throw new IllegalArgumentException("'" + text + "' takes too long to match " + relativePath
                    + " (its '*'s backtrack): use fewer '*'");
        }
    }

    private boolean matchesPath(String relativePath) {
        if (relativePath.startsWith("../")) {
            return false;
        }
        if (anchored) {
            for (int slash = relativePath.indexOf('/'); slash >= 0; slash = relativePath.indexOf('/', slash + 1)) {
                if (BoundedRegex.matches(pattern, relativePath.substring(0, slash))) {
                    return true;
                }
            }
            return BoundedRegex.matches(pattern, relativePath);
        }
        int start = 0;
        while (true) {
            int slash = relativePath.indexOf('/', start);
            String name = slash < 0 ? relativePath.substring(start) : relativePath.substring(start, slash);
            if (BoundedRegex.matches(pattern, name)) {
                return true;
            }
            if (slash < 0) {
                return false;
            }
            start = slash + 1;
        }
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String g, String original) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                        if (slashAfter) {
                            re.append("(?:.*/)?");
                            i += 2;
                        } else {
                            re.append(".*");
                            i += 1;
                        }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = g.indexOf(']', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("'" + original + "': '[' without a closing ']'");
                    }
                    String body = g.substring(i + 1, close);
                    if (body.startsWith("!")) {
                        body = "^" + body.substring(1);
                    }
                    re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = close;
                }
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new IllegalArgumentException("'" + original + "': '}' without an opening '{'");
                    }
                    braces--;
                    re.append(')');
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                default -> {
                    if ("\\.^$+()|".indexOf(c) >= 0) {
                        re.append('\\');
                    }
                    re.append(c);
                }
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("'" + original + "': '{' without a closing '}'");
        }
        return re.toString();
    }
}
