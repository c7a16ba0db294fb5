package dev.concord.format;

import dev.concord.Document;
import dev.concord.DocumentStream;
import java.io.IOException;
import java.util.List;

/**
 * A file format Concord reads. Registered with a {@code ServiceLoader} entry for
 * {@code dev.concord.format.DocumentFormat}; {@link Formats} picks one by file extension, else by content.
 */
public interface DocumentFormat {
    /** Short name used in options and reports: text, markdown, xliff... */
    String name();

    /** File extensions this format reads, lowercase without the dot. */
    List<String> extensions();

    /** True when the start of a file (its name and first bytes) shows that it is in this format. */
    default boolean recognizes(String fileName, byte[] head) {
        return false;
    }

    /**
     * True when one file of this format holds source and target (XLIFF, PO, TMX); false when a target file is paired
     * with a separate source file (text, Markdown, JSON and .properties pairs).
     */
    default boolean isBilingual() {
        return false;
    }

    /** Reads a file into a document; a malformed file is an {@link dev.concord.InputException} saying where. */
    Document read(InputFile file, ReadOptions options) throws IOException;

    /**
     * True when a target file pairs with its source file by key (JSON and .properties message files): the format
     * reads the source file the options name itself, instead of pairing units by position.
     */
    default boolean pairsByKey() {
        return false;
    }

    /** True when this format can read a file in parts, in bounded memory (see {@link #stream}). */
    default boolean streams() {
        return false;
    }

    /**
     * Reads a file in parts of about {@code unitsPerPart} units each, holding only the current part in memory. Formats
     * that cannot stream give the whole document as one part.
     */
    default DocumentStream stream(InputFile file, ReadOptions options, int unitsPerPart) throws IOException {
        return DocumentStream.of(read(file, options));
    }

    /**
     * True when a file found in a folder should be checked by this format. Extensions such as {@code .json} and
     * {@code .properties} also name files that hold no translations (package.json, application.properties): such
     * formats look at the name and its neighbours.
     */
    default boolean collects(java.nio.file.Path file) {
        return true;
    }
}
