package dev.concord.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed while it writes a report or a baseline leaves the file as it was. */
class AtomicFileCrashTest {
    @TempDir
    Path dir;

    /** The child: starts replacing the file, says so, and waits mid-write to be killed. */
    public static void main(String[] args) throws Exception {
        AtomicFile.write(Path.of(args[0]), out -> {
            for (int i = 0; i < 10_000; i++) {
                out.write("half of a new report, line " + i + "\n");
            }
            out.flush();
            System.out.println("WRITING");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException("interrupted");
            }
        });
    }

    @Test
    void aProcessKilledMidWriteLeavesTheOriginalIntact() throws Exception {
        Path report = dir.resolve("report.json");
        // A byte order mark and CRLF line endings, to see that not one byte changes.
        byte[] original = "\uFEFF{\"issues\": []}\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(report, original);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AtomicFileCrashTest.class.getName(), report.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("WRITING", out.readLine());
            try (Stream<Path> files = Files.list(dir)) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")),
                        "the new text goes to a temporary file beside the report");
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        }
        assertArrayEquals(original, Files.readAllBytes(report), "the report is as it was");
    }

    @Test
    void createNeverReplacesAFile() throws Exception {
        Path config = dir.resolve(".concord.yml");
        AtomicFile.create(config, "language: fr\n");
        assertEquals("language: fr\n", Files.readString(config));
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.create(config, "language: de\n"));
        assertEquals("language: fr\n", Files.readString(config));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }
}
