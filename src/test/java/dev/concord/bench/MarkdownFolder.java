package dev.concord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a folder of generated English Markdown documentation, for timing CI runs end to end (see BENCHMARKS.md,
 * "CI runs"): headings, paragraphs, lists, inline code, links and code blocks, with sentences combined from word
 * lists so that nearly every sentence is different (LanguageTool caches results per sentence, and a folder of
 * repeated text would time the cache). Deterministic for a seed.
 *
 * <pre>{@code java -cp target/test-classes dev.concord.bench.MarkdownFolder /tmp/docs 200 1000000}</pre>
 */
public final class MarkdownFolder {
    private static final List<String> SUBJECTS = List.of("The installer", "This guide", "The command line",
            "Every translator", "The build server", "A reviewer", "The editor", "Our documentation team",
            "The release process", "Each package", "The configuration file", "A new contributor", "The test suite",
            "The language server", "The checker", "Your pipeline", "The glossary", "A style guide", "The archive",
            "The web interface");
    private static final List<String> VERBS = List.of("reads", "checks", "updates", "describes", "replaces",
            "explains", "downloads", "validates", "lists", "publishes", "translates", "compares", "formats", "ignores",
            "reports", "stores", "skips", "merges", "exports", "renders");
    private static final List<String> OBJECTS = List.of("the settings", "every chapter", "the release notes",
            "the translated strings", "a short summary", "the error messages", "all source files", "the new terms",
            "each paragraph", "the user interface", "the index page", "its own cache", "the public API",
            "the reference tables", "the sample project", "two example files", "the final report", "the changelog",
            "missing translations", "the legal notice");
    private static final List<String> ENDINGS = List.of("before the next release", "in a few seconds",
            "when the build starts", "for every language", "without any manual step", "after each commit",
            "on the main branch", "during the nightly run", "as soon as possible", "with great care",
            "in the right order", "for the whole team", "at the end of the week", "while you wait",
            "in continuous integration", "from the command line", "for new users", "on every pull request",
            "in plain English", "to keep the project consistent");
    private static final List<String> TOPICS = List.of("Installation", "Configuration", "Getting started",
            "Troubleshooting", "Release notes", "Terminology", "Style guide", "Command reference", "Translations",
            "Continuous integration", "Reports", "Baselines", "Suppressions", "Performance", "Security");

    private MarkdownFolder() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench/docs");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long totalBytes = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        long written = write(folder, files, totalBytes, seed);
        System.out.printf("%d Markdown files, %d bytes, in %s%n", files, written, folder);
    }

    /** Writes the folder and returns how many bytes it holds. */
    public static long write(Path folder, int files, long totalBytes, long seed) throws IOException {
        Random random = new Random(seed);
        long perFile = totalBytes / files;
        long written = 0;
        for (int f = 0; f < files; f++) {
            Path file = folder.resolve(String.format("section-%02d/page-%03d.md", f % 10, f));
            Files.createDirectories(file.getParent());
            String text = page(random, f, perFile);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            written += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return written;
    }

    private static String page(Random r, int n, long bytes) {
        StringBuilder sb = new StringBuilder();
        sb.append("---\ntitle: Page ").append(n).append("\n---\n\n");
        sb.append("# ").append(pick(r, TOPICS)).append(" (part ").append(n).append(")\n\n");
        int section = 0;
        while (sb.length() < bytes) {
            switch (section++ % 4) {
                case 0 -> sb.append("## ").append(pick(r, TOPICS)).append("\n\n");
                case 1 -> {
                    for (int i = 0; i < 3; i++) {
                        sb.append("- ").append(sentence(r)).append('\n');
                    }
                    sb.append('\n');
                }
                case 2 -> sb.append("```sh\nconcord check --lang en docs/page-").append(n).append(".md\n```\n\n");
                default -> { }
            }
            int sentences = 3 + r.nextInt(3);
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    sb.append(i == 2 ? "\n" : " ");
                }
                sb.append(sentence(r));
            }
            sb.append(" See [the reference](https://example.com/ref/").append(r.nextInt(1000))
                    .append(") or run `concord --help`.\n\n");
        }
        return sb.toString();
    }

    private static String sentence(Random r) {
        return pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " " + pick(r, ENDINGS) + ".";
    }

    private static String pick(Random r, List<String> words) {
        return words.get(r.nextInt(words.size()));
    }
}
