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
 */
public final class CliHeapPeak {
    private CliHeapPeak() {
    }

    public static void main(String[] args) {
        int exit = Main.run(args);
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
