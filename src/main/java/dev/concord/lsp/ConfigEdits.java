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

    /**
     * The change that adds {@code item} to the list under {@code key} of the top-level mapping {@code mapKey} (such as
     * {@code accept: {fr: [...]}}), creating the mapping or its key as needed; null when the item is there already or
     * the layout is one this does not edit (a flow mapping, a value that is not a list).
     */
    static Change addToMapList(String yaml, String mapKey, String key, String item) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(mapKey) + "[ \\t]*:[ \\t]*(.*)$").matcher(yaml);
        if (!m.find()) {
            String before = yaml.isEmpty() || yaml.endsWith("\n") ? "" : "\n";
            return new Change(yaml.length(), yaml.length(), before + mapKey + ":\n  " + key + ":\n    - "
                    + scalar(item) + "\n");
        }
        if (!stripComment(m.group(1)).isBlank()) {
            return null;
        }
        // The block under the key: its lines up to the next line that starts at column 0 (comments aside).
        int blockStart = m.end() < yaml.length() ? m.end() + 1 : yaml.length();
        int blockEnd = blockStart;
        String indent = null;
        while (blockEnd < yaml.length()) {
            int next = yaml.indexOf('\n', blockEnd);
            int end = next < 0 ? yaml.length() : next;
            String line = yaml.substring(blockEnd, end);
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("\t")) {
                break;
            }
            if (indent == null && !line.isBlank() && !line.strip().startsWith("#")) {
                indent = line.substring(0, line.length() - line.stripLeading().length());
            }
            blockEnd = next < 0 ? yaml.length() : next + 1;
        }
        if (indent == null) {
            indent = "  ";
        }
        // Edit the block as a document of its own, its indent taken off, then put the indent back.
        StringBuilder dedented = new StringBuilder();
        java.util.List<int[]> lines = new java.util.ArrayList<>(); // {dedented start, original start, indent taken}
        for (int at = blockStart; at < blockEnd; ) {
            int next = yaml.indexOf('\n', at);
            int end = next < 0 || next >= blockEnd ? blockEnd : next + 1;
            String line = yaml.substring(at, end);
            int cut = line.startsWith(indent) ? indent.length() : 0;
            lines.add(new int[] {dedented.length(), at, cut});
            dedented.append(line.substring(cut));
            at = end;
        }
        String inner = dedented.toString();
        if (!inner.isEmpty() && !inner.endsWith("\n")) {
            inner += "\n";
        }
        Change c = addToList(inner, key, item);
        if (c == null) {
            return null;
        }
        int at = blockEnd;
        for (int[] l : lines) {
            if (c.start() >= l[0]) {
                at = c.start() == l[0] ? l[1] : l[1] + l[2] + (c.start() - l[0]);
            }
        }
        if (c.start() >= inner.length() || c.start() >= dedented.length()) {
            at = blockEnd;
        }
        String text = c.text();
        if (text.contains("\n")) {
            StringBuilder sb = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                if (sb.length() > 0 || !text.startsWith("\n")) {
                    sb.append(line.isEmpty() ? "" : indent).append(line);
                }
                sb.append('\n');
            }
            text = sb.substring(0, sb.length() - 1);
            if (text.startsWith("\n")) {
                text = text.substring(1);
            }
            if (at == yaml.length() && !yaml.endsWith("\n")) {
                text = "\n" + text;
            }
        }
        return new Change(at, at, text);
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
