package dev.concord.pack;

import dev.concord.InputException;
import dev.concord.grammar.AddedRules;
import dev.concord.grammar.LanguageToolPools;
import dev.concord.rule.DocumentRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.languagetool.Language;
import org.languagetool.rules.Category;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.rules.patterns.bitext.BitextPatternRule;

/**
 * Rule packs: rules for mistranslations and false friends written in LanguageTool's rule formats, bundled in the jar
 * (folder {@code concord-rules/}) and read from users' folders. A folder named after a language ({@code fr/}) holds
 * LanguageTool pattern rules, loaded into the LanguageTool objects of that language; a folder named after a pair
 * ({@code en-fr/}) holds LanguageTool bitext rules, run on units that have a source text in the first language.
 * Each rule reports under the id {@code pack.<pack>.<rule id>}; a user's rule with the id of a bundled one replaces
 * it. Immutable and thread-safe; give it to {@code Checker.builder().rulePacks(...)}.
 *
 * <p>As {@link AddedRules}, it gives LanguageTool pools the rule objects to add to each LanguageTool object, loaded
 * once per language with LanguageTool's own loaders.
 */
public final class RulePacks implements AddedRules {
    /** Where the bundled packs are in the jar. */
    static final String BUNDLED_ROOT = "concord-rules";
    /**
     * The LanguageTool category of every pack rule object. LanguageTool's result cache returns matches whose rule is
     * a stand-in keeping only the id, sub-id, category and a few more fields: the category says which file it is.
     */
    private static final String CATEGORY_PREFIX = "CONCORD_PACK_";
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final RulePacks NONE = new RulePacks(List.of());

    private final List<PackFile> files;
    private final List<RulePack> packs;
    private final Map<String, PackRule> byId;
    /** What each rule file declares, by Concord id and sub-id. */
    private final Map<String, PackFile.Entry> entries;
    /** Bundled rules that a user's rule of the same id replaces. */
    private final Set<String> overridden;
    private final Map<String, List<Rule>> rulesByLanguage = new ConcurrentHashMap<>();
    private final Map<String, List<Loaded>> rulesByFile = new ConcurrentHashMap<>();
    private final Map<String, TargetScreen> screens = new ConcurrentHashMap<>();
    /** The loaded rules by {@link #key}: LanguageTool's result cache hands back stand-ins, not the rule objects. */
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    /** Tells these packs' LanguageTool categories apart from those of other {@code RulePacks} in the process. */
    private final String categoryPrefix = CATEGORY_PREFIX + INSTANCES.incrementAndGet() + "_";

    /**
     * A LanguageTool rule object of a pack: the pack rule it belongs to, the declarations of its {@code <rule>}, and
     * for a bitext rule the pattern its unit's source must match.
     */
    record Loaded(PackRule rule, PackFile.Entry entry, AbstractPatternRule target,
            AbstractPatternRule sourcePattern, List<String> sourceWords) {

        /**
         * False when the source sentence cannot match the source pattern, for it lacks one of the pattern's literal
         * words: a test on the raw text that spares analysing the sentence.
         */
        boolean sourceMayMatch(String sentence) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            for (String word : sourceWords) {
                if (!lower.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The words a pattern needs as written: its required tokens that are plain strings (no lemma, no regex). */
    private static List<String> literalWords(AbstractPatternRule pattern) {
        if (pattern == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (PatternToken t : pattern.getPatternTokens()) {
            String s = t.getString();
            if (s != null && !s.isEmpty() && t.getMinOccurrence() > 0 && !t.isRegularExpression() && !t.isInflected()
                    && !t.getNegation() && !t.hasOrGroup() && !t.hasAndGroup() && !t.isReferenceElement()) {
                words.add(s.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(words);
    }

    private RulePacks(List<PackFile> files) {
        this.files = List.copyOf(files);
        Set<String> userIds = new HashSet<>();
        for (PackFile f : files) {
            if (!f.bundled()) {
                f.entries().forEach(e -> userIds.add(PackRule.idOf(f.pack(), e.ruleId())));
            }
        }
        Map<String, PackRule> rules = new LinkedHashMap<>();
        Map<String, PackFile.Entry> declared = new HashMap<>();
        Set<String> replaced = new HashSet<>();
        Map<String, List<PackRule>> byPack = new TreeMap<>();
        Map<String, String[]> languages = new HashMap<>();
        for (PackFile f : files) {
            languages.put(f.pack(), new String[] {f.sourceLanguage(), f.targetLanguage()});
            for (PackFile.Entry e : f.entries()) {
                String id = PackRule.idOf(f.pack(), e.ruleId());
                if (f.bundled() && userIds.contains(id)) {
                    replaced.add(id);
                    continue;
                }
                declared.put(id + "[" + e.subId() + "]", e);
                if (!rules.containsKey(id)) {
                    PackRule rule = new PackRule(id, f.pack(), e.ruleId(), e.type(), e.severity(), e.description(),
                            f.sourceLanguage(), f.targetLanguage(), e.onByDefault(), f.name(), e.line());
                    rules.put(id, rule);
                    byPack.computeIfAbsent(f.pack(), p -> new ArrayList<>()).add(rule);
                }
            }
        }
        List<RulePack> list = new ArrayList<>();
        byPack.forEach((name, packRules) -> list.add(
                new RulePack(name, languages.get(name)[0], languages.get(name)[1], packRules)));
        this.packs = List.copyOf(list);
        this.byId = Map.copyOf(rules);
        this.entries = Map.copyOf(declared);
        this.overridden = Set.copyOf(replaced);
    }

    /** No rule packs. */
    public static RulePacks none() {
        return NONE;
    }

    /** The packs bundled in Concord's jar, read once per process. */
    public static RulePacks bundled() {
        return Bundled.PACKS;
    }

    /**
     * These packs and those of {@code folders}. A folder holds pack folders ({@code fr/}, {@code en-fr/}) of
     * {@code .xml} rule files, or is itself a pack folder. Every file is checked and loaded now, with LanguageTool's
     * loaders for the languages whose LanguageTool module is present.
     *
     * @throws InputException for a missing folder, a folder without rule files, or a broken rule file (naming the
     *                        file, the line and the rule)
     */
    public RulePacks withFolders(Collection<Path> folders) throws InputException {
        if (folders.isEmpty()) {
            return this;
        }
        List<PackFile> all = new ArrayList<>(files);
        List<PackFile> added = new ArrayList<>();
        for (Path folder : folders) {
            added.addAll(readFolder(folder));
        }
        checkUniqueIds(added);
        all.addAll(added);
        RulePacks packs = new RulePacks(all);
        for (PackFile f : added) {
            if (PackLoader.canLoad(f)) {
                packs.load(f);
            }
        }
        return packs;
    }

    /** The packs, by name. */
    public List<RulePack> packs() {
        return packs;
    }

    /** Every rule of every pack. */
    public List<PackRule> rules() {
        return packs.stream().flatMap(p -> p.rules().stream()).toList();
    }

    /** The rule with this Concord id, or null. */
    public PackRule rule(String id) {
        return byId.get(id);
    }

    /** True when there is no rule. */
    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /**
     * The Concord rule that reports the packs' matches, for a checker whose LanguageTool objects come from
     * {@code pools} (built with these packs).
     *
     * @param grammarRuns  true when LanguageTool's own rules run in the same check, so that one LanguageTool pass
     *                     serves both; false to analyse the text and run only the packs' rules
     * @param enabled      ids (or prefixes, such as {@code pack.fr}) of rules that are off by default to run too
     */
    public DocumentRule checkRule(LanguageToolPools pools, boolean grammarRuns, Set<String> enabled) {
        if (pools.addedRules() != this) {
            throw new IllegalArgumentException("the LanguageTool pools were built with other rule packs");
        }
        return new RulePackRule(this, pools, grammarRuns, enabled);
    }

    @Override
    public List<Rule> rulesFor(Language language) {
        return rulesByLanguage.computeIfAbsent(language.getShortCode(), base -> {
            List<Rule> out = new ArrayList<>();
            for (PackFile f : files) {
                if (baseLanguage(f.targetLanguage()).equals(base) && PackLoader.canLoad(f)) {
                    try {
                        load(f).forEach(l -> out.add(l.target()));
                    } catch (InputException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * What the raw text of a unit must hold for one of the language's rules to match it (built once); with
     * {@code source}, what a unit's source must hold for a bitext rule's source pattern to match it.
     */
    TargetScreen screen(Language language, boolean source) {
        return screens.computeIfAbsent(language.getShortCode() + (source ? "|source" : ""), base -> {
            List<Loaded> rules = new ArrayList<>();
            for (Rule r : rulesFor(language)) {
                Loaded l = loaded(r);
                if (l != null) {
                    rules.add(l);
                }
            }
            return new TargetScreen(rules, source);
        });
    }

    @Override
    public boolean owns(Rule rule) {
        return loaded(rule) != null;
    }

    /** The pack rule behind a LanguageTool rule object of these packs (or its stand-in from the cache), or null. */
    Loaded loaded(Rule rule) {
        Category category = rule.getCategory();
        if (category == null || !category.getId().toString().startsWith(categoryPrefix)) {
            return null;
        }
        return loaded.get(key(category.getId().toString(), rule.getId(), rule.getSubId()));
    }

    private static String key(String category, String ruleId, String subId) {
        return category + '\u0000' + ruleId + '\u0000' + (subId == null ? "" : subId);
    }

    /** The rule files, in load order (bundled first). */
    List<PackFile> files() {
        return files;
    }

    /** True when a user's rule of the same id replaces this bundled one. */
    boolean isOverridden(String id) {
        return overridden.contains(id);
    }

    /** Loads a file's rules with LanguageTool's loaders, once. */
    private List<Loaded> load(PackFile file) throws InputException {
        List<Loaded> done = rulesByFile.get(file.name());
        if (done != null) {
            return done;
        }
        synchronized (this) {
            done = rulesByFile.get(file.name());
            if (done != null) {
                return done;
            }
            List<Loaded> out = new ArrayList<>();
            Category category = new Category(new CategoryId(categoryPrefix + files.indexOf(file)),
                    "Concord rule pack " + file.pack());
            if (file.isBilingual()) {
                for (BitextPatternRule b : PackLoader.bilingual(file)) {
                    register(file, category, b.getId(), "1", b.getTrgRule(), b.getSrcRule(), out);
                }
            } else {
                for (AbstractPatternRule r : PackLoader.monolingual(file)) {
                    register(file, category, r.getId(), r.getSubId(), r, null, out);
                }
            }
            rulesByFile.put(file.name(), List.copyOf(out));
            return rulesByFile.get(file.name());
        }
    }

    private void register(PackFile file, Category category, String ruleId, String subId, AbstractPatternRule target,
            AbstractPatternRule source, List<Loaded> out) {
        String id = PackRule.idOf(file.pack(), ruleId);
        if (file.bundled() && overridden.contains(id)) {
            return;
        }
        PackRule rule = byId.get(id);
        PackFile.Entry entry = entries.get(id + "[" + subId + "]");
        if (rule == null || entry == null) {
            entry = entries.get(id + "[1]");
        }
        if (rule == null || entry == null) {
            return;
        }
        // Off-by-default rules run in LanguageTool and are filtered by Concord, which knows what the user enabled;
        // the category names the file, even in the stand-ins of LanguageTool's result cache (see loaded()).
        target.setDefaultOn();
        target.setCategory(category);
        Loaded l = new Loaded(rule, entry, target, source, literalWords(source));
        loaded.put(key(category.getId().toString(), target.getId(), target.getSubId()), l);
        out.add(l);
    }

    private static String baseLanguage(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    // ---- reading folders ---------------------------------------------------------------------------------------

    private static List<PackFile> readFolder(Path folder) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.toString(), 0, 0, Files.exists(folder)
                    ? "not a folder: --rules takes a folder of rule packs (fr/, en-fr/...)"
                    : "no such folder");
        }
        List<PackFile> out = new ArrayList<>();
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String[] own = name == null ? null : RulePack.languagesOf(name.toString());
        if (own != null && !xmlFiles(folder).isEmpty()) {
            readPack(folder, name.toString(), own, out);
        } else {
            for (Path sub : subfolders(folder)) {
                String[] languages = RulePack.languagesOf(sub.getFileName().toString());
                if (languages != null) {
                    readPack(sub, sub.getFileName().toString(), languages, out);
                }
            }
        }
        if (out.isEmpty()) {
            throw new InputException(folder.toString(), 0, 0, "holds no rule pack: put rule files (.xml) in folders"
                    + " named after their language (fr/) or language pair (en-fr/)");
        }
        return out;
    }

    private static void readPack(Path folder, String pack, String[] languages, List<PackFile> out)
            throws InputException {
        for (Path file : xmlFiles(folder)) {
            String text = readText(file);
            out.add(PackFileReader.read(file.toString(), pack, languages[0], languages[1], text, false));
        }
    }

    private static List<Path> xmlFiles(Path folder) throws InputException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), 0, 0, "cannot read folder: " + e.getMessage());
        }
    }

    private static List<Path> subfolders(Path folder) throws InputException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), 0, 0, "cannot read folder: " + e.getMessage());
        }
    }

    private static String readText(Path file) throws InputException {
        try {
            return decode(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Strict UTF-8, without a byte order mark. */
    private static String decode(byte[] bytes, String name) throws InputException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(name, 0, 0, "not UTF-8: rule files are UTF-8");
        }
    }

    /** Two files of the same pack may not declare the same rule id (rules of one group share theirs). */
    private static void checkUniqueIds(List<PackFile> files) throws InputException {
        Map<String, String> seen = new HashMap<>();
        for (PackFile f : files) {
            Set<String> inFile = new HashSet<>();
            for (PackFile.Entry e : f.entries()) {
                String id = PackRule.idOf(f.pack(), e.ruleId());
                boolean groupSibling = e.subId() > 1 && inFile.contains(id);
                if (!groupSibling) {
                    String other = seen.putIfAbsent(id, f.name() + ":" + e.line());
                    if (other != null) {
                        throw new InputException(f.name(), e.line(), 0, "rule " + e.ruleId()
                                + ": the id is already used in pack " + f.pack() + " (" + other + ")");
                    }
                }
                inFile.add(id);
            }
        }
    }

    /** The bundled packs, read on first use. */
    private static final class Bundled {
        static final RulePacks PACKS = read();

        private static RulePacks read() {
            List<PackFile> files = new ArrayList<>();
            try {
                for (String resource : bundledResources()) {
                    String rest = resource.substring(BUNDLED_ROOT.length() + 1);
                    int slash = rest.indexOf('/');
                    if (slash < 0 || rest.indexOf('/', slash + 1) >= 0) {
                        continue; // only <pack>/<file>.xml
                    }
                    String pack = rest.substring(0, slash);
                    String[] languages = RulePack.languagesOf(pack);
                    if (languages == null) {
                        continue;
                    }
                    try (InputStream in = RulePacks.class.getClassLoader().getResourceAsStream(resource)) {
                        if (in == null) {
                            continue;
                        }
                        String text = decode(in.readAllBytes(), resource);
                        files.add(PackFileReader.read(resource, pack, languages[0], languages[1], text, true));
                    }
                }
                checkUniqueIds(files);
            } catch (InputException e) {
                throw new IllegalStateException("bundled rule pack: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new RulePacks(files);
        }

        /** The resource names of the bundled rule files, from the jar or from the build's classes folder. */
        private static List<String> bundledResources() throws IOException {
            URL root = RulePacks.class.getClassLoader().getResource(BUNDLED_ROOT + "/README.md");
            if (root == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            if (root.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String entry = e.nextElement().getName();
                        if (entry.startsWith(BUNDLED_ROOT + "/") && entry.endsWith(".xml")) {
                            out.add(entry);
                        }
                    }
                }
            } else if (root.getProtocol().equals("file")) {
                try {
                    Path base = Path.of(root.toURI()).getParent();
                    try (Stream<Path> s = Files.walk(base, 2)) {
                        s.filter(p -> p.toString().endsWith(".xml"))
                                .forEach(p -> out.add(BUNDLED_ROOT + "/" + base.relativize(p).toString()
                                        .replace('\\', '/')));
                    }
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            }
            out.sort(null);
            return out;
        }
    }
}
