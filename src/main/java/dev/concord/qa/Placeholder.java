package dev.concord.qa;

/**
 * A placeholder found in text: where it is, what syntax it follows, and the key it is compared by ({@code %1$s} for
 * both {@code %s} and {@code %1$s} in first place, {@code {name}} for {@code {name}} and
 * {@code {name, plural, ...}}).
 */
record Placeholder(int start, int end, Kind kind, String key, String text) {
    /** The syntax of a placeholder. */
    enum Kind {
        PRINTF,
        NUMBERED,
        BRACE,
        ICU_PLURAL,
        ICU_SELECT,
        MUSTACHE,
        DOLLAR,
        PERCENT_NAME,
        ENTITY,
        /** A brace or printf sequence that is broken: an unclosed {@code {name}. */
        MALFORMED
    }
}
