package dev.concord.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * One timed run: wall time, CPU time of the measuring thread (which the load of other processes disturbs far less
 * than wall time, and which is the work done when the work is single-threaded), CPU time of the whole process (the
 * JIT compiler and the garbage collector included, and any thread the measured code starts) and the bytes the
 * measuring thread allocated. Results travel from worker JVMs to {@link BenchmarkSuite} as one tab-separated line.
 *
 * @param wallNanos    elapsed time
 * @param cpuNanos     CPU time of the measuring thread
 * @param processNanos CPU time of the whole process
 * @param allocated    bytes allocated by the measuring thread
 * @param count        what the run produced (issues, matches), so that variants can be checked to do the same work
 */
public record Measured(long wallNanos, long cpuNanos, long processNanos, long allocated, long count) {
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Work to time; returns how many things it produced. */
    @FunctionalInterface
    public interface Work {
        long run() throws Exception;
    }

    /** Runs {@code work} once and measures it. */
    public static Measured of(Work work) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) THREADS;
        long thread = Thread.currentThread().getId();
        long alloc = threads.getThreadAllocatedBytes(thread);
        long process = OS.getProcessCpuTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long count = work.run();
        long wallEnd = System.nanoTime();
        long cpuEnd = THREADS.getCurrentThreadCpuTime();
        long processEnd = OS.getProcessCpuTime();
        long allocEnd = threads.getThreadAllocatedBytes(thread);
        return new Measured(wallEnd - wall, cpuEnd - cpu, processEnd - process, allocEnd - alloc, count);
    }

    /** The line a worker prints for {@link BenchmarkSuite}: {@code RESULT bench variant round wall cpu process alloc count}. */
    public String line(String bench, String variant, int round) {
        return String.format(Locale.ROOT, "RESULT\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d", bench, variant, round, wallNanos,
                cpuNanos, processNanos, allocated, count);
    }

    /** Reads a line written by {@link #line}, or null when {@code line} is not a result. */
    public static Sample parse(String line) {
        if (!line.startsWith("RESULT\t")) {
            return null;
        }
        String[] f = line.split("\t");
        return new Sample(f[1], f[2], Integer.parseInt(f[3]), new Measured(Long.parseLong(f[4]), Long.parseLong(f[5]),
                Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8])));
    }

    /** A measurement with the benchmark, variant and round it belongs to. */
    public record Sample(String bench, String variant, int round, Measured measured) {
    }
}
