package dev.concord.text;

import java.util.Arrays;

/**
 * Maps offsets in a unit's text back to offsets in the file it came from. A unit's text is assembled from pieces
 * copied from the file (a paragraph's lines, the text nodes of Markdown) with characters in between that the file
 * does not hold verbatim (a newline joining two lines, a decoded entity). Offsets inside a copied piece map
 * exactly; offsets between pieces map to the nearest end of a piece. A piece may also stand for a different stretch of
 * the file (an HTML entity for the character it decodes to, a run of whitespace read as one space): its start maps to
 * the stretch's start and its end to the stretch's end.
 */
public final class OffsetMap {
    private final int[] unitStarts;
    private final int[] fileStarts;
    private final int[] lengths;
    /** Each piece's length in the file: its own length for a verbatim piece, else the stretch it stands for. */
    private final int[] fileLengths;
    private final int unitLength;

    private OffsetMap(int[] unitStarts, int[] fileStarts, int[] lengths, int[] fileLengths, int unitLength) {
        this.unitStarts = unitStarts;
        this.fileStarts = fileStarts;
        this.lengths = lengths;
        this.fileLengths = fileLengths;
        this.unitLength = unitLength;
    }

    /** A map for a unit that is one verbatim piece of the file, starting at {@code fileStart}. */
    public static OffsetMap contiguous(int fileStart, int length) {
        return new OffsetMap(new int[] {0}, new int[] {fileStart}, new int[] {length}, new int[] {length}, length);
    }

    /** Start/end offset in the file of a unit offset; a start maps forward across a gap, an end backward. */
    public int toFileStart(int unitOffset) {
        int i = segmentAt(unitOffset);
        if (i < 0) {
            return fileStarts.length == 0 ? 0 : fileStarts[0];
        }
        int rel = unitOffset - unitStarts[i];
        if (rel < lengths[i] || i + 1 >= unitStarts.length) {
            return fileStarts[i] + inFile(i, rel);
        }
        return fileStarts[i + 1];
    }

    /** Where offset {@code rel} of piece {@code i} stands in the file, from the piece's start. */
    private int inFile(int i, int rel) {
        if (lengths[i] == fileLengths[i]) {
            return Math.min(rel, lengths[i]);
        }
        // A piece that stands for another stretch (an entity) is whole or nothing: inside it, the start.
        return rel >= lengths[i] ? fileLengths[i] : 0;
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
        if (lengths[i] != fileLengths[i] && rel > 0) {
            return fileStarts[i] + fileLengths[i]; // an end inside an entity takes the whole entity
        }
        return fileStarts[i] + inFile(i, rel);
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
        private int[] fileLengths = new int[8];
        private int count;

        /** Appends {@code piece}, which stands verbatim in the file at {@code fileStart}. */
        public Builder copied(CharSequence piece, int fileStart) {
            // Extend the previous piece when this one continues it in both texts.
            if (count > 0 && lengths[count - 1] == fileLengths[count - 1]
                    && unitStarts[count - 1] + lengths[count - 1] == text.length()
                    && fileStarts[count - 1] + lengths[count - 1] == fileStart) {
                lengths[count - 1] += piece.length();
                fileLengths[count - 1] += piece.length();
                text.append(piece);
                return this;
            }
            return add(piece, fileStart, piece.length());
        }

        /**
         * Appends {@code piece}, which stands for the {@code fileLength} characters at {@code fileStart} without being
         * them: an entity for the character it decodes to, a run of whitespace for one space.
         */
        public Builder replaced(CharSequence piece, int fileStart, int fileLength) {
            if (piece.length() == fileLength) {
                return copied(piece, fileStart);
            }
            return add(piece, fileStart, fileLength);
        }

        private Builder add(CharSequence piece, int fileStart, int fileLength) {
            if (count == unitStarts.length) {
                unitStarts = Arrays.copyOf(unitStarts, count * 2);
                fileStarts = Arrays.copyOf(fileStarts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
                fileLengths = Arrays.copyOf(fileLengths, count * 2);
            }
            unitStarts[count] = text.length();
            fileStarts[count] = fileStart;
            lengths[count] = piece.length();
            fileLengths[count] = fileLength;
            count++;
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
                    Arrays.copyOf(lengths, count), Arrays.copyOf(fileLengths, count), text.length());
        }
    }
}
