package dev.concord.format;

import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Locales;
import dev.concord.Unit;
import dev.concord.text.OffsetMap;
import dev.concord.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gettext PO and POT files. In a PO file each msgstr (each msgstr[n] of a plural entry) is a unit whose source is the
 * msgid (msgid_plural for the plural forms), with the msgctxt as context, translator and extracted comments as note,
 * the flags as properties and "fuzzy" as state; the header gives the language and the number of plural forms;
 * obsolete entries ({@code #~}) are left out. A POT file has no translations: its msgids are checked as text in
 * their own language. A malformed entry (an unterminated string, a broken plural, a duplicate) is an error at its
 * line and column, as msgfmt would refuse it.
 */
public final class PoFormat implements DocumentFormat {
    private static final Pattern KEYWORD = Pattern.compile("(msgctxt|msgid_plural|msgid|msgstr(?:\\[(\\d+)\\])?)\\s*");
    private static final Pattern NPLURALS = Pattern.compile("nplurals\\s*=\\s*(\\d+)");
    private static final Pattern LOCALE_FOLDER = Pattern.compile("[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*");

    @Override
    public String name() {
        return "po";
    }

    @Override
    public List<String> extensions() {
        return List.of("po", "pot");
    }

    @Override
    public boolean recognizes(String fileName, byte[] head) {
        String s = new String(head, StandardCharsets.UTF_8);
        return s.startsWith("msgid \"") || s.contains("\nmsgid \"") && s.contains("\nmsgstr");
    }

    @Override
    public boolean isBilingual() {
        return true;
    }

    @Override
    public Document read(InputFile file, ReadOptions options) throws IOException {
        boolean template = file.path() != null && Formats.extension(file.path()).equals("pot");
        return new Parser(file.text(), options, template, file.path()).parse();
    }

    /** One PO string (a keyword's value, possibly on several lines), decoded, with its map to the file. */
    private record Str(String text, OffsetMap map, int line, int column) {
    }

    /** An entry being read. */
    private static final class Entry {
        int line;
        int column;
        final List<String> comments = new ArrayList<>();
        final Set<String> flags = new LinkedHashSet<>();
        final List<String> references = new ArrayList<>();
        Str msgctxt;
        Str msgid;
        Str msgidPlural;
        final List<Str> msgstr = new ArrayList<>();
        int pluralLine;
        boolean plainMsgstr;
        /** What is wrong with the entry, though it can be read: reported on its units, never a refused file. */
        final List<String> defects = new ArrayList<>();

        boolean isEmpty() {
            return msgid == null && msgctxt == null && msgstr.isEmpty();
        }
    }

    private static final class Parser {
        private final SourceText text;
        private final String content;
        private final ReadOptions options;
        private final boolean template;
        private final Path path;
        private final List<Unit> units = new ArrayList<>();
        private final Set<String> keys = new HashSet<>();
        private String language;
        private int nplurals = -1;
        private Entry entry = new Entry();
        /** Where the value being read goes: the last keyword's string. */
        private StrBuilder current;

        Parser(SourceText text, ReadOptions options, boolean template, Path path) {
            this.text = text;
            this.content = text.content();
            this.options = options;
            this.template = template;
            this.path = path;
        }

        Document parse() throws InputException {
            var lines = text.lines();
            for (int n = 1; n <= lines.lineCount(); n++) {
                int start = lines.lineStart(n);
                int end = lines.lineEnd(n);
                int i = start;
                while (i < end && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
                    i++;
                }
                if (i == end) {
                    finishValue();
                    continue;
                }
                char c = content.charAt(i);
                if (c == '#') {
                    finishValue();
                    comment(n, i, end);
                } else if (c == '"') {
                    if (current == null) {
                        throw error(n, i, "a string without a keyword before it (msgid, msgstr...)");
                    }
                    string(n, i, end, current);
                } else {
                    keyword(n, i, end);
                }
            }
            finishValue();
            finishEntry();
            String target = language != null ? language : options.targetLocale();
            if (target == null && path != null) {
                target = localeFromPath(path);
            }
            if (template) {
                target = options.targetLocale() != null ? options.targetLocale() : "en";
                return new Document(text, null, "po", target, null, units);
            }
            return new Document(text, text, "po", target, options.sourceLocale(), units);
        }

        private void comment(int line, int i, int end) throws InputException {
            if (i + 1 < end && content.charAt(i + 1) == '~') {
                return; // obsolete entry
            }
            if (!entry.msgstr.isEmpty()) {
                finishEntry();
            }
            String body = i + 2 <= end ? content.substring(Math.min(i + 2, end), end).strip() : "";
            char kind = i + 1 < end ? content.charAt(i + 1) : ' ';
            switch (kind) {
                case ',' -> {
                    for (String f : body.split(",")) {
                        if (!f.isBlank()) {
                            entry.flags.add(f.strip());
                        }
                    }
                }
                case ':' -> entry.references.add(body);
                case '|' -> {
                    // previous msgid of a fuzzy entry: not checked
                }
                case '.' -> entry.comments.add(body);
                default -> entry.comments.add(content.substring(Math.min(i + 1, end), end).strip());
            }
        }

        private void keyword(int line, int i, int end) throws InputException {
            Matcher m = KEYWORD.matcher(content).region(i, end);
            if (!m.lookingAt()) {
                throw error(line, i, "unexpected text: expected a comment (#), a keyword (msgctxt, msgid, "
                        + "msgid_plural, msgstr) or a string");
            }
            finishValue();
            String kw = m.group(1);
            if ((kw.equals("msgctxt") || kw.equals("msgid")) && !entry.msgstr.isEmpty()) {
                finishEntry();
            }
            if (entry.isEmpty()) {
                entry.line = line;
                entry.column = i - text.lines().lineStart(line) + 1;
            }
            StrBuilder b = new StrBuilder(line, i - text.lines().lineStart(line) + 1, kw, m.group(2));
            current = b;
            int at = m.end();
            if (at >= end || content.charAt(at) != '"') {
                throw error(line, at, kw + " must be followed by a string in double quotes");
            }
            string(line, at, end, b);
            if (kw.startsWith("msgstr") && entry.msgid == null) {
                throw error(line, i, kw + " without a msgid before it");
            }
        }

        /** Reads one quoted string at [i, end) of a line into {@code b}. */
        private void string(int line, int i, int end, StrBuilder b) throws InputException {
            if (b.pieces == 0) {
                b.contentStart = i + 1;
            }
            b.pieces++;
            int k = i + 1;
            while (true) {
                if (k >= end) {
                    throw error(line, i, "unterminated string: a closing \" is missing on this line");
                }
                char c = content.charAt(k);
                if (c == '"') {
                    break;
                }
                if (c == '\\') {
                    if (k + 1 >= end) {
                        throw error(line, k, "a backslash at the end of a string");
                    }
                    char e = content.charAt(k + 1);
                    int len = 2;
                    String decoded;
                    switch (e) {
                        case 'n' -> decoded = "\n";
                        case 't' -> decoded = "\t";
                        case 'r' -> decoded = "\r";
                        case '"' -> decoded = "\"";
                        case '\\' -> decoded = "\\";
                        case 'a' -> decoded = "\u0007";
                        case 'b' -> decoded = "\b";
                        case 'f' -> decoded = "\f";
                        case 'v' -> decoded = "\u000B";
                        case '\'' -> decoded = "'";
                        case '?' -> decoded = "?";
                        case 'x' -> {
                            int h = k + 2;
                            while (h < end && h < k + 4 && Character.digit(content.charAt(h), 16) >= 0) {
                                h++;
                            }
                            if (h == k + 2) {
                                throw error(line, k, "\\x must be followed by hexadecimal digits");
                            }
                            decoded = String.valueOf((char) Integer.parseInt(content.substring(k + 2, h), 16));
                            len = h - k;
                        }
                        default -> {
                            if (e >= '0' && e <= '7') {
                                int o = k + 1;
                                while (o < end && o < k + 4 && content.charAt(o) >= '0' && content.charAt(o) <= '7') {
                                    o++;
                                }
                                decoded = String.valueOf((char) Integer.parseInt(content.substring(k + 1, o), 8));
                                len = o - k;
                            } else {
                                throw error(line, k, "unknown escape \\" + e + " in a string");
                            }
                        }
                    }
                    // The decoded character maps to the escape's backslash.
                    b.text.copied(decoded, k);
                    k += len;
                    continue;
                }
                int run = k;
                while (k < end && content.charAt(k) != '"' && content.charAt(k) != '\\') {
                    k++;
                }
                b.text.copied(content.substring(run, k), run);
            }
            int after = k + 1;
            while (after < end && (content.charAt(after) == ' ' || content.charAt(after) == '\t')) {
                after++;
            }
            if (after < end) {
                throw error(line, after, "unexpected text after the closing quote");
            }
        }

        /** Files the value just read under its keyword. */
        private void finishValue() throws InputException {
            if (current == null) {
                return;
            }
            StrBuilder b = current;
            current = null;
            OffsetMap map = b.text.length() == 0 ? OffsetMap.contiguous(b.contentStart, 0) : b.text.map();
            Str s = new Str(b.text.text(), map, b.line, b.column);
            switch (b.keyword) {
                case "msgctxt" -> entry.msgctxt = s;
                case "msgid" -> {
                    if (entry.msgid != null) {
                        throw error(b.line, b.column - 1 + text.lines().lineStart(b.line), "a second msgid in one entry");
                    }
                    entry.msgid = s;
                }
                case "msgid_plural" -> {
                    entry.msgidPlural = s;
                    entry.pluralLine = b.line;
                }
                default -> {
                    if (b.index == null) {
                        entry.plainMsgstr = true;
                    } else if (!isNumber(b.index, entry.msgstr.size())) {
                        entry.defects.add("broken plural: msgstr[" + b.index + "] where msgstr["
                                + entry.msgstr.size() + "] was expected (line " + b.line + ")");
                    }
                    entry.msgstr.add(s);
                }
            }
        }

        private void finishEntry() throws InputException {
            Entry e = entry;
            entry = new Entry();
            if (e.isEmpty()) {
                return;
            }
            int at = text.lines().lineStart(e.line) + e.column - 1;
            if (e.msgid == null) {
                throw error(e.line, at, "an entry without msgid");
            }
            if (e.msgstr.isEmpty()) {
                // Read as an untranslated entry, so that the rest of the file is still checked.
                e.defects.add("the entry for msgid \"" + shorten(e.msgid.text()) + "\" has no msgstr");
                e.msgstr.add(new Str("", OffsetMap.contiguous(at, 0), e.line, e.column));
                e.plainMsgstr = e.msgidPlural == null;
            }
            if (e.msgidPlural != null && e.plainMsgstr) {
                e.defects.add("broken plural: an entry with msgid_plural needs msgstr[0], msgstr[1]..., not msgstr");
            }
            if (e.msgidPlural == null && !e.plainMsgstr) {
                e.defects.add("broken plural: msgstr[n] without msgid_plural");
                e.msgstr.subList(1, e.msgstr.size()).clear();
            }
            if (e.msgidPlural != null && !e.plainMsgstr && nplurals > 0 && e.msgstr.size() != nplurals && !template) {
                e.defects.add("the header's Plural-Forms say nplurals=" + nplurals + " but this entry has "
                        + e.msgstr.size() + " msgstr forms (msgfmt -c refuses this)");
            }
            String ctx = e.msgctxt == null ? null : e.msgctxt.text();
            if (e.msgid.text().isEmpty() && ctx == null) {
                header(e.msgstr.get(0).text());
                return;
            }
            String key = (ctx == null ? "" : ctx + "\u0004") + e.msgid.text();
            String id = (ctx == null ? "" : ctx + "|") + e.msgid.text();
            if (id.length() > 80) {
                id = id.substring(0, 60) + "…" + Integer.toHexString(id.hashCode());
            }
            if (!keys.add(key)) {
                e.defects.add("duplicate entry for msgid \"" + shorten(e.msgid.text()) + "\""
                        + (ctx == null ? "" : " in context \"" + ctx + "\"") + " (msgfmt refuses this)");
                id = id + "#line" + e.line;
            }
            String note = e.comments.isEmpty() ? null : String.join("\n", e.comments);
            String state = e.flags.contains("fuzzy") ? "fuzzy" : null;
            if (template) {
                units.add(unit(id, e.msgid, null, note, ctx, state, e));
                if (e.msgidPlural != null) {
                    units.add(unit(id + "[plural]", e.msgidPlural, null, note, ctx, state, e));
                }
                return;
            }
            boolean plural = e.msgidPlural != null && !e.plainMsgstr;
            for (int i = 0; i < e.msgstr.size(); i++) {
                Str source = i == 0 || !plural ? e.msgid : e.msgidPlural;
                String uid = !plural ? id : id + "[" + i + "]";
                String st = state != null ? state : e.msgstr.get(i).text().isEmpty() ? "untranslated" : "translated";
                Unit u = unit(uid, e.msgstr.get(i), source, note, ctx, st, e);
                units.add(plural ? u.toBuilder().property(Unit.PLURAL_FORM, Integer.toString(i)).build() : u);
            }
        }

        private Unit unit(String id, Str target, Str source, String note, String ctx, String state, Entry e) {
            Unit.Builder b = Unit.builder(id, target.text()).stableId(true).textMap(target.map())
                    .note(note).context(ctx).state(state);
            if (source != null) {
                b.source(source.text(), source.map());
            }
            if (ctx != null) {
                b.property(Unit.DISAMBIGUATION, ctx);
            }
            if (!e.flags.isEmpty()) {
                b.property("flags", String.join(",", e.flags));
            }
            if (!e.references.isEmpty()) {
                b.property("references", String.join(" ", e.references));
            }
            if (!e.defects.isEmpty() && target == e.msgstr.get(0)) {
                b.property(Unit.DEFECT, String.join("; ", e.defects));
            }
            return b.build();
        }

        private void header(String value) {
            for (String line : value.split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String v = line.substring(colon + 1).strip();
                if (name.equals("language") && !v.isEmpty()) {
                    try {
                        language = Locales.normalize(v);
                    } catch (IllegalArgumentException ex) {
                        // an unknown code in the header: the file name or --lang may still say
                    }
                } else if (name.equals("plural-forms")) {
                    Matcher m = NPLURALS.matcher(v);
                    if (m.find() && m.group(1).length() <= 9) {
                        nplurals = Integer.parseInt(m.group(1));
                    }
                }
            }
        }

        /** True when {@code digits} (a msgstr[] index, any length) is the number {@code n}. */
        private static boolean isNumber(String digits, int n) {
            try {
                return Integer.parseInt(digits) == n;
            } catch (NumberFormatException e) {
                return false; // past int: msgstr[99999999999] is a broken plural like any wrong index
            }
        }

        private InputException error(int line, int offset, String message) {
            int column = text.lines().codePointColumn(Math.max(text.lines().lineStart(line), offset));
            return new InputException(text.name(), line, column, message);
        }

        private static String shorten(String s) {
            return s.length() > 40 ? s.substring(0, 37) + "..." : s;
        }
    }

    /** The language a PO file's path names: fr.po, or locale/fr/LC_MESSAGES/app.po; null if none. */
    static String localeFromPath(Path path) {
        String file = path.getFileName().toString();
        String base = file.substring(0, file.lastIndexOf('.'));
        for (String candidate : new String[] {base, parentName(path), parentName(path.getParent())}) {
            if (candidate != null && LOCALE_FOLDER.matcher(candidate).matches()) {
                try {
                    return Locales.normalize(candidate);
                } catch (IllegalArgumentException e) {
                    // not a language code
                }
            }
        }
        return null;
    }

    private static String parentName(Path p) {
        if (p == null || p.getParent() == null || p.getParent().getFileName() == null) {
            return null;
        }
        String n = p.getParent().getFileName().toString();
        return n.equals("LC_MESSAGES") ? parentName(p.getParent()) : n;
    }

    /** A keyword's string as it is read. */
    private static final class StrBuilder {
        final int line;
        final int column;
        final String keyword;
        final String index;
        final OffsetMap.Builder text = new OffsetMap.Builder();
        int contentStart;
        int pieces;

        StrBuilder(int line, int column, String keyword, String index) {
            this.line = line;
            this.column = column;
            this.keyword = keyword.startsWith("msgstr") ? "msgstr" : keyword;
            this.index = index;
        }
    }
}
