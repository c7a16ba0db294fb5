package dev.concord.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.concord.DocumentStream;
import dev.concord.InputException;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Every document reader, fed arbitrary bytes: it reads them or refuses them with an {@link InputException}. Any other
 * exception or error (a RuntimeException, a StackOverflowError, running out of memory) fails the test, and Jazzer keeps
 * the input. The regular build replays the seeds under {@code DocumentReadersFuzzTestInputs/<method>/}.
 */
class DocumentReadersFuzzTest {
    private static final ReadOptions FRENCH = ReadOptions.defaults().withTargetLocale("fr");

    @FuzzTest
    void xliff12(byte[] input) throws IOException {
        readWholeAndStreamed("xliff", "fuzz.xlf", input);
    }

    @FuzzTest
    void xliff2(byte[] input) throws IOException {
        readWholeAndStreamed("xliff", "fuzz.xliff", input);
    }

    @FuzzTest
    void po(byte[] input) throws IOException {
        read("po", "fuzz.po", input);
    }

    @FuzzTest
    void tmx(byte[] input) throws IOException {
        readWholeAndStreamed("tmx", "fuzz.tmx", input);
    }

    @FuzzTest
    void jsonCatalog(byte[] input) throws IOException {
        read("json", "fr.json", input);
    }

    @FuzzTest
    void propertiesCatalog(byte[] input) throws IOException {
        read("properties", "messages_fr.properties", input);
    }

    @FuzzTest
    void markdown(byte[] input) throws IOException {
        read("markdown", "fuzz.md", input);
    }

    @FuzzTest
    void html(byte[] input) throws IOException {
        read("html", "fuzz.html", input);
    }

    @FuzzTest
    void text(byte[] input) throws IOException {
        read("text", "fuzz.txt", input);
    }

    /** A format chosen by content alone, as for a file without a known extension. */
    @FuzzTest
    void sniffed(byte[] input) throws IOException {
        read(null, "fuzz", input);
    }

    /**
     * Reads the input as a document sent by name (as the HTTP API does): in {@code format}, or with null in the
     * format its content shows. A name alone does not choose the format: only a file's extension does.
     */
    private static void read(String format, String name, byte[] input) throws IOException {
        try {
            Formats.read(name, input, null, format == null ? FRENCH : FRENCH.withFormat(format));
        } catch (InputException expected) {
            // The one way a reader may refuse its input.
        }
    }

    /** XLIFF and TMX have a second reader, for files read in parts: both must keep the contract. */
    private static void readWholeAndStreamed(String format, String name, byte[] input) throws IOException {
        read(format, name, input);
        Path file = FuzzFiles.write(name, input);
        try (DocumentStream parts = Formats.stream(file, FRENCH, 2)) {
            while (parts.next() != null) {
                // Reading each part is the test.
            }
        } catch (InputException expected) {
            // As above.
        }
    }
}
