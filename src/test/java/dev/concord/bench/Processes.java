package dev.concord.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** The processes {@link BenchmarkSuite} starts: worker JVMs, and timed runs of the command line. */
final class Processes {
    /** GNU time, for the CPU time and resident set of a process that has ended; absent on some systems. */
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private Processes() {
    }

    /** What a worker printed: its results and its {@code INFO key value} lines. */
    record Output(List<Measured.Sample> samples, Map<String, String> info) {
    }

    /**
     * Runs a worker to its end and returns what it printed; its standard error goes to {@code log}.
     *
     * @throws IllegalStateException when it fails or outlives {@code timeout}
     */
    static Output run(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
        Process p = start(command, log);
        p.getOutputStream().close();
        List<Measured.Sample> samples = new ArrayList<>();
        Map<String, String> info = new TreeMap<>();
        try (BufferedReader out = reader(p)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                collect(line, samples, info);
            }
        }
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command) + " (see " + log + ")");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", command) + " (see "
                    + log + ")");
        }
        return new Output(samples, info);
    }

    private static void collect(String line, List<Measured.Sample> samples, Map<String, String> info) {
        Measured.Sample s = Measured.parse(line);
        if (s != null) {
            samples.add(s);
        } else if (line.startsWith("INFO\t")) {
            String[] f = line.split("\t", 3);
            info.put(f[1], f.length > 2 ? f[2] : "");
        }
    }

    /** A worker JVM that answers commands on standard input, one result each, so that several can take turns. */
    static final class Worker implements AutoCloseable {
        private final Process process;
        private final BufferedReader out;
        private final Writer in;
        private final String name;
        private final Map<String, String> info = new TreeMap<>();

        Worker(String name, List<String> command, Path log) throws IOException {
            this.name = name;
            this.process = start(command, log);
            this.out = reader(process);
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            for (String line = out.readLine(); !"READY".equals(line); line = out.readLine()) {
                if (line == null) {
                    throw new IllegalStateException(name + " ended before it was ready (see " + log + ")");
                }
                collect(line, new ArrayList<>(), info);
            }
        }

        Map<String, String> info() {
            return info;
        }

        /** Sends one command and waits for its result. */
        Measured.Sample ask(String command) throws IOException {
            in.write(command + "\n");
            in.flush();
            List<Measured.Sample> got = new ArrayList<>();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                collect(line, got, info);
                if (!got.isEmpty()) {
                    return got.get(0);
                }
            }
            throw new IllegalStateException(name + " ended while answering '" + command + "'");
        }

        @Override
        public void close() throws IOException, InterruptedException {
            try {
                in.write("quit\n");
                in.flush();
            } catch (IOException e) {
                // It has ended already.
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * A command run to its end: wall time measured here, CPU time (user + system) and peak resident set from GNU time
     * where the system has it (-1 otherwise), the exit code and the end of its standard error.
     */
    record Timed(long wallNanos, long cpuNanos, long maxRssKb, int exit, String errTail) {
    }

    /** Runs {@code command} once, its output discarded and its standard error kept in {@code log}. */
    static Timed timed(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
        Path times = Files.createTempFile("concord-bench-time", ".txt");
        List<String> full = new ArrayList<>();
        boolean gnu = Files.isExecutable(GNU_TIME);
        if (gnu) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", times.toString()));
        }
        full.addAll(command);
        ProcessBuilder b = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile());
        long start = System.nanoTime();
        Process p = b.start();
        p.getOutputStream().close();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            Files.deleteIfExists(times);
            return new Timed(System.nanoTime() - start, -1, -1, -1, "timed out after " + timeout.toSeconds() + " s");
        }
        long wall = System.nanoTime() - start;
        long cpu = -1;
        long rss = -1;
        if (gnu) {
            List<String> lines = Files.readAllLines(times);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
            String[] f = last.split(" ");
            if (f.length == 3 && f[0].matches("[0-9.]+")) {
                cpu = (long) ((Double.parseDouble(f[0]) + Double.parseDouble(f[1])) * 1e9);
                rss = Long.parseLong(f[2]);
            }
        }
        Files.deleteIfExists(times);
        List<String> err = Files.readAllLines(log);
        String tail = String.join(" | ", err.subList(Math.max(0, err.size() - 3), err.size()));
        return new Timed(wall, cpu, rss, p.exitValue(), tail);
    }

    private static Process start(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        return new ProcessBuilder(command).redirectError(log.toFile()).start();
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Sleeps a little, so that the previous run's process has left the machine before the next one starts. */
    static void settle() throws InterruptedException {
        Thread.sleep(Duration.ofMillis(300).toMillis());
    }
}
