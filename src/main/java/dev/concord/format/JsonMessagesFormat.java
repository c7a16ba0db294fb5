package dev.concord.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.text.OffsetMap;
import dev.concord.text.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON message files, one per locale ({@code en.json}, {@code fr.json}; {@code locales/fr/common.json}): nested keys
 * are flattened with dots ({@code menu.file.open}), array items get their index ({@code steps[0]}); objects that hold
 * a {@code message} or {@code defaultMessage} string (Chrome extensions, FormatJS) are one message with their
 * {@code description} as note; ARB's {@code @key} metadata gives notes. A target file is paired by key with its
 * source file (see {@link MessageFiles}). Only files whose name or folder is a locale are collected from folders, so
 * that package.json and other configuration is left alone.
 */
public final class JsonMessagesFormat implements DocumentFormat {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(JsonLimits.constraints())
            .build();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json", "arb");
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
        return KeyedMessages.document(file, options, "json", JsonMessagesFormat::messages);
    }

    static KeyedMessages messages(InputFile file) throws IOException {
        SourceText text = file.text();
        KeyedMessages out = new KeyedMessages(text);
        String content = text.content();
        Map<String, String> arbNotes = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(content)) {
            try {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw error(file, text, p.currentTokenLocation(), "a message file holds one JSON object of keys");
                }
                object(p, "", content, out, arbNotes);
                if (p.nextToken() != null) {
                    throw error(file, text, p.currentTokenLocation(), "text after the end of the JSON object");
                }
            } catch (StreamConstraintsException e) {
                // Jackson gives no location for its limits: the parser is where it stopped.
                throw error(file, text, p.currentLocation(), JsonLimits.message(e));
            }
        } catch (JsonParseException e) {
            String msg = e.getOriginalMessage();
            throw error(file, text, e.getLocation(), "malformed JSON: " + msg.split("\n")[0]);
        }
        arbNotes.forEach((key, note) -> {
            KeyedMessages.Message m = out.messages.get(key);
            if (m != null && m.note() == null) {
                out.messages.put(key, new KeyedMessages.Message(m.text(), m.map(), note));
            }
        });
        return out;
    }

    private static void object(JsonParser p, String prefix, String content, KeyedMessages out,
            Map<String, String> arbNotes) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            String key = prefix.isEmpty() ? name : prefix + "." + name;
            if (prefix.isEmpty() && name.startsWith("@")) {
                arbMetadata(p, name, value, out, arbNotes);
                continue;
            }
            value(p, value, key, content, out, arbNotes);
        }
    }

    private static void value(JsonParser p, JsonToken value, String key, String content, KeyedMessages out,
            Map<String, String> arbNotes) throws IOException {
        // Nested objects and arrays are read by recursion, which JsonLimits bounds: Jackson stops past its depth.
        switch (value) {
            case VALUE_STRING -> out.messages.put(key, string(p, content, null));
            case START_OBJECT -> {
                if (!messageObject(p, key, content, out)) {
                    object(p, key, content, out, arbNotes);
                }
            }
            case START_ARRAY -> {
                int i = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    value(p, t, key + "[" + i++ + "]", content, out, arbNotes);
                }
            }
            default -> {
                // numbers, booleans and null are not text to translate
            }
        }
    }

    /**
     * Reads an object of the form {"message": "...", "description": "..."} (or defaultMessage) as one message; returns
     * false, having read nothing, when the object's first field is not one of these.
     */
    private static boolean messageObject(JsonParser p, String key, String content, KeyedMessages out)
            throws IOException {
        // Decide on the first field: message objects start with message/defaultMessage/description.
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return true;
        }
        String field = p.currentName();
        if (!field.equals("message") && !field.equals("defaultMessage") && !field.equals("description")) {
            // An ordinary nested object: read it as such, starting from this field.
            JsonToken v = p.nextToken();
            value(p, v, key + "." + field, content, out, new HashMap<>());
            object(p, key, content, out, new HashMap<>());
            return true;
        }
        KeyedMessages.Message message = null;
        String description = null;
        while (t == JsonToken.FIELD_NAME) {
            field = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_STRING && (field.equals("message") || field.equals("defaultMessage"))) {
                message = string(p, content, null);
            } else if (v == JsonToken.VALUE_STRING && field.equals("description")) {
                description = p.getText();
            } else {
                p.skipChildren();
            }
            t = p.nextToken();
        }
        if (message != null) {
            out.messages.put(key, new KeyedMessages.Message(message.text(), message.map(), description));
        }
        return true;
    }

    private static void arbMetadata(JsonParser p, String name, JsonToken value, KeyedMessages out,
            Map<String, String> arbNotes) throws IOException {
        if (name.equals("@@locale") && value == JsonToken.VALUE_STRING) {
            try {
                out.declaredLocale = dev.concord.Locales.normalize(p.getText());
            } catch (IllegalArgumentException e) {
                // not a language code: the file name may still say
            }
            return;
        }
        if (value == JsonToken.START_OBJECT) {
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("description") && v == JsonToken.VALUE_STRING) {
                    arbNotes.put(name.substring(1), p.getText());
                } else {
                    p.skipChildren();
                }
            }
        } else {
            p.skipChildren();
        }
    }

    /** The current string token, each character mapped to the file (an escape to its backslash). */
    private static KeyedMessages.Message string(JsonParser p, String content, String note) throws IOException {
        String value = p.getText();
        int quote = (int) p.currentTokenLocation().getCharOffset();
        OffsetMap.Builder b = new OffsetMap.Builder();
        int i = quote + 1;
        if (quote < 0 || quote >= content.length() || content.charAt(quote) != '"') {
            b.synthetic(value);
            return new KeyedMessages.Message(value, b.map(), note);
        }
        int j = 0;
        while (j < value.length() && i < content.length()) {
            char c = content.charAt(i);
            if (c == '\\') {
                char e = content.charAt(i + 1);
                int len = e == 'u' ? 6 : 2;
                b.copied(String.valueOf(value.charAt(j)), i);
                i += len;
                j++;
                continue;
            }
            int run = i;
            int runText = j;
            while (i < content.length() && j < value.length() && content.charAt(i) != '\\' && content.charAt(i) != '"') {
                i++;
                j++;
            }
            b.copied(value.substring(runText, j), run);
        }
        if (value.isEmpty()) {
            return new KeyedMessages.Message("", OffsetMap.contiguous(quote + 1, 0), note);
        }
        return new KeyedMessages.Message(value, b.map(), note);
    }

    private static InputException error(InputFile file, SourceText text, JsonLocation loc, String message) {
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        return new InputException(file.name(), Math.max(line, 0), Math.max(column, 0), message);
    }
}
