package dev.concord.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.concord.InputException;
import dev.concord.lsp.LspParsersForFuzzing;
import dev.concord.server.RequestParsersForFuzzing;
import dev.concord.server.ServerConfig;
import java.nio.charset.StandardCharsets;

/**
 * What the servers read from the network and from their config: the HTTP API's request parameters and annotated
 * text, the language server's JSON-RPC messages and editor settings, and {@code concord serve}'s config file. A bad
 * request is a 4xx (or a JSON-RPC error); a bad config file an {@link InputException}; anything else is a crash.
 */
class ServerRequestsFuzzTest {
    private static final String[] CONTENT_TYPES = {"application/json", "application/x-www-form-urlencoded", "",
        "application/json; charset=utf-8", "text/plain"};

    /** A query string, a body and its media type, as Jetty hands them to the API. */
    @FuzzTest
    void httpRequest(FuzzedDataProvider data) {
        String contentType = data.pickValue(CONTENT_TYPES);
        String query = data.consumeString(200);
        String body = data.consumeRemainingAsString();
        RequestParsersForFuzzing.parseRequest(query.isEmpty() ? null : query, body, contentType);
    }

    /** A JSON body alone: the LanguageTool-compatible API's parameters, whose {@code data} is parsed again. */
    @FuzzTest
    void httpJsonBody(byte[] input) {
        RequestParsersForFuzzing.parseRequest(null, new String(input, StandardCharsets.UTF_8), "application/json");
    }

    @FuzzTest
    void lspMessage(byte[] input) {
        LspParsersForFuzzing.parseMessage(new String(input, StandardCharsets.UTF_8));
    }

    @FuzzTest
    void serveConfig(byte[] input) {
        try {
            ServerConfig.read(FuzzFiles.write("serve/concord-serve.yml", input));
        } catch (InputException expected) {
            // The one way a reader may refuse its input.
        }
    }
}
