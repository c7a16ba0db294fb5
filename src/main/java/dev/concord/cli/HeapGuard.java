package dev.concord.cli;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
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
        // Everything it needs is made now: when the heap is full, a guard that allocates is the first to fail.
        String message = "concord: error: " + advice(max);
        int size = (int) (WINDOW_MILLIS / SAMPLE_MILLIS) + 1;
        long[] times = new long[size];
        long[] collected = new long[size];
        int samples = 0;
        while (true) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
                long now = System.nanoTime() / 1_000_000;
                long collecting = 0;
                for (int i = 0; i < collectors.size(); i++) {
                    collecting += Math.max(0, collectors.get(i).getCollectionTime());
                }
                // A ring of the last WINDOW_MILLIS of samples: the oldest is the one about to be overwritten.
                int slot = samples % size;
                long spanStart = samples >= size ? times[slot] : times[0];
                long collectedStart = samples >= size ? collected[slot] : collected[0];
                times[slot] = now;
                collected[slot] = collecting;
                samples++;
                long span = now - spanStart;
                if (samples <= size || collecting - collectedStart < COLLECTING_SHARE * span) {
                    continue;
                }
                long kept = 0;
                for (int i = 0; i < pools.size(); i++) {
                    MemoryUsage u = pools.get(i).getCollectionUsage();
                    kept += u == null ? 0 : u.getUsed();
                }
                if (kept >= FULL_AFTER_COLLECTION * max) {
                    err.println(message);
                    err.flush();
                    // Nothing has been written yet, or it was written whole: reports are replaced atomically.
                    Runtime.getRuntime().halt(ExitCodes.INPUT_ERROR);
                }
            } catch (InterruptedException e) {
                return;
            } catch (OutOfMemoryError e) {
                // The MXBeans allocate a little; keep watching, the next sample may get through.
            }
        }
    }
}
