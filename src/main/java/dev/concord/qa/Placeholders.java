package dev.concord.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds placeholders in one linear pass: printf ({@code %s}, {@code %1$d}, {@code %(name)s}, {@code %@},
 * {@code %'d}), numbered ({@code %1}), braces ({@code {0}}, {@code {name}}, {@code {}}), ICU MessageFormat
 * ({@code {count, plural, one {...} other {...}}}, select, number/date formats), mustache ({@code {{name}}}),
 * shell and template variables ({@code $VAR}, {@code ${var}}, {@code $(var)}, {@code $var$}), {@code %NAME%}, and
 * XML entities that are not HTML's ({@code &brandShortName;}). Unnumbered printf placeholders get the number of their
 * place, so that {@code %s %d} compares equal to {@code %2$d %1$s}.
 */
final class Placeholders {
    private static final String PRINTF_FLAGS = "-+#0'";
    private static final String PRINTF_CONVERSIONS = "diouxXeEfFgGaAcCspSn@";
    private static final Set<String> HTML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos", "nbsp", "copy", "reg",
            "trade", "hellip", "mdash", "ndash", "laquo", "raquo", "lsquo", "rsquo", "ldquo", "rdquo", "bull", "euro",
            "middot", "times", "shy", "thinsp", "ensp", "emsp", "deg", "plusmn", "para", "sect", "cent", "pound",
            "yen", "larr", "rarr", "uarr", "darr", "harr", "nbhy", "zwj", "zwnj", "lrm", "rlm");

    /** ICU plural and select constructs found in a text: the argument name and its case keywords. */
    record Choice(int start, int end, String argument, String type, List<String> keywords,
            Map<String, Integer> keywordOffsets) {
    }

    /** What a scan found. */
    record Result(List<Placeholder> placeholders, List<Choice> choices) {
    }

    private final String text;
    private final boolean printf;
    private final List<Placeholder> out = new ArrayList<>();
    private final List<Choice> choices = new ArrayList<>();
    private int printfIndex;

    private Placeholders(String text, boolean printf) {
        this.text = text;
        this.printf = printf;
    }

    /** The placeholders of {@code text}; {@code printf} false leaves printf syntax out (PO's no-c-format). */
    static Result scan(String text, boolean printf) {
        Placeholders p = new Placeholders(text, printf);
        p.scan(0, text.length(), 0);
        return new Result(List.copyOf(p.out), List.copyOf(p.choices));
    }

    private void scan(int from, int to, int depth) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int next = switch (c) {
                case '%' -> percent(i, to);
                case '{' -> brace(i, to, depth);
                case '$' -> dollar(i, to);
                case '&' -> entity(i, to);
                default -> -1;
            };
            i = next > i ? next : i + 1;
        }
    }

    private int percent(int i, int to) {
        if (i + 1 >= to) {
            return -1;
        }
        char n = text.charAt(i + 1);
        if (n == '%') {
            return i + 2; // a literal percent sign
        }
        // %NAME% (Windows, Mozilla)
        int k = i + 1;
        while (k < to && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
            k++;
        }
        if (k < to && text.charAt(k) == '%' && k - i - 1 >= 2 && Character.isLetter(n)) {
            add(i, k + 1, Placeholder.Kind.PERCENT_NAME, text.substring(i, k + 1));
            return k + 1;
        }
        if (!printf) {
            return -1;
        }
        // A percent sign after a digit or letter is a unit (50%), not a placeholder.
        // "%c%c": right after a placeholder, a percent sign starts the next one.
        boolean afterPlaceholder = !out.isEmpty() && out.get(out.size() - 1).end() == i;
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && !afterPlaceholder) {
            return -1;
        }
        int j = i + 1;
        String position = null;
        String name = null;
        int d = j;
        while (d < to && Character.isDigit(text.charAt(d))) {
            d++;
        }
        if (d > j && d < to && text.charAt(d) == '$') {
            position = text.substring(j, d);
            j = d + 1;
        } else if (d > j && (d >= to || text.charAt(d) != '$') && !isPrintfRest(d, to)) {
            // %1 (Qt, Windows), %1% (Boost)
            int end = d < to && text.charAt(d) == '%' ? d + 1 : d;
            add(i, end, Placeholder.Kind.NUMBERED, "%" + text.substring(j, d));
            return end;
        } else if (j < to && text.charAt(j) == '(') {
            int close = text.indexOf(')', j);
            if (close < 0 || close > to || close - j > 40) {
                return -1;
            }
            name = text.substring(j + 1, close);
            j = close + 1;
        }
        int specStart = j;
        while (j < to && PRINTF_FLAGS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        while (j < to && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '*')) {
            j++;
        }
        if (j < to && text.charAt(j) == '.') {
            j++;
            while (j < to && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '*')) {
                j++;
            }
        }
        while (j < to && "hlLqjzt".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j >= to || PRINTF_CONVERSIONS.indexOf(text.charAt(j)) < 0) {
            return -1;
        }
        String spec = text.substring(specStart, j + 1);
        String key;
        if (name != null) {
            key = "%(" + name + ")" + spec;
        } else if (position != null) {
            key = "%" + position + "$" + spec;
        } else {
            key = "%" + (++printfIndex) + "$" + spec;
        }
        add(i, j + 1, Placeholder.Kind.PRINTF, key);
        return j + 1;
    }

    /** True when what follows a digit run looks like the rest of a printf spec (%10s), not a numbered %1. */
    private boolean isPrintfRest(int d, int to) {
        int j = d;
        if (j < to && text.charAt(j) == '.') {
            j++;
            while (j < to && Character.isDigit(text.charAt(j))) {
                j++;
            }
        }
        while (j < to && "hlLqjzt".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j < to && PRINTF_CONVERSIONS.indexOf(text.charAt(j)) >= 0 && (j + 1 >= to
                || !Character.isLetter(text.charAt(j + 1)) || j > d);
    }

    private int brace(int i, int to, int depth) {
        if (i + 1 < to && text.charAt(i + 1) == '{') {
            int close = text.indexOf("}}", i + 2);
            if (close > 0 && close + 2 <= to && close - i < 80 && text.indexOf('{', i + 2) < 0
                    || close > 0 && close + 2 <= to && close - i < 80 && text.indexOf('{', i + 2) > close) {
                String name = text.substring(i + 2, close).strip();
                add(i, close + 2, Placeholder.Kind.MUSTACHE, "{{" + name + "}}");
                return close + 2;
            }
        }
        int close = matching(i, to);
        if (close < 0) {
            // An opening brace without its closing brace: a broken placeholder when it starts like one.
            int k = i + 1;
            while (k < to && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
                k++;
            }
            if (k > i + 1 && (k >= to || text.charAt(k) == ' ' || text.charAt(k) == ',')) {
                add(i, k, Placeholder.Kind.MALFORMED, text.substring(i, k));
            }
            return -1;
        }
        int comma = indexOfTopLevel(i + 1, close, ',');
        String name = (comma < 0 ? text.substring(i + 1, close) : text.substring(i + 1, comma)).strip();
        int colon = name.indexOf(':');
        String bare = colon >= 0 ? name.substring(0, colon) : name;
        if (!isArgumentName(bare)) {
            return -1;
        }
        if (comma < 0) {
            add(i, close + 1, Placeholder.Kind.BRACE, "{" + bare + "}");
            return close + 1;
        }
        int comma2 = indexOfTopLevel(comma + 1, close, ',');
        String type = (comma2 < 0 ? text.substring(comma + 1, close) : text.substring(comma + 1, comma2)).strip();
        if ((type.equals("plural") || type.equals("select") || type.equals("selectordinal")) && comma2 > 0) {
            Placeholder.Kind kind = type.equals("select") ? Placeholder.Kind.ICU_SELECT : Placeholder.Kind.ICU_PLURAL;
            add(i, comma2 + 1, kind, "{" + bare + "," + type + "}");
            cases(i, bare, type, comma2 + 1, close, depth);
            return close + 1;
        }
        add(i, close + 1, Placeholder.Kind.BRACE, "{" + bare + "," + type + "}");
        return close + 1;
    }

    /** Reads the cases of an ICU plural or select, and scans their messages for placeholders. */
    private void cases(int start, String argument, String type, int from, int close, int depth) {
        List<String> keywords = new ArrayList<>();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        int k = from;
        while (k < close) {
            while (k < close && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            int ks = k;
            while (k < close && text.charAt(k) != '{' && !Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            String keyword = text.substring(ks, k);
            while (k < close && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k >= close || text.charAt(k) != '{') {
                break;
            }
            int end = matching(k, close);
            if (end < 0) {
                break;
            }
            if (!keyword.startsWith("offset:")) {
                keywords.add(keyword);
                offsets.put(keyword, ks);
            }
            scan(k + 1, end, depth + 1);
            k = end + 1;
        }
        choices.add(new Choice(start, close + 1, argument, type, keywords, offsets));
    }

    private int matching(int open, int to) {
        int level = 0;
        for (int k = open; k < to; k++) {
            char c = text.charAt(k);
            if (c == '{') {
                level++;
            } else if (c == '}') {
                level--;
                if (level == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    private int indexOfTopLevel(int from, int to, char wanted) {
        int level = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '{') {
                level++;
            } else if (c == '}') {
                level--;
            } else if (c == wanted && level == 0) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isArgumentName(String s) {
        if (s.length() > 40) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.' && c != '-' && c != '[' && c != ']') {
                return false;
            }
        }
        return true;
    }

    private int dollar(int i, int to) {
        if (i + 1 >= to) {
            return -1;
        }
        char n = text.charAt(i + 1);
        if (n == '{' || n == '(' || n == '[') {
            char closeChar = n == '{' ? '}' : n == '(' ? ')' : ']';
            int close = text.indexOf(closeChar, i + 2);
            if (close > 0 && close < to && close - i < 60 && close > i + 2) {
                add(i, close + 1, Placeholder.Kind.DOLLAR, text.substring(i, close + 1));
                return close + 1;
            }
            return -1;
        }
        if (!Character.isLetter(n) && n != '_') {
            return -1;
        }
        int k = i + 1;
        while (k < to && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
            k++;
        }
        int end = k < to && text.charAt(k) == '$' ? k + 1 : k;
        add(i, end, Placeholder.Kind.DOLLAR, text.substring(i, end));
        return end;
    }

    private int entity(int i, int to) {
        int k = i + 1;
        while (k < to && k - i < 40 && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '.'
                || text.charAt(k) == '_' || text.charAt(k) == '-')) {
            k++;
        }
        if (k >= to || text.charAt(k) != ';' || k == i + 1 || !Character.isLetter(text.charAt(i + 1))) {
            return -1;
        }
        String name = text.substring(i + 1, k);
        if (HTML_ENTITIES.contains(name)) {
            return k + 1;
        }
        add(i, k + 1, Placeholder.Kind.ENTITY, text.substring(i, k + 1));
        return k + 1;
    }

    private void add(int start, int end, Placeholder.Kind kind, String key) {
        out.add(new Placeholder(start, end, kind, key, text.substring(start, end)));
    }

    /** Counts of placeholder keys, for comparing two texts as multisets. */
    static Map<String, Integer> counts(List<Placeholder> placeholders) {
        Map<String, Integer> m = new HashMap<>();
        for (Placeholder p : placeholders) {
            if (p.kind() != Placeholder.Kind.MALFORMED) {
                m.merge(p.key(), 1, Integer::sum);
            }
        }
        return m;
    }
}
