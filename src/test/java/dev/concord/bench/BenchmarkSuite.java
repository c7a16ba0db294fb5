package dev.concord.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one benchmark command ({@code bench/run.sh [--quick|--full]}): generates the workloads ({@link Workloads}), runs
 * every benchmark, each in fresh JVMs, measures Concord side by side with its peers (LanguageTool alone, Okapi's QA
 * engine, one regular expression per term), prints the targets of the performance issue with their verdicts, writes
 * {@code target/bench/report.md} and (unless told not to) the generated block of {@code BENCHMARKS.md}.
 *
 * <p>Every benchmark goes through public APIs ({@code Checker}, {@code Document}, {@code Formats}, {@code Termbase},
 * {@code LanguageToolPools.clearCaches()}) or the command-line jar, so that it measures whatever the core becomes.
 * Variants compared with each other run in the same rounds, in an order that rotates from round to round, and their
 * ratios are taken round by round: on a shared machine only such ratios mean much.
 *
 * <p>Arguments: {@code --quick} (under 3 minutes on 2 cores: fewer rounds, smaller inputs, French only, no peak-heap run,
 * JMH as a smoke test) or {@code --full} (the default); {@code --write} / {@code --no-write} (rewrite BENCHMARKS.md;
 * by default only a full run does); {@code --only=a,b} (run only these benchmarks: grammar, xliff, terms, threads,
 * cli, heap, jmh); {@code --profile} (record the workers with Java Flight Recorder and summarise where the time
 * goes). System properties, set by {@code bench/run.sh}: {@code bench.root} (the project), {@code bench.cp} (the test
 * classpath), {@code bench.okapiCp} (the Okapi peer's classpath), {@code bench.jar} (the command-line jar).
 */
public final class BenchmarkSuite {
    private static final List<String> ALL = List.of("grammar", "catalog", "lsp", "serve", "xliff", "process", "terms", "threads",
            "cli", "heap", "jmh", "quality");
    private static final Duration LONG = Duration.ofHours(3);

    private final boolean full;
    private final Path root;
    private final Path out;
    private final Path logs;
    private final String java;
    private final String classpath;
    private final String okapiClasspath;
    private final Path jar;
    private final boolean profile;
    private final BenchReport report = new BenchReport();
    private Workloads workloads;

    private BenchmarkSuite(boolean full, boolean profile) {
        this.full = full;
        this.profile = profile;
        this.root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        this.out = root.resolve("target/bench");
        this.logs = out.resolve("logs");
        this.java = ProcessHandle.current().info().command().orElse("java");
        this.classpath = System.getProperty("bench.cp", System.getProperty("java.class.path"));
        this.okapiClasspath = System.getProperty("bench.okapiCp", "");
        this.jar = root.resolve(System.getProperty("bench.jar", "target/concord.jar"));
    }

    public static void main(String[] args) throws Exception {
        boolean full = true;
        Boolean write = null;
        boolean profile = false;
        Set<String> only = Set.copyOf(ALL);
        for (String arg : args) {
            switch (arg) {
                case "--quick" -> full = false;
                case "--full" -> full = true;
                case "--write" -> write = true;
                case "--no-write" -> write = false;
                case "--profile" -> profile = true;
                default -> {
                    if (arg.startsWith("--only=")) {
                        only = Set.of(arg.substring(7).split(","));
                    } else {
                        throw new IllegalArgumentException("unknown argument " + arg
                                + " (expected --quick, --full, --write, --no-write, --profile, --only=a,b)");
                    }
                }
            }
        }
        BenchmarkSuite suite = new BenchmarkSuite(full, profile);
        boolean rewrite = write != null ? write : full && only.containsAll(ALL);
        suite.run(only, rewrite, String.join(" ", args));
        System.exit(suite.report.failures.isEmpty() ? 0 : 1);
    }

    private void run(Set<String> only, boolean rewrite, String args) throws Exception {
        long started = System.nanoTime();
        double loadBefore = load();
        Files.createDirectories(logs);
        if (profile) {
            Files.createDirectories(out.resolve("profiles"));
        }
        say("generating workloads in " + root.relativize(out.resolve("workloads")));
        workloads = Workloads.write(out.resolve("workloads"), full ? 1_000_000 : 250_000);
        for (String name : ALL) {
            if (!only.contains(name)) {
                continue;
            }
            long t = System.nanoTime();
            say("== " + name);
            try {
                switch (name) {
                    case "grammar" -> grammar();
                    case "xliff" -> xliff();
                    case "process" -> wholeProcess();
                    case "catalog" -> catalogGrammar();
                    case "lsp" -> languageServer();
                    case "serve" -> httpServer();
                    case "terms" -> terms();
                    case "threads" -> threads();
                    case "cli" -> cli();
                    case "heap" -> {
                        if (full || only.size() < ALL.size()) {
                            heap();
                            boundedHeap();
                            soak();
                        } else {
                            report.target("Peak heap, 100,000-unit XLIFF, grammar off (CLI)", "≤ 512 MB",
                                    "not run in quick mode", "not measured");
                        }
                    }
                    case "jmh" -> jmh();
                    case "quality" -> quality();
                    default -> throw new IllegalStateException(name);
                }
            } catch (Exception | AssertionError e) {
                report.failures.add(name + ": " + e);
                say("FAILED " + name + ": " + e);
            }
            say(String.format(Locale.ROOT, "   %s took %.0f s", name, (System.nanoTime() - t) / 1e9));
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        facts(args, seconds, loadBefore);
        Path md = out.resolve("report.md");
        Files.writeString(md, report.markdown(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report.console());
        say("full report: " + root.relativize(md));
        if (rewrite) {
            report.writeInto(root.resolve("BENCHMARKS.md"));
            say("BENCHMARKS.md updated");
        }
        say(String.format(Locale.ROOT, "done in %d min %02d s", seconds / 60, seconds % 60));
    }

    // ---- grammar on: whole check against LanguageTool alone, and the re-check after an edit ------------------------

    private void grammar() throws Exception {
        List<String> languages = full ? Workloads.LANGUAGES : List.of("fr");
        String sizes = full ? "2048:15:3,51200:7:1,1048576:3:1" : "2048:5:2,51200:2:1";
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> recheckRows = new ArrayList<>();
        Map<String, String> firstObject = new TreeMap<>();
        for (String lang : languages) {
            say("   " + lang + " (" + sizes + ")");
            Processes.Output o = Processes.run(javaCommand("grammar-" + lang, classpath, List.of("-Xmx3g"),
                    GrammarBench.class, "lang=" + lang, "sizes=" + sizes, "terms=1000",
                    "extras=" + (full ? "lt+cache,lt-plain" : "")), logs.resolve("grammar-" + lang + ".log"), LONG);
            Runs runs = new Runs(o.samples());
            firstObject.put(lang, o.info().getOrDefault("lt-first-object-ms/" + lang, "?").replaceFirst("\\.\\d$", ""));
            for (String spec : sizes.split(",")) {
                int size = Integer.parseInt(spec.split(":")[0]);
                String bench = "grammar/" + lang + "/" + size;
                String label = lang + " " + Workloads.label(size).toUpperCase(Locale.ROOT).replace("K", " KB")
                        .replace("M", " MB");
                Stats.Spread ratio = runs.ratio(bench, "concord", "lt", Measured::cpuNanos);
                Stats.Spread ratioWall = runs.ratio(bench, "concord", "lt", Measured::wallNanos);
                rows.add(List.of(label,
                        BenchReport.value(runs.spread(bench, "lt", m -> m.cpuNanos() / 1e6), " ms"),
                        BenchReport.value(runs.spread(bench, "concord", m -> m.cpuNanos() / 1e6), " ms"),
                        "**" + BenchReport.ratio(ratio) + "**", BenchReport.ratio(ratioWall),
                        BenchReport.ratio(runs.ratio(bench, "concord", "lt-plain", Measured::cpuNanos)),
                        BenchReport.ratio(runs.ratio(bench, "lt+cache", "lt", Measured::cpuNanos)),
                        BenchReport.ratio(runs.ratio(bench, "concord-cached", "lt", Measured::cpuNanos)),
                        counts(runs, bench, "lt") + " / " + counts(runs, bench, "concord")));
                report.target("Whole check, grammar on, " + label + ": Concord ÷ LanguageTool alone (CPU)",
                        "≤ 1.10×", BenchReport.ratio(ratio), BenchReport.atMost(ratio.median(), 1.10));
                Stats.Spread edit = runs.ratio(bench, "concord-edit", "concord", Measured::cpuNanos);
                recheckRows.add(List.of(label,
                        BenchReport.value(runs.spread(bench, "concord", m -> m.cpuNanos() / 1e6), " ms"),
                        BenchReport.value(runs.spread(bench, "concord-edit", m -> m.cpuNanos() / 1e6), " ms"),
                        "**" + percent(edit) + "**",
                        percent(runs.ratio(bench, "concord-edit", "concord", Measured::wallNanos)),
                        percent(runs.ratio(bench, "concord-cached", "concord", Measured::cpuNanos))));
                if (size == 51200) {
                    report.target("Re-check after a one-sentence edit, " + label + " (API, same Checker)",
                            "≤ 5% of a full check", percent(edit), BenchReport.atMost(edit.median(), 0.05));
                }
            }
        }
        report.sections.add(new BenchReport.Section("Grammar on: Concord's whole check against LanguageTool alone",
                "`GrammarBench`, one fresh JVM per language (`-Xmx3g`). Each round generates a new news text "
                        + "(`NewsText`, another seed per round, so no cache holds it) and checks it with each variant. "
                        + "**LanguageTool alone**: `JLanguageTool` with its default rules and no `ResultCache`, built "
                        + "as Concord's pools build theirs (the termbase's words accepted by its spelling rules, as "
                        + "Concord's are), on the text Concord gives LanguageTool (the paragraphs joined by blank "
                        + "lines). **Concord**: `Checker.check(Document.ofText(...))` with every rule family on "
                        + "(LanguageTool, the bundled rule packs, names, regional variants, QA, terminology with a "
                        + "generated 1,000-entry termbase), `threads(1)`, its LanguageTool result cache emptied first "
                        + "(`LanguageToolPools.clearCaches()`). *Plain LanguageTool* is `new JLanguageTool(language)` "
                        + "out of the box (its speller also works out suggestions for the names and terms Concord "
                        + "accepts); *LT + cache* is LanguageTool alone with an emptied 20,000-sentence `ResultCache`, "
                        + "as Concord's pools have; *cached* is Concord checking the same document again at once. "
                        + "Times are CPU time of the checking thread.",
                List.of("text", "LanguageTool alone", "Concord", "Concord ÷ LT (CPU)", "Concord ÷ LT (wall)",
                        "Concord ÷ plain LT", "LT + cache ÷ LT", "cached re-check ÷ LT", "matches LT / issues Concord"),
                rows, List.of("Building LanguageTool's first object in a fresh JVM (in-process, classes loaded "
                        + "included): " + firstObject.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()
                        + " ms").reduce((x, y) -> x + ", " + y).orElse("") + ".")));
        report.sections.add(new BenchReport.Section("Re-check after a one-sentence edit (API)",
                "The same `Checker` object: a full check of a fresh text with the result cache emptied, then the "
                        + "same text with the first sentence of its middle paragraph rewritten (a new `Document` made "
                        + "inside the timing, as an editor would).",
                List.of("text", "full check (cold)", "re-check after the edit", "edit ÷ full (CPU)",
                        "edit ÷ full (wall)", "unchanged re-check ÷ full (CPU)"), recheckRows, List.of()));
        profileSummary("grammar-" + languages.get(0), "Where the time goes in the grammar-on runs ("
                + languages.get(0) + ", LanguageTool alone included)");
    }

    // ---- translation files: Concord's QA checks against Okapi's engine ---------------------------------------------

    private void xliff() throws Exception {
        Path glossary = workloads.glossary(10_000);
        Path big = workloads.xliff(100_000);
        Path small = workloads.xliff(1_000);
        List<String> concordJvm = new ArrayList<>(List.of("-Xmx2g"));
        List<String> okapiJvm = new ArrayList<>(List.of("-Xmx2g"));
        concordJvm.addAll(jfr("xliff-concord"));
        okapiJvm.addAll(jfr("xliff-okapi"));
        Runs runs = new Runs(List.of());
        Map<String, String> info = new TreeMap<>();
        try (Processes.Worker concord = new Processes.Worker("concord", javaCommand(null, classpath, concordJvm,
                XliffQaBench.class, "termbase=" + glossary), logs.resolve("xliff-concord.log"));
                Processes.Worker okapi = new Processes.Worker("okapi", javaCommandForClass(okapiClasspath, okapiJvm,
                        "dev.concord.bench.okapi.OkapiQaPeer", "termbase=" + glossary),
                        logs.resolve("xliff-okapi.log"))) {
            info.putAll(concord.info());
            info.putAll(okapi.info());
            List<String> bigVariants = full
                    ? List.of("okapi-common", "concord-common", "concord-common-parts", "concord-qa",
                            "concord-common+terms+names", "okapi-common+terms")
                    : List.of("okapi-common", "concord-common");
            List<String> smallVariants = full ? bigVariants
                    : List.of("okapi-common", "concord-common", "concord-common+terms+names");
            say("   100,000 units: " + bigVariants);
            interleave(runs, concord, okapi, big, "xliff/100000", bigVariants, full ? 1 : 1, full ? 3 : 2);
            say("   1,000 units: " + smallVariants);
            interleave(runs, concord, okapi, small, "xliff/1000", smallVariants, full ? 5 : 3, full ? 10 : 5);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int units : new int[] {100_000, 1_000}) {
            String bench = "xliff/" + units;
            for (String v : List.of("okapi-common", "okapi-common+terms", "concord-common", "concord-common-parts",
                    "concord-qa", "concord-common+terms+names")) {
                if (runs.values(bench, v, Measured::wallNanos).isEmpty()) {
                    continue;
                }
                rows.add(List.of(String.format(Locale.ROOT, "%,d", units), v,
                        BenchReport.value(runs.spread(bench, v, m -> units / (m.wallNanos() / 1e9)), ""),
                        BenchReport.value(runs.spread(bench, v, m -> units / (m.cpuNanos() / 1e9)), ""),
                        BenchReport.value(runs.spread(bench, v, m -> m.allocated() / 1e6 / units * 1000), " MB"),
                        counts(runs, bench, v),
                        BenchReport.ratio(runs.ratio(bench, "okapi-common", v, Measured::wallNanos)),
                        BenchReport.ratio(runs.ratio(bench, "okapi-common", v, Measured::cpuNanos))));
            }
        }
        Stats.Spread common = runs.ratio("xliff/100000", "okapi-common", "concord-common", Measured::wallNanos);
        report.target("Grammar off, 100,000-unit XLIFF: Concord's QA checks that Okapi also has ÷ Okapi, units/s "
                + "(wall)", "≥ 5×", BenchReport.ratio(common), BenchReport.atLeast(common.median(), 5));
        String bigOrSmall = full ? "xliff/100000" : "xliff/1000";
        Stats.Spread withTerms = runs.ratio(bigOrSmall, "okapi-common", "concord-common+terms+names",
                Measured::wallNanos);
        report.target("Same, with terminology (10,000 entries) and names added" + (full ? "" : " (quick: 1,000 units)"),
                "≥ 2×", BenchReport.ratio(withTerms), BenchReport.atLeast(withTerms.median(), 2));
        report.sections.add(new BenchReport.Section("Translation files: Concord's QA checks against Okapi's engine",
                "`XliffQaBench` (Concord) and `bench/okapi` (`OkapiQaPeer`: Okapi 1.47.0's `QualityCheckSession` fed "
                        + "by its XLIFF filter event by event, as CheckMate's pipeline feeds it) in two JVMs of their "
                        + "own (Okapi brings Woodstox, which takes over `XMLInputFactory` for its whole JVM), taking "
                        + "turns: each round runs every variant once, in a rotating order, each worker idle while the "
                        + "other runs. A run is the whole file, parse and check together, on one thread, grammar off, "
                        + "warm JVMs; Concord's LanguageTool analysis cache (used by the term and name rules) is "
                        + "emptied before each run. **common** = the checks both have, alike on both sides (see "
                        + "below); **qa** = all of Concord's QA checks; **+terms+names** adds Concord's terminology "
                        + "rules with the 10,000-entry glossary and its name rules; **okapi-common+terms** adds "
                        + "Okapi's term check with the same glossary; **parts** reads the file in parts of 2,000 units "
                        + "(`Formats.stream`). Ratios are Okapi's time ÷ Concord's in the same round: above 1, "
                        + "Concord is faster.",
                List.of("units", "variant", "units/s (wall)", "units/s per CPU-second of the thread",
                        "allocated per 1,000 units", "issues", "speed ÷ Okapi common (wall)",
                        "speed ÷ Okapi common (CPU)"), rows,
                List.of("Checks compared (Concord rule ← Okapi setting): `qa.empty-target` ← emptyTarget; "
                                + "`qa.same-as-source` ← targetSameAsSource; `qa.whitespace` ← leadingWS, trailingWS "
                                + "and a double-space pattern (target `\" {2,}\"`, source `<same>`); "
                                + "`qa.doubled-words` ← doubledWord; `qa.tags` ← codeDifference; `qa.links` ← the URL "
                                + "and e-mail patterns; `qa.placeholders` ← the printf pattern; `qa.brackets` ← the "
                                + "parenthesis and bracket patterns; `qa.length-ratio` ← checkMaxCharLength and "
                                + "checkMinCharLength; `qa.max-length` ← checkAbsoluteMaxCharLength (255) and "
                                + "checkStorageSize. Okapi's patterns on: " + info.getOrDefault("okapi-patterns", "?")
                                + ".",
                        "Left out on both sides, because the other has no such check: Okapi's empty source, "
                                + "corrupted and allowed characters, IP-address and tripled-letter patterns, XLIFF "
                                + "schema validation; Concord's numbers (locale-aware, Okapi has none by default), end "
                                + "punctuation, start capitalisation, French spacing, stray punctuation and "
                                + "inconsistent translations. The checks differ in detail (Concord's placeholders know "
                                + "more syntaxes, its maximum length is each unit's `maxwidth`, Okapi's a limit for "
                                + "every unit), so the issue counts differ.",
                        "Rules run by Concord: common " + info.getOrDefault("concord-common-rules", "?") + ", qa "
                                + info.getOrDefault("concord-qa-rules", "?") + ", common+terms+names "
                                + info.getOrDefault("concord-terms-names-rules", "?") + ".")));
        profileSummary("xliff-concord", "Where Concord's time goes on the XLIFF runs");
    }

    private void interleave(Runs runs, Processes.Worker concord, Processes.Worker okapi, Path file, String bench,
            List<String> variants, int warmup, int rounds) throws IOException {
        for (int round = -warmup; round < rounds; round++) {
            for (int k = 0; k < variants.size(); k++) {
                String v = variants.get(Math.floorMod(round + k, variants.size()));
                Processes.Worker w = v.startsWith("okapi") ? okapi : concord;
                Measured.Sample s = w.ask(v + " " + round + " " + file);
                if (round >= 0) {
                    runs.add(new Measured.Sample(bench, v, round, s.measured()));
                }
            }
        }
    }

    // ---- term matching -----------------------------------------------------------------------------------------

    private void terms() throws Exception {
        String modes = full ? "surface,lemma" : "surface";
        Processes.Output o = Processes.run(javaCommand("terms", classpath, List.of("-Xmx3g"),
                TermMatchingCpuTime.class, "modes=" + modes, "rounds=" + (full ? 15 : 3), "warmup=" + (full ? 5 : 2),
                "roundMillis=" + (full ? 200 : 100), "regexSample=" + (full ? 1 : 10)), logs.resolve("terms.log"),
                LONG);
        Runs runs = new Runs(o.samples());
        List<List<String>> rows = new ArrayList<>();
        for (String mode : modes.split(",")) {
            String bench = "terms/" + mode;
            double bytes = Double.parseDouble(o.info().getOrDefault("terms/" + mode + "/text-bytes", "NaN"));
            for (String v : List.of("100", "10000", "100000", "regex-10000")) {
                if (runs.values(bench, v, Measured::cpuNanos).isEmpty()) {
                    continue;
                }
                String compile = o.info().getOrDefault("terms/" + mode + "/compile-ms/" + v, "");
                rows.add(List.of(mode, v.startsWith("regex") ? "regex per term, 10,000"
                                : String.format(Locale.ROOT, "%,d", Integer.parseInt(v)),
                        BenchReport.value(runs.spread(bench, v, m -> m.cpuNanos() / 1e3), " µs"),
                        BenchReport.value(runs.spread(bench, v, m -> m.wallNanos() / 1e3), " µs"),
                        BenchReport.value(runs.spread(bench, v, m -> bytes / (m.cpuNanos() / 1e9) / 1e6), ""),
                        v.startsWith("regex") ? "" : BenchReport.ratio(runs.ratio(bench, v, "100", Measured::cpuNanos)),
                        counts(runs, bench, v), compile.isEmpty() ? "" : compile + " ms"));
            }
            Stats.Spread flat = runs.ratio(bench, "100000", "100", Measured::cpuNanos);
            report.target("Term matching (" + mode + "): 100,000 entries ÷ 100 entries, same text (CPU)", "≤ 1.5×",
                    BenchReport.ratio(flat), BenchReport.atMost(flat.median(), 1.5));
            if (mode.equals("surface")) {
                Stats.Spread regex = runs.ratio(bench, "regex-10000", "10000", Measured::cpuNanos);
                report.target("Term matching at 10,000 entries: regex-per-term time ÷ Concord's (CPU)"
                        + (full ? "" : " (quick: regex timed on 1 pattern in 10, ×10)"), "≥ 20×",
                        BenchReport.ratio(regex), BenchReport.atLeast(regex.median(), 20));
                Stats.Spread speed = runs.spread(bench, "100000", m -> bytes / (m.cpuNanos() / 1e9) / 1e6);
                report.target("Surface-form matching speed, 100,000 entries (MB per CPU-second)", "≥ 100 MB/s per core",
                        BenchReport.value(speed, " MB/s"), BenchReport.atLeast(speed.median(), 100));
            }
        }
        report.sections.add(new BenchReport.Section("Term matching",
                "`TermMatchingCpuTime`: `Termbase.find` on a 50 KB news text analysed once (as a check analyses it "
                        + "once for all rules), with generated termbases (`Termbases`: the same 40 terms taken from "
                        + "the text in every size, made-up terms for the rest); *surface* = ICU tokens of English text "
                        + "(a language without LanguageTool), *lemma* = LanguageTool's French tokens with lemmas. The "
                        + "baseline is one precompiled case-insensitive `java.util.regex` pattern per term "
                        + "(`\\bterm\\b`). Each variant repeats the call for "
                        + (full ? "200" : "100") + " ms of CPU per round; the variants rotate.",
                List.of("tokens", "entries", "CPU per call", "wall per call", "MB per CPU-second", "÷ 100 entries",
                        "occurrences", "compiled in"), rows, List.of()));
    }

    // ---- two threads against one -------------------------------------------------------------------------------

    private void threads() throws Exception {
        Path folder = workloads.markdown();
        long bytes = sizeOf(folder);
        List<String> jvm = new ArrayList<>(List.of("-Xmx3g"));
        jvm.addAll(jfr("threads-api"));
        Processes.Output o = Processes.run(javaCommand(null, classpath, jvm, ParallelScaling.class,
                "folder=" + folder, "rounds=" + (full ? 3 : 1), "warmup=1"), logs.resolve("threads-api.log"), LONG);
        Runs api = new Runs(o.samples());
        Stats.Spread apiSpeedup = api.ratio("parallel", "threads-1", "threads-2", Measured::wallNanos);
        // Cold: the command line in a fresh JVM, as CI runs it.
        Runs cli = new Runs(List.of());
        int rounds = full ? 3 : 1;
        Path json = out.resolve("threads-cli.json");
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int threads = 1 + Math.floorMod(round + k, 2);
                Processes.Timed t = Processes.timed(List.of(java, "-jar", jar.toString(), "check", "--lang", "en",
                        "--threads", String.valueOf(threads), "--no-progress", "--fail-on", "none", "--format",
                        "json", "--output", json.toString(), folder.toString()), logs.resolve("threads-cli.log"),
                        Duration.ofMinutes(30));
                check(t, "concord check --threads " + threads);
                cli.add(new Measured.Sample("cli", "threads-" + threads, round,
                        new Measured(t.wallNanos(), t.cpuNanos(), t.cpuNanos(), 0, 0)));
                Processes.settle();
            }
        }
        Stats.Spread cliSpeedup = cli.ratio("cli", "threads-1", "threads-2", Measured::wallNanos);
        report.target("Two threads ÷ one, 200 Markdown files, warm API (`checkAll`)", "≥ 1.7×",
                BenchReport.ratio(apiSpeedup), BenchReport.atLeast(apiSpeedup.median(), 1.7));
        report.target("Two threads ÷ one, 200 Markdown files, cold CLI (`--threads`)", "≥ 1.7×",
                BenchReport.ratio(cliSpeedup), BenchReport.atLeast(cliSpeedup.median(), 1.7));
        List<List<String>> rows = new ArrayList<>();
        for (String v : List.of("threads-1", "threads-2")) {
            rows.add(List.of("warm API (`checkAll`)", v.substring(8),
                    BenchReport.value(api.spread("parallel", v, m -> m.wallNanos() / 1e9), " s"),
                    BenchReport.value(api.spread("parallel", v, m -> m.processNanos() / 1e9), " s"),
                    v.equals("threads-2") ? BenchReport.ratio(apiSpeedup) : ""));
        }
        for (String v : List.of("threads-1", "threads-2")) {
            rows.add(List.of("cold CLI (fresh JVM)", v.substring(8),
                    BenchReport.value(cli.spread("cli", v, m -> m.wallNanos() / 1e9), " s"),
                    BenchReport.value(cli.spread("cli", v, m -> m.cpuNanos() / 1e9), " s"),
                    v.equals("threads-2") ? BenchReport.ratio(cliSpeedup) : ""));
        }
        report.sections.add(new BenchReport.Section("Two threads against one, 200 Markdown files",
                String.format(Locale.ROOT, "The folder of `MarkdownFolder` (200 English pages, %,d bytes, grammar "
                        + "on). Warm API: `ParallelScaling`, `checkAll` with `threads(1)` and `threads(2)` sharing "
                        + "LanguageTool pools that a warm-up round filled, the result cache emptied before each run "
                        + "(process CPU includes the JIT and GC). Cold CLI: `java -jar concord.jar check --threads N "
                        + "--lang en --format json --output ...` in a fresh JVM (CPU = user + system from GNU time).",
                        bytes), List.of("run", "threads", "wall", "CPU", "speed-up (wall, per round)"), rows,
                List.of("What limits the cold run: a fresh JVM spends its first seconds loading and JIT-compiling "
                        + "LanguageTool on the second core, whatever `--threads` says, and each checking thread needs "
                        + "a LanguageTool object of its own (built once per language and thread, about 4 s of CPU); "
                        + "the CPU column shows the extra work the second thread's object costs.")));
        profileSummary("threads-api", "Where the time goes when checking Markdown files with grammar on (warm API)");
    }

    // ---- the command line on a 2 KB file -----------------------------------------------------------------------

    private void cli() throws Exception {
        Path file = workloads.news("fr", 2048);
        String testClasses = root.resolve("target/test-classes").toString();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("concord --no-grammar", List.of(java, "-jar", jar.toString(), "check", "--no-grammar", "--lang",
                "fr", "--no-progress", "--fail-on", "none", file.toString()));
        variants.put("concord (grammar on)", List.of(java, "-jar", jar.toString(), "check", "--lang", "fr",
                "--no-progress", "--fail-on", "none", file.toString()));
        variants.put("LanguageTool's own start", List.of(java, "-cp", jar + ":" + testClasses,
                LanguageToolStart.class.getName(), "fr", file.toString()));
        List<String> names = new ArrayList<>(variants.keySet());
        Runs runs = new Runs(List.of());
        int rounds = full ? 7 : 2;
        for (int round = full ? -1 : 0; round < rounds; round++) {
            for (int k = 0; k < names.size(); k++) {
                String v = names.get(Math.floorMod(round + k, names.size()));
                Processes.Timed t = Processes.timed(variants.get(v), logs.resolve("cli.log"), Duration.ofMinutes(5));
                check(t, v);
                if (round >= 0) {
                    runs.add(new Measured.Sample("cli", v, round, new Measured(t.wallNanos(), t.cpuNanos(),
                            t.cpuNanos(), t.maxRssKb() * 1024, 0)));
                }
                Processes.settle();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (String v : names) {
            rows.add(List.of(v, BenchReport.value(runs.spread("cli", v, m -> m.wallNanos() / 1e9), " s"),
                    BenchReport.value(runs.spread("cli", v, m -> m.cpuNanos() / 1e9), " s"),
                    BenchReport.value(runs.spread("cli", v, m -> m.allocated() / 1e6), " MB")));
        }
        Stats.Spread noGrammar = runs.spread("cli", names.get(0), m -> m.wallNanos() / 1e9);
        Stats.Spread gap = runs.difference("cli", names.get(1), names.get(2), m -> m.wallNanos() / 1e9);
        report.target("CLI on a 2 KB file, `--no-grammar`, wall", "≤ 1 s", BenchReport.value(noGrammar, " s"),
                BenchReport.atMost(noGrammar.median(), 1.0));
        report.target("CLI on a 2 KB file, grammar on: wall − LanguageTool's own start", "≤ 0.5 s",
                BenchReport.value(gap, " s"), gap.median() <= 0.5 ? "met"
                        : String.format(Locale.ROOT, "missed by %.1f s", gap.median() - 0.5));
        report.sections.add(new BenchReport.Section("The command line on a 2 KB file",
                "Fresh JVMs, one after the other in rotating order (French news text, 2 KB). *LanguageTool's own "
                        + "start* is `LanguageToolStart`: a JVM that builds `JLanguageTool` for French and checks the "
                        + "same file, loaded from the same jar (`-cp target/concord.jar:target/test-classes`). CPU is "
                        + "user + system time and RSS the peak resident set (GNU time).",
                List.of("run", "wall", "CPU", "peak RSS"), rows,
                List.of(String.format(Locale.ROOT, "Grammar on minus LanguageTool's own start, per round: %s.",
                        BenchReport.value(gap, " s")))));
    }

    // ---- whole process: the default path against Okapi, and on real content ------------------------------------

    /**
     * The default path as users run it, each run a fresh JVM from start to exit: {@code concord check --no-grammar}
     * (the launcher's class-data archive when the build made one) against Okapi's QA engine checking the same
     * 100,000-unit XLIFF once in a JVM of its own, with and without the 10,000-entry termbase; and Concord alone on
     * a real gettext catalog of the real-content corpus and on a 2 KB Markdown file.
     */
    private void wholeProcess() throws Exception {
        Path big = workloads.xliff(full ? 100_000 : 20_000);
        int units = full ? 100_000 : 20_000;
        Path glossary = workloads.glossary(10_000);
        Path markdown = workloads.news("fr", 2048);
        Path md = markdown.resolveSibling("news-2k.md");
        Files.copy(markdown, md, StandardCopyOption.REPLACE_EXISTING);
        Path corpus = realCorpus();
        Path catalog = corpus.resolve("gettext/tar/fr.po");
        Path german = corpus.resolve("gettext/tar/de.po");
        List<String> concord = new ArrayList<>(List.of(java, "-Xmx2g"));
        Path archive = Path.of(jar.toString().replaceAll("\\.jar$", ".jsa"));
        if (Files.isRegularFile(archive)) {
            concord.add("-XX:SharedArchiveFile=" + archive);
        }
        concord.add("-XX:TieredStopAtLevel=1"); // as scripts/concord runs a check with --no-grammar
        concord.addAll(List.of("-jar", jar.toString(), "check", "--no-grammar", "--no-progress", "--fail-on", "none",
                "--format", "json", "--output", "/dev/null"));
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("okapi", List.of(java, "-Xmx2g", "-cp", okapiClasspath, "dev.concord.bench.okapi.OkapiQaPeer",
                "once=" + big));
        variants.put("concord", with(concord, "--no-config", big.toString()));
        variants.put("concord + termbase", with(concord, "--no-config", "--termbase", glossary.toString(),
                big.toString()));
        if (Files.isRegularFile(catalog)) {
            variants.put("concord, real catalog fr", with(concord, catalog.toString()));
            variants.put("concord, real catalog de", with(concord, german.toString()));
        }
        variants.put("concord, 2 KB Markdown", with(concord, "--no-config", "--lang", "fr", md.toString()));
        List<String> names = new ArrayList<>(variants.keySet());
        Runs runs = new Runs(List.of());
        int rounds = full ? 5 : 2;
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < names.size(); k++) {
                String v = names.get(Math.floorMod(round + k, names.size()));
                Processes.Timed t = Processes.timed(variants.get(v), logs.resolve("process.log"),
                        Duration.ofMinutes(20));
                check(t, v);
                runs.add(new Measured.Sample("process", v, round, new Measured(t.wallNanos(), t.cpuNanos(),
                        t.cpuNanos(), t.maxRssKb() * 1024, 0)));
                Processes.settle();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (String v : names) {
            rows.add(List.of(v, BenchReport.value(runs.spread("process", v, m -> m.wallNanos() / 1e9), " s"),
                    BenchReport.value(runs.spread("process", v, m -> m.cpuNanos() / 1e9), " s"),
                    BenchReport.value(runs.spread("process", v, m -> m.allocated() / 1e6), " MB"),
                    v.startsWith("okapi") || v.contains("real") || v.contains("Markdown") ? ""
                            : BenchReport.ratio(runs.ratio("process", "okapi", v, Measured::wallNanos))));
        }
        String size = String.format(Locale.ROOT, "%,d", units);
        Stats.Spread plain = runs.ratio("process", "okapi", "concord", Measured::wallNanos);
        report.target("`--no-grammar`, default rules, " + size + "-unit XLIFF, whole process: Okapi ÷ Concord (wall)",
                "≥ 2×", BenchReport.ratio(plain), BenchReport.atLeast(plain.median(), 2));
        Stats.Spread terms = runs.ratio("process", "okapi", "concord + termbase", Measured::wallNanos);
        report.target("Same with a 10,000-entry termbase: Okapi (no termbase) ÷ Concord (wall)", "≥ 1×",
                BenchReport.ratio(terms), BenchReport.atLeast(terms.median(), 1));
        for (String v : List.of("concord, real catalog fr", "concord, real catalog de", "concord, 2 KB Markdown")) {
            if (!variants.containsKey(v)) {
                continue;
            }
            double goal = v.contains("Markdown") ? 1.0 : 1.5;
            Stats.Spread wall = runs.spread("process", v, m -> m.wallNanos() / 1e9);
            report.target("`--no-grammar`, whole process, " + v.substring("concord, ".length()) + " (wall)",
                    String.format(Locale.ROOT, "≤ %.1f s", goal), BenchReport.value(wall, " s"),
                    BenchReport.atMost(wall.median(), goal));
        }
        report.sections.add(new BenchReport.Section("Whole process: the default path against Okapi's QA engine",
                "Fresh JVMs from start to exit, one after the other in rotating order, " + rounds + " rounds. "
                        + "**okapi**: `OkapiQaPeer once=FILE`, Okapi 1.47.0's XLIFF filter streaming the file into a "
                        + "`QualityCheckSession` with the checks of the XLIFF table below, then exit. **concord**: "
                        + "`concord check --no-grammar --format json` with its default rules (packs, names, regional "
                        + "variants, QA; `--no-config`), the class-data archive of the build and the quick JIT only "
                        + "(`-XX:TieredStopAtLevel=1`), as `scripts/concord` runs a `--no-grammar` check. The real catalogs are GNU tar's French and German catalogs of the real-content corpus "
                        + "(`bench/real-corpus/fetch.sh`), checked with the corpus's `.concord.yml` (source English). "
                        + "CPU is user + system time, RSS the peak resident set (GNU time).",
                List.of("run", "wall", "CPU", "peak RSS", "Okapi ÷ this (wall)"), rows, List.of()));
    }

    /**
     * The language server under edits ({@link LspBench}): latency from a one-sentence {@code didChange} to its
     * diagnostics on a 50 KB French Markdown document with grammar on, and many random edits afterwards (heap, and the
     * final diagnostics against a fresh server's).
     */
    private void languageServer() throws Exception {
        int typed = full ? 10_000 : 1_000;
        Processes.Output o = Processes.run(javaCommand("lsp", classpath, List.of("-Xmx2g"), LspBench.class,
                "bytes=51200", "edits=" + (full ? 300 : 60), "typed=" + typed, "minutes=" + (full ? 30 : 8)),
                logs.resolve("lsp.log"), LONG);
        Map<String, String> info = o.info();
        double p50 = Double.parseDouble(info.getOrDefault("latency-p50-ms", "NaN"));
        double p99 = Double.parseDouble(info.getOrDefault("latency-p99-ms", "NaN"));
        double before = Double.parseDouble(info.getOrDefault("heap-before-mb", "NaN"));
        double after = Double.parseDouble(info.getOrDefault("heap-after-mb", "NaN"));
        String edits = info.getOrDefault("latency-edits", "?").replaceFirst("\\.0$", "");
        report.target("LSP: one-sentence edit to its diagnostics, 50 KB French Markdown, grammar on, p50", "≤ 30 ms",
                String.format(Locale.ROOT, "%.0f ms (%s edits)", p50, edits), BenchReport.atMost(p50, 30));
        report.target("LSP: the same, p99", "≤ 150 ms", String.format(Locale.ROOT, "%.0f ms", p99),
                BenchReport.atMost(p99, 150));
        double growth = after / before - 1;
        report.target("LSP: heap after " + info.getOrDefault("typed-edits", "?").replaceFirst("\\.0$", "")
                + " random edits, after GC", "within 10%", String.format(Locale.ROOT, "%.0f MB → %.0f MB (%+.0f%%)",
                        before, after, growth * 100), BenchReport.atMost(growth, 0.10));
        boolean same = "1.0".equals(info.get("final-equals-fresh"));
        report.target("LSP: final diagnostics equal a fresh full check of the final text", "equal",
                same ? "equal (" + info.getOrDefault("final-diagnostics", "?").replaceFirst("\\.0$", "")
                        + " diagnostics)" : "different", same ? "met" : "missed");
        List<List<String>> rows = new ArrayList<>();
        for (String key : List.of("first-publish-ms", "full-first-check-ms", "latency-p50-ms", "latency-p90-ms",
                "latency-p99-ms", "latency-max-ms", "heap-before-mb", "heap-after-mb")) {
            rows.add(List.of(key, info.getOrDefault(key, "?")));
        }
        report.sections.add(new BenchReport.Section("Language server: edits to diagnostics",
                "`LspBench` in a fresh JVM (`-Xmx2g`): LSP4J's client over pipes to the server in the same JVM, a "
                        + "generated 50 KB French Markdown document, grammar on, `debounceMillis` 0 so that the "
                        + "figures leave the debounce out. Latency: one-sentence incremental `didChange`s, each "
                        + "timed from the send to the `publishDiagnostics` of its version, after warm-up edits. Then "
                        + "random edits (a word or a letter typed, a few letters deleted) in bursts of ten, each "
                        + "burst's publish awaited; heap used after a full GC before and after; the last diagnostics "
                        + "compared with a fresh server's check of the final text.",
                List.of("figure", "value"), rows, List.of()));
    }

    /**
     * The HTTP server under load ({@link ServeBench}): {@code concord serve} and LanguageTool's own server, each in a
     * fresh JVM of its own, one after the other, answering 1 KB French texts on {@code /v2/check} to 1, 8 and 32
     * concurrent clients on loopback; then a run at 32 clients with the heap before and after.
     */
    private void httpServer() throws Exception {
        int seconds = full ? 20 : 8;
        int endurance = full ? 60 : 15;
        Map<String, Map<String, String>> info = new java.util.LinkedHashMap<>();
        for (String server : List.of("concord", "languagetool")) {
            say("   " + server);
            Processes.Output o = Processes.run(javaCommand("serve-" + server, classpath, List.of("-Xmx2g"),
                    ServeBench.class, "server=" + server, "lang=fr", "clients=1,8,32", "seconds=" + seconds,
                    "warmup=" + (full ? 10 : 4), "endurance=" + endurance), logs.resolve("serve-" + server + ".log"),
                    LONG);
            info.put(server, o.info());
        }
        Map<String, String> c = info.get("concord");
        Map<String, String> lt = info.get("languagetool");
        List<List<String>> rows = new ArrayList<>();
        for (String clients : List.of("1", "8", "32")) {
            double ct = number(c, "throughput/" + clients);
            double lq = number(lt, "throughput/" + clients);
            rows.add(List.of(clients, String.format(Locale.ROOT, "%.1f", ct), String.format(Locale.ROOT, "%.1f", lq),
                    String.format(Locale.ROOT, "%.2f×", ct / lq),
                    c.getOrDefault("p50-ms/" + clients, "?") + " / " + c.getOrDefault("p99-ms/" + clients, "?"),
                    lt.getOrDefault("p50-ms/" + clients, "?") + " / " + lt.getOrDefault("p99-ms/" + clients, "?"),
                    c.getOrDefault("errors/" + clients, "?").replaceFirst("\\.0$", "") + " / "
                            + lt.getOrDefault("errors/" + clients, "?").replaceFirst("\\.0$", "")));
        }
        double ratio = number(c, "throughput/32") / number(lt, "throughput/32");
        report.target("serve: throughput at 32 clients, 1 KB French, Concord's rules on ÷ LanguageTool's server",
                "≥ 1×", String.format(Locale.ROOT, "%.2f×", ratio), BenchReport.atLeast(ratio, 1));
        double errors = 0;
        for (String k : List.of("errors/1", "errors/8", "errors/32", "endurance-errors")) {
            errors += number(c, k);
        }
        report.target("serve: errors under load", "0", String.format(Locale.ROOT, "%.0f", errors),
                errors == 0 ? "met" : "missed");
        double growth = number(c, "heap-after-mb") / number(c, "heap-before-mb") - 1;
        report.target("serve: heap after a " + endurance + " s run at 32 clients, after GC", "within 10%",
                String.format(Locale.ROOT, "%s MB → %s MB (%+.0f%%)", c.get("heap-before-mb"), c.get("heap-after-mb"),
                        growth * 100), BenchReport.atMost(growth, 0.10));
        report.sections.add(new BenchReport.Section("HTTP server: LanguageTool's API under load",
                "`ServeBench` in a fresh JVM per server (`-Xmx2g`): `concord serve` (default profile: LanguageTool's "
                        + "rules and Concord's) and LanguageTool " + dev.concord.Version.languageTool()
                        + "'s own `HTTPServer` (default configuration but its result cache, `cacheSize` 20,000 "
                        + "sentences as Concord's pools hold), each answering `POST /v2/check` with 1 KB generated "
                        + "French news texts (a new one per request), form-encoded, from N clients on "
                        + "127.0.0.1 sending one request after the other; " + seconds + " s per level after a warm-up. "
                        + "Throughput in requests per second; latency p50 / p99 in ms; errors are non-200 answers.",
                List.of("clients", "Concord req/s", "LanguageTool req/s", "Concord ÷ LT", "Concord p50 / p99 ms",
                        "LT p50 / p99 ms", "errors Concord / LT"), rows, List.of()));
    }

    private static double number(Map<String, String> info, String key) {
        String v = info.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    /** The real-content corpus in {@code target/real-corpus}, fetched when it is not there yet. */
    private Path realCorpus() throws Exception {
        Path corpus = root.resolve("target/real-corpus");
        if (!Files.isDirectory(corpus.resolve("gettext"))) {
            Processes.timed(List.of("bash", root.resolve("bench/real-corpus/fetch.sh").toString(), corpus.toString()),
                    logs.resolve("real-corpus-fetch.log"), LONG);
        }
        return corpus;
    }

    /**
     * Grammar on, on real catalogs: Concord's whole check with its default rules against LanguageTool alone on the same
     * units, in one warm JVM per catalog ({@link CatalogGrammarBench}).
     */
    private void catalogGrammar() throws Exception {
        Path corpus = realCorpus();
        List<List<String>> rows = new ArrayList<>();
        for (String name : List.of("gettext/tar/fr.po", "gettext/tar/de.po", "gettext/apt/es.po")) {
            Path file = corpus.resolve(name);
            if (!Files.isRegularFile(file)) {
                report.failures.add("catalog: " + file + " is missing (bench/real-corpus/fetch.sh)");
                continue;
            }
            String label = name.substring("gettext/".length());
            say("   " + label);
            Processes.Output o = Processes.run(javaCommand("catalog-" + label.replace('/', '-'), classpath,
                    List.of("-Xmx2g"), CatalogGrammarBench.class, "file=" + file, "rounds=" + (full ? 7 : 3),
                    "warmup=" + (full ? 2 : 1)), logs.resolve("catalog.log"), LONG);
            Runs runs = new Runs(o.samples());
            String bench = "catalog/" + file.getParent().getFileName() + "-" + file.getFileName();
            Stats.Spread cpu = runs.ratio(bench, "concord", "lt", Measured::processNanos);
            Stats.Spread wall = runs.ratio(bench, "concord", "lt", Measured::wallNanos);
            rows.add(List.of(label, o.info().getOrDefault("units/" + bench, "?"),
                    BenchReport.value(runs.spread(bench, "lt", m -> m.wallNanos() / 1e6), " ms"),
                    BenchReport.value(runs.spread(bench, "concord", m -> m.wallNanos() / 1e6), " ms"),
                    "**" + BenchReport.ratio(wall) + "**", BenchReport.ratio(cpu),
                    counts(runs, bench, "lt") + " / " + counts(runs, bench, "concord")));
            report.target("Grammar on, real catalog " + label + ": Concord (default rules) ÷ LanguageTool alone (wall)",
                    "≤ 1.15×", BenchReport.ratio(wall), BenchReport.atMost(wall.median(), 1.15));
        }
        report.sections.add(new BenchReport.Section("Grammar on, real catalogs: Concord against LanguageTool alone",
                "`CatalogGrammarBench`, one fresh JVM per catalog of the real-content corpus (`-Xmx2g`), the catalog "
                        + "read once with Concord's reader (source English), warm-up rounds first. **LanguageTool "
                        + "alone**: `JLanguageTool` with its default rules and no result cache, on the units' targets "
                        + "joined by blank lines (the text Concord gives it). **Concord**: `Checker.check` of the "
                        + "catalog with its default rules (LanguageTool, the bundled packs, names, regional variants, "
                        + "QA against the source), `threads(1)`, its LanguageTool cache emptied first. CPU is the "
                        + "process's (every thread).",
                List.of("catalog", "units", "LanguageTool alone", "Concord", "Concord ÷ LT (wall)",
                        "Concord ÷ LT (process CPU)", "matches LT / issues Concord"), rows, List.of()));
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> out = new ArrayList<>(base);
        out.addAll(List.of(more));
        return out;
    }

    // ---- peak heap ---------------------------------------------------------------------------------------------

    private void heap() throws Exception {
        Path file = workloads.xliff(100_000);
        List<List<String>> rows = new ArrayList<>();
        String verdict = null;
        String measured = null;
        for (String heap : List.of("512m", "2g")) {
            Path gcLog = logs.resolve("heap-" + heap + "-gc.log");
            Files.deleteIfExists(gcLog);
            Path err = logs.resolve("heap-" + heap + ".log");
            Processes.Timed t = Processes.timed(List.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog,
                    "-cp", jar + ":" + root.resolve("target/test-classes"), CliHeapPeak.class.getName(), "check",
                    "--no-grammar", "--format", "json", "--output", out.resolve("heap.json").toString(),
                    "--fail-on", "none", "--no-progress", file.toString()), err, Duration.ofMinutes(15));
            boolean passed = t.exit() == 0 || t.exit() == 1;
            long[] gc = gcPeaks(gcLog);
            Map<String, String> info = infoLines(err);
            double poolPeak = Double.parseDouble(info.getOrDefault("heap-peak-sum", "NaN")) / (1 << 20);
            rows.add(List.of("-Xmx" + heap, passed ? "checked" : "failed: " + t.errTail(),
                    String.format(Locale.ROOT, "%.0f s", t.wallNanos() / 1e9),
                    gc[0] < 0 ? "n/a" : gc[0] + " MB", gc[1] < 0 ? "n/a" : gc[1] + " MB",
                    Double.isNaN(poolPeak) ? "n/a" : String.format(Locale.ROOT, "%.0f MB", poolPeak),
                    String.valueOf(gc[2])));
            if (heap.equals("512m")) {
                if (passed) {
                    verdict = "met";
                    measured = "passes with -Xmx512m; live heap after GC at most " + gc[1] + " MB";
                    break;
                }
            } else {
                measured = "out of memory with -Xmx512m; live heap after GC reached " + gc[1] + " MB (with -Xmx2g)";
                verdict = gc[1] > 0 ? BenchReport.atMost(gc[1], 512) : "missed";
            }
        }
        report.target("Peak heap, 100,000-unit XLIFF, grammar off (CLI, fresh JVM)", "≤ 512 MB", measured, verdict);
        report.sections.add(new BenchReport.Section("Peak heap: the command line on the 100,000-unit XLIFF, grammar "
                + "off", "`concord check --no-grammar --format json` on the 26 MB file (read whole, below "
                + "`--stream-above 32`; rule packs, names and QA on, as a user runs it), through `CliHeapPeak` (which "
                + "runs `Main.run` and then reads the heap pools' peaks) in a fresh JVM with a GC log. First with "
                + "`-Xmx512m`; when that fails, again with `-Xmx2g` to see how much it takes. The live heap is the "
                + "largest occupancy right after a collection (what had to be kept); the pools' peak is an upper bound "
                + "that includes garbage not yet collected.",
                List.of("heap limit", "result", "wall", "largest heap before a GC", "largest live heap after a GC",
                        "sum of the pools' peaks", "GC pauses"), rows, List.of()));
    }

    /**
     * The heap with a 10,000-entry termbase: the 100,000-unit XLIFF read whole in {@code -Xmx512m}, and read in parts
     * ({@code --stream-above 0}) at 100,000 and 1,000,000 units, where the live heap should not grow with the file.
     */
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private void boundedHeap() throws Exception {
        Path terms = workloads.glossary(10_000);
        Path million = workloads.folder().resolve("units-1000000.en-fr.xlf");
        if (!Files.exists(million)) {
            XliffGenerator.write(million, 1_000_000);
        }
        record Run(String name, Path file, boolean parts) {
        }
        List<Run> runs = List.of(new Run("100,000 units, read whole", workloads.xliff(100_000), false),
                new Run("100,000 units, in parts", workloads.xliff(100_000), true),
                new Run("1,000,000 units, in parts", million, true));
        List<List<String>> rows = new ArrayList<>();
        long[] live = new long[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            Path gcLog = logs.resolve("bounded-heap-" + i + "-gc.log");
            Files.deleteIfExists(gcLog);
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Xlog:gc:file=" + gcLog,
                    "-Dconcord.bench.liveEverySeconds=5", "-cp", jar + ":" + root.resolve("target/test-classes"),
                    CliHeapPeak.class.getName(), "check", "--no-grammar", "--termbase", terms.toString(), "--format",
                    "json",
                    "--output", out.resolve("bounded-heap.json").toString(), "--fail-on", "none", "--no-progress"));
            if (r.parts()) {
                cmd.addAll(List.of("--stream-above", "0"));
            }
            cmd.add(r.file().toString());
            Processes.Timed t = Processes.timed(cmd, logs.resolve("bounded-heap-" + i + ".log"), Duration.ofMinutes(30));
            long[] gc = gcPeaks(gcLog);
            Map<String, String> info = infoLines(logs.resolve("bounded-heap-" + i + ".log"));
            live[i] = Long.parseLong(info.getOrDefault("heap-live-max", "-1")) >> 20;
            long findings = JSON.readTree(out.resolve("bounded-heap.json").toFile()).path("issues").size();
            rows.add(List.of(r.name(), t.exit() <= 1 ? "checked" : "failed: " + t.errTail(),
                    String.format(Locale.ROOT, "%.0f s", t.wallNanos() / 1e9), live[i] + " MB", gc[1] + " MB",
                    String.format(Locale.ROOT, "%,d", findings), String.valueOf(gc[2])));
        }
        report.target("Heap, 100,000-unit XLIFF read whole with a 10,000-entry termbase", "checks in -Xmx512m",
                rows.get(0).get(1) + "; live heap after GC at most " + live[0] + " MB",
                rows.get(0).get(1).equals("checked") ? "met" : "missed");
        report.target("Heap in parts, 100,000 → 1,000,000 units (live after GC)", "flat",
                live[1] + " MB → " + live[2] + " MB", live[2] <= live[1] * 1.1 ? "met" : "missed");
        report.sections.add(new BenchReport.Section("Heap with a termbase: read whole, and in parts as files grow",
                "`concord check --no-grammar --termbase glossary-10000.en-fr.tsv --format json` in a fresh JVM with "
                        + "`-Xmx512m` and a GC log, on the 100,000-unit XLIFF read whole, then in parts "
                        + "(`--stream-above 0`) at 100,000 and 1,000,000 units (the same generator, ten times as "
                        + "long), through `CliHeapPeak`. The live heap is the largest heap in use right after a full "
                        + "collection, forced every 5 seconds (what the run keeps); G1's own pauses leave old garbage "
                        + "in place until a mixed collection, so their figure overstates it.",
                List.of("run", "result", "wall", "live heap (after a full GC, every 5 s)",
                        "largest heap after a G1 pause", "findings", "GC pauses"), rows,
                List.of()));
    }

    /** {@link CheckerSoak}: 8 threads, one checker, a million unit checks; the heap after GC at each tenth. */
    private void soak() throws Exception {
        Path log = logs.resolve("soak.log");
        Processes.Timed t = Processes.timed(List.of(java, "-Xmx512m", "-cp",
                jar + ":" + root.resolve("target/test-classes"), CheckerSoak.class.getName(), "units=" + (full ? 1_000_000 : 100_000), "minutes=20"), log,
                Duration.ofMinutes(25));
        Map<String, String> info = infoLines(log);
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p <= 100; p += 10) {
            rows.add(List.of(p + "%", info.getOrDefault("heap-mb-at-" + p + "%", "n/a") + " MB"));
        }
        // The caches empty themselves when full, so the heap is a saw: flat means the second half's highest tooth
        // is no higher than the first half's (within 20%), not that two samples agree.
        double firstHalf = 0;
        double secondHalf = 0;
        for (int p = 10; p <= 100; p += 10) {
            double mb = Double.parseDouble(info.getOrDefault("heap-mb-at-" + p + "%", "NaN"));
            if (p <= 50) {
                firstHalf = Math.max(firstHalf, mb);
            } else {
                secondHalf = Math.max(secondHalf, mb);
            }
        }
        boolean exact = "0".equals(info.get("mismatches")) && "true".equals(info.get("finished-in-time"));
        report.target("Soak: heap after GC over " + info.getOrDefault("unit-checks", "?") + " unit checks, 8 threads",
                "flat, same results", String.format(Locale.ROOT, "highest %.0f MB in the first half, %.0f MB in the "
                        + "second; %s mismatches", firstHalf, secondHalf, info.getOrDefault("mismatches", "?")),
                exact && secondHalf <= firstHalf * 1.2 ? "met" : "missed");
        report.sections.add(new BenchReport.Section("Soak: one checker, 8 threads, a million unit checks",
                "`CheckerSoak` in a fresh JVM (`-Xmx512m`, exit " + t.exit() + "): one checker with grammar off "
                        + "shared by 8 threads checks distinct generated 10-unit catalogs, each with findings; the "
                        + "heap after a full collection at each tenth of the way (from 10%, once the rules' "
                        + "objects are built), and one catalog in a hundred checked again and compared. "
                        + info.getOrDefault("findings", "?") + " findings in " + info.getOrDefault("seconds", "?")
                        + " s.", List.of("done", "heap after GC"), rows, List.of()));
    }

    /** From a -Xlog:gc log: the largest heap before a collection, the largest after one (MB), and the pause count. */
    private static long[] gcPeaks(Path log) throws IOException {
        if (!Files.exists(log)) {
            return new long[] {-1, -1, 0};
        }
        Pattern p = Pattern.compile("Pause.* (\\d+)M->(\\d+)M\\(\\d+M\\)");
        long before = -1;
        long after = -1;
        long pauses = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                before = Math.max(before, Long.parseLong(m.group(1)));
                after = Math.max(after, Long.parseLong(m.group(2)));
                pauses++;
            }
        }
        return new long[] {before, after, pauses};
    }

    // ---- JMH: the inner pieces ---------------------------------------------------------------------------------

    private void jmh() throws Exception {
        Path json = out.resolve("jmh.json");
        Files.deleteIfExists(json);
        List<String> args = new ArrayList<>();
        if (full) {
            args.addAll(List.of("TermMatchingBenchmark", "NameRulesBench", "QaChecksBenchmark",
                    "ReportWritersBenchmark", "-f", "1", "-wi", "3", "-i", "5", "-w", "2s", "-r", "2s"));
        } else {
            // A smoke run: the report writers and the QA checks, briefly, so that the JMH classes keep working.
            args.addAll(List.of("QaChecksBenchmark|ReportWritersBenchmark", "-p", "format=json,sarif", "-f", "1",
                    "-wi", "1", "-i", "1", "-w", "1s", "-r", "1s"));
        }
        args.addAll(List.of("-rf", "json", "-rff", json.toString()));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, "org.openjdk.jmh.Main"));
        command.addAll(args);
        Processes.Timed t = Processes.timed(command, logs.resolve("jmh.log"), LONG);
        check(t, "JMH");
        List<List<String>> rows = new ArrayList<>();
        JsonNode results = new ObjectMapper().readTree(json.toFile());
        for (JsonNode r : results) {
            String name = r.path("benchmark").asText().replace("dev.concord.bench.", "");
            List<String> params = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = r.path("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                params.add(e.getKey() + "=" + e.getValue().asText());
            }
            JsonNode metric = r.path("primaryMetric");
            rows.add(List.of(name, String.join(", ", params), BenchReport.num(metric.path("score").asDouble()),
                    BenchReport.num(metric.path("scoreError").asDouble()), metric.path("scoreUnit").asText()));
        }
        report.sections.add(new BenchReport.Section("JMH: the inner pieces",
                "Warm averages, one fork (" + String.join(" ", args.subList(full ? 4 : 3, args.size() - 4))
                        + "): the term matcher (`TermMatchingBenchmark`: the workloads of the term-matching table, "
                        + "plus ICU tokenizing), the name rules on 256 KB and 1 MB of French (`NameRulesBench`), the "
                        + "QA checks and the XLIFF reader on 1,000 units (`QaChecksBenchmark`), the report writers on "
                        + "the QA issues of 20,000 units (`ReportWritersBenchmark`). Error is JMH's 99.9% interval; "
                        + "on a shared machine read it before the score.",
                List.of("benchmark", "parameters", "score", "±", "unit"), rows, List.of()));
    }

    // ---- quality: findings on real content, against people's judgements ------------------------------------------

    static final String QUALITY_BEGIN = "<!-- quality:begin -->";
    static final String QUALITY_END = "<!-- quality:end -->";

    /**
     * Concord and LanguageTool alone on the MQM-rated WMT 2023 translations and on the labelled real-content corpus
     * (fetched by {@code bench/real-corpus/fetch.sh} when absent); their tables replace the quality block of
     * BENCHMARKS.md, whatever the run's mode: they count findings, not time.
     */
    private void quality() throws Exception {
        Path mqm = out.resolve("quality-mqm.md");
        Path real = out.resolve("quality-real.md");
        Files.deleteIfExists(mqm);
        Files.deleteIfExists(real);
        Processes.timed(javaCommandForClass(classpath, List.of("-Xmx2g"), MqmEvaluation.class.getName(),
                root.resolve("../shared/data/mqm-dev").toString(), mqm.toString()), logs.resolve("quality-mqm.log"),
                LONG);
        Path corpus = root.resolve("target/real-corpus");
        if (!Files.isDirectory(corpus)) {
            Processes.timed(List.of("bash", root.resolve("bench/real-corpus/fetch.sh").toString(), corpus.toString()),
                    logs.resolve("real-corpus-fetch.log"), LONG);
        }
        Processes.timed(javaCommandForClass(classpath, List.of("-Xmx2g"), RealCorpusEvaluation.class.getName(),
                corpus.toString(), root.resolve("bench/real-corpus/labels.tsv").toString(), real.toString(),
                jar.toString()), logs.resolve("quality-real.log"), LONG);
        StringBuilder block = new StringBuilder(QUALITY_BEGIN).append('\n')
                .append("<!-- Generated by bench/run.sh --only=quality (and every full run). -->\n\n")
                .append("### MQM-rated translations (WMT 2023, `../shared/data/mqm-dev/`)\n\n")
                .append("Default settings, grammar on; the rated segments of one document of one system form one "
                        + "document. A segment counts for a category when a finding overlaps a span the raters marked "
                        + "with it (spelling and grammar: LanguageTool's findings only).\n\n")
                .append(Files.exists(mqm) ? Files.readString(mqm) : "(not run: no MQM data)\n")
                .append("\n### Real-content corpus (`bench/real-corpus/`)\n\n")
                .append(Files.exists(real) ? Files.readString(real) : "(not run: no corpus)\n")
                .append('\n').append(QUALITY_END).append('\n');
        Path benchmarks = root.resolve("BENCHMARKS.md");
        String text = Files.readString(benchmarks);
        int begin = text.indexOf(QUALITY_BEGIN);
        int end = text.indexOf(QUALITY_END);
        String updated = begin >= 0 && end > begin
                ? text.substring(0, begin) + block + text.substring(end + QUALITY_END.length()).replaceFirst("^\n", "")
                : text + "\n## Quality on real content (generated)\n\n" + block;
        Files.writeString(benchmarks, updated, StandardCharsets.UTF_8);
        say("BENCHMARKS.md: quality block updated");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private List<String> javaCommand(String profileName, String cp, List<String> jvm, Class<?> main,
            String... args) {
        List<String> jvmArgs = new ArrayList<>(jvm);
        if (profileName != null) {
            jvmArgs.addAll(jfr(profileName));
        }
        return javaCommandForClass(cp, jvmArgs, main.getName(), args);
    }

    private List<String> javaCommandForClass(String cp, List<String> jvm, String main, String... args) {
        List<String> c = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8"));
        c.addAll(jvm);
        c.addAll(List.of("-cp", cp, main));
        c.addAll(List.of(args));
        return c;
    }

    /** JVM options that record a worker with Java Flight Recorder, when the run was asked to profile. */
    private List<String> jfr(String name) {
        if (!profile) {
            return List.of();
        }
        return List.of("-XX:StartFlightRecording=filename=" + out.resolve("profiles/" + name + ".jfr")
                + ",settings=profile");
    }

    private void profileSummary(String name, String title) throws IOException {
        Path recording = out.resolve("profiles/" + name + ".jfr");
        if (!profile || !Files.exists(recording)) {
            return;
        }
        Profiles.Summary s = Profiles.summarise(recording);
        Files.writeString(out.resolve("profiles/" + name + ".txt"), s.text(), StandardCharsets.UTF_8);
        report.sections.add(new BenchReport.Section("Profile: " + title,
                "Java Flight Recorder execution samples of the whole worker (warm-up rounds included), " + s.samples()
                        + " samples; a method's share counts the samples with it anywhere on the stack.",
                List.of("share", "method"), s.rows(), List.of()));
    }

    private static void check(Processes.Timed t, String what) {
        if (t.exit() != 0 && t.exit() != 1) {
            throw new IllegalStateException(what + " failed (exit " + t.exit() + "): " + t.errTail());
        }
    }

    private static Map<String, String> infoLines(Path log) throws IOException {
        Map<String, String> info = new TreeMap<>();
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith("INFO\t")) {
                String[] f = line.split("\t", 3);
                info.put(f[1], f.length > 2 ? f[2] : "");
            }
        }
        return info;
    }

    private static String counts(Runs runs, String bench, String variant) {
        Stats.Spread s = runs.spread(bench, variant, m -> m.count());
        if (s.isEmpty()) {
            return "n/a";
        }
        return s.low() == s.high() ? String.format(Locale.ROOT, "%,d", (long) s.median())
                : String.format(Locale.ROOT, "%,d–%,d", (long) s.low(), (long) s.high());
    }

    private static String percent(Stats.Spread s) {
        if (s.isEmpty()) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.1f%% (%.1f–%.1f%%, %d)", s.median() * 100, s.low() * 100,
                s.high() * 100, s.n());
    }

    private static long sizeOf(Path folder) throws IOException {
        try (var s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void facts(String args, long seconds, double loadBefore) throws Exception {
        String cpu = "?";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        report.facts.put("Command", "`bench/run.sh " + args + "` (" + (full ? "full" : "quick") + " mode), "
                + String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60));
        report.facts.put("Date", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                "yyyy-MM-dd HH:mm 'UTC'")) + ", commit " + git("rev-parse", "--short", "HEAD")
                + (git("status", "--porcelain").isBlank() ? "" : " with uncommitted changes"));
        report.facts.put("Machine", String.format(Locale.ROOT, "%s, %d cores, %.1f GB RAM, %s %s; load average "
                        + "%.1f before, %.1f after (other processes share this machine)", cpu,
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9, System.getProperty("os.name"),
                System.getProperty("os.version"), loadBefore, load()));
        report.facts.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + "), default GC and flags unless a table says otherwise");
        report.facts.put("Peers", "LanguageTool " + org.languagetool.JLanguageTool.VERSION + "; Okapi 1.47.0 "
                + "(okapi-lib-verification, okapi-filter-xliff) in its own JVM");
        report.facts.put("Workloads", "generated with fixed seeds into `target/bench/workloads/` (`Workloads`)");
    }

    private String git(String... args) {
        try {
            List<String> c = new ArrayList<>(List.of("git", "-C", root.toString()));
            c.addAll(List.of(args));
            Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return s;
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private static void say(String message) {
        System.out.println("[bench] " + message);
        System.out.flush();
    }

    /** The samples of a benchmark, by variant and round, with per-round ratios. */
    static final class Runs {
        private final Map<String, Map<Integer, Measured>> byVariant = new LinkedHashMap<>();

        Runs(List<Measured.Sample> samples) {
            samples.forEach(this::add);
        }

        void add(Measured.Sample s) {
            byVariant.computeIfAbsent(s.bench() + "|" + s.variant(), k -> new TreeMap<>()).put(s.round(),
                    s.measured());
        }

        List<Double> values(String bench, String variant, ToDoubleFunction<Measured> f) {
            Map<Integer, Measured> m = byVariant.getOrDefault(bench + "|" + variant, Map.of());
            return m.values().stream().map(f::applyAsDouble).toList();
        }

        Stats.Spread spread(String bench, String variant, ToDoubleFunction<Measured> f) {
            return Stats.Spread.of(values(bench, variant, f));
        }

        /** {@code a ÷ b} round by round, over the rounds that have both. */
        Stats.Spread ratio(String bench, String a, String b, ToDoubleFunction<Measured> f) {
            return Stats.Spread.of(paired(bench, a, b, f, true));
        }

        /** {@code a − b} round by round. */
        Stats.Spread difference(String bench, String a, String b, ToDoubleFunction<Measured> f) {
            return Stats.Spread.of(paired(bench, a, b, f, false));
        }

        private List<Double> paired(String bench, String a, String b, ToDoubleFunction<Measured> f, boolean ratio) {
            Map<Integer, Measured> x = byVariant.getOrDefault(bench + "|" + a, Map.of());
            Map<Integer, Measured> y = byVariant.getOrDefault(bench + "|" + b, Map.of());
            List<Double> out = new ArrayList<>();
            for (Map.Entry<Integer, Measured> e : x.entrySet()) {
                Measured other = y.get(e.getKey());
                if (other != null) {
                    double u = f.applyAsDouble(e.getValue());
                    double v = f.applyAsDouble(other);
                    out.add(ratio ? u / v : u - v);
                }
            }
            return out;
        }
    }
}
