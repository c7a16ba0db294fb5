package dev.concord.format;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits set explicitly on every Jackson parser that reads a user's file (JSON message catalogs, CSV glossaries),
 * so that a newer Jackson with other defaults, or a global override, cannot change what Concord accepts.
 */
public final class JsonLimits {
    /** Objects and arrays nest at most this deep (the same bound as XML elements; catalogs nest a few levels). */
    public static final int MAX_NESTING_DEPTH = 256;
    /** One string value (or CSV cell) is at most this long, in characters (Jackson's default, stated). */
    public static final int MAX_STRING_CHARS = 20_000_000;
    /** One key is at most this long, in characters. */
    public static final int MAX_NAME_CHARS = 50_000;
    /** One number is at most this long, in characters. */
    public static final int MAX_NUMBER_CHARS = 1_000;

    private JsonLimits() {
    }

    /** The constraints to build every parser factory with. */
    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNameLength(MAX_NAME_CHARS)
                .maxNumberLength(MAX_NUMBER_CHARS)
                .build();
    }

    /** Concord's words for a limit the parser hit (Jackson's message names its internal getters). */
    public static String message(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "objects and arrays nest deeper than " + MAX_NESTING_DEPTH + " levels, Concord's limit";
        }
        if (m.startsWith("String value length")) {
            return "a value longer than " + MAX_STRING_CHARS + " characters, Concord's limit";
        }
        if (m.startsWith("Name length")) {
            return "a key longer than " + MAX_NAME_CHARS + " characters, Concord's limit";
        }
        if (m.startsWith("Number value length")) {
            return "a number longer than " + MAX_NUMBER_CHARS + " characters, Concord's limit";
        }
        return m.replaceAll("\\s*\\R\\s*", " ");
    }
}
