package dev.concord.lsp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of a {@code .concord.yml} text that keep everything else as it was (comments, order, quoting, blank lines):
 * adding an item to a top-level list such as {@code disable} or {@code acceptWords}, in the style the list already
 * has (a block list {@code - item} or a flow list {@code [a, b]}), or as a new block list at the end.
 */
final class ConfigEdits {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-'’]*");

    private ConfigEdits() {
    }

    /** What to change in the text: replace {@code [start, end)} (UTF-16 offsets) with {@code text}. */
    record Change(int start, int end, String text) {
        String applyTo(String yaml) {
            return yaml.substring(0, start) + text + yaml.substring(end);
        }
    }

    /**
     * The change that adds {@code item} to the top-level list {@code key}; null when the list already holds it or
     * when {@code key} holds something other than a list (a user's value is never overwritten).
     */
    static Change addToList(String yaml, String key, String item) {
        String quoted = scalar(item);
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "[ \\t]*:[ \\t]*(.*)$").matcher(yaml);
        if (!m.find()) {
            String before = yaml.isEmpty() || yaml.endsWith("\n") ? "" : "\n";
            return new Change(yaml.length(), yaml.length(), before + key + ":\n  - " + quoted + "\n");
        }
        String rest = stripComment(m.group(1)).strip();
        if (rest.startsWith("[")) {
            int close = yaml.indexOf(']', m.start(1));
            if (close < 0 || close > m.end(1)) {
                return null; // a flow list over several lines: left to the user
            }
            String inside = yaml.substring(yaml.indexOf('[', m.start(1)) + 1, close);
            if (holds(inside.split(","), item)) {
                return null;
            }
            return new Change(close, close, (inside.isBlank() ? "" : ", ") + quoted);
        }
        if (!rest.isEmpty()) {
            return null;
        }
        // A block list: the lines after the key that are items, comments or blank, up to the next key.
        int lineEnd = m.end();
        int insertAt = -1;
        String indent = "  ";
        int pos = lineEnd < yaml.length() ? lineEnd + 1 : yaml.length();
        while (pos < yaml.length()) {
            int next = yaml.indexOf('\n', pos);
            int end = next < 0 ? yaml.length() : next;
            String line = yaml.substring(pos, end);
            String trimmed = line.strip();
            if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                if (holds(new String[] {trimmed.substring(1)}, item)) {
                    return null;
                }
                indent = line.substring(0, line.indexOf('-'));
                insertAt = next < 0 ? yaml.length() : next + 1;
            } else if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                break;
            }
            if (next < 0) {
                break;
            }
            pos = next + 1;
        }
        if (insertAt < 0) {
            insertAt = lineEnd < yaml.length() ? lineEnd + 1 : yaml.length();
            String before = lineEnd >= yaml.length() ? "\n" : "";
            return new Change(insertAt, insertAt, before + indent + "- " + quoted + "\n");
        }
        String before = insertAt == yaml.length() && !yaml.endsWith("\n") ? "\n" : "";
        return new Change(insertAt, insertAt, before + indent + "- " + quoted + "\n");
    }

    /** {@code item} as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
    static String scalar(String item) {
        if (PLAIN.matcher(item).matches() && !item.matches("(?i)true|false|yes|no|on|off|null|~|[0-9.]+")) {
            return item;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static boolean holds(String[] values, String item) {
        for (String v : values) {
            String s = stripComment(v).strip();
            if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
                s = s.substring(1, s.length() - 1);
            }
            if (s.equals(item)) {
                return true;
            }
        }
        return false;
    }

    private static String stripComment(String s) {
        int hash = s.indexOf(" #");
        return hash >= 0 ? s.substring(0, hash) : s.startsWith("#") ? "" : s;
    }
}
