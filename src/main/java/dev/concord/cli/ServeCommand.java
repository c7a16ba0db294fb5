package dev.concord.cli;

import dev.concord.InputException;
import dev.concord.Locales;
import dev.concord.grammar.LanguageToolLanguages;
import dev.concord.server.ConcordServer;
import dev.concord.server.ServeSettings;
import dev.concord.server.ServerConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code concord serve}: the HTTP API, LanguageTool-compatible and Concord's own, for CMS plugins and other tools. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs Concord as an HTTP server: LanguageTool's API (/v2/check), so that LanguageTool's "
                + "clients get Concord's rules by changing one URL, and Concord's own (/api/v1/check).",
            "Binds 127.0.0.1 unless --host says otherwise."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8081",
            description = "TCP port (default: ${DEFAULT-VALUE}, LanguageTool's); 0 picks a free one.")
    int port;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Server config: named profiles (each a .concord.yml) and CORS origins.")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME=FILE",
            description = "A named profile from a .concord.yml (repeatable; 'default' is used when a request names none).")
    Map<String, Path> profiles = new LinkedHashMap<>();

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Require 'Authorization: Bearer <token>' with the token this file holds.")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let browsers call from this origin (repeatable; none by default).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--max-request-bytes", defaultValue = "2000000", description = "Largest request body (413 beyond).")
    long maxRequestBytes;

    @Option(names = "--max-text-length", defaultValue = "100000",
            description = "Most characters of text per request (413 beyond).")
    int maxTextLength;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time one check may take before its answer is marked incomplete.")
    int timeoutSeconds;

    @Option(names = "--workers", description = "Checks that run at once (default: one per core).")
    Integer workers;

    @Option(names = "--queue", defaultValue = "64", description = "Checks that may wait; more get 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--warm", paramLabel = "LANGS", split = ",",
            description = "Languages to load at start, such as fr,de-DE; /ready answers 200 once they are loaded.")
    List<String> warm = new ArrayList<>();

    @Option(names = "--no-access-log", description = "Do not log requests (by default: one JSON line each on stderr).")
    boolean noAccessLog;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(cl, "--port takes a port from 0 to 65535");
        }
        if (timeoutSeconds < 1 || maxTextLength < 1 || maxRequestBytes < 1 || queue < 0
                || workers != null && workers < 1) {
            throw new CommandLine.ParameterException(cl, "limits must be positive (and --queue not negative)");
        }
        ServeSettings settings;
        try {
            Map<String, Path> allProfiles = new LinkedHashMap<>();
            List<String> origins = new ArrayList<>(corsOrigins);
            if (config != null) {
                ServerConfig c = ServerConfig.read(config);
                allProfiles.putAll(c.profiles());
                origins.addAll(c.corsOrigins());
            }
            allProfiles.putAll(profiles);
            String token = null;
            if (tokenFile != null) {
                token = Files.readString(tokenFile, StandardCharsets.UTF_8).trim();
                if (token.isEmpty()) {
                    throw new InputException(tokenFile.toString(), 1, 1, "the token file is empty");
                }
            }
            warm.forEach(language -> checkWarmLanguage(cl, language));
            ServeSettings base = ServeSettings.loopback(port);
            settings = base.withHost(host).withProfiles(allProfiles).withToken(token).withCorsOrigins(origins)
                    .withLimits(maxRequestBytes, maxTextLength, Duration.ofSeconds(timeoutSeconds),
                            workers != null ? workers : base.workers(), queue)
                    .withAccessLog(!noAccessLog).withWarmLanguages(warm);
        } catch (InputException e) {
            cl.getErr().println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (IOException e) {
            cl.getErr().println("concord serve: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        ConcordServer server;
        try {
            server = ConcordServer.start(settings, System.err);
        } catch (InputException e) {
            cl.getErr().println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (IOException e) {
            cl.getErr().println("concord serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        cl.getErr().println("concord serve: listening on http://" + hostForUrl(host) + ":" + server.port()
                + " (LanguageTool API at /v2/check, Concord's at /api/v1/check)");
        cl.getErr().flush();
        server.join();
        return ExitCodes.CLEAN;
    }

    /** A language to warm must have a LanguageTool module here: else /ready would never answer 200. */
    private static void checkWarmLanguage(CommandLine cl, String language) {
        boolean known;
        try {
            known = LanguageToolLanguages.find(Locales.parse(Locales.normalize(language))) != null;
        } catch (IllegalArgumentException e) {
            known = false;
        }
        if (!known) {
            throw new CommandLine.ParameterException(cl, "--warm: no LanguageTool module for '" + language
                    + "'; the languages are " + LanguageToolLanguages.available());
        }
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
