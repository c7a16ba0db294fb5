package dev.concord.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One request of the conformance set ({@code src/test/resources/server/conformance/requests.json}), and how it is
 * put on the wire.
 *
 * <p>A request in the file is an object with:
 * <ul>
 *   <li>{@code name} – unique, what a failure prints;</li>
 *   <li>{@code method} ({@code POST}) and {@code path} ({@code /v2/check});</li>
 *   <li>{@code encoding} – how the parameters travel, one of {@link Encoding}'s names ({@code form});</li>
 *   <li>{@code params} – the parameters, in order; a {@code data} given as a JSON object is sent as its compact JSON
 *       text, the way LanguageTool's clients send it;</li>
 *   <li>{@code status} – the status LanguageTool's server answers (200), checked so that the set stays honest;</li>
 *   <li>{@code concordRules} – {@code true} leaves Concord's own rules on for Concord: only the status and the JSON
 *       shape are compared then, not the matches (default {@code false}: Concord gets {@code concordRules=false});</li>
 *   <li>{@code note} – free text, why the request is there.</li>
 * </ul>
 */
record ConformanceRequest(String name, String method, String path, Encoding encoding, Map<String, String> params,
        int status, boolean concordRules, String note) {

    /** The form parameter that turns Concord's own rules off, so that only LanguageTool's rules answer. */
    static final String CONCORD_RULES = "concordRules";

    /** Where the committed request set lives on the test classpath. */
    static final String RESOURCE = "/server/conformance/requests.json";

    private static final Set<String> KNOWN_KEYS =
            Set.of("name", "method", "path", "encoding", "params", "status", "concordRules", "note");

    /** How the parameters of a request travel; LanguageTool 6.8's server accepts all of these. */
    enum Encoding {
        /** POST, body {@code application/x-www-form-urlencoded}: what LanguageTool's own clients send. */
        FORM("form"),
        /** POST, the same body, {@code Content-Type: application/x-www-form-urlencoded; charset=UTF-8}. */
        FORM_UTF8("form-utf8"),
        /** POST, a form-encoded body with no {@code Content-Type} at all (curl-like clients that forget it). */
        FORM_UNTYPED("form-untyped"),
        /** GET, the parameters in the query string. */
        GET_QUERY("get-query"),
        /** POST, the parameters in the query string and an empty form body. */
        POST_QUERY("post-query");

        final String key;

        Encoding(String key) {
            this.key = key;
        }

        static Encoding of(String key) {
            for (Encoding e : values()) {
                if (e.key.equals(key)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("unknown encoding '" + key + "'");
        }
    }

    boolean isLanguages() {
        return path.startsWith("/v2/languages");
    }

    boolean isCheck() {
        return path.startsWith("/v2/check");
    }

    /** Whether the matches themselves are compared: a 2xx check with only LanguageTool's rules on both sides. */
    boolean comparesMatches() {
        return isCheck() && !concordRules && status / 100 == 2;
    }

    /**
     * The request for one server. Concord's copy carries {@code concordRules=false} unless the request asks for
     * Concord's rules; LanguageTool's never does (it ignores unknown parameters, but the set should show what
     * LanguageTool's own clients send).
     */
    HttpRequest toHttp(URI base, boolean forConcord, Duration timeout) {
        Map<String, String> sent = new LinkedHashMap<>(params);
        if (forConcord && isCheck() && !concordRules) {
            sent.put(CONCORD_RULES, "false");
        }
        String form = formEncode(sent);
        HttpRequest.Builder b = HttpRequest.newBuilder().timeout(timeout);
        switch (encoding) {
            case FORM -> b.uri(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
            case FORM_UTF8 -> b.uri(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
            case FORM_UNTYPED -> b.uri(base.resolve(path))
                    .method(method, HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
            case GET_QUERY -> b.uri(base.resolve(withQuery(path, form))).GET();
            case POST_QUERY -> b.uri(base.resolve(withQuery(path, form)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.noBody());
            default -> throw new AssertionError(encoding);
        }
        return b.build();
    }

    /** A one-line description for failure messages. */
    String describe() {
        String shown = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + abbreviate(e.getValue(), 70))
                .collect(Collectors.joining(" & "));
        return method + " " + path + " [" + encoding.key + "] " + shown;
    }

    @Override
    public String toString() {
        return name;
    }

    private static String withQuery(String path, String form) {
        return form.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + form;
    }

    static String formEncode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String abbreviate(String s, int max) {
        String one = s.replace("\n", "\\n");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /** The committed request set, in file order; a malformed file fails loudly. */
    static List<ConformanceRequest> load() {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = ConformanceRequest.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE + " is not on the test classpath");
            JsonNode root = mapper.readTree(in);
            List<ConformanceRequest> out = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (JsonNode r : root.required("requests")) {
                ConformanceRequest req = parse(mapper, r);
                if (!names.add(req.name())) {
                    throw new IllegalArgumentException("duplicate request name '" + req.name() + "'");
                }
                out.add(req);
            }
            return Collections.unmodifiableList(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static ConformanceRequest parse(ObjectMapper mapper, JsonNode r) throws IOException {
        String name = r.required("name").asText();
        for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KNOWN_KEYS.contains(key)) {
                throw new IllegalArgumentException("request '" + name + "': unknown key '" + key + "'");
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode p = r.path("params");
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            params.put(e.getKey(), v.isContainerNode() ? mapper.writeValueAsString(v) : v.asText());
        }
        return new ConformanceRequest(name, r.path("method").asText("POST"), r.path("path").asText("/v2/check"),
                Encoding.of(r.path("encoding").asText("form")), Collections.unmodifiableMap(params),
                r.path("status").asInt(200), r.path("concordRules").asBoolean(false), r.path("note").asText(""));
    }
}
