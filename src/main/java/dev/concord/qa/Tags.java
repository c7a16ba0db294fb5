package dev.concord.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds HTML and XML tags written as text ({@code <b>}, {@code </b>}, {@code <br/>}, {@code <a href="...">}) in one
 * linear pass. A tag is compared by its kind, name and the attributes that are not translatable: {@code href} and
 * {@code src} must stay, {@code title} and {@code alt} may change.
 */
final class Tags {
    /** Attributes whose values a translation changes. */
    private static final Set<String> TRANSLATABLE = Set.of("title", "alt", "placeholder", "aria-label", "label",
            "summary", "lang", "xml:lang", "xml-lang", "dir", "abbr", "content", "value");

    /** Whether a tag opens, closes or stands alone. */
    enum Kind {
        OPENING,
        CLOSING,
        EMPTY
    }

    /** A tag at [start, end) of a text. */
    record Tag(int start, int end, Kind kind, String name, String signature, String text) {
    }

    private Tags() {
    }

    static List<Tag> scan(String text) {
        List<Tag> out = new ArrayList<>();
        int n = text.length();
        int i = text.indexOf('<');
        while (i >= 0 && i < n) {
            int next = tag(text, i, out);
            i = text.indexOf('<', Math.max(next, i + 1));
        }
        return out;
    }

    /** Reads a tag at {@code lt} into {@code out}; returns where to go on. */
    private static int tag(String t, int lt, List<Tag> out) {
        int n = t.length();
        int i = lt + 1;
        boolean closing = i < n && t.charAt(i) == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        if (i >= n || !Character.isLetter(t.charAt(i))) {
            return lt + 1;
        }
        while (i < n && (Character.isLetterOrDigit(t.charAt(i)) || ":_.-".indexOf(t.charAt(i)) >= 0)) {
            i++;
        }
        String name = t.substring(nameStart, i).toLowerCase(Locale.ROOT);
        TreeMap<String, String> attributes = new TreeMap<>();
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return lt + 1;
            }
            char c = t.charAt(i);
            if (c == '>' || c == '/' && i + 1 < n && t.charAt(i + 1) == '>') {
                boolean empty = c == '/';
                int end = empty ? i + 2 : i + 1;
                if (closing && (empty || !attributes.isEmpty())) {
                    return lt + 1;
                }
                Kind kind = closing ? Kind.CLOSING : empty ? Kind.EMPTY : Kind.OPENING;
                StringBuilder sig = new StringBuilder(kind.name().substring(0, 1)).append(':').append(name);
                attributes.forEach((k, v) -> {
                    if (!TRANSLATABLE.contains(k)) {
                        sig.append(' ').append(k).append('=').append(v);
                    } else {
                        sig.append(' ').append(k);
                    }
                });
                out.add(new Tag(lt, end, kind, name, sig.toString(), t.substring(lt, end)));
                return end;
            }
            if (closing) {
                return lt + 1;
            }
            int an = i;
            while (i < n && !Character.isWhitespace(t.charAt(i)) && "=>/<\"'".indexOf(t.charAt(i)) < 0) {
                i++;
            }
            if (i == an) {
                return lt + 1; // not a tag: "a < b", "<<"
            }
            String attr = t.substring(an, i).toLowerCase(Locale.ROOT);
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            String value = "";
            if (i < n && t.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(t.charAt(i))) {
                    i++;
                }
                if (i < n && (t.charAt(i) == '"' || t.charAt(i) == '\'')) {
                    char q = t.charAt(i);
                    int close = t.indexOf(q, i + 1);
                    if (close < 0) {
                        return lt + 1;
                    }
                    value = t.substring(i + 1, close);
                    i = close + 1;
                } else {
                    int vs = i;
                    while (i < n && !Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '>') {
                        i++;
                    }
                    value = t.substring(vs, i);
                }
            }
            attributes.put(attr, value);
        }
        return lt + 1;
    }
}
