package dev.concord;

import java.io.Closeable;
import java.io.IOException;

/**
 * One file read in parts, for files too large to hold in memory (a 200 MB XLIFF or TMX): each part is a
 * {@link Document} of consecutive units, whose text is only the window of the file those units stand in, so that
 * positions still map to the file's lines and columns. {@link Checker#check(DocumentStream)} checks the parts one
 * after the other and keeps only bounded state between them. Read one with
 * {@link dev.concord.format.Formats#stream}.
 */
public interface DocumentStream extends Closeable {
    /**
     * The next part, or null after the last.
     *
     * @throws InputException when the file turns out to be malformed further on
     */
    Document next() throws IOException;

    /** A stream whose only part is a whole document. */
    static DocumentStream of(Document whole) {
        return new DocumentStream() {
            private boolean given;

            @Override
            public Document next() {
                if (given) {
                    return null;
                }
                given = true;
                return whole;
            }

            @Override
            public void close() {
            }
        };
    }
}
