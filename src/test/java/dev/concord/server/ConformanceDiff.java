package dev.concord.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares one LanguageTool answer with Concord's answer to the same request and collects readable differences:
 * one line each, {@code path: what LanguageTool has | what Concord has}.
 *
 * <p>Paths name an array element {@code []} (elements are paired by index) and a match
 * {@code [offset+length RULE_ID]} (matches are paired by that key).
 */
final class ConformanceDiff {

    /**
     * Values of a match that come from LanguageTool's own {@code RuleMatch} and text, so must be equal where both
     * servers found the same match (JSON pointers; compared where LanguageTool has them).
     */
    static final List<String> SAME_IN_EACH_MATCH = List.of("/message", "/shortMessage", "/context/text",
            "/context/offset", "/context/length", "/sentence", "/type/typeName", "/rule/description",
            "/rule/issueType", "/rule/subId", "/rule/category/id", "/rule/category/name");

    private final Set<String> allowedMissing;
    /** In the order found, each line once (a field missing from every replacement is one line). */
    private final Set<String> lines = new LinkedHashSet<>();

    /**
     * @param allowedMissing paths (in the {@code []} form, for example {@code matches[].rule.sourceFile}) that
     *                       Concord may leave out; see {@code LanguageToolConformanceTest.CONCORD_OMITS}
     */
    ConformanceDiff(Set<String> allowedMissing) {
        this.allowedMissing = allowedMissing;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    void add(String line) {
        lines.add(line);
    }

    // ---- shape ------------------------------------------------------------------------------------------------

    /**
     * Every field of {@code lt} is in {@code concord} with the same JSON type, recursively. A {@code null} on
     * LanguageTool's side fixes no type; an allowed path is not looked at. Arrays: element i of Concord's against
     * element i of LanguageTool's, where both have one; {@code matches} is paired by key instead, see
     * {@link #matchShapes}.
     */
    void shape(String path, JsonNode lt, JsonNode concord) {
        if (lt == null || lt.isNull() || allowedMissing.contains(path)) {
            return;
        }
        if (concord == null || concord.isMissingNode()) {
            add(path + ": missing in Concord (LanguageTool: " + type(lt) + " " + sample(lt) + ")");
            return;
        }
        if (type(lt) != type(concord)) {
            add(path + ": type " + type(lt) + " " + sample(lt) + " | Concord: " + type(concord) + " "
                    + sample(concord));
            return;
        }
        if (lt.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = lt.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = join(path, e.getKey());
                if (child.equals("matches")) {
                    continue; // compared by matchShapes, pair by pair
                }
                shape(child, e.getValue(), concord.get(e.getKey()));
            }
        } else if (lt.isArray()) {
            for (int i = 0; i < Math.min(lt.size(), concord.size()); i++) {
                shape(path + "[]", lt.get(i), concord.get(i));
            }
        }
    }

    /**
     * The shape of each of Concord's matches: against LanguageTool's match with the same key when there is one
     * (so fields LanguageTool gives only some matches, such as {@code rule.urls}, are asked for where they apply),
     * else against {@code template}, the fields every match has.
     */
    void matchShapes(JsonNode ltMatches, JsonNode concordMatches, JsonNode template) {
        if (concordMatches == null || !concordMatches.isArray()) {
            return; // reported by shape() on the top level
        }
        Map<String, JsonNode> ltByKey = byKey(ltMatches);
        for (JsonNode c : concordMatches) {
            JsonNode paired = ltByKey.get(key(c));
            JsonNode reference = paired != null ? paired : template;
            ConformanceDiff one = new ConformanceDiff(allowedMissing);
            one.shape("matches[]", reference, c);
            for (String line : one.lines) {
                add(line.replaceFirst("^matches\\[]", "matches[" + key(c) + "]"));
            }
        }
    }

    // ---- matches ----------------------------------------------------------------------------------------------

    /**
     * With only LanguageTool's rules on both sides: the same (offset, length, rule.id) set, and for each pair the
     * same first replacement, and the same values of {@link #SAME_IN_EACH_MATCH}.
     */
    void matches(JsonNode ltMatches, JsonNode concordMatches) {
        Map<String, JsonNode> lt = byKey(ltMatches);
        Map<String, JsonNode> concord = byKey(concordMatches);
        for (Map.Entry<String, JsonNode> e : lt.entrySet()) {
            JsonNode c = concord.get(e.getKey());
            if (c == null) {
                add("matches: only LanguageTool has [" + e.getKey() + "] " + summary(e.getValue()));
                continue;
            }
            JsonNode l = e.getValue();
            String at = "matches[" + e.getKey() + "]";
            same(at + ".replacements[0].value", firstReplacement(l), firstReplacement(c));
            for (String field : SAME_IN_EACH_MATCH) {
                JsonNode lv = l.at(field);
                JsonNode cv = c.at(field);
                if (!lv.isMissingNode() && !cv.isMissingNode()) { // a missing one is reported by the shape
                    sameJson(at + field.replace('/', '.'), lv, cv);
                }
            }
        }
        for (Map.Entry<String, JsonNode> e : concord.entrySet()) {
            if (!lt.containsKey(e.getKey())) {
                add("matches: only Concord has [" + e.getKey() + "] " + summary(e.getValue()));
            }
        }
        int ltCount = ltMatches == null ? 0 : ltMatches.size();
        int concordCount = concordMatches == null ? 0 : concordMatches.size();
        if (ltCount != lt.size() || concordCount != concord.size()) {
            add("matches: duplicate keys (LanguageTool " + ltCount + " matches / " + lt.size() + " keys, Concord "
                    + concordCount + " / " + concord.size() + ")");
        }
    }

    /** A value that must be equal on both sides: strings as text, anything else as its JSON. */
    void sameJson(String path, JsonNode lt, JsonNode concord) {
        same(path, text(lt), text(concord));
    }

    private static String text(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return null;
        }
        return n.isTextual() ? n.asText() : n.toString();
    }

    void same(String path, String lt, String concord) {
        if (!Objects.equals(lt, concord)) {
            add(path + ": LanguageTool " + quote(lt) + " | Concord " + quote(concord));
        }
    }

    // ---- /v2/languages ----------------------------------------------------------------------------------------

    /** Concord's list has each of LanguageTool's entries with the same name, code and longCode. */
    void languages(JsonNode lt, JsonNode concord) {
        if (!lt.isArray() || !concord.isArray()) {
            add("languages: LanguageTool " + type(lt) + " | Concord " + type(concord));
            return;
        }
        Map<String, JsonNode> concordByLong = new LinkedHashMap<>();
        for (JsonNode c : concord) {
            concordByLong.putIfAbsent(c.path("longCode").asText(), c);
        }
        for (JsonNode l : lt) {
            String longCode = l.path("longCode").asText();
            JsonNode c = concordByLong.get(longCode);
            if (c == null) {
                add("languages: only LanguageTool lists " + l);
                continue;
            }
            same("languages[" + longCode + "].name", l.path("name").asText(null), c.path("name").asText(null));
            same("languages[" + longCode + "].code", l.path("code").asText(null), c.path("code").asText(null));
            ConformanceDiff one = new ConformanceDiff(allowedMissing);
            one.shape("languages[]", l, c);
            lines.addAll(one.lines);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** The key a match is paired by: {@code offset+length RULE_ID}. */
    static String key(JsonNode match) {
        return match.path("offset").asInt(-1) + "+" + match.path("length").asInt(-1) + " "
                + match.at("/rule/id").asText("?");
    }

    private static Map<String, JsonNode> byKey(JsonNode matches) {
        Map<String, JsonNode> out = new TreeMap<>(ConformanceDiff::compareKeys);
        if (matches != null && matches.isArray()) {
            for (JsonNode m : matches) {
                out.putIfAbsent(key(m), m);
            }
        }
        return out;
    }

    /** By offset, then length, then rule id: the order a reader scans the text in. */
    private static int compareKeys(String a, String b) {
        int[] x = offsetLength(a);
        int[] y = offsetLength(b);
        int c = Integer.compare(x[0], y[0]);
        if (c == 0) {
            c = Integer.compare(x[1], y[1]);
        }
        return c != 0 ? c : a.compareTo(b);
    }

    private static int[] offsetLength(String key) {
        String[] parts = key.substring(0, key.indexOf(' ')).split("\\+");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static String firstReplacement(JsonNode match) {
        JsonNode r = match.path("replacements");
        return r.isArray() && r.size() > 0 ? r.get(0).path("value").asText(null) : null;
    }

    private static String summary(JsonNode match) {
        String text = match.at("/context/text").asText("");
        int off = match.at("/context/offset").asInt(0);
        int len = match.at("/context/length").asInt(0);
        String covered = off >= 0 && off + len <= text.length() ? text.substring(off, off + len) : "?";
        return "covers " + quote(covered) + ", first replacement " + quote(firstReplacement(match)) + ", message "
                + quote(abbreviate(match.path("message").asText(""), 90));
    }

    private static JsonNodeType type(JsonNode n) {
        return n.getNodeType() == JsonNodeType.POJO ? JsonNodeType.OBJECT : n.getNodeType();
    }

    private static String sample(JsonNode n) {
        if (n.isContainerNode()) {
            return n.isArray() ? "[" + n.size() + " element(s)]" : "{" + String.join(",", fieldNames(n)) + "}";
        }
        return abbreviate(n.toString(), 60);
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "\"" + s.replace("\n", "\\n") + "\"";
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
