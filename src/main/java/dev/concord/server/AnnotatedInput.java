package dev.concord.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The text of a LanguageTool-style request: plain {@code text}, or {@code data} whose annotation mixes text with
 * markup. The checkers see the plain text (text parts, and markup as what it is to be interpreted as); offsets are
 * reported in the original, where text and markup stand side by side, in UTF-16 code units as LanguageTool gives them.
 */
final class AnnotatedInput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String plain;
    /** The text as the client sent it: the text parts and the markup. */
    private final String original;
    /** For each offset of the plain text (and its end), the offset in the original. */
    private final int[] offsets;

    private AnnotatedInput(String plain, String original, int[] offsets) {
        this.plain = plain;
        this.original = original;
        this.offsets = offsets;
    }

    /** Plain text: the original is the text itself. */
    static AnnotatedInput plain(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new AnnotatedInput(text, text, map);
    }

    /**
     * LanguageTool's {@code data} parameter: {@code {"annotation": [{"text": "A "}, {"markup": "<b>"},
     * {"markup": "<p>", "interpretAs": "\n\n"}, ...]}}.
     *
     * @throws HttpFailure 400 when it is not such JSON
     */
    static AnnotatedInput parse(String data) throws HttpFailure {
        JsonNode root;
        try {
            root = JSON.readTree(data);
        } catch (IOException e) {
            throw HttpFailure.badRequest("'data' is not valid JSON: " + Call.oneLine(e.getMessage()));
        }
        JsonNode parts = root == null ? null : root.get("annotation");
        if (parts == null || !parts.isArray()) {
            throw HttpFailure.badRequest("'data' needs an 'annotation' array, such as "
                    + "{\"annotation\":[{\"text\":\"A \"},{\"markup\":\"<b>\"},{\"text\":\"test\"}]}");
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder orig = new StringBuilder();
        IntList map = new IntList();
        int index = 0;
        for (JsonNode part : parts) {
            JsonNode text = part.get("text");
            JsonNode markup = part.get("markup");
            if (text != null && text.isTextual() && markup == null) {
                for (int i = 0; i < text.asText().length(); i++) {
                    map.add(orig.length() + i);
                }
                plain.append(text.asText());
                orig.append(text.asText());
            } else if (markup != null && markup.isTextual() && text == null) {
                JsonNode as = part.get("interpretAs");
                String interpretAs = as != null && as.isTextual() ? as.asText() : "";
                for (int i = 0; i < interpretAs.length(); i++) {
                    map.add(orig.length());
                }
                plain.append(interpretAs);
                orig.append(markup.asText());
            } else {
                throw HttpFailure.badRequest("'data': annotation " + index
                        + " needs either a 'text' or a 'markup' string (with an optional 'interpretAs')");
            }
            index++;
        }
        map.add(orig.length());
        return new AnnotatedInput(plain.toString(), orig.toString(), map.toArray());
    }

    /** The text the checkers see. */
    String plain() {
        return plain;
    }

    /** The text as the client sent it. */
    String original() {
        return original;
    }

    /** The original offset of a plain-text offset (0 ≤ offset ≤ plain length). */
    int originalOffset(int plainOffset) {
        return offsets[Math.max(0, Math.min(plainOffset, offsets.length - 1))];
    }

    /** The original end of a plain-text range: just after its last character, before any markup that follows. */
    int originalEnd(int plainStart, int plainEnd) {
        return plainEnd > plainStart ? originalOffset(plainEnd - 1) + 1 : originalOffset(plainStart);
    }

    /** A growable int array, so that long texts do not box every offset. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
