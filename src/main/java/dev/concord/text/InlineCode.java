package dev.concord.text;

import java.util.Objects;

/**
 * An inline code of a translation unit (an XLIFF {@code <g>}, {@code <x/>}, {@code <ph>}, {@code <pc>}...; a TMX
 * {@code <bpt>}, {@code <ph>}...): formatting or a placeholder that the file marks as code, not text. Paired codes
 * (opening and closing) take no room in the unit's text; a standalone code stands in it as one
 * {@link #PLACEHOLDER} character, which is protected. Codes keep their identity ({@link #key()}), so that checks can
 * compare the codes of the source with those of the target.
 *
 * @param element   the element that wrote the code, such as {@code g}, {@code x}, {@code ph}, {@code pc}, {@code bpt}
 * @param id        the code's id as the file gives it (for a closing code, the id of the code it closes)
 * @param kind      opening, closing or standalone
 * @param offset    UTF-16 offset of the code in the unit's text
 * @param markup    the code as written in the file (its start tag), for messages
 * @param movable   false when the file says the code may not move (XLIFF 2 {@code canReorder="no"})
 */
public record InlineCode(String element, String id, Kind kind, int offset, String markup, boolean movable) {
    /** The character that stands for a standalone code in a unit's text: OBJECT REPLACEMENT CHARACTER. */
    public static final char PLACEHOLDER = '\uFFFC';

    /** Where a code stands in a pair. */
    public enum Kind {
        OPENING,
        CLOSING,
        STANDALONE
    }

    public InlineCode {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(markup, "markup");
        id = id == null ? "" : id;
    }

    /** How many characters the code takes in the unit's text: 1 for a standalone code, else 0. */
    public int length() {
        return kind == Kind.STANDALONE ? 1 : 0;
    }

    /** What identifies the code between source and target: its kind, element family and id. */
    public String key() {
        return kind.name().charAt(0) + ":" + family() + "#" + id;
    }

    /** Opening and closing codes of one pair share a family (g, pc; bx/ex and bpt/ept and sc/ec pair up). */
    private String family() {
        return switch (element) {
            case "bx", "ex" -> "bx";
            case "bpt", "ept" -> "bpt";
            case "sc", "ec", "pc" -> "pc";
            default -> element;
        };
    }
}
