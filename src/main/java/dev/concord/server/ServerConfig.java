package dev.concord.server;

import dev.concord.InputException;
import dev.concord.config.SafeYaml;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The server's config file: its named profiles, each a {@code .concord.yml} (termbases, rule packs, rules on and
 * off), and the browser origins it lets in.
 *
 * <pre>
 * profiles:
 *   default: .concord.yml        # paths are relative to this file
 *   help-centre: help/.concord.yml
 * corsOrigins: [https://cms.example.org]
 * </pre>
 *
 * @param profiles    profile name → config file (absolute)
 * @param corsOrigins origins allowed to call from a browser
 */
public record ServerConfig(Map<String, Path> profiles, List<String> corsOrigins) {
    private static final List<String> KEYS = List.of("profiles", "corsOrigins");

    /** Reads the file; anything wrong is an {@link InputException} with its line and column. */
    public static ServerConfig read(Path file) throws InputException {
        String name = file.toString();
        String text = SafeYaml.readText(file, name);
        LoadSettings settings = SafeYaml.settings(name).setAllowDuplicateKeys(false).build();
        Object root;
        try {
            SafeYaml.requireBounded(text, settings, name);
            root = new Load(settings).loadFromString(text);
        } catch (YamlEngineException e) {
            throw SafeYaml.error(name, e, "invalid YAML: ");
        }
        if (root == null) {
            return new ServerConfig(Map.of(), List.of());
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new InputException(file.toString(), 1, 1, "must be a mapping with 'profiles' and 'corsOrigins'");
        }
        for (Object key : top.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InputException(file.toString(), 0, 0, "unknown key '" + key + "'; the keys are " + KEYS);
            }
        }
        Map<String, Path> profiles = new LinkedHashMap<>();
        Object p = top.get("profiles");
        if (p != null) {
            if (!(p instanceof Map<?, ?> map)) {
                throw new InputException(file.toString(), 0, 0, "'profiles' must map names to .concord.yml files");
            }
            Path folder = file.toAbsolutePath().getParent();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getValue() instanceof String path)) {
                    throw new InputException(file.toString(), 0, 0, "profile '" + e.getKey()
                            + "' must name a .concord.yml file");
                }
                Path config;
                try {
                    config = folder.resolve(path).normalize();
                } catch (InvalidPathException bad) {
                    throw new InputException(file.toString(), 0, 0, "profile '" + e.getKey() + "': not a path: "
                            + bad.getReason());
                }
                if (!Files.isRegularFile(config)) {
                    throw new InputException(file.toString(), 0, 0, "profile '" + e.getKey() + "': no such file "
                            + config);
                }
                profiles.put(String.valueOf(e.getKey()), config);
            }
        }
        List<String> origins = new ArrayList<>();
        Object o = top.get("corsOrigins");
        if (o != null) {
            if (!(o instanceof List<?> list)) {
                throw new InputException(file.toString(), 0, 0, "'corsOrigins' must be a list of origins");
            }
            for (Object x : list) {
                if (!(x instanceof String origin)) {
                    throw new InputException(file.toString(), 0, 0, "'corsOrigins' must be a list of origins");
                }
                origins.add(origin);
            }
        }
        return new ServerConfig(profiles, origins);
    }
}
