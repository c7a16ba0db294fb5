package dev.concord.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.concord.Locales;
import dev.concord.config.CheckerSettings;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor's settings for Concord (the {@code concord} section of {@code workspace/configuration}, of
 * {@code workspace/didChangeConfiguration}, or the initialization options), over what {@code .concord.yml} says:
 * {@code language}, {@code sourceLanguage}, {@code grammar}, {@code disabledRules}, {@code enabledRules},
 * {@code termbases}. Each one left out leaves the config file's value alone. {@code debounceMillis} (default 300)
 * is how long after an edit the server waits before it checks.
 */
record EditorSettings(String language, String sourceLanguage, Boolean grammar, List<String> disabledRules,
        List<String> enabledRules, List<Path> termbases, long debounceMillis) {
    /** How long after an edit a document is checked, unless the editor says otherwise. */
    static final long DEFAULT_DEBOUNCE_MILLIS = 300;
    static final EditorSettings NONE = new EditorSettings(null, null, null, List.of(), List.of(), List.of(),
            DEFAULT_DEBOUNCE_MILLIS);

    EditorSettings {
        disabledRules = List.copyOf(disabledRules);
        enabledRules = List.copyOf(enabledRules);
        termbases = List.copyOf(termbases);
    }

    /**
     * Reads the settings from what the client sent: an object with these keys, or one that holds them under
     * {@code concord}. Anything else (null, a wrong type) counts as not set; a language tag that is not one is not
     * used.
     */
    static EditorSettings from(Object json) {
        if (!(json instanceof JsonObject o)) {
            return NONE;
        }
        if (o.has("concord") && o.get("concord").isJsonObject()) {
            o = o.getAsJsonObject("concord");
        }
        List<Path> termbases = new ArrayList<>();
        for (String s : strings(o.get("termbases"))) {
            try {
                termbases.add(Path.of(s).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                // Not a path (a NUL character): skipped, as settings of the wrong type are.
            }
        }
        Boolean grammar = o.get("grammar") != null && o.get("grammar").isJsonPrimitive()
                && o.get("grammar").getAsJsonPrimitive().isBoolean() ? o.get("grammar").getAsBoolean() : null;
        long debounce = DEFAULT_DEBOUNCE_MILLIS;
        JsonElement d = o.get("debounceMillis");
        if (d != null && d.isJsonPrimitive() && d.getAsJsonPrimitive().isNumber()) {
            debounce = Math.max(0, Math.min(10_000, d.getAsLong()));
        }
        return new EditorSettings(language(o.get("language")), language(o.get("sourceLanguage")), grammar,
                strings(o.get("disabledRules")), strings(o.get("enabledRules")), termbases, debounce);
    }

    /** The config file's checker settings with these on top. */
    CheckerSettings applyTo(CheckerSettings settings) {
        CheckerSettings s = settings;
        if (grammar != null) {
            s = s.withGrammar(grammar);
        }
        if (!termbases.isEmpty()) {
            s = s.withTermbases(termbases);
        }
        return s.withRules(disabledRules, enabledRules);
    }

    private static String language(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
            return null;
        }
        try {
            return Locales.normalize(e.getAsString());
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private static List<String> strings(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e instanceof JsonArray a) {
            for (JsonElement x : a) {
                if (x.isJsonPrimitive() && x.getAsJsonPrimitive().isString() && !x.getAsString().isBlank()) {
                    out.add(x.getAsString());
                }
            }
        } else if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            for (String s : e.getAsString().split("[,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
