package dev.concord.config;

import dev.concord.InputException;
import dev.concord.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and merges {@code .concord.yml} files the way editors find {@code .editorconfig}: for each checked file,
 * from its folder upwards to the file system's root, stopping after a file that says {@code root: true}. Nearer
 * files win: a scalar key set in a nearer file replaces the farther value; {@code languages} and {@code severity}
 * entries of a nearer file come first; lists that add up ({@code exclude}, {@code pairs}, {@code disable},
 * {@code acceptWords}, {@code termbases}, {@code ruleFolders}, the {@code grammar} lists) are joined, and a nearer
 * {@code enable} takes back a farther {@code disable}; {@code include} is the nearest file's own. Each file is
 * read once per run. Not thread-safe.
 */
public final class ConfigFiles {
    /** The names a config file may have, in the order they are looked for. */
    public static final List<String> FILE_NAMES = List.of(".concord.yml", ".concord.yaml");

    /** A rule id, family or pack that a config file names, and where, to warn when no rule has it. */
    public record NamedRule(String id, ConfigLocation where) {
    }

    private final boolean discover;
    private final ConfigFile fixed;
    private final Map<Path, List<ConfigFile>> chains = new HashMap<>();
    private final Map<Path, ConfigFile> loaded = new LinkedHashMap<>();

    private ConfigFiles(boolean discover, ConfigFile fixed) {
        this.discover = discover;
        this.fixed = fixed;
    }

    /** Config files found from each checked file's folder upwards. */
    public static ConfigFiles discover() {
        return new ConfigFiles(true, null);
    }

    /** One config file for every checked file, whatever their folders hold ({@code --config FILE}). */
    public static ConfigFiles only(Path file) throws InputException {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new InputException(file.toString(), 0, 0, "no such config file");
        }
        ConfigFiles c = new ConfigFiles(false, ConfigReader.read(abs, display(abs)));
        c.loaded.put(abs, c.fixed);
        return c;
    }

    /** No config file at all ({@code --no-config}). */
    public static ConfigFiles none() {
        return new ConfigFiles(false, null);
    }

    /** The nearest config file at or above a folder, if any (to check the current folder when no path is given). */
    public Optional<Path> nearest(Path folder) throws InputException {
        if (fixed != null) {
            return Optional.of(fixed.file());
        }
        if (!discover) {
            return Optional.empty();
        }
        List<ConfigFile> chain = chain(folder.toAbsolutePath().normalize());
        return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0).file());
    }

    /**
     * What the config files say about one file.
     *
     * @throws InputException when a config file on its way up is unreadable or invalid
     */
    public FileSettings settingsFor(Path file) throws InputException {
        try {
            return settingsOf(file);
        } catch (GlobFailure f) {
            throw new InputException(display(f.config.file()), 0, 0, f.getMessage());
        }
    }

    private FileSettings settingsOf(Path file) throws InputException {
        Path abs = file.toAbsolutePath().normalize();
        List<ConfigFile> chain = chainFor(abs);
        if (chain.isEmpty()) {
            return new FileSettings(false, null, null, null, null, null, CheckerSettings.defaults(), null, null, 0,
                    List.of());
        }
        String excludedBy = exclusion(abs, chain);
        String language = languageOf(abs, chain);
        Path source = null;
        Path missing = null;
        for (ConfigFile c : chain) {
            String rel = relative(c, abs);
            for (ConfigFile.Pair p : c.pairs()) {
                String bound = p.target().match(rel);
                if (bound != null) {
                    Path s = c.folder().resolve(p.source().expand(bound)).normalize();
                    if (!s.equals(abs)) {
                        if (Files.isRegularFile(s)) {
                            source = s;
                        } else {
                            missing = s;
                        }
                        break;
                    }
                }
            }
            if (source != null || missing != null) {
                break;
            }
        }
        String sourceLanguage = null;
        if (source != null) {
            sourceLanguage = languageOf(source, chainFor(source));
        }
        if (sourceLanguage == null) {
            sourceLanguage = chain.stream().map(ConfigFile::sourceLanguage).filter(l -> l != null).findFirst()
                    .orElse(null);
        }
        String failOn = chain.stream().map(ConfigFile::failOn).filter(f -> f != null).findFirst().orElse(null);
        Path baseline = chain.stream().map(ConfigFile::baseline).filter(b -> b != null).findFirst().orElse(null);
        return new FileSettings(excludedBy != null, excludedBy, language, source, sourceLanguage, missing,
                checkerSettings(chain), failOn, baseline, chain.size(),
                chain.stream().flatMap(c -> c.htmlSkip().stream()).distinct().toList());
    }

    /** Every rule id that the config files read so far name in {@code disable}, {@code enable} or {@code severity}. */
    public List<NamedRule> namedRules() {
        List<NamedRule> out = new ArrayList<>();
        for (ConfigFile c : loaded.values()) {
            for (ConfigFile.RuleReference r : c.disable()) {
                out.add(new NamedRule(r.id(), r.where()));
            }
            for (ConfigFile.RuleReference r : c.enable()) {
                out.add(new NamedRule(r.id(), r.where()));
            }
            for (ConfigFile.RuleReference r : c.severityRules()) {
                out.add(new NamedRule(r.id(), r.where()));
            }
        }
        return out;
    }

    /** The config files read so far, as shown in messages. */
    public List<String> filesRead() {
        return loaded.values().stream().map(c -> display(c.file())).toList();
    }

    private List<ConfigFile> chainFor(Path file) throws InputException {
        if (fixed != null) {
            return List.of(fixed);
        }
        if (!discover) {
            return List.of();
        }
        Path folder = file.getParent();
        return folder == null ? List.of() : chain(folder);
    }

    /** The config files that apply to files in {@code folder}, nearest first. */
    private List<ConfigFile> chain(Path folder) throws InputException {
        List<ConfigFile> cached = chains.get(folder);
        if (cached != null) {
            return cached;
        }
        ConfigFile here = load(folder);
        List<ConfigFile> chain = new ArrayList<>();
        if (here != null) {
            chain.add(here);
        }
        Path parent = folder.getParent();
        if ((here == null || !here.root()) && parent != null) {
            chain.addAll(chain(parent));
        }
        List<ConfigFile> result = List.copyOf(chain);
        chains.put(folder, result);
        return result;
    }

    private ConfigFile load(Path folder) throws InputException {
        Path found = null;
        for (String name : FILE_NAMES) {
            Path candidate = folder.resolve(name);
            if (Files.isRegularFile(candidate)) {
                if (found != null) {
                    throw new InputException(display(candidate), 0, 0, "two config files in one folder: keep "
                            + found.getFileName() + " or " + name + ", not both");
                }
                found = candidate;
            }
        }
        if (found == null) {
            return null;
        }
        ConfigFile file = loaded.get(found);
        if (file == null) {
            file = ConfigReader.read(found, display(found));
            loaded.put(found, file);
        }
        return file;
    }

    /** A glob of a config file that could not be matched (see {@link Glob#matches}). */
    private static final class GlobFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ConfigFile config;

        GlobFailure(ConfigFile config, IllegalArgumentException e) {
            super(e.getMessage(), null, false, false);
            this.config = config;
        }
    }

    private static boolean matches(ConfigFile config, Glob glob, String relativePath) {
        try {
            return glob.matches(relativePath);
        } catch (IllegalArgumentException e) {
            throw new GlobFailure(config, e);
        }
    }

    /** The config file that leaves {@code file} out, as shown in messages, or null when the file is checked. */
    private String exclusion(Path file, List<ConfigFile> chain) {
        for (ConfigFile c : chain) {
            if (c.include() != null) {
                String rel = relative(c, file);
                if (c.include().stream().noneMatch(g -> matches(c, g, rel))) {
                    return display(c.file()) + " (include)";
                }
                break;
            }
        }
        for (ConfigFile c : chain) {
            String rel = relative(c, file);
            for (Glob g : c.exclude()) {
                if (matches(c, g, rel)) {
                    return display(c.file()) + " (exclude: " + g + ")";
                }
            }
        }
        return null;
    }

    /** The language the nearest config that says one gives a file: its globs first, then its default. */
    private static String languageOf(Path file, List<ConfigFile> chain) {
        for (ConfigFile c : chain) {
            String rel = relative(c, file);
            for (ConfigFile.LanguageGlob lg : c.languages()) {
                if (matches(c, lg.glob(), rel)) {
                    return lg.language();
                }
            }
            if (c.language() != null) {
                return c.language();
            }
        }
        return null;
    }

    private static CheckerSettings checkerSettings(List<ConfigFile> nearestFirst) {
        boolean grammar = true;
        boolean checkNameSpelling = false;
        Set<String> disabled = new LinkedHashSet<>();
        Set<String> enabled = new LinkedHashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        Set<String> ltDisabled = new LinkedHashSet<>();
        Set<String> ltCategories = new LinkedHashSet<>();
        Set<String> ltEnabled = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        Map<String, Set<String>> accept = new java.util.TreeMap<>();
        Set<Path> termbases = new LinkedHashSet<>();
        Set<Path> ruleFolders = new LinkedHashSet<>();
        for (int i = nearestFirst.size() - 1; i >= 0; i--) {
            ConfigFile c = nearestFirst.get(i);
            if (c.grammar() != null) {
                grammar = c.grammar();
            }
            if (c.checkNameSpelling() != null) {
                checkNameSpelling = c.checkNameSpelling();
            }
            c.enable().forEach(r -> {
                disabled.remove(r.id());
                enabled.add(r.id());
            });
            c.disable().forEach(r -> {
                disabled.add(r.id());
                enabled.remove(r.id());
            });
            severities.putAll(c.severities());
            c.grammarEnableRules().forEach(ltDisabled::remove);
            ltDisabled.addAll(c.grammarDisableRules());
            ltCategories.addAll(c.grammarDisableCategories());
            ltEnabled.addAll(c.grammarEnableRules());
            words.addAll(c.acceptWords());
            c.accept().forEach((language, list) -> accept.computeIfAbsent(language, k -> new LinkedHashSet<>())
                    .addAll(list));
            termbases.addAll(c.termbases());
            ruleFolders.addAll(c.ruleFolders());
        }
        return new CheckerSettings(grammar, disabled, enabled, severities, ltDisabled, ltCategories, ltEnabled,
                checkNameSpelling, words, List.copyOf(termbases), List.copyOf(ruleFolders), accept);
    }

    private static String relative(ConfigFile c, Path file) {
        return c.folder().relativize(file).toString().replace('\\', '/');
    }

    /** A path as messages show it: relative to the working folder when it lies below it. */
    public static String display(Path abs) {
        Path workingFolder = Path.of("").toAbsolutePath();
        return abs.startsWith(workingFolder) ? workingFolder.relativize(abs).toString() : abs.toString();
    }
}
