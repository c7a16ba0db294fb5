package dev.concord.server;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.server.HTTPServer;
import org.languagetool.server.HTTPServerConfig;
import org.languagetool.server.PortBindingException;

/**
 * LanguageTool 6.8's own HTTP server ({@code org.languagetool.server.HTTPServer}), in this JVM, on 127.0.0.1.
 *
 * <p>Two things of that server need help here:
 * <ul>
 *   <li>Port: {@code HTTPServerConfig} takes no port 0 (it then wants a {@code minPort}/{@code maxPort} range and
 *       probes it on the wildcard address), so a free loopback port is picked first and the start is retried on the
 *       rare bind race.</li>
 *   <li>Catalan: see {@link ConformanceCatalanStub}; it is registered for the build of the server only.</li>
 * </ul>
 *
 * <p>Only {@code 127.0.0.1} may connect (LanguageTool's own allow-list), and it binds to {@code 127.0.0.1} only.
 */
public final class ConformanceLanguageToolServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final int ATTEMPTS = 3;

    private final HTTPServer server;
    private final int port;

    private ConformanceLanguageToolServer(HTTPServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static ConformanceLanguageToolServer start() throws IOException {
        return start(0);
    }

    /**
     * As {@link #start()}, with LanguageTool's result cache holding {@code cachedSentences} sentences (its
     * {@code --cacheSize}; off by default), as Concord's pools cache theirs: for measuring the two on equal terms.
     */
    public static ConformanceLanguageToolServer start(int cachedSentences) throws IOException {
        PortBindingException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = freeLoopbackPort();
            HTTPServer server;
            Language stub = Languages.isLanguageSupported("ca") ? null
                    : Languages.getOrAddLanguageByClassName(ConformanceCatalanStub.class.getName());
            try {
                server = new HTTPServer(config(port, cachedSentences), false, HOST, Set.of(HOST));
            } catch (PortBindingException e) {
                last = e;
                continue;
            } finally {
                if (stub != null) {
                    forget(stub);
                }
            }
            server.run();
            return new ConformanceLanguageToolServer(server, port);
        }
        throw new IOException("LanguageTool's HTTP server could not bind a loopback port in " + ATTEMPTS + " tries",
                last);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * Defaults but for the pipeline cache, which LanguageTool's public server runs with: without it every request
     * builds its language's rules anew (two seconds a French request here), and answers are the same either way.
     */
    private static HTTPServerConfig config(int port, int cachedSentences) {
        HTTPServerConfig config = new HTTPServerConfig(port);
        if (cachedSentences > 0) {
            try {
                // Package-private in LanguageTool's server: its command line's --cacheSize sets it.
                java.lang.reflect.Method m = HTTPServerConfig.class.getDeclaredMethod("setCacheSize", int.class);
                m.setAccessible(true);
                m.invoke(config, cachedSentences);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot set LanguageTool's cache size", e);
            }
        }
        config.setPipelineCaching(true);
        config.setPipelinePrewarming(false);
        config.setMaxPipelinePoolSize(50);
        config.setPipelineExpireTime(600);
        return config;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        }
    }

    /**
     * Takes the stand-in off LanguageTool's language lists again. {@code Languages} offers adding a language by class
     * name but no removing, hence reflection on its two lists (the immutable one it hands out is a view of the
     * second).
     */
    private static void forget(Language stub) {
        try {
            for (String name : List.of("dynLanguages", "staticAndDynamicLanguages")) {
                Field f = Languages.class.getDeclaredField(name);
                f.setAccessible(true);
                ((List<?>) f.get(null)).remove(stub);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot take the Catalan stand-in off LanguageTool's language list", e);
        }
        if (Languages.isLanguageSupported("ca")) {
            throw new IllegalStateException("the Catalan stand-in is still on LanguageTool's language list");
        }
    }
}
