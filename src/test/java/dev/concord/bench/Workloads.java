package dev.concord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmarks' input files, generated deterministically under one folder (fixed seeds: the same bytes on every run
 * and machine, which {@code WorkloadsTest} checks): news-like text in French, English and German of 2 KB, 50 KB and
 * 1 MB ({@link NewsText}); English-to-French XLIFF of 1,000 and 100,000 units ({@link XliffGenerator});
 * English-French glossaries of 100, 10,000 and 100,000 entries ({@link Termbases}); a folder of 200 Markdown files
 * ({@link MarkdownFolder}), of about 1 MB, or 250 KB for a quick run.
 *
 * @param folder where they are
 */
public record Workloads(Path folder, long markdownBytes) {
    static final List<String> LANGUAGES = List.of("fr", "en", "de");
    static final int[] TEXT_SIZES = {2 * 1024, 50 * 1024, 1024 * 1024};
    static final int[] XLIFF_UNITS = {1_000, 100_000};
    static final int[] GLOSSARY_ENTRIES = {100, 10_000, 100_000};
    static final int MARKDOWN_FILES = 200;
    static final long TEXT_SEED = 20261124L;
    static final long MARKDOWN_SEED = 42L;

    /** Writes every workload into {@code folder} (replacing what was there) and returns where they are. */
    public static Workloads write(Path folder, long markdownBytes) throws IOException {
        Workloads w = new Workloads(folder, markdownBytes);
        Files.createDirectories(folder);
        for (String lang : LANGUAGES) {
            for (int size : TEXT_SIZES) {
                Files.writeString(w.news(lang, size), NewsText.generate(lang, size, TEXT_SEED),
                        StandardCharsets.UTF_8);
            }
        }
        for (int units : XLIFF_UNITS) {
            XliffGenerator.write(w.xliff(units), units);
        }
        for (int entries : GLOSSARY_ENTRIES) {
            Termbases.writeEnglishFrench(w.glossary(entries), entries);
        }
        deleteTree(w.markdown());
        MarkdownFolder.write(w.markdown(), MARKDOWN_FILES, markdownBytes, MARKDOWN_SEED);
        return w;
    }

    Path news(String lang, int bytes) {
        return folder.resolve("news-" + lang + "-" + label(bytes) + "." + lang + ".txt");
    }

    Path xliff(int units) {
        return folder.resolve("units-" + units + ".en-fr.xlf");
    }

    Path glossary(int entries) {
        return folder.resolve("glossary-" + entries + ".en-fr.tsv");
    }

    Path markdown() {
        return folder.resolve("docs-" + MARKDOWN_FILES + "-" + label((int) markdownBytes));
    }

    /** Every file of the workloads, in a fixed order. */
    List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(Files::isRegularFile).sorted().forEach(out::add);
        }
        return out;
    }

    /** 2048 → "2k", 51200 → "50k", 1048576 → "1m". */
    static String label(int bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + "m";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + "k";
        }
        return String.valueOf(bytes);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
