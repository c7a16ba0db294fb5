package dev.concord.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The WMT 2023 terminology test set as a false-alarm test. Each line pairs a source sentence with its reference
 * translation and the terms (source term: target term) that the reference uses; with those terms as the line's
 * termbase, {@code term.missing} should say nothing. A deterministic sample of lines is checked per language pair
 * (every n-th line, about 400 lines, to keep the run short); the test fails when the share of term pairs flagged
 * rises above what the matcher reached when this test was written. Czech and Chinese have no LanguageTool module
 * here: their terms match by ICU surface forms (Chinese character by character), without lemmas. Set the
 * environment variable CONCORD_WMT_DEBUG to list the source terms not found in their source lines, and
 * CONCORD_WMT_SAMPLE=all to check every line (the limits then are not asserted: they hold for the sample).
 */
class WmtTerminologyFalseAlarmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLE = 400;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void readData() throws IOException {
        Path data = Path.of(System.getProperty("concord.shared.dir", "../shared"),
                "data/terminology/wmt23_terminology_test.tar.gz");
        if (Files.isRegularFile(data)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(data))) {
                files = untar(in);
            }
        }
    }

    /**
     * The limits are the rates reached when this test was written (deen 0/1603 pairs, encs 0/1603, zhen 12/473; the
     * random lists: deen 1/1584, encs 0/1594), so that any regression fails. The zh-en "random" lists are left out:
     * their English sides are scattered words ("was Yu", "Prince Prince"), not phrases a reference could hold.
     */
    @ParameterizedTest(name = "{0} {1}: {2} to {3}")
    @CsvSource({"deen, proper, de, en, 0", "encs, proper, en, cs, 0", "zhen, proper, zh, en, 0.026",
        "deen, random, de, en, 0.001", "encs, random, en, cs, 0"})
    void referenceTranslationsUseTheirTerms(String pair, String termList, String sourceLanguage,
            String targetLanguage, double maxRate) throws Exception {
        assumeTrue(files != null, "WMT 2023 terminology data not found under concord.shared.dir "
                + "(data/terminology/wmt23_terminology_test.tar.gz): skipped");
        List<String> sources = lines(pair + "." + sourceLanguage);
        List<String> targets = lines(pair + "." + targetLanguage);
        List<String> terms = lines(pair + ".term." + termList);
        // CONCORD_WMT_SAMPLE=all checks every line (a few minutes) instead of the sample.
        boolean everyLine = "all".equals(System.getenv("CONCORD_WMT_SAMPLE"));
        int step = everyLine ? 1 : Math.max(1, sources.size() / SAMPLE);
        int checkedLines = 0;
        int pairs = 0;
        int foundInSource = 0;
        int alarms = 0;
        List<String> examples = new ArrayList<>();
        for (int line = 0; line < sources.size(); line += step) {
            List<TermEntry> entries = entries(terms.get(line), sourceLanguage, targetLanguage, line);
            if (entries.isEmpty() || sources.get(line).isBlank() || targets.get(line).isBlank()) {
                continue;
            }
            checkedLines++;
            pairs += entries.size();
            Termbase termbase = Termbase.of(entries);
            ULocale sl = ULocale.forLanguageTag(sourceLanguage);
            Set<TermEntry> found = new HashSet<>();
            TermIndex.longest(termbase.index(sl, TermFixtures.ANALYZER)
                    .findAll(TermFixtures.ANALYZER.analyze(sources.get(line), sl))).forEach(m -> found.add(m.entry()));
            foundInSource += found.size();
            if (System.getenv("CONCORD_WMT_DEBUG") != null) {
                for (TermEntry e : entries) {
                    if (!found.contains(e)) {
                        System.out.println("  NOT FOUND " + e.terms().get(0).text() + " | " + sources.get(line));
                    }
                }
            }
            Checker checker = TermFixtures.checker(termbase, targetLanguage, sourceLanguage);
            Document doc = Document.ofText("t", oneParagraph(targets.get(line)))
                    .pairedWith(Document.ofText("s", oneParagraph(sources.get(line))));
            for (Issue issue : checker.check(doc)) {
                if (issue.ruleId().equals("term.missing")) {
                    alarms++;
                    if (examples.size() < 25) {
                        examples.add((line + 1) + ": " + issue.sourceText() + " -> " + issue.suggestions() + " | "
                                + targets.get(line));
                    }
                }
            }
        }
        double rate = pairs == 0 ? 0 : (double) alarms / pairs;
        System.out.printf(Locale.ROOT, "WMT23 %s %s: %d lines (every %d-th), %d term pairs, %d source terms found, "
                + "%d term.missing false alarms: %.2f%% of pairs, %.2f%% of found source terms%n", pair, termList,
                checkedLines,
                step, pairs, foundInSource, alarms, 100.0 * rate,
                foundInSource == 0 ? 0 : 100.0 * alarms / foundInSource);
        examples.forEach(e -> System.out.println("  " + e));
        assertTrue(everyLine || rate <= maxRate, String.format(Locale.ROOT, "%s: false-alarm rate %.2f%% above %.2f%%", pair,
                100 * rate, 100 * maxRate));
    }

    /** One line's terms as entries; each {source: target} pair is one entry. */
    private static List<TermEntry> entries(String json, String source, String target, int line) throws IOException {
        List<TermEntry> out = new ArrayList<>();
        JsonNode list = JSON.readTree(json);
        int k = 0;
        for (JsonNode pair : list) {
            String s = pair.path(source).asText("").strip();
            String t = pair.path(target).asText("").strip();
            if (s.isEmpty() || t.isEmpty()) {
                continue;
            }
            out.add(TermEntry.of(line + "." + k++, List.of(Term.of(s, source, TermStatus.UNSPECIFIED),
                    Term.of(t, target, TermStatus.UNSPECIFIED))));
        }
        return out;
    }

    /** The line as one paragraph: blank lines inside would split it into units. */
    private static String oneParagraph(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ");
    }

    private static List<String> lines(String name) {
        byte[] bytes = files.get(name);
        assertTrue(bytes != null, name + " missing from the archive");
        List<String> out = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The regular files of a tar stream by base name (ustar headers; the JDK has no tar reader). */
    private static Map<String, byte[]> untar(InputStream in) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        byte[] header = new byte[512];
        while (in.readNBytes(header, 0, 512) == 512) {
            String name = field(header, 0, 100);
            if (name.isEmpty()) {
                break;
            }
            long size = Long.parseLong(field(header, 124, 12).strip().isEmpty() ? "0" : field(header, 124, 12).strip(), 8);
            byte type = header[156];
            ByteArrayOutputStream content = new ByteArrayOutputStream((int) size);
            content.write(in.readNBytes((int) size));
            long padding = (512 - size % 512) % 512;
            in.skipNBytes(padding);
            if (type == '0' || type == 0) {
                out.put(name.substring(name.lastIndexOf('/') + 1), content.toByteArray());
            }
        }
        return out;
    }

    private static String field(byte[] header, int from, int length) {
        int end = from;
        while (end < from + length && header[end] != 0) {
            end++;
        }
        return new String(header, from, end - from, StandardCharsets.US_ASCII);
    }
}
