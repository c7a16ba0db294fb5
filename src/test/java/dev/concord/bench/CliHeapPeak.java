package dev.concord.bench;

import dev.concord.cli.Main;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs the {@code concord} command line ({@code Main.run}, what {@code java -jar concord.jar} runs) and then prints the
 * peak heap the JVM's memory pools saw, for the peak-heap benchmark of {@link BenchmarkSuite}: run it in a fresh JVM
 * with {@code -Xmx512m} (and a GC log), so that passing at all is the first result and the peaks the second. The
 * printed figure is the sum of the heap pools' peaks, an upper bound of the heap in use at any one moment.
 *
 * <p>With {@code -Dconcord.bench.liveEverySeconds=N}, a thread also forces a full collection every N seconds and
 * prints the largest heap in use right after one ({@code heap-live-max}): what the run really keeps, which G1's own
 * log overstates (its young collections leave old garbage in place until a mixed one).
 */
public final class CliHeapPeak {
    private CliHeapPeak() {
    }

    public static void main(String[] args) {
        long every = Long.getLong("concord.bench.liveEverySeconds", 0);
        long[] liveMax = new long[1];
        if (every > 0) {
            Thread sampler = new Thread(() -> {
                java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                while (true) {
                    try {
                        Thread.sleep(every * 1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.gc();
                    synchronized (liveMax) {
                        liveMax[0] = Math.max(liveMax[0], memory.getHeapMemoryUsage().getUsed());
                    }
                }
            }, "live-heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
        int exit = Main.run(args);
        if (every > 0) {
            synchronized (liveMax) {
                System.err.printf("INFO\theap-live-max\t%d%n", liveMax[0]);
            }
        }
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
                System.err.printf("INFO\theap-pool-peak/%s\t%d%n", pool.getName().replace(' ', '-'),
                        pool.getPeakUsage().getUsed());
            }
        }
        System.err.printf("INFO\theap-peak-sum\t%d%n", sum);
        System.err.printf("INFO\theap-max\t%d%n", Runtime.getRuntime().maxMemory());
        System.err.printf("INFO\texit\t%d%n", exit);
        System.exit(exit);
    }
}
