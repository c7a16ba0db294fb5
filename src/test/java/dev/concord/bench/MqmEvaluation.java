package dev.concord.bench;

import com.ibm.icu.util.ULocale;
import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.grammar.LanguageToolLanguages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;

/**
 * Concord and LanguageTool alone on professionally rated translations ({@code ../shared/data/mqm-dev/}: WMT 2023 MQM
 * ratings of en→de and zh→en news, social and speech translations). The rated segments of one document of one system
 * form one bilingual document, checked with default settings, grammar on. Measured per pair, for both in the same run:
 * the share of segments that every rater called error-free and that get a finding (false alarms, or disagreements
 * worth reading), and segment recall on the raters' categories (spelling, grammar, untranslated text, inconsistency).
 * A segment counts as found when a finding of the relevant kind lands in it.
 *
 * <p>Run by {@code bench/run.sh --only=quality} (or directly: {@code java -cp ... dev.concord.bench.MqmEvaluation
 * [DATA_DIR] [OUT_MD] [--sample N]}); prints a Markdown table and writes it and a details file next to it.
 */
public final class MqmEvaluation {
    /** A rated segment: its texts, and the categories the raters marked in it. */
    static final class Segment {
        final String system;
        final String doc;
        final int docSegId;
        final String source;
        String target;
        final Set<String> categories = new HashSet<>();
        /** The rated error spans: category and [start, end) in the segment's paragraph text. */
        final List<Object[]> spans = new ArrayList<>();
        boolean anyError;

        Segment(String system, String doc, int docSegId, String source) {
            this.system = system;
            this.doc = doc;
            this.docSegId = docSegId;
            this.source = source;
        }

        boolean clean() {
            return !anyError;
        }
    }

    /** The language pair of a data file. */
    record Pair(String file, String sourceLanguage, String targetLanguage) {
        String name() {
            return sourceLanguage + "→" + targetLanguage;
        }
    }

    /** What one checker found, per segment: the findings' rule ids, and their ITS types. */
    record Found(List<List<String>> rules, List<List<String>> types) {
    }

    static final List<Pair> PAIRS = List.of(new Pair("mqm_generalMT2023_ende.tsv.gz", "en", "de"),
            new Pair("mqm_generalMT2023_zhen.tsv.gz", "zh", "en"));

    private MqmEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/mqm-dev");
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench/quality-mqm.md");
        int sample = 0;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--sample")) {
                sample = Integer.parseInt(args[i + 1]);
            }
        }
        if (!Files.isDirectory(data)) {
            System.out.println("[mqm] skipped: no " + data + " (the MQM data of ../shared/data/mqm-dev)");
            return;
        }
        StringBuilder md = new StringBuilder();
        StringBuilder details = new StringBuilder();
        md.append("| pair | segments (error-free) | checker | error-free segments flagged | spelling recall | "
                + "grammar recall | untranslated recall | inconsistency recall |\n|---|---|---|---|---|---|---|---|\n");
        for (Pair pair : PAIRS) {
            if (!Files.exists(data.resolve(pair.file()))) {
                System.err.println("[mqm] " + data.resolve(pair.file()) + " is absent: " + pair.sourceLanguage() + "→"
                        + pair.targetLanguage() + " left out");
                continue;
            }
            List<Segment> segments = read(data.resolve(pair.file()));
            if (sample > 0) {
                segments = sample(segments, sample);
            }
            long t0 = System.nanoTime();
            Found concord = concord(pair, segments);
            long t1 = System.nanoTime();
            Found alone = languageToolAlone(pair, segments);
            long t2 = System.nanoTime();
            long clean = segments.stream().filter(Segment::clean).count();
            String head = "| " + pair.name() + " | " + segments.size() + " (" + clean + ") | ";
            md.append(head).append("Concord (default, grammar on) | ").append(row(segments, concord, true))
                    .append('\n');
            md.append(head).append("LanguageTool alone | ").append(row(segments, alone, false)).append('\n');
            details.append("## ").append(pair.name()).append(": Concord ").append(String.format(Locale.ROOT,
                    "%.0f s", (t1 - t0) / 1e9)).append(", LanguageTool alone ")
                    .append(String.format(Locale.ROOT, "%.0f s", (t2 - t1) / 1e9)).append("\n\n");
            details.append(cleanFindings(segments, concord));
            details.append(missed(segments, concord, alone));
            recallMisses(pair.name(), segments, concord);
        }
        System.out.print(md);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        Path detailsFile = out.resolveSibling(out.getFileName().toString().replace(".md", "-details.md"));
        Files.writeString(detailsFile, details.toString(), StandardCharsets.UTF_8);
        // every miss, not only the first of each rule: where a change lost LanguageTool's right findings
        Files.writeString(out.resolveSibling(out.getFileName().toString().replace(".md", "-missed.tsv")),
                String.join("\n", ALL_MISSED) + "\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolveSibling(out.getFileName().toString().replace(".md", "-recall-misses.tsv")),
                "pair\tcategory\tsystem\tdoc\tsegment\trated spans\tConcord's findings\n"
                        + String.join("\n", RECALL_MISSES) + "\n", StandardCharsets.UTF_8);
        System.out.println("[mqm] details of the findings on error-free segments: " + detailsFile);
    }

    /** Segments rated untranslated or inconsistent that Concord's findings do not reach, to see what it lacks. */
    private static final List<String> RECALL_MISSES = new ArrayList<>();

    private static void recallMisses(String pair, List<Segment> segments, Found found) {
        Map<String, Set<String>> groups = Map.of(
                "untranslated", Set.of("Accuracy/Source language fragment", "Non-translation!"),
                "inconsistent", Set.of("Terminology/Inconsistent", "Fluency/Inconsistency"));
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            for (Map.Entry<String, Set<String>> g : groups.entrySet()) {
                Set<String> categories = g.getValue();
                if (s.categories.stream().noneMatch(categories::contains)
                        || found.rules().get(i).stream().anyMatch(r -> overlapsSpan(s, categories, r))) {
                    continue;
                }
                StringBuilder spans = new StringBuilder();
                for (Object[] span : s.spans) {
                    if (categories.contains((String) span[0])) {
                        int from = (int) span[1];
                        int to = Math.min(Math.max((int) span[2], from), s.target.length());
                        spans.append('[').append(s.target, Math.min(from, to), to).append("] ");
                    }
                }
                RECALL_MISSES.add(String.join("\t", pair, g.getKey(), s.system, s.doc, String.valueOf(s.docSegId),
                        spans.toString().replace('\t', ' ').replace('\n', ' '),
                        String.join(" | ", found.rules().get(i)).replace('\t', ' ').replace('\n', ' ')));
            }
        }
    }

    /** Every n-th document of each system, for a quick look. */
    private static List<Segment> sample(List<Segment> segments, int everyNth) {
        Map<String, Integer> docIndex = new HashMap<>();
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            int i = docIndex.computeIfAbsent(s.doc, d -> docIndex.size());
            if (i % everyNth == 0) {
                out.add(s);
            }
        }
        return out;
    }

    static List<Segment> read(Path file) throws IOException {
        Map<String, Segment> byKey = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null || !header.startsWith("system\tdoc\tdocSegId")) {
                throw new IOException(file + ": unexpected header " + header);
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length < 9) {
                    continue;
                }
                String key = f[0] + '\u0000' + f[1] + '\u0000' + f[2];
                Segment s = byKey.computeIfAbsent(key, k -> new Segment(f[0], f[1], Integer.parseInt(f[2]), f[5]));
                String marked = paragraph(f[6]);
                String target = marked.replace("<v>", "").replace("</v>", "");
                if (s.target == null) {
                    s.target = target;
                }
                if (!f[7].equals("No-error")) {
                    s.anyError = true;
                    s.categories.add(f[7]);
                    int open = marked.indexOf("<v>");
                    int close = marked.indexOf("</v>");
                    if (open >= 0 && close > open) {
                        s.spans.add(new Object[] {f[7], open, close - 3});
                    }
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** The segments of each (system, document), in order. */
    private static Map<String, List<Segment>> documents(List<Segment> segments) {
        Map<String, List<Segment>> docs = new LinkedHashMap<>();
        for (Segment s : segments) {
            docs.computeIfAbsent(s.system + " " + s.doc, k -> new ArrayList<>()).add(s);
        }
        for (List<Segment> d : docs.values()) {
            d.sort((a, b) -> Integer.compare(a.docSegId, b.docSegId));
        }
        return docs;
    }

    /** A segment as one paragraph: line breaks inside it become spaces, an empty one a lone hyphen. */
    private static String paragraph(String s) {
        String p = s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return p.isEmpty() ? "-" : p;
    }

    private static Found concord(Pair pair, List<Segment> segments) throws InputException {
        Checker checker = Checker.builder().targetLocale(pair.targetLanguage()).sourceLocale(pair.sourceLanguage())
                .threads(1).build();
        Found found = empty(segments.size());
        Map<Segment, Integer> index = indexOf(segments);
        for (Map.Entry<String, List<Segment>> doc : documents(segments).entrySet()) {
            List<Segment> segs = doc.getValue();
            StringBuilder t = new StringBuilder();
            StringBuilder s = new StringBuilder();
            for (Segment seg : segs) {
                t.append(t.length() > 0 ? "\n\n" : "").append(paragraph(seg.target));
                s.append(s.length() > 0 ? "\n\n" : "").append(paragraph(seg.source));
            }
            Document target = Document.ofText(doc.getKey() + ".txt", t.toString())
                    .withTargetLocale(pair.targetLanguage());
            Document source = Document.ofText(doc.getKey() + ".src.txt", s.toString())
                    .withTargetLocale(pair.sourceLanguage());
            if (target.units().size() != segs.size() || source.units().size() != segs.size()) {
                System.out.println("[mqm] skipped " + doc.getKey() + ": its segments do not split as paragraphs");
                continue;
            }
            for (Issue issue : checker.check(target.pairedWith(source).withSourceLocale(pair.sourceLanguage()))) {
                int unit = Integer.parseInt(issue.span().unitId()) - 1;
                int i = index.get(segs.get(unit));
                found.rules().get(i).add(issue.ruleId() + "\t" + issue.text() + "\t" + issue.span().start() + "\t"
                        + issue.span().end());
                found.types().get(i).add(issue.type().itsName());
            }
        }
        return found;
    }

    private static Found languageToolAlone(Pair pair, List<Segment> segments) throws IOException {
        JLanguageTool lt = new JLanguageTool(LanguageToolLanguages.find(new ULocale(pair.targetLanguage())));
        Found found = empty(segments.size());
        Map<Segment, Integer> index = indexOf(segments);
        for (List<Segment> segs : documents(segments).values()) {
            StringBuilder t = new StringBuilder();
            int[] starts = new int[segs.size()];
            for (int k = 0; k < segs.size(); k++) {
                if (k > 0) {
                    t.append("\n\n");
                }
                starts[k] = t.length();
                t.append(paragraph(segs.get(k).target));
            }
            String text = t.toString();
            for (RuleMatch m : lt.check(text)) {
                int k = segs.size() - 1;
                while (k > 0 && starts[k] > m.getFromPos()) {
                    k--;
                }
                int i = index.get(segs.get(k));
                found.rules().get(i).add("lt." + m.getRule().getId() + "\t"
                        + text.substring(m.getFromPos(), Math.min(m.getToPos(), text.length())) + "\t"
                        + (m.getFromPos() - starts[k]) + "\t" + (m.getToPos() - starts[k]));
                found.types().get(i).add(String.valueOf(m.getRule().getLocQualityIssueType()));
            }
        }
        return found;
    }

    private static Map<Segment, Integer> indexOf(List<Segment> segments) {
        Map<Segment, Integer> index = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            index.put(segments.get(i), i);
        }
        return index;
    }

    private static Found empty(int n) {
        List<List<String>> rules = new ArrayList<>(n);
        List<List<String>> types = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rules.add(new ArrayList<>());
            types.add(new ArrayList<>());
        }
        return new Found(rules, types);
    }

    private static String row(List<Segment> segments, Found found, boolean concord) {
        int clean = 0;
        int flagged = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).clean()) {
                clean++;
                if (!found.rules().get(i).isEmpty()) {
                    flagged++;
                }
            }
        }
        String lt = concord ? "lt." : "";
        return String.format(Locale.ROOT, "%d (%.1f%%) | %s | %s | %s | %s |", flagged, 100.0 * flagged / clean,
                recall(segments, found, Set.of("Fluency/Spelling"), r -> r.startsWith(lt)),
                recall(segments, found, Set.of("Fluency/Grammar"), r -> r.startsWith(lt)),
                recall(segments, found, Set.of("Accuracy/Source language fragment", "Non-translation!"), r -> true),
                recall(segments, found, Set.of("Terminology/Inconsistent", "Fluency/Inconsistency"), r -> true));
    }

    private static String recall(List<Segment> segments, Found found, Set<String> categories,
            java.util.function.Predicate<String> relevant) {
        int with = 0;
        int hit = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.categories.stream().anyMatch(categories::contains)) {
                with++;
                if (found.rules().get(i).stream().anyMatch(r -> relevant.test(r) && overlapsSpan(s, categories, r))) {
                    hit++;
                }
            }
        }
        return with == 0 ? "–" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) hit / with, hit, with);
    }

    /** True when finding {@code r} ("rule TAB text TAB start TAB end") overlaps a rated span of one of the categories. */
    private static boolean overlapsSpan(Segment s, Set<String> categories, String r) {
        String[] f = r.split("\t", -1);
        int start = Integer.parseInt(f[f.length - 2]);
        int end = Integer.parseInt(f[f.length - 1]);
        for (Object[] span : s.spans) {
            int from = (int) span[1];
            int to = (int) span[2];
            if (categories.contains((String) span[0]) && start < Math.max(to, from + 1) && Math.max(end, start + 1) > from) {
                return true;
            }
        }
        return false;
    }

    /** Every miss that {@link #missed} sees, over all pairs: segment start, rule, text, offsets. */
    private static final List<String> ALL_MISSED = new ArrayList<>();

    /** LanguageTool's matches on rated spelling and grammar errors that Concord does not report, by rule. */
    private static String missed(List<Segment> segments, Found concord, Found alone) {
        Map<String, List<String>> byRule = new TreeMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!s.categories.contains("Fluency/Spelling") && !s.categories.contains("Fluency/Grammar")) {
                continue;
            }
            for (String r : alone.rules().get(i)) {
                if (!concord.rules().get(i).contains(r) && overlapsSpan(s, Set.of("Fluency/Spelling", "Fluency/Grammar"), r)) {
                    String rule = r.substring(0, r.indexOf('\t'));
                    ALL_MISSED.add(s.target.substring(0, Math.min(60, s.target.length())).replace('\t', ' ') + "\t" + r);
                    byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(r.split("\t", -1)[1]
                            + "  ⟵  " + paragraph(s.target) + "  [Concord: " + concord.rules().get(i) + "]");
                }
            }
        }
        StringBuilder b = new StringBuilder("### LanguageTool alone on rated spelling/grammar errors, not in Concord\n\n");
        byRule.entrySet().stream().sorted((x, y) -> y.getValue().size() - x.getValue().size()).limit(15).forEach(e -> {
            b.append("- ").append(e.getKey()).append(": ").append(e.getValue().size()).append('\n');
            for (String ex : e.getValue().subList(0, Math.min(4, e.getValue().size()))) {
                b.append("    - ").append(ex.length() > 400 ? ex.substring(0, 400) + "…" : ex).append('\n');
            }
        });
        return b.append('\n').toString();
    }

    /** Concord's findings on error-free segments, by rule, with examples: what to read when the rate goes up. */
    private static String cleanFindings(List<Segment> segments, Found found) {
        Map<String, List<String>> byRule = new TreeMap<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).clean()) {
                continue;
            }
            for (String r : found.rules().get(i)) {
                String rule = r.substring(0, r.indexOf('\t'));
                byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(r.split("\t", -1)[1] + "  ⟵  "
                        + segments.get(i).source + "  →  " + paragraph(segments.get(i).target));
            }
        }
        StringBuilder b = new StringBuilder();
        byRule.entrySet().stream().sorted((x, y) -> y.getValue().size() - x.getValue().size()).forEach(e -> {
            b.append("- ").append(e.getKey()).append(": ").append(e.getValue().size()).append('\n');
            for (String ex : e.getValue().subList(0, Math.min(6, e.getValue().size()))) {
                b.append("    - ").append(ex.length() > 300 ? ex.substring(0, 300) + "…" : ex).append('\n');
            }
        });
        return b.append('\n').toString();
    }
}
