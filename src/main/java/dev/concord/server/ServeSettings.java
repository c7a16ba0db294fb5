package dev.concord.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How {@code concord serve} runs: where it listens, which profiles it offers, who may call it, and the limits that
 * keep one client from taking the server down.
 *
 * @param host            the address to bind: loopback unless the operator opens it
 * @param port            the TCP port; 0 picks a free one (tests)
 * @param profiles        profile name → the {@code .concord.yml} that configures it; {@code default} is used when a
 *                        request names none (and exists even when not listed: Concord's defaults)
 * @param token           the bearer token every request except {@code /health} and {@code /ready} must carry, or null
 * @param corsOrigins     origins allowed to call from a browser; empty: no CORS headers at all
 * @param maxRequestBytes the largest request body (413 beyond)
 * @param maxTextLength   the most characters of text in one check (413 beyond)
 * @param checkTimeout    how long one check may run before its answer says {@code incompleteResults}
 * @param workers         checks that run at once
 * @param queue           checks that may wait for a worker; more get 503 with {@code Retry-After}
 * @param accessLog       whether each request is logged (one JSON line on standard error, never the text)
 * @param warmLanguages   languages whose LanguageTool objects are built at start, so that {@code /ready} means ready
 */
public record ServeSettings(String host, int port, Map<String, Path> profiles, String token, List<String> corsOrigins,
        long maxRequestBytes, int maxTextLength, Duration checkTimeout, int workers, int queue, boolean accessLog,
        List<String> warmLanguages) {

    /** The name of the profile a request without one gets. */
    public static final String DEFAULT_PROFILE = "default";

    public ServeSettings {
        Objects.requireNonNull(host, "host");
        profiles = Map.copyOf(profiles);
        corsOrigins = List.copyOf(corsOrigins);
        warmLanguages = List.copyOf(warmLanguages);
        if (workers < 1 || queue < 0 || maxRequestBytes < 1 || maxTextLength < 1) {
            throw new IllegalArgumentException("workers must be at least 1, queue and limits not negative");
        }
    }

    /** Loopback, Concord's defaults, no token, no CORS, no access log: what tests and a local editor need. */
    public static ServeSettings loopback(int port) {
        return new ServeSettings("127.0.0.1", port, Map.of(), null, List.of(), 2_000_000, 100_000,
                Duration.ofSeconds(30), Math.max(1, Runtime.getRuntime().availableProcessors()), 64, false, List.of());
    }

    public ServeSettings withProfiles(Map<String, Path> newProfiles) {
        return new ServeSettings(host, port, newProfiles, token, corsOrigins, maxRequestBytes, maxTextLength,
                checkTimeout, workers, queue, accessLog, warmLanguages);
    }

    public ServeSettings withToken(String newToken) {
        return new ServeSettings(host, port, profiles, newToken, corsOrigins, maxRequestBytes, maxTextLength,
                checkTimeout, workers, queue, accessLog, warmLanguages);
    }

    public ServeSettings withCorsOrigins(List<String> origins) {
        return new ServeSettings(host, port, profiles, token, origins, maxRequestBytes, maxTextLength, checkTimeout,
                workers, queue, accessLog, warmLanguages);
    }

    public ServeSettings withLimits(long requestBytes, int textLength, Duration timeout, int newWorkers,
            int newQueue) {
        return new ServeSettings(host, port, profiles, token, corsOrigins, requestBytes, textLength, timeout,
                newWorkers, newQueue, accessLog, warmLanguages);
    }

    public ServeSettings withAccessLog(boolean on) {
        return new ServeSettings(host, port, profiles, token, corsOrigins, maxRequestBytes, maxTextLength,
                checkTimeout, workers, queue, on, warmLanguages);
    }

    public ServeSettings withWarmLanguages(List<String> languages) {
        return new ServeSettings(host, port, profiles, token, corsOrigins, maxRequestBytes, maxTextLength,
                checkTimeout, workers, queue, accessLog, languages);
    }

    public ServeSettings withHost(String newHost) {
        return new ServeSettings(newHost, port, profiles, token, corsOrigins, maxRequestBytes, maxTextLength,
                checkTimeout, workers, queue, accessLog, warmLanguages);
    }
}
