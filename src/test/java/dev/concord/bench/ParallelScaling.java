package dev.concord.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.concord.Checker;
import dev.concord.Document;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Does {@link Checker#checkAll} scale with threads? Checks a generated folder of Markdown files with LanguageTool on
 * 1 and then N threads, each after a warm-up on another folder (so that LanguageTool objects exist and the JIT has
 * run, and the measured folder's sentences are not in LanguageTool's cache), and prints wall time, process CPU time
 * and how the work spread. On a busy machine the wall time says little; the CPU time says whether more threads cost
 * more work, and wall × cores ÷ CPU says how much of the machine the run got.
 *
 * <pre>{@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.concord.bench.ParallelScaling 200 2}</pre>
 */
public final class ParallelScaling {
    private ParallelScaling() {
    }

    public static void main(String[] args) throws IOException {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int maxThreads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path root = Files.createTempDirectory("concord-scaling");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int threads = 1; threads <= maxThreads; threads *= 2) {
            Checker checker = Checker.builder().targetLocale("en").threads(threads).build();
            List<Document> warmUp = read(root.resolve("warm-" + threads), files / 4, 1000L + threads, files);
            checker.checkAll(warmUp);
            List<Document> docs = read(root.resolve("run-" + threads), files, 2000L + threads, files);
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            int issues = checker.checkAll(docs).size();
            long wall = System.nanoTime() - start;
            long used = os.getProcessCpuTime() - cpu;
            System.out.printf("threads=%d files=%d wall=%.1f s cpu=%.1f s cpu/wall=%.2f issues=%d load=%.2f%n",
                    threads, docs.size(), wall / 1e9, used / 1e9, (double) used / wall, issues,
                    os.getSystemLoadAverage());
        }
    }

    private static List<Document> read(Path folder, int files, long seed, int sizeOf) throws IOException {
        MarkdownFolder.write(folder, files, 1_000_000L * files / sizeOf, seed);
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                docs.add(Document.parse(p));
            }
        }
        return docs;
    }
}
