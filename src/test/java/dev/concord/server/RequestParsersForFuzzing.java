package dev.concord.server;

import java.util.Map;

/**
 * The HTTP server's request parsers, opened to the fuzz tests of {@code dev.concord.fuzz} (they are package-private):
 * each takes what a client sends and either parses it or refuses it with the 4xx answer a client gets. Anything else
 * escapes, and the fuzz test counts it as a crash.
 */
public final class RequestParsersForFuzzing {
    private RequestParsersForFuzzing() {
    }

    /**
     * The parameters of a request (query string, then a form or JSON body), and the annotated {@code data} of the
     * LanguageTool-compatible API when the parameters hold one. False when the server answers 4xx.
     */
    public static boolean parseRequest(String query, String body, String contentType) {
        try {
            Map<String, String> params = Call.parameters(query, body, contentType);
            Call call = new Call("POST", "/v2/check", params, body, contentType, null);
            call.flag("enabledOnly", false);
            String data = call.param("data");
            if (data != null) {
                AnnotatedInput input = AnnotatedInput.parse(data);
                // The offsets the answer reports must stay inside what the client sent.
                int plainLength = input.plain().length();
                for (int i = 0; i <= plainLength; i++) {
                    int original = input.originalOffset(i);
                    if (original < 0 || original > input.original().length()) {
                        throw new AssertionError("plain offset " + i + " maps outside the original: " + original);
                    }
                }
            }
            return true;
        } catch (HttpFailure refused) {
            if (refused.status() < 400 || refused.status() >= 500) {
                throw new AssertionError("a malformed request must be a 4xx, not " + refused.status(), refused);
            }
            return false;
        }
    }
}
