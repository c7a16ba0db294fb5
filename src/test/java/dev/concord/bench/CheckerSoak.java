package dev.concord.bench;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.format.ReadOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak of the hardening work: one {@link Checker} (grammar off) shared by 8 threads checks distinct generated
 * catalogs until {@code units=N} unit checks are done, and the heap after a full collection is printed at each tenth
 * of the way, so that a cache without a bound shows as growth. Every catalog's issues are also compared with the
 * issues of checking it again on the calling thread, sampled one in a hundred. Prints {@code INFO} lines.
 *
 * <p>Arguments: {@code units=1000000} (unit checks in all), {@code minutes=30} (a bound on the whole run).
 */
public final class CheckerSoak {
    private static final int THREADS = 8;
    private static final int UNITS_PER_CATALOG = 10;

    private CheckerSoak() {
    }

    public static void main(String[] args) throws Exception {
        long units = 1_000_000;
        long minutes = 30;
        for (String a : args) {
            if (a.startsWith("units=")) {
                units = Long.parseLong(a.substring(6));
            } else if (a.startsWith("minutes=")) {
                minutes = Long.parseLong(a.substring(8));
            }
        }
        Checker checker = Checker.builder().grammar(false).targetLocale("fr").sourceLocale("en").threads(1).build();
        long catalogs = units / UNITS_PER_CATALOG;
        AtomicLong next = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        AtomicLong findings = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        System.out.printf("INFO\theap-mb-at-0%%\t%.1f%n", liveMegabytes());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int tenth = 1; tenth <= 10; tenth++) {
                long upTo = catalogs * tenth / 10;
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    work.add(pool.submit(() -> {
                        for (long i; (i = next.getAndIncrement()) < upTo && System.nanoTime() < deadline; ) {
                            Document d = catalog(i);
                            List<Issue> found = checker.check(d);
                            findings.addAndGet(found.size());
                            if (i % 100 == 0 && !found.equals(checker.check(catalog(i)))) {
                                mismatches.incrementAndGet();
                            }
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                // The threads each took one number past the tenth's end; the next tenth starts there.
                next.set(upTo);
                System.out.printf("INFO\theap-mb-at-%d%%\t%.1f%n", tenth * 10, liveMegabytes());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("INFO\tunit-checks\t%d%n", Math.min(next.get(), catalogs) * UNITS_PER_CATALOG);
        System.out.printf("INFO\tfindings\t%d%n", findings.get());
        System.out.printf("INFO\tmismatches\t%d%n", mismatches.get());
        System.out.printf("INFO\tseconds\t%.1f%n", (System.nanoTime() - started) / 1e9);
        System.out.printf("INFO\tfinished-in-time\t%b%n", System.nanoTime() < deadline);
    }

    /** Catalog {@code i}: ten units of its own, with numbers, placeholders and names to find fault with. */
    static Document catalog(long i) {
        String[] names = {"Tokaïev", "Tokayev", "Tokaev"};
        StringBuilder po = new StringBuilder("msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\n");
        for (int u = 0; u < UNITS_PER_CATALOG; u++) {
            long n = i * UNITS_PER_CATALOG + u;
            po.append("msgid \"Saved ").append(n).append(" items for %s in word").append(n % 997).append(".\"\n")
                    .append("msgstr \"").append(u % 3 == 0 ? "" : n + " ").append("éléments enregistrés pour ")
                    .append(u % 4 == 0 ? "%d" : "%s").append(" par ").append(names[(int) ((i + u) % names.length)])
                    .append(" mot").append(n % 991).append(u % 5 == 0 ? " ." : ".").append("\"\n\n");
        }
        try {
            return Document.parse(Path.of("soak-" + i + ".po"), po.toString(), ReadOptions.defaults());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double liveMegabytes() {
        for (int k = 0; k < 2; k++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }
}
