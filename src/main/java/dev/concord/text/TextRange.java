package dev.concord.text;

/** A half-open range [start, end) of UTF-16 offsets in a string. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    /** True when the two ranges share at least one character (or both are empty at the same place). */
    public boolean overlaps(int otherStart, int otherEnd) {
        if (otherStart == otherEnd) {
            return otherStart >= start && otherStart < end;
        }
        return otherStart < end && otherEnd > start;
    }

    public int length() {
        return end - start;
    }
}
