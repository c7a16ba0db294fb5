package dev.concord.report;

import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Reports for the HTML writer's tests and its load measurement, and headless Chromium to open them in. */
public final class HtmlReportFixtures {
    /** Sets a flag, the title and an attribute if it ever runs, so that the dumped DOM shows it did. */
    static final String PWN = "window.__pwned=1;document.title='pwned';document.documentElement.setAttribute("
            + "'data-pwned','1')";
    static final String SCRIPT_PAYLOAD = "<script>" + PWN + "</script>";
    static final String IMG_PAYLOAD = "\"><img src=x onerror=\"" + PWN + "\">";
    static final String SOURCE = "Click " + SCRIPT_PAYLOAD + " here, then <b>save</b>.";
    static final String TARGET = "Cliquez " + IMG_PAYLOAD + " ici\u2028puis </script><!-- enregistrez & fermez.";
    static final String CONTEXT = "Ailleurs : <iframe src=\"javascript:alert(1)\"></iframe> Tokaïev.";
    static final String HOSTILE_FILE = "docs/<b>fr</b>/page.md";

    private HtmlReportFixtures() {
    }

    /**
     * A report whose every text tries to break out: unit texts, a message, suggestions (one a {@code javascript:}
     * URL), a rule id, a file path, a refused file's error, a related place in a unit no finding lists, and a file
     * read in parts (no unit texts).
     */
    static Report hostile() {
        int img = TARGET.indexOf("<img");
        int imgEnd = TARGET.indexOf('>', img) + 1;
        int script = SOURCE.indexOf("<script>");
        int scriptEnd = SOURCE.indexOf("</script>") + "</script>".length();
        int name = CONTEXT.indexOf("Tokaïev");
        Issue markup = new Issue(HOSTILE_FILE, "qa.tags", IssueType.MARKUP, "Design/Markup", Severity.ERROR, 90,
                "<b>bold</b> & </script><script>" + PWN + "</script>", new Span("1", img, imgEnd, 3, img + 1, 3,
                imgEnd + 1), TARGET.substring(img, imgEnd), List.of("javascript:alert(1)", "<svg onload=alert(1)>"),
                new Span("1", script, scriptEnd, 3, script + 1, 3, scriptEnd + 1), SOURCE.substring(script,
                scriptEnd), "a1", List.of(new Issue.Related(HOSTILE_FILE, new Span("2", name, name + 7, 5, name + 1,
                5, name + 8), "Tokaïev", "<img src=x onerror=alert(1)> written here")));
        Issue amp = new Issue(HOSTILE_FILE, "x<svg onload=alert(1)>.y", IssueType.OTHER, "Other", Severity.WARNING, 50,
                "an ampersand", new Span("1", TARGET.indexOf('&'), TARGET.indexOf('&') + 1, 3, 1, 3, 2), "&",
                List.of("&amp;"), null, null, "a2");
        Issue streamed = new Issue("big.xlf", "names.inconsistent", IssueType.INCONSISTENT_ENTITIES, "Other",
                Severity.INFO, 10, "streamed", new Span("u7", 0, 28, 40, 1, 40, 29), "<img src=x onerror=alert(1)>",
                List.of(), new Span("u7", 0, 8, 40, 1, 40, 9), SCRIPT_PAYLOAD, "a3");
        Map<String, FileResult.UnitText> texts = new LinkedHashMap<>();
        texts.put("1", new FileResult.UnitText(SOURCE, TARGET));
        texts.put("2", new FileResult.UnitText(null, CONTEXT));
        List<FileResult> files = List.of(
                new FileResult(HOSTILE_FILE, "fr", 2, null, null, texts),
                FileResult.checked("big.xlf", "fr", 9, null),
                FileResult.failed("<script>" + PWN + "</script>.md", "bad </style><script>" + PWN + "</script>"));
        return new Report(files, List.of(markup, amp, streamed));
    }

    /**
     * A report of {@code findings} made-up findings in {@code files} files, two or three per unit over families and
     * severities, each unit with a source and target text of about 200 characters, some findings with related
     * places: the shape of a large real report, for paging and load time.
     */
    public static Report generated(int findings, int files) {
        String[] words = {"Le", "président", "Tokaïev", "a", "parlé", "des", "manifestations", "au", "Kazakhstan",
            "aujourd'hui", "selon", "les", "données", "officielles", "et", "réseaux", "sociaux"};
        String[] rules = {"qa.numbers", "qa.placeholders", "qa.double-space", "names.inconsistent", "lt.FR_SPELLING_RULE",
            "pack.en-fr.CURATORS", "terms.deprecated", "locale.variant"};
        IssueType[] types = {IssueType.NUMBERS, IssueType.MARKUP, IssueType.WHITESPACE,
            IssueType.INCONSISTENT_ENTITIES, IssueType.MISSPELLING, IssueType.MISTRANSLATION, IssueType.TERMINOLOGY,
            IssueType.LOCALE_VIOLATION};
        List<Issue> issues = new ArrayList<>(findings);
        Map<String, Map<String, FileResult.UnitText>> texts = new LinkedHashMap<>();
        int n = 0;
        int unit = 0;
        while (n < findings) {
            String file = "docs/fr/page-" + (unit % files) + ".md";
            String unitId = String.valueOf(unit);
            StringBuilder target = new StringBuilder();
            List<int[]> wordsAt = new ArrayList<>();
            for (int w = 0; target.length() < 200; w++) {
                String word = words[(unit * 7 + w * 3) % words.length];
                wordsAt.add(new int[] {target.length(), target.length() + word.length()});
                target.append(word).append(' ');
            }
            String source = "The president spoke of the protests in Kazakhstan today, by official figures (" + unit
                    + ").";
            texts.computeIfAbsent(file, k -> new LinkedHashMap<>()).put(unitId,
                    new FileResult.UnitText(source, target.toString().strip()));
            int here = 2 + unit % 2;
            for (int k = 0; k < here && n < findings; k++, n++) {
                int[] at = wordsAt.get((k * 5 + unit) % wordsAt.size());
                int r = n % rules.length;
                Severity sev = Severity.values()[n % 3];
                String text = target.substring(at[0], at[1]);
                List<Issue.Related> related = r == 3 && unit > 0 ? List.of(new Issue.Related(file,
                        new Span(String.valueOf(unit - files), 0, 2, 1, 1, 1, 3), "Le", "written so here"))
                        : List.of();
                issues.add(new Issue(file, rules[r], types[r], types[r].mqm(), sev, sev.score(),
                        "finding " + n + ": '" + text + "' looks wrong here", new Span(unitId, at[0], at[1],
                        unit + 1, at[0] + 1, unit + 1, at[1] + 1), text, List.of(text.toUpperCase()),
                        new Span(unitId, 4, 13, unit + 1, 5, unit + 1, 14), "president", "f" + n, related));
            }
            unit++;
        }
        List<FileResult> results = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            String file = "docs/fr/page-" + f + ".md";
            Map<String, FileResult.UnitText> t = texts.getOrDefault(file, Map.of());
            results.add(new FileResult(file, "fr", t.size(), null, null, t));
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        results.forEach(f -> order.put(f.path(), order.size()));
        issues.sort(Issue.reportOrder(order));
        return new Report(results, issues);
    }

    static String html(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report, out);
        return out.toString();
    }

    public static void write(Report report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new HtmlReportWriter().write(report, out);
        }
    }

    /** The Chromium binary, or null when there is none. */
    static String chromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    /** Opens a page in headless Chromium and returns the DOM after its scripts ran. */
    static String dumpDom(String chromium, Path page, String fragment, Path scratch) throws Exception {
        Path out = scratch.resolve("dom-" + System.nanoTime() + ".html");
        run(chromium, scratch, out, "--dump-dom", page.toUri() + fragment);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Takes a screenshot of a page at 1280 by 900 pixels. */
    static void screenshot(String chromium, Path page, Path png, Path scratch) throws Exception {
        run(chromium, scratch, null, "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,900",
                "--hide-scrollbars", page.toUri().toString());
    }

    private static void run(String chromium, Path scratch, Path stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(scratch, "profile")));
        command.addAll(List.of(args));
        Path log = scratch.resolve("chromium-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
        pb.redirectOutput(stdout != null ? stdout.toFile() : log.resolveSibling(log.getFileName() + ".out").toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("chromium did not finish in 120 s: " + command);
            }
        } finally {
            p.destroyForcibly();
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + p.exitValue() + ": " + Files.readString(log));
        }
    }
}
