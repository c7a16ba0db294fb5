package dev.concord.bench;

import dev.concord.server.ConcordServer;
import dev.concord.server.ConformanceLanguageToolServer;
import dev.concord.server.ServeSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server under load (a worker of {@link BenchmarkSuite}): {@code concord serve} or LanguageTool's own server,
 * in this JVM on 127.0.0.1, with {@code clients} concurrent clients each posting 1 KB texts to {@code /v2/check}
 * (form-encoded, as LanguageTool's clients send them) one after the other.
 *
 * <p>Texts are generated news paragraphs in {@code lang}, a new one for every request (their sentences come from one
 * generator, so some recur), and both servers cache checked sentences alike: Concord's pools hold 20,000 per
 * language, and LanguageTool's server runs with {@code cacheSize} 20,000. Each level runs {@code seconds} after {@code warmup} seconds; then one {@code endurance}-second
 * run at the highest level, with the heap after a full GC before and after. Every loop is bounded in time and count.
 * Prints {@code INFO} lines: throughput, p50/p99 latency and errors per level, heap before and after.
 */
public final class ServeBench {
    private static final int MAX_REQUESTS_PER_LEVEL = 200_000;

    private ServeBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = GrammarBench.arguments(args);
        String which = a.getOrDefault("server", "concord");
        String lang = a.getOrDefault("lang", "fr");
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
        int endurance = Integer.parseInt(a.getOrDefault("endurance", "60"));
        List<Integer> levels = new ArrayList<>();
        for (String c : a.getOrDefault("clients", "1,8,32").split(",")) {
            levels.add(Integer.parseInt(c));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(a.getOrDefault("texts", "8000")); i++) {
            texts.add(NewsText.generate(lang, 1024, 1000 + i));
        }
        AutoCloseable server;
        int port;
        if (which.equals("languagetool")) {
            ConformanceLanguageToolServer lt = ConformanceLanguageToolServer.start(20_000);
            server = lt;
            port = lt.port();
        } else {
            ConcordServer c = ConcordServer.start(ServeSettings.loopback(0)
                    .withLimits(2_000_000, 100_000, Duration.ofSeconds(30), Runtime.getRuntime().availableProcessors(),
                            64), System.err);
            server = c;
            port = c.port();
        }
        String url = "http://127.0.0.1:" + port + "/v2/check";
        String code = lang.equals("en") ? "en-US" : lang.equals("de") ? "de-DE" : lang;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        try {
            // The first request builds LanguageTool for the language: not part of any figure.
            long first = System.nanoTime();
            post(http, url, code, texts.get(0));
            LspBench.info("first-request-ms", (System.nanoTime() - first) / 1e6);
            run(http, url, code, texts, levels.get(levels.size() - 1), warmup);
            for (int clients : levels) {
                Level l = run(http, url, code, texts, clients, seconds);
                LspBench.info("throughput/" + clients, l.requests / l.seconds);
                LspBench.info("p50-ms/" + clients, l.quantile(0.5));
                LspBench.info("p99-ms/" + clients, l.quantile(0.99));
                LspBench.info("errors/" + clients, l.errors);
            }
            int top = levels.get(levels.size() - 1);
            long before = LspBench.usedAfterGc();
            Level e = run(http, url, code, texts, top, endurance);
            long after = LspBench.usedAfterGc();
            LspBench.info("endurance-requests", e.requests);
            LspBench.info("endurance-errors", e.errors);
            LspBench.info("heap-before-mb", before / 1e6);
            LspBench.info("heap-after-mb", after / 1e6);
        } finally {
            server.close();
        }
        System.exit(0);
    }

    /** What one level gave: requests answered 200, errors, latencies in ms, and how long it ran. */
    private record Level(int requests, int errors, List<Double> latencies, double seconds) {
        double quantile(double q) {
            return Stats.quantile(latencies, q);
        }
    }

    private static Level run(HttpClient http, String url, String code, List<String> texts, int clients, int seconds)
            throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end && next.get() < MAX_REQUESTS_PER_LEVEL) {
                    String text = texts.get(next.getAndIncrement() % texts.size());
                    long t = System.nanoTime();
                    try {
                        if (post(http, url, code, text) == 200) {
                            ok.incrementAndGet();
                            latencies.add((System.nanoTime() - t) / 1e6);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(seconds + 120L, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        double took = (System.nanoTime() - started) / 1e9;
        return new Level(ok.get(), errors.get(), latencies, took);
    }

    private static int post(HttpClient http, String url, String code, String text) throws Exception {
        String body = "language=" + code + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }
}
