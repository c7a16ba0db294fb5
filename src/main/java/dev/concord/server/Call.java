package dev.concord.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the API handlers see it, apart from Jetty: method, path, the parameters of the query string
 * and of a form or JSON body (the body's win), the body itself, and the headers the handlers read.
 */
record Call(String method, String path, Map<String, String> params, String body, String contentType,
        String accept) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The parameter {@code name}, or null. */
    String param(String name) {
        return params.get(name);
    }

    /** A boolean parameter: {@code true}/{@code false}, or {@code fallback} when absent. */
    boolean flag(String name, boolean fallback) throws HttpFailure {
        String v = params.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw HttpFailure.badRequest("'" + name + "' must be true or false, not '" + v + "'");
        };
    }

    boolean isJson() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    boolean isForm() {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * The parameters of a request: the query string's, then the body's on top (a form, or a JSON object whose
     * values are strings, numbers, booleans or arrays of strings, arrays joined with commas as LanguageTool's
     * parameters take them).
     */
    static Map<String, String> parameters(String query, String body, String contentType) throws HttpFailure {
        Map<String, String> out = new LinkedHashMap<>();
        decodeForm(query, out);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body != null && !body.isEmpty()) {
            // A body without a media type is a form, as LanguageTool's server reads it (curl -d sends one anyway).
            if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded")) {
                decodeForm(body, out);
            } else if (type.startsWith("application/json")) {
                jsonParameters(body, out);
            }
        }
        return out;
    }

    private static void decodeForm(String form, Map<String, String> out) throws HttpFailure {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.put(key, value);
            } catch (IllegalArgumentException e) {
                throw HttpFailure.badRequest("malformed form encoding: " + e.getMessage());
            }
        }
    }

    private static void jsonParameters(String body, Map<String, String> out) throws HttpFailure {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw HttpFailure.badRequest("the body is not valid JSON: " + oneLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw HttpFailure.badRequest("the JSON body must be an object of parameters, such as "
                    + "{\"text\": \"...\", \"language\": \"fr\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            if (v.isArray()) {
                StringBuilder joined = new StringBuilder();
                for (JsonNode item : v) {
                    if (!item.isValueNode()) {
                        throw HttpFailure.badRequest("'" + e.getKey() + "' must be a list of strings");
                    }
                    joined.append(joined.length() == 0 ? "" : ",").append(item.asText());
                }
                out.put(e.getKey(), joined.toString());
            } else if (v.isValueNode()) {
                out.put(e.getKey(), v.asText());
            } else if (e.getKey().equals("data")) {
                out.put("data", v.toString());
            } else {
                throw HttpFailure.badRequest("'" + e.getKey() + "' must be a string, a number or a boolean");
            }
        }
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
