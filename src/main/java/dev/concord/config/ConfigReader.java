package dev.concord.config;

import dev.concord.InputException;
import dev.concord.Locales;
import dev.concord.Severity;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one {@code .concord.yml} as YAML 1.2 (core schema: {@code no}, {@code yes}, {@code on} and {@code off} are
 * strings, only {@code true} and {@code false} are booleans) and checks it as strictly as a compiler: an unknown key,
 * a value of the wrong type, a bad language code, glob or severity is an {@link InputException} at its line and
 * column. The keys and their meaning are documented in README.md and in {@code schema/concord.schema.json}.
 */
final class ConfigReader {
    /** The top-level keys, in the order the documentation lists them. */
    static final List<String> KEYS = List.of("root", "language", "sourceLanguage", "languages", "pairs", "include",
            "exclude", "termbases", "ruleFolders", "disable", "enable", "severity", "failOn", "grammar",
            "acceptWords", "accept", "baseline", "html");
    /** The keys of the {@code grammar} mapping. */
    static final List<String> GRAMMAR_KEYS = List.of("enabled", "disableRules", "disableCategories", "enableRules",
            "checkNameSpelling");
    /** The keys of one entry of {@code pairs}. */
    static final List<String> PAIR_KEYS = List.of("source", "target");

    static final List<String> HTML_KEYS = List.of("skip");

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    /** A plain scalar that starts with '*', which YAML reads as an alias. */
    private static final Pattern UNQUOTED_STAR = Pattern.compile("(^|[\\s\\[{,:-])\\*\\S");
    /** jsoup's selectors that hold a regular expression: {@code :matches(...)} and its kin, {@code [attr~=...]}. */
    private static final Pattern REGEX_SELECTOR = Pattern.compile(":matches\\w*\\(|~=");
    private static final Pattern LANGUAGETOOL_ID = Pattern.compile("[A-Za-z0-9_\\-]+");

    private final Path file;
    private final String name;

    private ConfigReader(Path file, String name) {
        this.file = file;
        this.name = name;
    }

    /**
     * Reads and checks a config file.
     *
     * @param file an absolute path
     * @param name how messages name the file (usually its path relative to the working folder)
     */
    static ConfigFile read(Path file, String name) throws InputException {
        return new ConfigReader(file, name).read();
    }

    private ConfigFile read() throws InputException {
        String text = SafeYaml.readText(file, name);
        LoadSettings settings = SafeYaml.settings(name)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // reported below, with the duplicate's position
                .build();
        Optional<Node> document;
        try {
            SafeYaml.requireBounded(text, settings, name);
            document = new Compose(settings).composeString(text);
        } catch (YamlEngineException e) {
            InputException error = SafeYaml.error(name, e, "invalid YAML: ");
            if (!(e instanceof MarkedYamlEngineException marked) || error.line() == 0) {
                throw error;
            }
            // What a newcomer most often gets wrong in this file, said after the parser's own words.
            String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
            throw new InputException(name, error.line(), error.column(),
                    error.detail() + hint(problem, line(text, error.line() - 1)), e);
        }
        Builder b = new Builder(file);
        if (document.isEmpty()) {
            return b.build();
        }
        Map<String, NodeTuple> top = mapping(document.get(), "the config file", KEYS);
        for (Map.Entry<String, NodeTuple> e : top.entrySet()) {
            Node value = e.getValue().getValueNode();
            switch (e.getKey()) {
                case "root" -> b.root = bool(value, "root");
                case "language" -> b.language = languageCode(value, "language");
                case "sourceLanguage" -> b.sourceLanguage = languageCode(value, "sourceLanguage");
                case "languages" -> readLanguages(value, b);
                case "pairs" -> readPairs(value, b);
                case "include" -> b.include = globs(value, "include");
                case "exclude" -> b.exclude = globs(value, "exclude");
                case "termbases" -> b.termbases = files(value, "termbases", false);
                case "ruleFolders" -> b.ruleFolders = files(value, "ruleFolders", true);
                case "disable" -> b.disable = ruleIds(value, "disable");
                case "enable" -> b.enable = ruleIds(value, "enable");
                case "severity" -> readSeverities(value, b);
                case "failOn" -> b.failOn = failOn(value);
                case "grammar" -> readGrammar(value, b);
                case "acceptWords" -> b.acceptWords = words(value, "acceptWords");
                case "accept" -> readAccept(value, b);
                case "html" -> readHtml(value, b);
                case "baseline" -> b.baseline = file.getParent().resolve(path(value, "baseline")).normalize();
                default -> throw new IllegalStateException(e.getKey());
            }
        }
        return b.build();
    }

    /** Advice for the YAML mistakes people make in globs. */
    private static String hint(String problem, String line) {
        if ((problem != null && problem.contains("alias")) || UNQUOTED_STAR.matcher(line).find()) {
            return " (a value or key that starts with * is read as a YAML alias: quote it, as in \"*.md\")";
        }
        if (line.contains("{path}")) {
            return " (inside { } or [ ], quote patterns that hold {path}, as in \"docs/fr/{path}\")";
        }
        return "";
    }

    private static String line(String text, int zeroBased) {
        String[] lines = text.split("\\R", -1);
        return zeroBased >= 0 && zeroBased < lines.length ? lines[zeroBased] : "";
    }

    private void readLanguages(Node value, Builder b) throws InputException {
        Map<String, NodeTuple> entries = mapping(value, "'languages'", null);
        for (NodeTuple t : entries.values()) {
            String glob = ((ScalarNode) t.getKeyNode()).getValue();
            b.languages.add(new ConfigFile.LanguageGlob(glob(t.getKeyNode(), glob, "languages"),
                    languageCode(t.getValueNode(), "languages: " + glob)));
        }
    }

    /** {@code accept}: language code to the words every rule accepts in that language. */
    private void readAccept(Node value, Builder b) throws InputException {
        for (NodeTuple t : mapping(value, "'accept'", null).values()) {
            String language = languageCode(t.getKeyNode(), "accept");
            b.accept.merge(language, words(t.getValueNode(), "accept: " + language), (x, y) -> {
                List<String> both = new ArrayList<>(x);
                both.addAll(y);
                return both;
            });
        }
    }

    private void readPairs(Node value, Builder b) throws InputException {
        for (Node item : sequence(value, "pairs")) {
            Map<String, NodeTuple> pair = mapping(item, "each entry of 'pairs'", PAIR_KEYS);
            for (String key : PAIR_KEYS) {
                if (!pair.containsKey(key)) {
                    throw error(item, "each entry of 'pairs' needs 'source' and 'target', as in"
                            + " {source: docs/en/{path}, target: docs/fr/{path}}");
                }
            }
            PairPattern source = pairPattern(pair.get("source").getValueNode(), "pairs: source");
            PairPattern target = pairPattern(pair.get("target").getValueNode(), "pairs: target");
            b.pairs.add(new ConfigFile.Pair(source, target, where(item)));
        }
    }

    private void readSeverities(Node value, Builder b) throws InputException {
        for (NodeTuple t : mapping(value, "'severity'", null).values()) {
            String id = ((ScalarNode) t.getKeyNode()).getValue();
            checkRuleId(t.getKeyNode(), id, "severity");
            String label = string(t.getValueNode(), "severity: " + id, "error, warning or info");
            try {
                b.severities.put(id, Severity.parse(label));
            } catch (IllegalArgumentException e) {
                throw error(t.getValueNode(), "severity: " + id + ": '" + label
                        + "' is not one of error, warning, info");
            }
            b.severityRules.add(new ConfigFile.RuleReference(id, where(t.getKeyNode())));
        }
    }

    private void readGrammar(Node value, Builder b) throws InputException {
        if (value instanceof ScalarNode) {
            b.grammar = bool(value, "grammar");
            return;
        }
        Map<String, NodeTuple> g = mapping(value, "'grammar' (true, false or a mapping)", GRAMMAR_KEYS);
        for (Map.Entry<String, NodeTuple> e : g.entrySet()) {
            Node v = e.getValue().getValueNode();
            String key = "grammar: " + e.getKey();
            switch (e.getKey()) {
                case "enabled" -> b.grammar = bool(v, key);
                case "disableRules" -> b.grammarDisableRules = languageToolIds(v, key);
                case "disableCategories" -> b.grammarDisableCategories = languageToolIds(v, key);
                case "enableRules" -> b.grammarEnableRules = languageToolIds(v, key);
                case "checkNameSpelling" -> b.checkNameSpelling = bool(v, key);
                default -> throw new IllegalStateException(e.getKey());
            }
        }
    }

    /** {@code html}: how HTML pages are read; {@code skip} lists CSS selectors of elements to leave out. */
    private void readHtml(Node value, Builder b) throws InputException {
        Map<String, NodeTuple> h = mapping(value, "'html'", HTML_KEYS);
        NodeTuple skip = h.get("skip");
        if (skip == null) {
            return;
        }
        List<String> selectors = new ArrayList<>();
        for (Node item : sequence(skip.getValueNode(), "html: skip")) {
            if (!(item instanceof ScalarNode s) || s.getValue().isBlank()) {
                throw error(item, "'html: skip' must list CSS selectors, not " + describe(item));
            }
            String parsed;
            try {
                parsed = org.jsoup.select.QueryParser.parse(s.getValue()).toString();
            } catch (org.jsoup.select.Selector.SelectorParseException e) {
                throw error(item, "'html: skip': '" + s.getValue() + "' is not a CSS selector (" + e.getMessage() + ")");
            }
            // Looked for in the parsed selector, which has CSS escapes undone ("p:matche\\s(...)" is ":matches").
            if (REGEX_SELECTOR.matcher(parsed).find()) {
                // jsoup matches these against the document's text with java.util.regex, unbounded; its ~= is a
                // regular expression too, not CSS's word match.
                throw error(item, "'html: skip': '" + s.getValue() + "' holds a regular expression (:matches, ~=),"
                        + " which Concord cannot bound on long texts: select by tag, class or attribute instead");
            }
            selectors.add(s.getValue().strip());
        }
        b.htmlSkip = selectors;
    }

    // --- Types -------------------------------------------------------------------------------------------------

    /**
     * The entries of a mapping, by key, in file order; keys must be strings, unique, and (when {@code allowed} is not
     * null) among {@code allowed}.
     */
    private Map<String, NodeTuple> mapping(Node node, String what, List<String> allowed) throws InputException {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping of keys to values, not " + describe(node));
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            Node k = t.getKeyNode();
            if (!(k instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
                throw error(k, "keys must be plain strings, not " + describe(k));
            }
            String key = s.getValue();
            if (allowed != null && !allowed.contains(key)) {
                throw error(k, "unknown key '" + key + "'" + suggestion(key, allowed)
                        + " (known keys: " + String.join(", ", allowed) + ")");
            }
            if (out.containsKey(key)) {
                throw error(k, "'" + key + "' is set twice");
            }
            out.put(key, t);
        }
        return out;
    }

    private List<Node> sequence(Node node, String key) throws InputException {
        if (!(node instanceof SequenceNode s)) {
            throw error(node, "'" + key + "' must be a list, not " + describe(node)
                    + (node instanceof ScalarNode ? " (write [" + ((ScalarNode) node).getValue() + "])" : ""));
        }
        return s.getValue();
    }

    private String string(Node node, String key, String expected) throws InputException {
        if (!(node instanceof ScalarNode s) || !s.getTag().equals(Tag.STR)) {
            String quoted = node instanceof ScalarNode s2 && !s2.getTag().equals(Tag.NULL)
                    ? " (quote it if you mean the text \"" + s2.getValue() + "\")" : "";
            throw error(node, "'" + key + "' must be " + expected + ", not " + describe(node) + quoted);
        }
        String v = s.getValue().strip();
        if (v.isEmpty()) {
            throw error(node, "'" + key + "' must be " + expected + ", not an empty string");
        }
        return v;
    }

    private boolean bool(Node node, String key) throws InputException {
        if (!(node instanceof ScalarNode s) || !s.getTag().equals(Tag.BOOL)) {
            throw error(node, "'" + key + "' must be true or false, not " + describe(node));
        }
        return s.getValue().equalsIgnoreCase("true");
    }

    private String languageCode(Node node, String key) throws InputException {
        String code = string(node, key, "a language code (BCP 47, such as fr or fr-CA)");
        try {
            return Locales.normalize(code);
        } catch (IllegalArgumentException e) {
            throw error(node, "'" + key + "': " + e.getMessage());
        }
    }

    private List<Glob> globs(Node node, String key) throws InputException {
        List<Glob> out = new ArrayList<>();
        for (Node item : sequence(node, key)) {
            out.add(glob(item, string(item, key + " (each entry)", "a glob such as docs/**"), key));
        }
        return out;
    }

    private Glob glob(Node node, String text, String key) throws InputException {
        try {
            return Glob.compile(text);
        } catch (IllegalArgumentException e) {
            throw error(node, key + ": " + e.getMessage());
        }
    }

    private PairPattern pairPattern(Node node, String key) throws InputException {
        String text = string(node, key, "a path pattern such as docs/fr/{path}");
        try {
            return PairPattern.compile(text);
        } catch (IllegalArgumentException e) {
            throw error(node, key + ": " + e.getMessage());
        }
    }

    private String path(Node node, String key) throws InputException {
        String p = string(node, key, "a path relative to this file's folder");
        if (p.contains("\\")) {
            throw error(node, "'" + key + "': write paths with '/', not '\\'");
        }
        try {
            Path.of(p);
        } catch (InvalidPathException e) {
            // A quoted YAML string can hold any character ("a\0b"); the file system takes fewer.
            throw error(node, "'" + key + "': not a path: " + e.getReason());
        }
        return p;
    }

    /** Paths relative to the config file's folder that must exist (files, or folders when {@code folders}). */
    private List<Path> files(Node node, String key, boolean folders) throws InputException {
        List<Path> out = new ArrayList<>();
        for (Node item : sequence(node, key)) {
            Path p = file.getParent().resolve(path(item, key)).normalize();
            if (!Files.exists(p)) {
                throw error(item, key + ": no such " + (folders ? "folder" : "file") + " '"
                        + ((ScalarNode) item).getValue() + "' (paths are relative to this file's folder)");
            }
            if (folders != Files.isDirectory(p)) {
                throw error(item, key + ": '" + ((ScalarNode) item).getValue() + "' is "
                        + (folders ? "a file, not a folder" : "a folder, not a file"));
            }
            out.add(p);
        }
        return out;
    }

    private List<ConfigFile.RuleReference> ruleIds(Node node, String key) throws InputException {
        List<ConfigFile.RuleReference> out = new ArrayList<>();
        for (Node item : sequence(node, key)) {
            String id = string(item, key + " (each entry)", "a rule id, family or pack, such as lt or names.inconsistent");
            checkRuleId(item, id, key);
            out.add(new ConfigFile.RuleReference(id, where(item)));
        }
        return out;
    }

    private void checkRuleId(Node node, String id, String key) throws InputException {
        if (!RULE_ID.matcher(id).matches()) {
            throw error(node, key + ": '" + id + "' is not a rule id (letters, digits, '.', '_' and '-')");
        }
    }

    private List<String> languageToolIds(Node node, String key) throws InputException {
        List<String> out = new ArrayList<>();
        for (Node item : sequence(node, key)) {
            String id = string(item, key + " (each entry)", "a LanguageTool rule or category id");
            if (!LANGUAGETOOL_ID.matcher(id).matches()) {
                throw error(item, key + ": '" + id + "' is not a LanguageTool id (such as FR_SPELLING_RULE or"
                        + " TYPOGRAPHY; without the lt. prefix)");
            }
            out.add(id);
        }
        return out;
    }

    private List<String> words(Node node, String key) throws InputException {
        List<String> out = new ArrayList<>();
        for (Node item : sequence(node, key)) {
            // A word list may hold numbers and dates ("2FA" is a string, "1984" a number): all are words.
            if (!(item instanceof ScalarNode s) || s.getTag().equals(Tag.NULL) || s.getValue().isBlank()) {
                throw error(item, "'" + key + "' must list words, not " + describe(item));
            }
            out.add(s.getValue().strip());
        }
        return out;
    }

    private String failOn(Node node) throws InputException {
        String v = string(node, "failOn", "error, warning, info or none").toLowerCase(Locale.ROOT);
        if (!List.of("error", "warning", "info", "none").contains(v)) {
            throw error(node, "'failOn': '" + v + "' is not one of error, warning, info, none");
        }
        return v;
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return "an empty value";
        }
        if (tag.equals(Tag.BOOL)) {
            return "the boolean " + ((ScalarNode) node).getValue();
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "the number " + ((ScalarNode) node).getValue();
        }
        return "a string";
    }

    private static String suggestion(String key, List<String> allowed) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance.apply(key.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best != null && bestDistance <= Math.max(2, key.length() / 3) ? ": did you mean '" + best + "'?" : "";
    }

    private ConfigLocation where(Node node) {
        Optional<Mark> m = node.getStartMark();
        return new ConfigLocation(name, m.map(x -> x.getLine() + 1).orElse(0), m.map(x -> x.getColumn() + 1).orElse(0));
    }

    private InputException error(Node node, String message) {
        ConfigLocation w = where(node);
        return new InputException(name, w.line(), w.column(), message);
    }

    /** Collects what has been read. */
    private static final class Builder {
        private final Path file;
        boolean root;
        String language;
        String sourceLanguage;
        final List<ConfigFile.LanguageGlob> languages = new ArrayList<>();
        final List<ConfigFile.Pair> pairs = new ArrayList<>();
        List<Glob> include;
        List<Glob> exclude = List.of();
        List<Path> termbases = List.of();
        List<Path> ruleFolders = List.of();
        List<ConfigFile.RuleReference> disable = List.of();
        List<ConfigFile.RuleReference> enable = List.of();
        final Map<String, Severity> severities = new LinkedHashMap<>();
        final List<ConfigFile.RuleReference> severityRules = new ArrayList<>();
        String failOn;
        Boolean grammar;
        List<String> grammarDisableRules = List.of();
        List<String> grammarDisableCategories = List.of();
        List<String> grammarEnableRules = List.of();
        Boolean checkNameSpelling;
        List<String> acceptWords = List.of();
        final Map<String, List<String>> accept = new LinkedHashMap<>();
        Path baseline;
        List<String> htmlSkip = List.of();

        Builder(Path file) {
            this.file = file;
        }

        ConfigFile build() {
            return new ConfigFile(file, root, language, sourceLanguage, List.copyOf(languages), List.copyOf(pairs),
                    include == null ? null : List.copyOf(include), List.copyOf(exclude), List.copyOf(termbases),
                    List.copyOf(ruleFolders), List.copyOf(disable), List.copyOf(enable),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities)), List.copyOf(severityRules),
                    failOn, grammar, List.copyOf(grammarDisableRules), List.copyOf(grammarDisableCategories),
                    List.copyOf(grammarEnableRules), checkNameSpelling, List.copyOf(acceptWords), baseline,
                    Map.copyOf(accept), List.copyOf(htmlSkip));
        }
    }
}
