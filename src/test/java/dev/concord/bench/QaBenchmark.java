package dev.concord.bench;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.rule.Rule;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * End-to-end benchmark of the QA checks alone (no LanguageTool, no other rule family) on a generated 100,000-unit
 * XLIFF file (see {@link XliffGenerator}): reading, checking, and both together, in units per second, with the peak
 * heap the JVM's memory pools saw. Runs the whole file read at once and read in parts of 2,000 units.
 *
 * <pre>
 * ./mvnw -q test-compile &amp;&amp; ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=target/cp.txt &amp;&amp; java -Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dev.concord.bench.QaBenchmark [UNITS] [ROUNDS]
 * </pre>
 */
public final class QaBenchmark {
    private QaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Path.of("target", "bench", "qa-" + units + ".xlf");
        if (!Files.exists(file)) {
            XliffGenerator.write(file, units);
        }
        Checker all = Checker.builder().grammar(false).build();
        List<String> others = all.rules().stream().map(Rule::id).filter(id -> !id.startsWith("qa.")).toList();
        Checker qa = Checker.builder().grammar(false).disableRules(others).build();
        int cores = Runtime.getRuntime().availableProcessors();
        Checker qaThreads = Checker.builder().grammar(false).disableRules(others).threads(cores).build();
        System.out.printf(Locale.ROOT, "file %s: %d units, %.1f MB; %d QA rules; Java %s, %d cores, max heap %d MB%n",
                file, units, Files.size(file) / 1e6, qa.rules().size(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        List<Double> read = new ArrayList<>();
        List<Double> check = new ArrayList<>();
        List<Double> parts = new ArrayList<>();
        List<Double> checkCpu = new ArrayList<>();
        List<Double> checkThreads = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long peakWhole = 0;
        long peakParts = 0;
        int issues = 0;
        for (int r = -2; r < rounds; r++) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            Document d = Formats.read(file, ReadOptions.defaults());
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            List<Issue> found = qa.check(d);
            long c2 = threads.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            long peak1 = peakHeap();
            long t5 = System.nanoTime();
            List<Issue> threaded = qaThreads.check(d);
            long t6 = System.nanoTime();
            if (threaded.size() != found.size()) {
                throw new IllegalStateException("threads found " + threaded.size() + ", one thread " + found.size());
            }
            d = null;
            System.gc();
            resetPeaks();
            long t3 = System.nanoTime();
            List<Issue> streamed = qa.check(Formats.stream(file, ReadOptions.defaults(), 2000));
            long t4 = System.nanoTime();
            long peak2 = peakHeap();
            if (streamed.size() != found.size()) {
                throw new IllegalStateException("parts found " + streamed.size() + ", whole " + found.size());
            }
            if (r >= 0) {
                read.add(units / ((t1 - t0) / 1e9));
                check.add(units / ((t2 - t1) / 1e9));
                checkCpu.add(units / ((c2 - c1) / 1e9));
                checkThreads.add(units / ((t6 - t5) / 1e9));
                parts.add(units / ((t4 - t3) / 1e9));
                peakWhole = Math.max(peakWhole, peak1);
                peakParts = Math.max(peakParts, peak2);
                issues = found.size();
            }
        }
        System.out.printf(Locale.ROOT, "issues found: %d; load average %.1f%n", issues,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "read whole file:           %,10.0f units/s (median of %d)%n", median(read), rounds);
        System.out.printf(Locale.ROOT, "QA checks alone:           %,10.0f units/s (%,.0f per CPU-second of the "
                + "checking thread)%n", median(check), median(checkCpu));
        System.out.printf(Locale.ROOT, "QA checks, %d threads:      %,10.0f units/s%n", cores, median(checkThreads));
        System.out.printf(Locale.ROOT, "read in parts + QA checks: %,10.0f units/s (one thread)%n", median(parts));
        System.out.printf(Locale.ROOT, "peak heap, whole file read and checked: %d MB%n", peakWhole >> 20);
        System.out.printf(Locale.ROOT, "peak heap, read and checked in parts:   %d MB%n", peakParts >> 20);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peak usage since the last reset. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
