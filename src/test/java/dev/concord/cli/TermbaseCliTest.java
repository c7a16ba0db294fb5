package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermbaseCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GLOSSARY = "examples/kazakhstan/glossary.tbx";
    private static final String EXAMPLE = "examples/kazakhstan/target.fr.txt";
    private static final String EXAMPLE_SOURCE = "examples/kazakhstan/source.en.txt";

    @TempDir
    Path dir;

    private static List<JsonNode> issues(String json, String ruleId) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode i : JSON.readTree(json).path("issues")) {
            if (ruleId == null || i.path("ruleId").asText().equals(ruleId)) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void termsListsATermbasePerLanguageAndStatus() {
        CliRunner.Result r = CliRunner.run("terms", GLOSSARY);
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith(GLOSSARY + ": 4 entries, 27 terms in 4 languages\n"), out);
        assertTrue(out.contains("fr: 8 terms\n  preferred (3): Tokaïev, Kassym-Jomart Tokaïev, organisateur\n"
                + "  no status (2): Kazakhstan, Astana\n"
                + "  deprecated (3): Tokayev, Kassym-Jomart Tokayev, conservateur\n"), out);
        assertTrue(out.contains("en: 7 terms\n  preferred (3): Tokayev, Kassym-Jomart Tokayev, organizer\n"
                + "  admitted (2): organiser, curator\n"), out);

        CliRunner.Result summary = CliRunner.run("terms", "--summary", "--lang", "ru", GLOSSARY);
        assertEquals(GLOSSARY + ": 4 entries, 27 terms in 4 languages\nru: 6 terms\n  preferred: 3\n  admitted: 1\n"
                + "  no status: 2\n", summary.out());
    }

    @Test
    void termsReportsABadTermbaseInOneLineAndListsTheOthers() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.tbx"), "<martif><text><body>\n<termEntry>\n"
                + "<langSet xml:lang=\"fr\"><tig><term>x</tig></langSet></termEntry></body></text></martif>");
        Path good = Files.writeString(dir.resolve("good.csv"), "en,fr\nfile,fichier\n");
        CliRunner.Result r = CliRunner.run("terms", bad.toString(), good.toString());
        assertEquals(2, r.exit());
        String[] errors = r.err().strip().split("\n");
        assertEquals(1, errors.length, r.err());
        assertTrue(errors[0].startsWith(bad + ":3:"), errors[0]);
        assertTrue(errors[0].contains(": error: malformed TBX"), errors[0]);
        assertTrue(r.out().startsWith(good + ": 1 entry, 2 terms in 2 languages"), r.out());
    }

    @Test
    void checkWithTheExampleGlossaryFindsTheDeprecatedTerms() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--format", "json", "--termbase", GLOSSARY,
                EXAMPLE);
        assertEquals(1, r.exit(), r.err());
        List<JsonNode> deprecated = issues(r.out(), "term.deprecated");
        assertEquals(2, deprecated.size(), r.out());
        JsonNode tokayev = deprecated.get(0);
        assertEquals(7, tokayev.path("line").asInt());
        assertEquals("Kassym-Jomart Tokayev", tokayev.path("text").asText());
        assertEquals("Kassym-Jomart Tokaïev", tokayev.path("suggestions").get(0).asText());
        assertEquals("terminology", tokayev.path("type").asText());
        JsonNode curators = deprecated.get(1);
        assertEquals(7, curators.path("line").asInt());
        assertEquals("conservateurs", curators.path("text").asText());
        assertEquals("organisateurs", curators.path("suggestions").get(0).asText());
        for (JsonNode i : issues(r.out(), null)) {
            assertFalse(i.path("text").asText().contains("Tokaïev"), "no alarm on the French spelling: " + i);
        }
    }

    @Test
    void checkWithTheExampleGlossaryAsAPair() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--no-grammar", "--format", "json",
                "--termbase", GLOSSARY, "--source", EXAMPLE_SOURCE, "--source-lang", "en", EXAMPLE);
        assertEquals(1, r.exit(), r.err());
        List<JsonNode> all = issues(r.out(), null).stream()
                .filter(i -> i.path("ruleId").asText().startsWith("term.")).toList();
        assertEquals(List.of("term.deprecated", "term.deprecated"),
                all.stream().map(i -> i.path("ruleId").asText()).toList(), r.out());
        assertEquals("Kassym-Jomart Tokayev", all.get(0).path("source").path("text").asText());
        assertEquals("curators", all.get(1).path("source").path("text").asText());
    }

    @Test
    void aTermbaseWithoutTermsForTheCheckedLanguageIsAWarning() throws Exception {
        Path glossary = Files.writeString(dir.resolve("g.csv"), "en,fr\nfile,fichier\n");
        Path text = Files.writeString(dir.resolve("t.txt"), "Eine Datei.\n");
        CliRunner.Result r = CliRunner.run("check", "--lang", "de", "--no-grammar", "--termbase", glossary.toString(),
                text.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("concord: warning: the termbase holds no terms for 'de' (it holds en, fr)", r.err().strip());
    }

    @Test
    void aBadTermbaseIsOneLineAndExitCodeTwo() throws Exception {
        Path bad = Files.writeString(dir.resolve("g.csv"), "en,fr,status\ncurator,conservateur,wrong-ish\n");
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--no-grammar", "--termbase", bad.toString(),
                EXAMPLE);
        assertEquals(2, r.exit());
        assertEquals(bad + ":2:22: error: unknown status 'wrong-ish' (expected preferred, admitted, deprecated, "
                + "or a TBX status value)", r.err().strip());
        assertEquals("", r.out());

        CliRunner.Result missing = CliRunner.run("check", "--lang", "fr", "--no-grammar", "--termbase",
                dir.resolve("none.tbx").toString(), EXAMPLE);
        assertEquals(2, missing.exit());
        assertEquals(dir.resolve("none.tbx") + ": error: no such file", missing.err().strip());
    }
}
