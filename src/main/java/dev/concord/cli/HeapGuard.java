package dev.concord.cli;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;

/**
 * Stops a command-line run that is running out of heap, at once and with a message that names the flags to bound it,
 * instead of letting the JVM spend minutes collecting garbage before it fails (or never does). A run is out of heap
 * when, over the last few seconds, most of the time went to collections and they left the heap nearly full.
 */
final class HeapGuard {
    /** Share of the heap still in use after the last collection, at or above which the heap counts as full. */
    static final double FULL_AFTER_COLLECTION = 0.90;
    /** Share of the wall time spent collecting over {@link #WINDOW_MILLIS}, at or above which the JVM is thrashing. */
    static final double COLLECTING_SHARE = 0.50;
    static final long WINDOW_MILLIS = 5_000;
    private static final long SAMPLE_MILLIS = 250;

    private HeapGuard() {
    }

    /** The advice shown when the heap runs out, naming what bounds the memory a run takes. */
    static String advice(long maxHeapBytes) {
        return String.format(Locale.ROOT, "out of memory (Java heap %d MB): read large XLIFF and TMX files in parts"
                + " with --stream-above (such as --stream-above 4), check fewer files at once, or give Java more"
                + " heap (java -Xmx2g -jar concord.jar ...)", maxHeapBytes >> 20);
    }

    /** Starts watching the heap for the rest of this process, on a daemon thread; it halts the process with exit 2. */
    static void watch(PrintStream err) {
        Thread t = new Thread(() -> run(err), "concord-heap-guard");
        t.setDaemon(true);
        t.start();
    }

    private static void run(PrintStream err) {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
        long max = Runtime.getRuntime().maxMemory();
        // (time, collection time so far) samples, oldest first, spanning at least the window.
        ArrayDeque<long[]> samples = new ArrayDeque<>();
        while (true) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime() / 1_000_000;
            long collecting = 0;
            for (GarbageCollectorMXBean c : collectors) {
                collecting += Math.max(0, c.getCollectionTime());
            }
            samples.addLast(new long[] {now, collecting});
            while (samples.size() > 1 && now - second(samples)[0] >= WINDOW_MILLIS) {
                samples.removeFirst();
            }
            long[] first = samples.peekFirst();
            long span = now - first[0];
            if (span < WINDOW_MILLIS || (collecting - first[1]) < COLLECTING_SHARE * span) {
                continue;
            }
            long kept = 0;
            for (MemoryPoolMXBean p : pools) {
                MemoryUsage u = p.getCollectionUsage();
                kept += u == null ? 0 : u.getUsed();
            }
            if (kept >= FULL_AFTER_COLLECTION * max) {
                err.println("concord: error: " + advice(max));
                err.flush();
                // Nothing has been written yet, or it was written whole: reports are replaced atomically.
                Runtime.getRuntime().halt(ExitCodes.INPUT_ERROR);
            }
        }
    }

    private static long[] second(ArrayDeque<long[]> samples) {
        var it = samples.iterator();
        it.next();
        return it.next();
    }
}
