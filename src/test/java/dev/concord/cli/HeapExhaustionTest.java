package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.bench.XliffGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that does not fit its heap stops with one line that names the flags to bound it, exit code 2, and no report
 * half-written; it does not thrash in garbage collection for minutes. Run in a child JVM with a small heap.
 */
class HeapExhaustionTest {
    @TempDir
    Path dir;

    /** The run's exit code and output, from a child JVM with a 96 MB heap; null when it did not end. */
    private record Run(Integer exit, List<String> out) {
    }

    private Run check(Path xliff, Path report, String streamAbove) throws Exception {
        Path out = dir.resolve("out-" + streamAbove + ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.concord.cli.Main", "check", "--no-grammar", "--stream-above", streamAbove, "--format", "json",
                "--output", report.toString(), xliff.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        // A bound on a hang, not a speed check: the guard or the JVM stops a starved run long before it.
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        return new Run(ended ? p.exitValue() : null, Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    @Test
    void aFileTooLargeForTheHeapStopsWithAdviceAndWritesNoReport() throws Exception {
        Path xliff = dir.resolve("units.en-fr.xlf");
        XliffGenerator.main(new String[] {xliff.toString(), "40000"});
        Path report = dir.resolve("report.json");
        Run whole = check(xliff, report, "100");
        List<String> out = whole.out();
        assertEquals(2, whole.exit(), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("concord: error: out of memory (Java heap ")
                && l.contains("--stream-above")), out.toString());
        assertFalse(out.stream().anyMatch(l -> l.contains("internal error") || l.startsWith("\tat ")),
                "no stack trace: " + out);
        assertFalse(Files.exists(report), "no report is written from a run that did not finish");

        // The same file read in parts fits in the same heap.
        Run parts = check(xliff, report, "0");
        assertEquals(1, parts.exit(), "checked, with findings: " + parts.out());
        assertTrue(Files.size(report) > 0);
    }
}
