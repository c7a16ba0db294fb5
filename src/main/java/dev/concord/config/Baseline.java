package dev.concord.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.io.AtomicFile;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The findings a repository had when it adopted Concord, by fingerprint, so that a check reports only new ones. The
 * file is JSON, one finding per line in a stable order (file, rule, fingerprint), so that a change to it reads well
 * in a diff; paths are relative to the baseline file's folder, so that the check may run from any folder. A finding
 * matches the baseline when its file and fingerprint do: its line may move, and the file may change elsewhere.
 */
public final class Baseline {
    /** The format version written in the file. */
    static final int VERSION = 1;
    /** With the catalogs' limits: a baseline sits in the repository, where anyone may have edited it. */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(dev.concord.format.JsonLimits.constraints()).build());

    /** One recorded finding; {@code file} is relative to the baseline's folder, with '/'. */
    public record Entry(String file, String ruleId, String text, String fingerprint) {
    }

    /** What a baseline leaves of a run's issues: those to report, and how many it matched. */
    public record Result(List<Issue> kept, int baselined) {
    }

    private final Path file;
    private final List<Entry> entries;
    private final Set<String> keys = new HashSet<>();

    private Baseline(Path file, List<Entry> entries) {
        this.file = file.toAbsolutePath().normalize();
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::file).thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint));
        this.entries = List.copyOf(sorted);
        for (Entry e : this.entries) {
            keys.add(key(e.file(), e.fingerprint()));
        }
    }

    /** The baseline file's absolute path. */
    public Path file() {
        return file;
    }

    /** The recorded findings, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * A baseline of issues.
     *
     * @param file   where the baseline will be written (paths are stored relative to its folder)
     * @param issues the findings to record
     * @param pathOf the absolute path of an issue's file ({@link Issue#file()} is the name as given)
     */
    public static Baseline of(Path file, Collection<Issue> issues, Function<Issue, Path> pathOf) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        List<Entry> entries = new ArrayList<>();
        for (Issue i : issues) {
            entries.add(new Entry(relative(folder, pathOf.apply(i)), i.ruleId(), i.text(), i.fingerprint()));
        }
        return new Baseline(file, entries);
    }

    /**
     * This baseline with the entries of {@code updated} for the files it holds and for {@code checked} files, and
     * this baseline's own entries for other files that still exist: re-baselining part of a repository keeps the
     * rest of it, and drops files that are gone.
     */
    public Baseline updatedWith(Baseline updated, Collection<Path> checked) {
        Set<String> replaced = new HashSet<>();
        for (Path p : checked) {
            replaced.add(relative(file.getParent(), p.toAbsolutePath().normalize()));
        }
        List<Entry> merged = new ArrayList<>(updated.entries);
        for (Entry e : entries) {
            if (!replaced.contains(e.file()) && Files.exists(file.getParent().resolve(e.file()))) {
                merged.add(e);
            }
        }
        return new Baseline(file, merged);
    }

    /** The issues this baseline does not hold, and how many it held. */
    public Result filter(List<Issue> issues, Function<Issue, Path> pathOf) {
        List<Issue> kept = new ArrayList<>();
        int baselined = 0;
        Path folder = file.getParent();
        for (Issue i : issues) {
            if (keys.contains(key(relative(folder, pathOf.apply(i)), i.fingerprint()))) {
                baselined++;
            } else {
                kept.add(i);
            }
        }
        return new Result(kept, baselined);
    }

    /** True when the baseline holds this issue of the file at {@code path}. */
    public boolean contains(Path path, Issue issue) {
        return keys.contains(key(relative(file.getParent(), path.toAbsolutePath().normalize()), issue.fingerprint()));
    }

    /**
     * Reads a baseline file.
     *
     * @throws InputException when it is missing, not JSON, or not a baseline, with the line and column
     */
    public static Baseline read(Path file) throws InputException {
        String name = ConfigFiles.display(file.toAbsolutePath().normalize());
        if (!Files.isRegularFile(file)) {
            throw new InputException(name, 0, 0, "no such baseline file (write one with 'concord baseline --output "
                    + file + " PATH...')");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new InputException(name, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                    "not a JSON baseline: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(name, 0, 0, "cannot read baseline: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new InputException(name, 1, 1, "not a Concord baseline (expected an object with \"findings\")");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new InputException(name, 1, 1, "baseline format version " + root.path("version")
                    + " is not supported (this Concord reads version " + VERSION + ")");
        }
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (JsonNode f : root.path("findings")) {
            n++;
            String path = f.path("file").asText(null);
            String fingerprint = f.path("fingerprint").asText(null);
            if (path == null || fingerprint == null || path.isEmpty() || fingerprint.isEmpty()) {
                throw new InputException(name, 0, 0, "finding " + n + " needs \"file\" and \"fingerprint\"");
            }
            entries.add(new Entry(path, f.path("ruleId").asText(""), f.path("text").asText(""), fingerprint));
        }
        return new Baseline(file, entries);
    }

    /** This baseline with one finding more: that of {@code path} (absolute) with this rule, text and fingerprint. */
    public Baseline plus(Path path, String ruleId, String text, String fingerprint) {
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(relative(file.getParent(), path), ruleId, text == null ? "" : text, fingerprint));
        return new Baseline(file, more);
    }

    /** An empty baseline to be written at {@code file}. */
    public static Baseline empty(Path file) {
        return new Baseline(file, List.of());
    }

    /** Writes the baseline atomically (a reader never sees half a file). */
    public void write() throws IOException {
        AtomicFile.write(file, text());
    }

    /** The file's text: one finding a line, in a stable order, so that a change reads well in a diff. */
    public String text() {
        StringWriter out = new StringWriter();
        out.write("{\n  \"tool\": \"concord\",\n  \"version\": " + VERSION + ",\n");
        out.write("  \"findings\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.write(i == 0 ? "\n    " : ",\n    ");
            out.write("{\"file\": " + quoted(e.file()) + ", \"ruleId\": " + quoted(e.ruleId()) + ", \"text\": "
                    + quoted(e.text()) + ", \"fingerprint\": " + quoted(e.fingerprint()) + "}");
        }
        out.write(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    private static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a String always serializes
        }
    }

    private static String key(String path, String fingerprint) {
        return path + '\u0000' + fingerprint;
    }

    private static String relative(Path folder, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return folder.relativize(abs).toString().replace('\\', '/');
    }
}
