package dev.concord.format;

import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.text.LineIndex;
import dev.concord.text.OffsetMap;
import dev.concord.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Java {@code .properties} resource bundles ({@code messages.properties}, {@code messages_fr.properties}): each key
 * is a unit, with the comment lines just above it as note, paired by key with the source bundle (see
 * {@link MessageFiles}). Read as Java 9 and later read bundles: UTF-8, else ISO-8859-1; {@code \\uXXXX} escapes and
 * continuation lines as {@code java.util.Properties} reads them, with every character mapped to the file. Only
 * bundles (a locale suffix, or a base name that has one beside it) are collected from folders.
 */
public final class PropertiesFormat implements DocumentFormat {
    @Override
    public String name() {
        return "properties";
    }

    @Override
    public List<String> extensions() {
        return List.of("properties");
    }

    @Override
    public boolean collects(Path file) {
        return MessageFiles.isMessageFile(file);
    }

    @Override
    public boolean pairsByKey() {
        return true;
    }

    @Override
    public Document read(InputFile file, ReadOptions options) throws IOException {
        return KeyedMessages.document(file, options, "properties", PropertiesFormat::messages);
    }

    static KeyedMessages messages(InputFile file) throws IOException {
        SourceText text;
        try {
            text = file.text();
        } catch (InputException e) {
            if (!e.detail().startsWith("invalid UTF-8")) {
                throw e; // binary, UTF-16 without a byte order mark, UTF-32: no bundle
            }
            // Not UTF-8: Java reads such a bundle as ISO-8859-1, and so does Concord.
            try (InputStream in = file.openStream()) {
                text = new SourceText(file.name(), file.path(), TextDecoding.latin1(in.readAllBytes(), file.name()));
            }
        }
        KeyedMessages out = new KeyedMessages(text);
        String c = text.content();
        LineIndex lines = text.lines();
        List<String> comments = new ArrayList<>();
        int line = 1;
        while (line <= lines.lineCount()) {
            int i = lines.lineStart(line);
            int end = lines.lineEnd(line);
            while (i < end && isBlank(c.charAt(i))) {
                i++;
            }
            if (i == end) {
                comments.clear();
                line++;
                continue;
            }
            if (c.charAt(i) == '#' || c.charAt(i) == '!') {
                comments.add(c.substring(i + 1, end).strip());
                line++;
                continue;
            }
            // The key: up to an unescaped separator.
            StringBuilder key = new StringBuilder();
            while (i < end && c.charAt(i) != '=' && c.charAt(i) != ':' && !isBlank(c.charAt(i))) {
                if (c.charAt(i) == '\\') {
                    if (i + 1 >= end) {
                        // a key continued on the next line
                        line++;
                        if (line > lines.lineCount()) {
                            i = end; // the backslash continues onto nothing: the key ends here, without a value
                            break;
                        }
                        i = lines.lineStart(line);
                        end = lines.lineEnd(line);
                        while (i < end && isBlank(c.charAt(i))) {
                            i++;
                        }
                        continue;
                    }
                    int[] next = new int[1];
                    key.append(unescape(file, lines, c, i, end, next));
                    i = next[0];
                } else {
                    key.append(c.charAt(i++));
                }
            }
            while (i < end && isBlank(c.charAt(i))) {
                i++;
            }
            if (i < end && (c.charAt(i) == '=' || c.charAt(i) == ':')) {
                i++;
            }
            while (i < end && isBlank(c.charAt(i))) {
                i++;
            }
            OffsetMap.Builder value = new OffsetMap.Builder();
            int valueStart = i;
            while (true) {
                // A key continued past the last line ("key\\" at the end of the file) has no value line at all.
                boolean continued = line <= lines.lineCount() && endsWithContinuation(c, lines.lineStart(line), end);
                int stop = continued ? end - 1 : end;
                while (i < stop) {
                    if (c.charAt(i) == '\\') {
                        int[] next = new int[1];
                        String decoded = unescape(file, lines, c, i, end, next);
                        value.copied(decoded, i);
                        i = next[0];
                        continue;
                    }
                    int run = i;
                    while (i < stop && c.charAt(i) != '\\') {
                        i++;
                    }
                    value.copied(c.substring(run, i), run);
                }
                if (!continued || line + 1 > lines.lineCount()) {
                    break;
                }
                line++;
                i = lines.lineStart(line);
                end = lines.lineEnd(line);
                while (i < end && isBlank(c.charAt(i))) {
                    i++;
                }
            }
            OffsetMap map = value.length() == 0 ? OffsetMap.contiguous(valueStart, 0) : value.map();
            String note = comments.isEmpty() ? null : String.join("\n", comments);
            out.messages.put(key.toString(), new KeyedMessages.Message(value.text(), map, note));
            comments.clear();
            line++;
        }
        return out;
    }

    /** True when the line [start, end) ends with an odd number of backslashes. */
    private static boolean endsWithContinuation(String c, int start, int end) {
        int n = 0;
        for (int k = end - 1; k >= start && c.charAt(k) == '\\'; k--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static boolean isBlank(char ch) {
        return ch == ' ' || ch == '\t' || ch == '\f';
    }

    /** Decodes the escape at {@code i}; stores the offset after it in {@code next[0]}. */
    private static String unescape(InputFile file, LineIndex lines, String c, int i, int end, int[] next)
            throws InputException {
        char e = c.charAt(i + 1);
        next[0] = i + 2;
        switch (e) {
            case 't':
                return "\t";
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 'f':
                return "\f";
            case 'u':
                if (i + 6 > end) {
                    throw new InputException(file.name(), lines.line(i), lines.codePointColumn(i),
                            "malformed \\uXXXX escape: four hexadecimal digits expected");
                }
                try {
                    next[0] = i + 6;
                    return String.valueOf((char) Integer.parseInt(c.substring(i + 2, i + 6), 16));
                } catch (NumberFormatException ex) {
                    throw new InputException(file.name(), lines.line(i), lines.codePointColumn(i),
                            "malformed \\uXXXX escape: four hexadecimal digits expected");
                }
            default:
                return String.valueOf(e);
        }
    }
}
