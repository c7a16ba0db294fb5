package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bad file among a thousand costs only that file: it is reported with its place and exit code 2, and every other
 * file is checked exactly as it would be without it.
 */
class FaultIsolationCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FILES = 1000;

    @TempDir
    Path dir;

    /** The bad files, one per reader, by name, with what is broken in each. */
    private static final Map<String, String> BAD = Map.of(
            "bad/truncated.xlf", """
                    <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                    <file source-language="en" target-language="fr" datatype="plaintext" original="x"><body>
                    <trans-unit id="1"><source>Open</source><target>Ouvrir</target></trans-unit>
                    <trans-unit id="2"><source>Close</source><target>Fermer
                    """,
            "bad/unterminated.po", """
                    msgid ""
                    msgstr ""
                    "Language: fr\\n"

                    msgid "Open"
                    msgstr "Ouvrir
                    """,
            "bad/broken.fr.json", "{\"open\": \"Ouvrir\", \"close\": \n",
            "bad/cut.tmx", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
                    o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>Open</seg>
                    """);

    @Test
    void aBadFileAmongAThousandCostsOnlyThatFile() throws Exception {
        List<Path> good = writeGoodFiles(FILES - BAD.size());
        CliRunner.Result alone = CliRunner.run("check", "--no-grammar", "--format", "json", "--lang", "fr",
                dir.resolve("good").toString());
        assertEquals(1, alone.exit(), alone.err());
        assertTrue(issues(JSON.readTree(alone.out())).size() >= good.size(), "the good files have findings to compare");

        for (Map.Entry<String, String> b : BAD.entrySet()) {
            Path p = dir.resolve(b.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, b.getValue(), StandardCharsets.UTF_8);
        }
        CliRunner.Result all = CliRunner.run("check", "--no-grammar", "--format", "json", "--lang", "fr",
                dir.toString());

        assertEquals(2, all.exit(), "an input error gives exit code 2, even with findings: " + all.err());
        List<String> errors = all.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(BAD.size(), errors.size(), all.err());
        for (String name : BAD.keySet()) {
            String shown = dir.resolve(name).toString();
            assertTrue(errors.stream().anyMatch(l -> l.matches("\\Q" + shown + "\\E:\\d+:\\d+: error: .+")),
                    "one error naming " + name + " with its line and column: " + errors);
        }

        JsonNode report = JSON.readTree(all.out());
        Map<String, String> statusByFile = new TreeMap<>();
        report.path("files").forEach(f -> statusByFile.put(f.path("path").asText(),
                f.path("error").isTextual() ? "failed" : "checked"));
        assertEquals(FILES, statusByFile.size(), "every file is in the report, checked or not");
        long failed = statusByFile.values().stream().filter("failed"::equals).count();
        assertEquals(BAD.size(), failed, statusByFile.toString());
        assertEquals(good.size(), statusByFile.values().stream().filter("checked"::equals).count());
        assertEquals(issues(JSON.readTree(alone.out())), issues(report),
                "the good files' findings are the same as when they are checked without the bad ones");
    }

    @Test
    void aReportThatCannotBeWrittenIsOneClearLineAndTheOtherReportsAreWritten() throws Exception {
        Path text = write("a.md", "# Titre\n\nLe président Tokaïev a parlé. Tokayev est parti.\n");
        Path notAFolder = write("notes", "a file where a folder is expected\n");
        Path fine = dir.resolve("reports/new/report.sarif");
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--lang", "fr", "--format", "json", "--output",
                notAFolder.resolve("report.json").toString(), "--format", "sarif", "--output", fine.toString(),
                text.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("concord: error: cannot write " + notAFolder.resolve("report.json") + ": " + notAFolder
                + " exists and is not a folder", r.err().strip());
        assertTrue(Files.readString(fine).contains("names.inconsistent"), "a missing folder is made");
    }

    /** Good files of five formats, each with a finding or two (names spelled two ways across files, too), in a folder of their own. */
    private List<Path> writeGoodFiles(int count) throws Exception {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String n = String.format("%04d", i);
            Path p;
            switch (i % 5) {
                case 0 -> p = write("good/po/" + n + ".po", "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\n"
                        + "msgid \"Delete %d files?\"\nmsgstr \"Supprimer %d fichiers ?\"\n\n"
                        + "msgid \"Saved " + i + " items.\"\nmsgstr \"Éléments enregistrés.\"\n");
                case 1 -> p = write("good/xlf/" + n + ".xlf", """
                        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                        <file source-language="en" target-language="fr" datatype="plaintext" original="ui"><body>
                        <trans-unit id="1"><source>Open the file.</source><target>Ouvrir le le fichier.</target></trans-unit>
                        <trans-unit id="2"><source>Saved %s items.</source><target>%s éléments enregistrés.</target></trans-unit>
                        </body></file></xliff>
                        """.formatted(i, i + 1));
                case 2 -> p = write("good/json/" + n + ".fr.json",
                        "{\"open\": \"Le président Tokaïev a parlé.\", \"close\": \"Tokayev est parti.\"}\n");
                case 3 -> p = write("good/props/" + n + "_fr.properties",
                        "open=Le pr\\u00e9sident Toka\\u00efev a parl\\u00e9.\nclose=Tokayev est parti.\n");
                default -> p = write("good/md/" + n + ".md",
                        "# Titre " + i + "\n\nLe président Tokaïev a parlé. Tokayev est parti.\n");
            }
            out.add(p);
        }
        return out;
    }

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static TreeSet<String> issues(JsonNode report) {
        TreeSet<String> out = new TreeSet<>();
        report.path("issues").forEach(i -> out.add(i.path("file").asText() + ":" + i.path("line").asInt() + ":"
                + i.path("column").asInt() + " " + i.path("ruleId").asText() + " " + i.path("fingerprint").asText()));
        return out;
    }
}
