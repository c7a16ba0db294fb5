package dev.concord.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client side of the language server's tests and benchmark: records what the server publishes and logs, and
 * answers its requests ({@code workspace/configuration} with {@link #settings}).
 */
public final class RecordingClient implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    final List<String> logs = new ArrayList<>();
    volatile Object settings;

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        published.add(diagnostics);
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        synchronized (logs) {
            logs.add(messageParams.getMessage());
        }
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        synchronized (logs) {
            logs.add(message.getMessage());
        }
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams configurationParams) {
        List<Object> out = new ArrayList<>();
        out.add(settings);
        return CompletableFuture.completedFuture(out);
    }

    /** How long a test waits for diagnostics: the first check of a language loads LanguageTool. */
    static final long WAIT_SECONDS = 120;

    /** The next diagnostics published for {@code uri} that satisfy {@code wanted}; fails after two minutes. */
    PublishDiagnosticsParams await(String uri, Predicate<PublishDiagnosticsParams> wanted)
            throws InterruptedException {
        return await(uri, wanted, WAIT_SECONDS);
    }

    /** The next diagnostics published for {@code uri} that satisfy {@code wanted}; fails after {@code seconds}. */
    PublishDiagnosticsParams await(String uri, Predicate<PublishDiagnosticsParams> wanted, long seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<PublishDiagnosticsParams> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams p = published.poll(1, TimeUnit.SECONDS);
            if (p == null) {
                continue;
            }
            seen.add(p);
            if (p.getUri().equals(uri) && wanted.test(p)) {
                return p;
            }
        }
        throw new AssertionError("no such diagnostics for " + uri + "; published: " + seen + "; logs: " + logs);
    }

    /** The first publish of {@code version} or later (earlier ones dropped); null after {@code millis}. */
    public PublishDiagnosticsParams awaitVersion(int version, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams p = published.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (p != null && p.getVersion() != null && p.getVersion() >= version) {
                return p;
            }
        }
        return null;
    }
}
