package dev.concord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.grammar.LanguageToolLanguages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;

/**
 * Concord and LanguageTool alone on the real-content corpus ({@code bench/real-corpus/}: shipped translation catalogs
 * and documentation fetched from public registries by {@code fetch.sh}), scored against the committed labels
 * ({@code bench/real-corpus/labels.tsv}: each finding judged true, false alarm or debatable by a person).
 *
 * <p>Concord runs as a new user runs it: {@code concord check --format json DIR} with default settings (grammar on),
 * through the command-line jar, so that the corpus's {@code .concord.yml} pairs each translation with its source.
 * LanguageTool alone checks the same units, each as its own text, with its default rules. Prints precision per rule
 * family and for LanguageTool alone, error findings per 1,000 units, the files refused, and writes the findings that
 * no label covers to {@code unlabelled.tsv} next to the report, to be judged and added to the labels.
 *
 * <p>Arguments: {@code CORPUS_DIR LABELS_TSV OUT_MD JAR}.
 */
public final class RealCorpusEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * LanguageTool alone finds several times what Concord reports; its precision is measured on a fixed sample, the
     * findings whose key hashes to 0 modulo this number, so that the same findings are judged in every run.
     */
    static final int ALONE_SAMPLE = 8;

    /** One finding, as the labels name it. */
    record Finding(String file, String unit, String rule, String text, String severity, String message,
            String source, String target) {
        String key() {
            return file + '\t' + clean(unit) + '\t' + rule + '\t' + clean(text);
        }

        String family() {
            int dot = rule.indexOf('.');
            String f = dot < 0 ? rule : rule.substring(0, dot);
            return f.equals("term") ? "terms" : f;
        }
    }

    private RealCorpusEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "target/real-corpus");
        Path labelsFile = Path.of(args.length > 1 ? args[1] : "bench/real-corpus/labels.tsv");
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench/quality-real.md");
        Path jar = Path.of(args.length > 3 ? args[3] : "target/concord.jar");
        if (!Files.isDirectory(corpus)) {
            System.out.println("[real] skipped: no corpus at " + corpus + " (run bench/real-corpus/fetch.sh " + corpus + ")");
            return;
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path json = out.resolveSibling("real-concord.json");
        Path err = out.resolveSibling("real-concord.stderr");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar.toString(), "check", "--format", "json", "--fail-on", "none", "--no-progress", corpus.toString())
                .redirectOutput(json.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        JsonNode report = JSON.readTree(json.toFile());
        Map<String, String> texts = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        List<Finding> concord = new ArrayList<>();
        for (JsonNode i : report.path("issues")) {
            concord.add(new Finding(relative(corpus, i.path("file").asText()), i.path("unit").asText(),
                    i.path("ruleId").asText(), i.path("text").asText(), i.path("severity").asText(),
                    i.path("message").asText(), i.path("source").path("text").asText(""), ""));
        }
        int units = 0;
        Map<String, Integer> unitsByLanguage = new TreeMap<>();
        Map<String, Integer> unitsByFormat = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        List<Finding> alone = new ArrayList<>();
        Map<String, JLanguageTool> tools = new HashMap<>();
        for (JsonNode f : report.path("files")) {
            String file = f.path("path").asText();
            if (!f.path("error").isNull() && !f.path("error").asText().isEmpty()) {
                refused.add(relative(corpus, file) + ": " + f.path("error").asText());
                continue;
            }
            String language = f.path("language").asText();
            int n = f.path("units").asInt();
            units += n;
            unitsByLanguage.merge(language.replaceAll("[-_].*", ""), n, Integer::sum);
            String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            unitsByFormat.merge(ext, n, Integer::sum);
            Language lang = LanguageToolLanguages.find(new ULocale(language));
            if (lang == null) {
                continue;
            }
            JLanguageTool lt = tools.computeIfAbsent(lang.getShortCodeWithCountryAndVariant(), k -> new JLanguageTool(lang));
            Document d = Formats.read(Path.of(file), ReadOptions.defaults().withTargetLocale(language));
            Map<String, String> baseTexts = new HashMap<>();
            Path base = baseOf(Path.of(file));
            if (base != null && Files.exists(base)) {
                for (Unit b : Formats.read(base, ReadOptions.defaults().withTargetLocale("en")).units()) {
                    baseTexts.put(b.id(), b.text());
                }
            }
            for (Unit u : d.units()) {
                if (u.text().isBlank()) {
                    continue;
                }
                for (RuleMatch m : lt.check(u.text())) {
                    alone.add(new Finding(relative(corpus, file), u.id(), "lt." + m.getRule().getId(),
                            u.text().substring(m.getFromPos(), Math.min(m.getToPos(), u.text().length())), "",
                            m.getMessage(), u.source() == null ? "" : u.source(), u.text()));
                }
                texts.put(relative(corpus, file) + '\t' + u.id(), u.text());
                String src = u.source() != null ? u.source() : baseTexts.getOrDefault(u.id(), "");
                sources.put(relative(corpus, file) + '\t' + u.id(), src);
            }
        }
        Map<String, String[]> labels = readLabels(labelsFile);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Corpus: %d units checked (%s; %s), %d files refused; Concord's CLI run "
                + "took %.1f s (exit %d).%n%n", units, unitsByLanguage, unitsByFormat, refused.size(), seconds, exit));
        md.append("| findings of | findings | true | false alarm | debatable | not labelled | precision |\n"
                + "|---|---|---|---|---|---|---|\n");
        Map<String, List<Finding>> byFamily = new TreeMap<>();
        for (Finding f : concord) {
            byFamily.computeIfAbsent(f.family(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byFamily.entrySet()) {
            md.append(row("Concord `" + e.getKey() + "`", e.getValue(), labels));
        }
        md.append(row("Concord, all", concord, labels));
        List<Finding> sample = alone.stream().filter(RealCorpusEvaluation::inAloneSample).toList();
        md.append(row("LanguageTool alone, 1 in " + ALONE_SAMPLE + " of its " + alone.size() + " findings", sample,
                labels));
        long errors = concord.stream().filter(f -> f.severity().equals("error")).count();
        long falseErrors = concord.stream().filter(f -> f.severity().equals("error"))
                .filter(f -> labels.containsKey(f.key()) && labels.get(f.key())[0].equals("false")).count();
        md.append(String.format(Locale.ROOT, "%nError findings: %d (%.2f per 1,000 units), of which false alarms %d "
                + "(%.2f per 1,000 units).%n", errors, 1000.0 * errors / Math.max(1, units), falseErrors,
                1000.0 * falseErrors / Math.max(1, units)));
        if (!refused.isEmpty()) {
            md.append("\nFiles refused:\n");
            refused.forEach(r -> md.append("- ").append(r).append('\n'));
        }
        System.out.print(md);
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        writeUnlabelled(out.resolveSibling("unlabelled.tsv"), concord, sample, labels, texts, sources);
    }

    /** The English file a catalog without sources pairs with: x_de.json → x_en.json, de.json → en.json, x_de.properties → x.properties. */
    private static Path baseOf(Path file) {
        String name = file.getFileName().toString();
        String base = name.replaceFirst("^(.*)_[a-z]{2}(\\.json)$", "$1_en$2")
                .replaceFirst("^[a-z]{2}(\\.json)$", "en$1")
                .replaceFirst("^(.*)_[a-z]{2}(\\.properties)$", "$1$2");
        return base.equals(name) ? null : file.resolveSibling(base);
    }

    static boolean inAloneSample(Finding f) {
        return Math.floorMod(f.key().hashCode(), ALONE_SAMPLE) == 0;
    }

    private static String relative(Path corpus, String file) {
        Path p = Path.of(file).toAbsolutePath().normalize();
        Path c = corpus.toAbsolutePath().normalize();
        return p.startsWith(c) ? c.relativize(p).toString().replace('\\', '/') : file;
    }

    /** label, note by finding key; a missing file is an empty map. */
    static Map<String, String[]> readLabels(Path file) throws IOException {
        Map<String, String[]> labels = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return labels;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length >= 5) {
                labels.put(f[0] + '\t' + f[1] + '\t' + f[2] + '\t' + f[3],
                        new String[] {f[4], f.length > 5 ? f[5] : ""});
            }
        }
        return labels;
    }

    private static String row(String name, List<Finding> findings, Map<String, String[]> labels) {
        int t = 0;
        int fa = 0;
        int d = 0;
        int none = 0;
        for (Finding f : findings) {
            String[] l = labels.get(f.key());
            if (l == null) {
                none++;
            } else {
                switch (l[0]) {
                    case "true" -> t++;
                    case "false" -> fa++;
                    default -> d++;
                }
            }
        }
        String precision = t + fa == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) t / (t + fa));
        return "| " + name + " | " + findings.size() + " | " + t + " | " + fa + " | " + d + " | " + none + " | "
                + precision + " |\n";
    }

    private static void writeUnlabelled(Path file, List<Finding> concord, List<Finding> alone,
            Map<String, String[]> labels, Map<String, String> texts, Map<String, String> sources) throws IOException {
        StringBuilder b = new StringBuilder("file\tunit\trule\ttext\tlabel\tnote\tby\tmessage\tsource\ttarget\n");
        Map<String, Boolean> seen = new HashMap<>();
        for (List<Finding> list : List.of(concord, alone)) {
            for (Finding f : list) {
                if (labels.containsKey(f.key()) || seen.put(f.key(), true) != null) {
                    continue;
                }
                String target = texts.getOrDefault(f.file() + '\t' + f.unit(), f.target());
                b.append(f.key()).append("\t\t\t").append(list == concord ? "concord" : "languagetool").append('\t')
                        .append(clean(f.message())).append('\t')
                        .append(clean(sources.getOrDefault(f.file() + '\t' + f.unit(), f.source()))).append('\t')
                        .append(clean(target)).append('\n');
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static String clean(String s) {
        String t = s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }
}
