package dev.concord;

import dev.concord.text.InlineCode;
import dev.concord.text.OffsetMap;
import dev.concord.text.TextRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One unit of checked text: a paragraph of a text or Markdown file, a segment of a translation file. It holds the
 * target text and, for bilingual input, the source text it translates, each with a map back to its file and the
 * ranges that rules must not report on (inline code, URLs, markup). Immutable.
 */
public final class Unit {
    /**
     * The property that tells two messages with the same words apart by meaning (PO's msgctxt, XLIFF's context
     * groups): units whose disambiguation differs are not expected to share a translation.
     */
    public static final String DISAMBIGUATION = "disambiguation";

    /**
     * The property in which a reader says what is wrong with the entry a unit comes from (a plural form too many, a
     * duplicate), when the entry can still be read: the defect is a finding on the unit, and the rest of the file is
     * checked.
     */
    public static final String DEFECT = "defect";

    /**
     * The property that holds, for one form of a plural entry (PO's msgstr[n]), the form's index n: the form that
     * covers a single count may leave the count out ("ein Byte" for "%lu byte").
     */
    public static final String PLURAL_FORM = "plural-form";

    private final String id;
    private final boolean stableId;
    private final String text;
    private final OffsetMap textMap;
    private final List<TextRange> protectedRanges;
    private final String source;
    private final OffsetMap sourceMap;
    private final List<TextRange> sourceProtectedRanges;
    private final String note;
    private final String context;
    private final String state;
    private final Integer maxLength;
    private final Map<String, String> properties;
    private final List<InlineCode> codes;
    private final List<InlineCode> sourceCodes;

    private Unit(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.stableId = b.stableId;
        this.text = Objects.requireNonNull(b.text, "text");
        this.textMap = b.textMap != null ? b.textMap : OffsetMap.contiguous(0, b.text.length());
        this.protectedRanges = List.copyOf(b.protectedRanges);
        this.source = b.source;
        this.sourceMap = b.source == null ? null
                : b.sourceMap != null ? b.sourceMap : OffsetMap.contiguous(0, b.source.length());
        this.sourceProtectedRanges = List.copyOf(b.sourceProtectedRanges);
        this.note = b.note;
        this.context = b.context;
        this.state = b.state;
        this.maxLength = b.maxLength;
        this.properties = Map.copyOf(b.properties);
        this.codes = List.copyOf(b.codes);
        this.sourceCodes = List.copyOf(b.sourceCodes);
    }

    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    /** A monolingual unit whose text stands verbatim at offset 0 of its own text (for text given in code). */
    public static Unit of(String id, String text) {
        return builder(id, text).build();
    }

    /** The unit's id: its paragraph number in text files, its segment id in translation files. */
    public String id() {
        return id;
    }

    /**
     * True when the id names this unit whatever is edited around it (an XLIFF or PO id), false when it is only a
     * position (a paragraph number): fingerprints then use the unit's text instead.
     */
    public boolean hasStableId() {
        return stableId;
    }

    /** The target text: what is checked. */
    public String text() {
        return text;
    }

    public OffsetMap textMap() {
        return textMap;
    }

    /** Ranges of the target text that rules must not report on (code, URLs, markup kept as text). */
    public List<TextRange> protectedRanges() {
        return protectedRanges;
    }

    /** The source text this unit translates, or null for monolingual input. */
    public String source() {
        return source;
    }

    public boolean isBilingual() {
        return source != null;
    }

    public OffsetMap sourceMap() {
        return sourceMap;
    }

    public List<TextRange> sourceProtectedRanges() {
        return sourceProtectedRanges;
    }

    /** A note or comment for translators that the file gives with this unit, or null. */
    public String note() {
        return note;
    }

    /** Context the file gives (msgctxt, resname, key), or null. */
    public String context() {
        return context;
    }

    /** The unit's state in its workflow as the file says it (translated, fuzzy, final...), or null. */
    public String state() {
        return state;
    }

    /** The maximum length the file allows for the target, in characters, or null. */
    public Integer maxLength() {
        return maxLength;
    }

    /** Further format-specific facts, by name. */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * The inline codes of the target text that the file marks as codes (XLIFF, TMX), in order; empty for formats
     * without them. A standalone code stands in the text as {@link InlineCode#PLACEHOLDER}.
     */
    public List<InlineCode> codes() {
        return codes;
    }

    /** The inline codes of the source text, in order. */
    public List<InlineCode> sourceCodes() {
        return sourceCodes;
    }

    /** True when [start, end) of the target text overlaps a protected range. */
    public boolean isProtected(int start, int end) {
        for (TextRange r : protectedRanges) {
            if (r.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** A copy of this unit with the given source text paired to it. */
    public Unit withSource(String sourceText, OffsetMap map, List<TextRange> sourceProtected) {
        Builder b = toBuilder();
        b.source = sourceText;
        b.sourceMap = map;
        b.sourceProtectedRanges = List.copyOf(sourceProtected);
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, text);
        b.stableId = stableId;
        b.textMap = textMap;
        b.protectedRanges = protectedRanges;
        b.source = source;
        b.sourceMap = sourceMap;
        b.sourceProtectedRanges = sourceProtectedRanges;
        b.note = note;
        b.context = context;
        b.state = state;
        b.maxLength = maxLength;
        b.properties = new LinkedHashMap<>(properties);
        b.codes = codes;
        b.sourceCodes = sourceCodes;
        return b;
    }

    @Override
    public String toString() {
        return "Unit[" + id + ": " + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "]";
    }

    /** Builds a {@link Unit}. */
    public static final class Builder {
        private final String id;
        private final String text;
        private boolean stableId;
        private OffsetMap textMap;
        private List<TextRange> protectedRanges = List.of();
        private String source;
        private OffsetMap sourceMap;
        private List<TextRange> sourceProtectedRanges = List.of();
        private String note;
        private String context;
        private String state;
        private Integer maxLength;
        private Map<String, String> properties = new LinkedHashMap<>();
        private List<InlineCode> codes = List.of();
        private List<InlineCode> sourceCodes = List.of();

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public Builder stableId(boolean stable) {
            this.stableId = stable;
            return this;
        }

        public Builder textMap(OffsetMap map) {
            this.textMap = map;
            return this;
        }

        public Builder protectedRanges(List<TextRange> ranges) {
            this.protectedRanges = List.copyOf(ranges);
            return this;
        }

        public Builder source(String sourceText, OffsetMap map) {
            this.source = sourceText;
            this.sourceMap = map;
            return this;
        }

        public Builder sourceProtectedRanges(List<TextRange> ranges) {
            this.sourceProtectedRanges = List.copyOf(ranges);
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder context(String context) {
            this.context = context;
            return this;
        }

        public Builder state(String state) {
            this.state = state;
            return this;
        }

        public Builder maxLength(Integer maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        public Builder property(String name, String value) {
            this.properties.put(name, value);
            return this;
        }

        /** The target text's inline codes, in order. */
        public Builder codes(List<InlineCode> inlineCodes) {
            this.codes = List.copyOf(inlineCodes);
            return this;
        }

        /** The source text's inline codes, in order. */
        public Builder sourceCodes(List<InlineCode> inlineCodes) {
            this.sourceCodes = List.copyOf(inlineCodes);
            return this;
        }

        public Unit build() {
            return new Unit(this);
        }
    }
}
