package dev.concord.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code concord serve}: LanguageTool's HTTP API and Concord's own on Jetty, bound to loopback unless told otherwise.
 * Every request gets an answer: a JSON error with a one-line message for anything it cannot do, never a stack trace;
 * the request's text never reaches the access log.
 */
public final class ConcordServer implements AutoCloseable {
    /** Connections idle longer than this are closed, so that slow clients cannot hold threads. */
    private static final long IDLE_TIMEOUT_MS = 30_000;
    /** How much of a too-large body is read and dropped so that its sender can read the 413. */
    private static final long DRAINED_BYTES = 32L * 1024 * 1024;
    /** How long a stop waits for running requests. */
    private static final long STOP_TIMEOUT_MS = 30_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServeSettings settings;
    private final Server server;
    private final ServerConnector connector;
    private final CheckService service;
    private final LanguageToolApi languageTool;
    private final ConcordApi concord;
    private final byte[] token;
    private final PrintStream log;
    private final AtomicBoolean ready = new AtomicBoolean();

    private ConcordServer(ServeSettings settings, PrintStream log) throws InputException {
        this.settings = settings;
        this.log = log;
        this.service = new CheckService(settings);
        this.languageTool = new LanguageToolApi(service, settings.maxTextLength());
        this.concord = new ConcordApi(service, settings.maxTextLength());
        this.token = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.UTF_8);

        // Threads for the requests that may run or wait at once, plus some for cheap ones (health, languages);
        // the job queue is bounded so that a flood of connections cannot grow memory without limit.
        int threads = settings.workers() + settings.queue() + 8;
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 8), 60_000,
                new BlockingArrayQueue<>(threads * 4, threads, threads * 16));
        pool.setName("concord-http");
        pool.setDaemon(true);
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        connector.setAcceptQueueSize(256);
        server.addConnector(connector);
        server.setHandler(new GracefulHandler(new Router()));
        server.setStopTimeout(STOP_TIMEOUT_MS);
        server.setStopAtShutdown(true);
    }

    /** Starts a server with these settings, without an access log (tests, embedding). */
    public static ConcordServer start(ServeSettings settings) throws Exception {
        return start(settings, System.err);
    }

    /**
     * Starts a server: reads the profiles (a broken config stops it here), binds, then builds LanguageTool for the
     * languages to warm in the background; {@code /ready} answers 200 once they are built.
     */
    public static ConcordServer start(ServeSettings settings, PrintStream log) throws Exception {
        ConcordServer s = new ConcordServer(settings, log);
        s.server.start();
        Thread warm = new Thread(() -> {
            try {
                s.service.warmUp(settings.warmLanguages());
                s.ready.set(true);
            } catch (HttpFailure | RuntimeException e) {
                log.println("concord serve: cannot warm up: " + e.getMessage());
            }
        }, "concord-warm-up");
        warm.setDaemon(true);
        warm.start();
        return s;
    }

    /** The port it listens on (the one chosen when the settings asked for 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address it listens on, for messages. */
    public InetSocketAddress address() {
        return new InetSocketAddress(settings.host(), port());
    }

    /** Whether the languages to warm are built. */
    public boolean isReady() {
        return ready.get();
    }

    /** Blocks until the server stops (on SIGTERM, Jetty's shutdown hook stops it gracefully). */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops taking requests, lets running ones finish (up to 30 s), then stops. */
    @Override
    public void close() throws Exception {
        server.stop();
        service.close();
    }

    /** Routes each request to its API and turns every failure into a JSON error. */
    private final class Router extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            long started = System.nanoTime();
            String method = request.getMethod();
            String path = request.getHttpURI().getPath();
            int status;
            int bytesIn = 0;
            String answer;
            String type = "application/json";
            try {
                cors(request, response);
                if (method.equals("OPTIONS")) {
                    status = 204;
                    answer = "";
                } else {
                    authorize(request, path);
                    byte[] body = body(request);
                    bytesIn = body.length;
                    String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
                    String text = new String(body, StandardCharsets.UTF_8);
                    // LanguageTool's API takes its parameters from the body too; Concord's has a body of its own.
                    boolean bodyParams = path.startsWith("/v2/");
                    Call call = new Call(method, path, Call.parameters(request.getHttpURI().getQuery(),
                            bodyParams ? text : null, contentType), text, contentType,
                            request.getHeaders().get(HttpHeader.ACCEPT));
                    Route route = route(call, response);
                    status = route.status();
                    answer = route.body();
                    type = route.type();
                }
            } catch (HttpFailure f) {
                status = f.status();
                if (languageToolStyleErrors(request, path)) {
                    answer = "Error: " + Call.oneLine(f.getMessage());
                    type = "text/plain";
                } else {
                    answer = error(f.status(), f.getMessage());
                }
                if (f.retryAfterSeconds() > 0) {
                    response.getHeaders().put(HttpHeader.RETRY_AFTER, String.valueOf(f.retryAfterSeconds()));
                }
                if (f.allow() != null) {
                    response.getHeaders().put(HttpHeader.ALLOW, f.allow());
                }
                if (f.status() == 401) {
                    response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
                }
            } catch (RuntimeException | LinkageError e) {
                // A bug, or a class a language module lacks: the client learns what, the server keeps serving.
                status = 500;
                answer = error(500, "internal error: " + e);
            }
            response.setStatus(status);
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            if (status != 204) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
            }
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            // Logged before the answer goes out: a graceful stop may end the JVM as soon as the last answer is sent.
            if (settings.accessLog()) {
                access(request, method, path, status, bytesIn, out.length, started);
            }
            response.write(true, java.nio.ByteBuffer.wrap(out), callback);
            return true;
        }
    }

    /** What a route answers. */
    private record Route(int status, String body, String type) {
        static Route json(String body) {
            return new Route(200, body, "application/json");
        }
    }

    private Route route(Call call, Response response) throws HttpFailure {
        String path = call.path();
        String method = call.method();
        switch (path) {
            case "/health":
                expect(method, "GET");
                return Route.json("{\"status\":\"ok\"}");
            case "/ready":
                expect(method, "GET");
                return ready.get() ? Route.json("{\"status\":\"ready\"}")
                        : new Route(503, "{\"status\":\"starting\"}", "application/json");
            case "/v2/languages":
                expect(method, "GET");
                return Route.json(languageTool.languages());
            case "/v2/check":
                expect(method, "POST", "GET");
                return Route.json(languageTool.check(call));
            case "/api/v1/check":
                expect(method, "POST");
                ConcordApi.Answer a = concord.check(call);
                return new Route(200, a.body(), a.mediaType());
            case "/api/v1/profiles":
                expect(method, "GET");
                return Route.json(concord.profiles());
            case "/api/v1/rules":
                expect(method, "GET");
                return Route.json(concord.rules(call));
            case "/api/v1/openapi.json":
                expect(method, "GET");
                return Route.json(ConcordApi.openApi());
            default:
                throw new HttpFailure(404, "no such endpoint: " + path + " (see /api/v1/openapi.json)");
        }
    }

    private static void expect(String method, String... allowed) throws HttpFailure {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        throw HttpFailure.methodNotAllowed(method, String.join(", ", allowed));
    }

    /** Checks the bearer token in constant time; the probes stay open so that an orchestrator needs no secret. */
    private void authorize(Request request, String path) throws HttpFailure {
        if (token == null || path.equals("/health") || path.equals("/ready")) {
            return;
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            throw new HttpFailure(401, header == null ? "this server needs 'Authorization: Bearer <token>'"
                    : "the bearer token is not this server's");
        }
    }

    /** Adds CORS headers for an allowed origin; other origins get none, and the browser refuses them. */
    private void cors(Request request, Response response) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null || !settings.corsOrigins().contains(origin)) {
            return;
        }
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.getHeaders().add(new HttpField(HttpHeader.VARY, "Origin"));
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type, Accept");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
    }

    /**
     * The body, read up to the size limit: 413 beyond it, whether the client said its length or not. A body up to
     * {@link #DRAINED_BYTES} over the limit is read to its end first, so that the client, still sending, gets the 413
     * instead of a reset connection; a larger one is cut off.
     */
    private byte[] body(Request request) throws HttpFailure {
        long limit = settings.maxRequestBytes();
        long declared = request.getLength();
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (declared > limit) {
                drain(in, declared);
                throw HttpFailure.tooLarge("the request body is " + declared + " bytes; this server takes at most "
                        + limit);
            }
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (read.length > limit) {
                drain(in, -1);
                throw HttpFailure.tooLarge("the request body is larger than " + limit + " bytes, the most this "
                        + "server takes");
            }
            return read;
        } catch (IOException e) {
            throw HttpFailure.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    /** Reads and drops what is left of a body too large to take (up to {@link #DRAINED_BYTES} of it). */
    private static void drain(InputStream in, long declared) throws IOException {
        if (declared <= DRAINED_BYTES) { // -1: sent in chunks, length unknown
            long left = DRAINED_BYTES;
            byte[] buffer = new byte[64 * 1024];
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        }
    }

    /**
     * Whether an error goes as LanguageTool's server sends it, plain text starting with "Error: ", which its clients
     * show as they are: on {@code /v2/}, unless the client asks for JSON. Everywhere else errors are JSON.
     */
    private static boolean languageToolStyleErrors(Request request, String path) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        return path.startsWith("/v2/") && (accept == null || !accept.contains("application/json"));
    }

    private static String error(int status, String message) {
        return JSON.createObjectNode().put("error", Call.oneLine(message)).put("status", status).toString();
    }

    /** One JSON line per request: when, who, what, how it went, how long; never the text or the token. */
    private void access(Request request, String method, String path, int status, int bytesIn, int bytesOut,
            long started) {
        String line = JSON.createObjectNode().put("time", Instant.now().toString())
                .put("remote", Request.getRemoteAddr(request)).put("method", method).put("path", path)
                .put("status", status).put("bytesIn", bytesIn).put("bytesOut", bytesOut)
                .put("ms", (System.nanoTime() - started) / 1_000_000).put("inFlight", service.inFlight()).toString();
        synchronized (log) {
            log.println(line);
        }
    }

    @Override
    public String toString() {
        return "ConcordServer[" + settings.host().toLowerCase(Locale.ROOT) + ":" + port() + "]";
    }
}
