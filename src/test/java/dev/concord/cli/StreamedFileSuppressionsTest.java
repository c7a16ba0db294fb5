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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions in unit notes and baselines apply to a file read in parts exactly as to the file read whole. */
class StreamedFileSuppressionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** More units than one part holds, so that the file is really read in several parts. */
    private static final int UNITS = 2500;

    @TempDir
    Path dir;

    /** Every unit drops its number; every seventh says in its note to keep quiet about it, one names no rule. */
    private Path xliff() throws Exception {
        StringBuilder x = new StringBuilder("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file source-language="en" target-language="fr" datatype="plaintext" original="ui"><body>
                """);
        for (int i = 0; i < UNITS; i++) {
            x.append("<trans-unit id=\"u").append(i).append("\"><source>Saved ").append(i)
                    .append(" items.</source><target>Éléments enregistrés.</target>");
            if (i % 7 == 0) {
                x.append("<note>concord-disable qa.numbers -- the count is shown elsewhere</note>");
            }
            if (i == 100) {
                x.append("<note>concord-disable qa.nosuch</note>");
            }
            x.append("</trans-unit>\n");
        }
        x.append("</body></file></xliff>\n");
        return Files.writeString(dir.resolve("ui.xlf"), x, StandardCharsets.UTF_8);
    }

    private static List<String> issues(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.path("issues").forEach(i -> out.add(i.path("line").asInt() + ":" + i.path("column").asInt() + " "
                + i.path("ruleId").asText() + " " + i.path("fingerprint").asText()));
        return out;
    }

    @Test
    void unitNotesSilenceTheSameFindingsWhenTheFileIsReadInParts() throws Exception {
        Path file = xliff();
        CliRunner.Result whole = CliRunner.run("check", "--no-grammar", "--format", "json", "--verbose",
                "--stream-above", "100", file.toString());
        CliRunner.Result parts = CliRunner.run("check", "--no-grammar", "--format", "json", "--verbose",
                "--stream-above", "0", file.toString());
        assertTrue(parts.err().contains("in parts: " + UNITS + " units"), parts.err());
        assertTrue(!whole.err().contains("in parts"), whole.err());

        JsonNode w = JSON.readTree(whole.out());
        JsonNode p = JSON.readTree(parts.out());
        int silenced = (UNITS + 6) / 7;
        assertEquals(silenced, w.path("summary").path("suppressed").asInt(), whole.out().substring(0, 300));
        assertEquals(silenced, p.path("summary").path("suppressed").asInt());
        assertEquals(issues(w), issues(p));
        List<String> found = issues(p);
        assertEquals(1, found.stream().filter(i -> i.contains(" concord.suppression ")).count(),
                "the unknown rule id in a note is reported once: " + found.subList(0, 5));
        assertEquals(UNITS - silenced, found.stream().filter(i -> i.contains(" qa.numbers ")).count());
    }

    @Test
    void aBaselineWrittenFromTheWholeFileHoldsItsFindingsWhenItIsReadInParts() throws Exception {
        Path file = xliff();
        Path baseline = dir.resolve("baseline.json");
        CliRunner.Result b = CliRunner.run("baseline", "--no-grammar", "--stream-above", "100", "--output",
                baseline.toString(), file.toString());
        assertEquals(0, b.exit(), b.err());

        // Unit 8 gets its number back (fixed); unit 14 loses its note, so its finding is new.
        String text = Files.readString(file)
                .replace("<source>Saved 8 items.</source><target>Éléments", "<source>Saved 8 items.</source><target>8 éléments")
                .replace("<source>Saved 14 items.</source><target>Éléments enregistrés.</target>"
                        + "<note>concord-disable qa.numbers -- the count is shown elsewhere</note>",
                        "<source>Saved 14 items.</source><target>Éléments enregistrés.</target>");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRunner.Result parts = CliRunner.run("check", "--no-grammar", "--format", "json", "--baseline",
                baseline.toString(), "--stream-above", "0", file.toString());
        CliRunner.Result whole = CliRunner.run("check", "--no-grammar", "--format", "json", "--baseline",
                baseline.toString(), "--stream-above", "100", file.toString());
        JsonNode p = JSON.readTree(parts.out());
        assertEquals(1, p.path("issues").size(), "only unit 14's finding is new: " + parts.out());
        assertEquals("u14", p.path("issues").get(0).path("unit").asText());
        assertTrue(p.path("summary").path("baselined").asInt() > 2000, p.path("summary").toString());
        assertEquals(issues(JSON.readTree(whole.out())), issues(p));
        assertEquals(JSON.readTree(whole.out()).path("summary"), p.path("summary"));
    }
}
