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
        readWholeAndStreamed("fuzz.xlf", input);
    }

    @FuzzTest
    void xliff2(byte[] input) throws IOException {
        readWholeAndStreamed("fuzz.xliff", input);
    }

    @FuzzTest
    void po(byte[] input) throws IOException {
        read("fuzz.po", input);
    }

    @FuzzTest
    void tmx(byte[] input) throws IOException {
        readWholeAndStreamed("fuzz.tmx", input);
    }

    @FuzzTest
    void jsonCatalog(byte[] input) throws IOException {
        read("fr.json", input);
    }

    @FuzzTest
    void propertiesCatalog(byte[] input) throws IOException {
        read("messages_fr.properties", input);
    }

    @FuzzTest
    void markdown(byte[] input) throws IOException {
        read("fuzz.md", input);
    }

    @FuzzTest
    void html(byte[] input) throws IOException {
        read("fuzz.html", input);
    }

    @FuzzTest
    void text(byte[] input) throws IOException {
        read("fuzz.txt", input);
    }

    /** A format chosen by content alone, as for a file without a known extension. */
    @FuzzTest
    void sniffed(byte[] input) throws IOException {
        read("fuzz", input);
    }

    private static void read(String name, byte[] input) throws IOException {
        try {
            Formats.read(name, input, null, FRENCH);
        } catch (InputException expected) {
            // The one way a reader may refuse its input.
        }
    }

    /** XLIFF and TMX have a second reader, for files read in parts: both must keep the contract. */
    private static void readWholeAndStreamed(String name, byte[] input) throws IOException {
        read(name, input);
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
