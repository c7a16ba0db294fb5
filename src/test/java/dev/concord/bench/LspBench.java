package dev.concord.bench;

import dev.concord.lsp.ConcordLanguageServer;
import dev.concord.lsp.RecordingClient;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server under edits, as an editor drives it (a worker of {@link BenchmarkSuite}): LSP4J's client over
 * pipes to {@code ConcordLanguageServer.serve} in this JVM, a generated French Markdown document of {@code bytes}
 * bytes with grammar on ({@code grammar=false} turns it off), debounce 0 (so that the figures exclude it).
 *
 * <ul>
 *   <li>latency: {@code edits} one-sentence {@code didChange}s (an incremental range), each timed from the send to
 *       the {@code publishDiagnostics} of its version;</li>
 *   <li>endurance: {@code typed} random edits (a word typed or deleted somewhere), sent in bursts of ten as typing
 *       sends them, the publish after each burst awaited; the heap after a full GC before and after; and the last
 *       published diagnostics compared with a fresh server's check of the final text.</li>
 * </ul>
 *
 * <p>Every loop is bounded in count and in time ({@code minutes}). Prints {@code INFO} lines.
 */
public final class LspBench {
    private LspBench() {
    }

    /** A server in this JVM and the client connected to it. */
    record Session(LanguageServer server, RecordingClient client) {
        static Session start(Path root) throws Exception {
            dev.concord.lsp.InMemoryPipe toServer = new dev.concord.lsp.InMemoryPipe();
            dev.concord.lsp.InMemoryPipe toClient = new dev.concord.lsp.InMemoryPipe();
            java.io.InputStream serverIn = toServer.in();
            java.io.OutputStream clientOut = toServer.out();
            java.io.InputStream clientIn = toClient.in();
            java.io.OutputStream serverOut = toClient.out();
            Thread t = new Thread(() -> {
                try {
                    ConcordLanguageServer.serve(serverIn, serverOut);
                } catch (Exception e) {
                    // closed
                }
            }, "bench-lsp-server");
            t.setDaemon(true);
            t.start();
            RecordingClient client = new RecordingClient();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "bench")));
            init.setInitializationOptions(Map.of("debounceMillis", 0));
            server.initialize(init).get(5, TimeUnit.MINUTES);
            server.initialized(new InitializedParams());
            return new Session(server, client);
        }

        void stop() throws Exception {
            server.shutdown().get(1, TimeUnit.MINUTES);
            server.exit();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = GrammarBench.arguments(args);
        int bytes = Integer.parseInt(a.getOrDefault("bytes", "51200"));
        int edits = Integer.parseInt(a.getOrDefault("edits", "300"));
        int typed = Integer.parseInt(a.getOrDefault("typed", "10000"));
        long minutes = Long.parseLong(a.getOrDefault("minutes", "20"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        Path root = Files.createTempDirectory("concord-lsp-bench");
        String config = "language: fr\n" + ("false".equals(a.get("grammar")) ? "grammar: false\n" : "");
        Files.writeString(root.resolve(".concord.yml"), config);
        Path file = root.resolve("article.md");
        String text = NewsText.generate("fr", bytes, 4242);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();

        Session s = Session.start(root);
        long opened = System.nanoTime();
        s.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", 1, text)));
        // The first version gets two publishes: the rules that need no LanguageTool object, then all of them.
        PublishDiagnosticsParams first = s.client().awaitVersion(1, 300_000);
        long firstMs = (System.nanoTime() - opened) / 1_000_000;
        boolean grammar = !"false".equals(a.get("grammar"));
        if (grammar) {
            s.client().awaitVersion(1, 300_000);
        }
        info("first-publish-ms", firstMs);
        info("full-first-check-ms", (System.nanoTime() - opened) / 1_000_000);
        info("first-diagnostics", first == null ? -1 : first.getDiagnostics().size());

        Random random = new Random(7);
        NewsText.Bank bank = NewsText.bank("fr");
        int version = 1;
        List<Long> latencies = new ArrayList<>();
        int warmup = Math.min(30, edits / 5);
        for (int i = 0; i < edits + warmup && System.nanoTime() < deadline; i++) {
            int[] sentence = sentenceAt(text, random);
            String replacement = NewsText.sentence(bank, random);
            Range range = range(text, sentence[0], sentence[1]);
            text = text.substring(0, sentence[0]) + replacement + text.substring(sentence[1]);
            version++;
            long sent = System.nanoTime();
            change(s, uri, version, range, replacement);
            if (s.client().awaitVersion(version, 60_000) == null) {
                info("latency-timeouts", 1);
                continue;
            }
            if (i >= warmup) {
                latencies.add(System.nanoTime() - sent);
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        info("latency-edits", sorted.length);
        info("latency-p50-ms", percentile(sorted, 0.50) / 1e6);
        info("latency-p90-ms", percentile(sorted, 0.90) / 1e6);
        info("latency-p99-ms", percentile(sorted, 0.99) / 1e6);
        info("latency-max-ms", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);

        List<String> words = new ArrayList<>(List.of("la", "de", "et", "le", "président", "manifestation",
                "aujourd'hui", "nouvelles", "selon", "les", "autorités"));
        words.addAll(bank.places());
        long heapBefore = usedAfterGc();
        PublishDiagnosticsParams last = null;
        int done = 0;
        while (done < typed && System.nanoTime() < deadline) {
            for (int k = 0; k < 10 && done < typed; k++, done++) {
                int at = random.nextInt(text.length() + 1);
                String insert;
                int end = at;
                if (random.nextInt(3) == 0 && at + 6 < text.length()) {
                    insert = "";
                    end = at + 1 + random.nextInt(5);
                    if (Character.isLowSurrogate(text.charAt(end))) {
                        end++;
                    }
                } else {
                    insert = random.nextBoolean() ? " " + words.get(random.nextInt(words.size()))
                            : String.valueOf((char) ('a' + random.nextInt(26)));
                }
                Range range = range(text, at, end);
                text = text.substring(0, at) + insert + text.substring(end);
                version++;
                change(s, uri, version, range, insert);
            }
            last = s.client().awaitVersion(version, 120_000);
        }
        long heapAfter = usedAfterGc();
        info("typed-edits", done);
        info("heap-before-mb", heapBefore / 1e6);
        info("heap-after-mb", heapAfter / 1e6);

        // A fresh server's check of the final text: the diagnostics must be the same.
        Path fresh = Files.createTempDirectory("concord-lsp-bench-fresh");
        Files.writeString(fresh.resolve(".concord.yml"), config);
        Path freshFile = fresh.resolve("article.md");
        Files.writeString(freshFile, text, StandardCharsets.UTF_8);
        Session f = Session.start(fresh);
        f.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(freshFile.toUri().toString(), "markdown", 1, text)));
        PublishDiagnosticsParams full = f.client().awaitVersion(1, 300_000);
        if (grammar) {
            full = f.client().awaitVersion(1, 300_000);
        }
        boolean same = last != null && full != null && keys(last.getDiagnostics()).equals(keys(full.getDiagnostics()));
        info("final-equals-fresh", same ? 1 : 0);
        info("final-diagnostics", last == null ? -1 : last.getDiagnostics().size());
        f.stop();
        s.stop();
        System.out.println("DONE");
        System.exit(0);
    }

    private static void change(Session s, String uri, int version, Range range, String text) {
        s.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    /** What makes two diagnostics the same finding: rule, range and message. */
    private static List<String> keys(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.getCode().getLeft() + "@" + d.getRange() + ":" + d.getMessage().getLeft())
                .sorted().toList();
    }

    /** [start, end) of a random sentence: from after a ". " (or a paragraph start) to its full stop. */
    private static int[] sentenceAt(String text, Random random) {
        for (int tries = 0; tries < 100; tries++) {
            int at = random.nextInt(text.length());
            int start = Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf('\n', at) + 1);
            int end = text.indexOf('.', Math.max(start, at));
            int paragraphEnd = text.indexOf('\n', start);
            if (end > start && (paragraphEnd < 0 || end < paragraphEnd)) {
                return new int[] {start, end + 1};
            }
        }
        return new int[] {0, 0};
    }

    /** The UTF-16 range of [start, end) of the text, as LSP positions. */
    private static Range range(String text, int start, int end) {
        return new Range(position(text, start), position(text, end));
    }

    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Position(line, offset - lineStart);
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The heap in use after three full collections (the benchmarks' heap figures). */
    static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** One figure for the suite, as an {@code INFO} line. */
    static void info(String key, double value) {
        System.out.println(String.format(Locale.ROOT, "INFO\t%s\t%.1f", key, value));
    }
}
