package dev.concord.text;

import java.util.Arrays;

/**
 * Maps offsets in a unit's text back to offsets in the file it came from. A unit's text is assembled from pieces
 * copied from the file (a paragraph's lines, the text nodes of Markdown) with characters in between that the file
 * does not hold verbatim (a newline joining two lines, a decoded entity). Offsets inside a copied piece map
 * exactly; offsets between pieces map to the nearest end of a piece.
 */
public final class OffsetMap {
    private final int[] unitStarts;
    private final int[] fileStarts;
    private final int[] lengths;
    private final int unitLength;

    private OffsetMap(int[] unitStarts, int[] fileStarts, int[] lengths, int unitLength) {
        this.unitStarts = unitStarts;
        this.fileStarts = fileStarts;
        this.lengths = lengths;
        this.unitLength = unitLength;
    }

    /** A map for a unit that is one verbatim piece of the file, starting at {@code fileStart}. */
    public static OffsetMap contiguous(int fileStart, int length) {
        return new OffsetMap(new int[] {0}, new int[] {fileStart}, new int[] {length}, length);
    }

    /** Start/end offset in the file of a unit offset; a start maps forward across a gap, an end backward. */
    public int toFileStart(int unitOffset) {
        int i = segmentAt(unitOffset);
        if (i < 0) {
            return fileStarts.length == 0 ? 0 : fileStarts[0];
        }
        int rel = unitOffset - unitStarts[i];
        if (rel < lengths[i] || i + 1 >= unitStarts.length) {
            return fileStarts[i] + Math.min(rel, lengths[i]);
        }
        return fileStarts[i + 1];
    }

    /** The file offset just past the unit character before {@code unitOffset}; see {@link #toFileStart}. */
    public int toFileEnd(int unitOffset) {
        if (unitOffset <= 0) {
            return toFileStart(0);
        }
        int i = segmentAt(unitOffset - 1);
        if (i < 0) {
            return fileStarts.length == 0 ? 0 : fileStarts[0];
        }
        int rel = unitOffset - unitStarts[i];
        return fileStarts[i] + Math.min(rel, lengths[i]);
    }

    /** Length of the unit text this map was built for. */
    public int unitLength() {
        return unitLength;
    }

    private int segmentAt(int unitOffset) {
        int i = Arrays.binarySearch(unitStarts, unitOffset);
        if (i >= 0) {
            // Several empty pieces may start at the same offset: take the last.
            while (i + 1 < unitStarts.length && unitStarts[i + 1] == unitOffset) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    /** Builds a unit's text and its map together, piece by piece. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] unitStarts = new int[8];
        private int[] fileStarts = new int[8];
        private int[] lengths = new int[8];
        private int count;

        /** Appends {@code piece}, which stands verbatim in the file at {@code fileStart}. */
        public Builder copied(CharSequence piece, int fileStart) {
            if (count == unitStarts.length) {
                unitStarts = Arrays.copyOf(unitStarts, count * 2);
                fileStarts = Arrays.copyOf(fileStarts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            // Extend the previous piece when this one continues it in both texts.
            if (count > 0 && unitStarts[count - 1] + lengths[count - 1] == text.length()
                    && fileStarts[count - 1] + lengths[count - 1] == fileStart) {
                lengths[count - 1] += piece.length();
            } else {
                unitStarts[count] = text.length();
                fileStarts[count] = fileStart;
                lengths[count] = piece.length();
                count++;
            }
            text.append(piece);
            return this;
        }

        /** Appends text that the file does not hold verbatim (a joining newline, a decoded entity). */
        public Builder synthetic(CharSequence piece) {
            text.append(piece);
            return this;
        }

        public int length() {
            return text.length();
        }

        public String text() {
            return text.toString();
        }

        public OffsetMap map() {
            return new OffsetMap(Arrays.copyOf(unitStarts, count), Arrays.copyOf(fileStarts, count),
                    Arrays.copyOf(lengths, count), text.length());
        }
    }
}
