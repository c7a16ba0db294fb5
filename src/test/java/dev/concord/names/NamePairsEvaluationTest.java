package dev.concord.names;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Runs the skeleton grouping on labelled name pairs ({@code ../shared/data/names/name-pairs.dev.csv}, made for
 * sanctions screening) and on Wikidata's Latin/Cyrillic name pairs, reports precision and recall, and fails when they
 * drop below the figures reached, so that a change cannot lower them silently. Pairs a translation checker should
 * not judge as the data does are listed with a reason in {@code name-pairs.disagreements.tsv}; the figures are
 * reported both on the raw labels and with those pairs set aside. Skipped when the shared data is absent.
 */
class NamePairsEvaluationTest {
    // Floors: the figures this grouping reached when the test was written, rounded down.
    // Reached: raw 0.963 / 0.384 (78 of 81, 78 of 203); within one script 0.963 / 0.389; without the listed
    // disagreements 0.963 / 0.951; Wikidata Latin-Cyrillic recall 0.651 with no false match in 32,927 shuffled pairs.
    private static final double RAW_PRECISION = 0.96;
    private static final double RAW_RECALL = 0.38;
    private static final double SAME_SCRIPT_PRECISION = 0.96;
    private static final double SAME_SCRIPT_RECALL = 0.38;
    private static final double AGREED_PRECISION = 0.96;
    private static final double AGREED_RECALL = 0.95;
    private static final double WIKIDATA_CYRILLIC_RECALL = 0.65;
    private static final double WIKIDATA_CYRILLIC_FALSE_MATCHES = 0.001;

    private static Path shared(String relative) {
        String dir = System.getProperty("concord.shared.dir", "../shared");
        return Path.of(dir).resolve(relative);
    }

    /** A count of outcomes: true and false positives and negatives. */
    static final class Score {
        int tp;
        int fp;
        int fn;
        int tn;

        void add(boolean predicted, boolean label) {
            if (predicted && label) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (label) {
                fn++;
            } else {
                tn++;
            }
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "precision %.3f (%d/%d), recall %.3f (%d/%d), %d pairs",
                    precision(), tp, tp + fp, recall(), tp, tp + fn, tp + fp + fn + tn);
        }
    }

    @Test
    void namePairs() throws IOException {
        Path csv = shared("data/names/name-pairs.dev.csv");
        assumeTrue(Files.isRegularFile(csv), "skipped: " + csv + " is absent (the shared data sets are not here)");
        Map<String, String> disagreements = disagreements();
        NameTable table = NameTable.bundled();
        Score raw = new Score();
        Score sameScript = new Score();
        Score crossScript = new Score();
        Score agreed = new Score();
        List<String> misses = new ArrayList<>();
        List<Record> rows = read(csv);
        Set<String> unused = new TreeSet<>(disagreements.keySet());
        for (Record r : rows) {
            boolean predicted = NameVariants.wouldGroup(r.name1, r.name2, table);
            raw.add(predicted, r.match);
            (sameScript(r.name1, r.name2) ? sameScript : crossScript).add(predicted, r.match);
            String key = r.name1 + "\t" + r.name2;
            if (disagreements.containsKey(key)) {
                unused.remove(key);
            } else {
                agreed.add(predicted, r.match);
                if (predicted != r.match) {
                    misses.add((predicted ? "FP " : "FN ") + r.name1 + " | " + r.name2 + " | " + r.notes);
                }
            }
        }
        System.out.println("name-pairs.dev.csv, raw labels:          " + raw);
        System.out.println("  pairs within one script:               " + sameScript);
        System.out.println("  pairs across scripts:                  " + crossScript);
        System.out.println("  without the " + (disagreements.size() - unused.size())
                + " listed disagreements:  " + agreed);
        misses.forEach(m -> System.out.println("  unexplained " + m));
        assertTrue(unused.isEmpty(), "disagreements that match no pair of the data: " + unused);
        assertTrue(raw.precision() >= RAW_PRECISION && raw.recall() >= RAW_RECALL, "raw figures dropped: " + raw);
        assertTrue(sameScript.precision() >= SAME_SCRIPT_PRECISION && sameScript.recall() >= SAME_SCRIPT_RECALL,
                "within-script figures dropped: " + sameScript);
        assertTrue(agreed.precision() >= AGREED_PRECISION && agreed.recall() >= AGREED_RECALL,
                "figures without the listed disagreements dropped: " + agreed);
    }

    /**
     * Wikidata's single-word name pairs, English spelling against Russian Cyrillic: recall of the cross-script
     * skeletons, and how often a name is grouped with the Cyrillic spelling of another name (the next row's).
     */
    @Test
    void wikidataCyrillic() throws IOException {
        Path gz = shared("data/names/amazon_wd_russian_20.tsv.gz");
        assumeTrue(Files.isRegularFile(gz), "skipped: " + gz + " is absent (the shared data sets are not here)");
        List<String[]> pairs = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                if (f.length >= 2) {
                    pairs.add(new String[] {f[0], f[1].replace(" ", "")});
                }
            }
        }
        int found = 0;
        int falseMatches = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String latin = pairs.get(i)[0];
            if (NameVariants.sameWord(latin, pairs.get(i)[1], null)) {
                found++;
            }
            String other = pairs.get((i + 7919) % pairs.size())[1];
            if (!pairs.get((i + 7919) % pairs.size())[0].equals(latin) && NameVariants.sameWord(latin, other, null)) {
                falseMatches++;
            }
        }
        double recall = (double) found / pairs.size();
        double falseRate = (double) falseMatches / pairs.size();
        System.out.printf(Locale.ROOT, "amazon_wd_russian_20: cross-script recall %.3f (%d/%d), "
                + "false matches with another name %.4f (%d)%n", recall, found, pairs.size(), falseRate, falseMatches);
        assertTrue(recall >= WIKIDATA_CYRILLIC_RECALL, "cross-script recall dropped: " + recall);
        assertTrue(falseRate <= WIKIDATA_CYRILLIC_FALSE_MATCHES, "cross-script false matches rose: " + falseRate);
    }

    private static boolean sameScript(String a, String b) {
        Set<Integer> x = scripts(a);
        return x.size() == 1 && x.equals(scripts(b));
    }

    private static Set<Integer> scripts(String s) {
        Set<Integer> out = new TreeSet<>();
        s.codePoints().filter(UCharacter::isLetter).map(UScript::getScript)
                .filter(c -> c != UScript.COMMON && c != UScript.INHERITED).forEach(out::add);
        return out;
    }

    private record Record(String name1, String name2, boolean match, String notes) {
    }

    private static List<Record> read(Path csv) throws IOException {
        List<Record> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = parseCsvLine(lines.get(0));
        int n1 = header.indexOf("name1");
        int n2 = header.indexOf("name2");
        int m = header.indexOf("is_match");
        int notes = header.indexOf("notes");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = parseCsvLine(line);
            out.add(new Record(f.get(n1), f.get(n2), Boolean.parseBoolean(f.get(m)),
                    notes < f.size() ? f.get(notes) : ""));
        }
        return out;
    }

    /** One CSV line (RFC 4180 quoting; the data has no line breaks inside fields). */
    static List<String> parseCsvLine(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** name1 TAB name2 to the reason a translation checker judges the pair otherwise than the data. */
    private static Map<String, String> disagreements() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = NamePairsEvaluationTest.class.getResourceAsStream("name-pairs.disagreements.tsv")) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.put(f[0] + "\t" + f[1], f.length > 3 ? f[3] : "");
            }
        }
        return out;
    }
}
