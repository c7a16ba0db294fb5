package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecificationVersion;
import dev.concord.JsonSchemas;
import dev.concord.config.StarterConfig;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands and options for CI, without LanguageTool (fast): findings here are the warnings Concord gives about
 * suppression comments that name no rule, which need no language data. ContentRepositoryTest runs it all with
 * LanguageTool.
 */
class CiCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    /** A repository whose French file holds one finding (a suppression naming no rule). */
    private void repository(String config) throws Exception {
        write("repo/.concord.yml", config);
        write("repo/docs/en/a.md", "# Title\n\nText.\n");
        write("repo/docs/fr/a.md", "# Titre\n\n<!-- concord-disable nosuch.rule -->\n\nTexte.\n");
    }

    @Test
    void initWritesACommentedStarterAndNeverOverwrites() throws Exception {
        CliRunner.Result r = CliRunner.run("init", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(StarterConfig.text(), Files.readString(dir.resolve(".concord.yml")));
        assertTrue(r.out().contains("wrote"), r.out());
        Files.writeString(dir.resolve(".concord.yml"), "language: fr\n");
        CliRunner.Result again = CliRunner.run("init", dir.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains(".concord.yml already exists: not overwritten"), again.err());
        assertEquals("language: fr\n", Files.readString(dir.resolve(".concord.yml")));
        Files.createDirectories(dir.resolve("other"));
        Files.writeString(dir.resolve("other/.concord.yaml"), "");
        assertEquals(2, CliRunner.run("init", dir.resolve("other").toString()).exit(), "a .concord.yaml counts too");
    }

    @Test
    void schemaPrintsTheSchema() throws Exception {
        CliRunner.Result r = CliRunner.run("schema");
        assertEquals(0, r.exit());
        assertEquals("Concord configuration (.concord.yml)", JSON.readTree(r.out()).path("title").asText());
    }

    @Test
    void theConfigGivesLanguagesPairsAndFailOn() throws Exception {
        repository("""
                root: true
                language: en
                languages:
                  docs/fr/**: fr
                pairs:
                  - source: docs/en/{path}
                    target: docs/fr/{path}
                grammar: false
                failOn: warning
                """);
        CliRunner.Result r = CliRunner.run("check", "--format", "json", path("repo/docs"));
        assertEquals(1, r.exit(), "failOn: warning in the config: " + r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("en", root.path("files").get(0).path("language").asText());
        assertEquals("fr", root.path("files").get(1).path("language").asText());
        JsonNode issue = root.path("issues").get(0);
        assertEquals("concord.suppression", issue.path("ruleId").asText());
        assertEquals(3, issue.path("line").asInt());
        assertEquals(0, CliRunner.run("check", "--fail-on", "error", path("repo/docs")).exit(), "--fail-on wins");
        assertEquals(0, CliRunner.run("check", "--no-config", "--lang", "fr", "--no-grammar", path("repo/docs"))
                .exit(), "--no-config: default failOn error");
    }

    @Test
    void aPairWhoseParagraphsDoNotLineUpIsAnInputError() throws Exception {
        repository("""
                root: true
                language: en
                languages: {docs/fr/**: fr}
                pairs:
                  - source: docs/en/{path}
                    target: docs/fr/{path}
                grammar: false
                """);
        write("repo/docs/fr/a.md", "# Titre\n\nTexte.\n\nUn paragraphe de plus.\n");
        CliRunner.Result r = CliRunner.run("check", path("repo/docs"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("has 3 paragraphs but its source"), r.err());
    }

    @Test
    void excludedFilesAreLeftOutEvenWhenNamed() throws Exception {
        repository("root: true\nlanguage: fr\ngrammar: false\nexclude: [docs/fr]\n");
        CliRunner.Result r = CliRunner.run("check", "--format", "json", "--verbose", path("repo/docs/fr/a.md"),
                path("repo/docs/en/a.md"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, JSON.readTree(r.out()).path("files").size());
        assertTrue(r.err().contains("left out by"), r.err());
    }

    @Test
    void configErrorsStopTheRunWithAPlace() throws Exception {
        repository("root: true\nlanguage: fr\nfailon: error\n");
        CliRunner.Result r = CliRunner.run("check", path("repo/docs"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(".concord.yml:3:1: error: unknown key 'failon': did you mean 'failOn'?"),
                r.err());
        assertEquals("", r.out(), "nothing is checked with a broken config");
    }

    @Test
    void unknownRuleIdsInTheConfigAreWarnings() throws Exception {
        repository("root: true\nlanguage: fr\ngrammar: false\ndisable:\n  - nosuch.family\n");
        CliRunner.Result r = CliRunner.run("check", path("repo/docs"));
        assertTrue(r.err().contains(".concord.yml:5:5: warning: unknown rule 'nosuch.family'"), r.err());
    }

    @Test
    void severalReportsInOneRun() throws Exception {
        repository("root: true\nlanguage: fr\ngrammar: false\n");
        Path sarif = dir.resolve("out/concord.sarif");
        Path junit = dir.resolve("out/junit.xml");
        CliRunner.Result r = CliRunner.run("check", "--format", "sarif", "--output", sarif.toString(),
                "--output", junit.toString(), "--format", "junit", "-f", "text", path("repo/docs"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("0 errors, 1 warning, 0 infos in 2 files\n"), "text on standard output: " + r.out());
        JsonNode log = JSON.readTree(Files.readString(sarif));
        assertEquals(1, log.path("runs").get(0).path("results").size());
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.load(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8), SpecificationVersion.DRAFT_4), log));
        }
        assertTrue(Files.readString(junit).contains("<failure type=\"warning\""));
        assertFalse(Files.list(dir.resolve("out")).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    @Test
    void onlyOneReportMayGoToStandardOutput() {
        CliRunner.Result r = CliRunner.run("check", "--format", "json", "--format", "sarif", "x.md");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("only one report can go to standard output"), r.err());
        assertEquals(2, CliRunner.run("check", "--format", "yaml", "--output", "x", "x.md").exit());
    }

    @Test
    void baselineThenCheckReportsOnlyNewFindings() throws Exception {
        repository("root: true\nlanguage: fr\ngrammar: false\nfailOn: warning\nbaseline: .concord-baseline.json\n");
        CliRunner.Result b = CliRunner.run("baseline", path("repo/docs"));
        assertEquals(0, b.exit(), b.err());
        assertTrue(b.out().contains("recorded 1 finding of 2 files in"), b.out());
        String recorded = Files.readString(dir.resolve("repo/.concord-baseline.json"));
        assertTrue(recorded.contains("\"file\": \"docs/fr/a.md\""), recorded);

        // An edit above the finding moves it down; a new finding appears below.
        write("repo/docs/fr/a.md", "# Titre\n\nUn nouveau paragraphe.\n\n<!-- concord-disable nosuch.rule -->\n\n"
                + "Texte.\n\n<!-- concord-disable-next-line other.nosuch -->\nEncore.\n");
        CliRunner.Result r = CliRunner.run("check", "--format", "json", path("repo/docs"));
        assertEquals(1, r.exit(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(1, root.path("issues").size(), "only the new finding: " + r.out());
        assertEquals(9, root.path("issues").get(0).path("line").asInt());
        assertEquals(1, root.path("summary").path("baselined").asInt());
        CliRunner.Result all = CliRunner.run("check", "--no-baseline", "--format", "json", path("repo/docs"));
        assertEquals(2, JSON.readTree(all.out()).path("issues").size());
        CliRunner.Result text = CliRunner.run("check", path("repo/docs"));
        assertTrue(text.out().endsWith("0 errors, 1 warning, 0 infos in 2 files (1 baselined)\n"), text.out());

        // --baseline FILE overrides the config; a missing one is an error.
        CliRunner.Result missing = CliRunner.run("check", "--baseline", path("nope.json"), path("repo/docs"));
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such baseline file"), missing.err());
    }

    @Test
    void baselineNeedsAPlaceToWrite() throws Exception {
        repository("root: true\nlanguage: fr\ngrammar: false\n");
        CliRunner.Result r = CliRunner.run("baseline", path("repo/docs"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no --output FILE, and no baseline in .concord.yml"), r.err());
        CliRunner.Result ok = CliRunner.run("baseline", "--output", path("b.json"), path("repo/docs"));
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(Files.exists(dir.resolve("b.json")));
    }

    @Test
    void theBaselineIsNotWrittenWhenFilesCannotBeChecked() throws Exception {
        repository("root: true\nlanguage: fr\ngrammar: false\n");
        Files.write(dir.resolve("repo/docs/fr/bad.md"), new byte[] {'a', (byte) 0xff, 'b'});
        CliRunner.Result r = CliRunner.run("baseline", "--output", path("b.json"), path("repo/docs"));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("baseline not written"), r.err());
        assertFalse(Files.exists(dir.resolve("b.json")));
    }

    @Test
    void noProgressBarOutsideATerminal() throws Exception {
        repository("root: true\nlanguage: fr\ngrammar: false\n");
        CliRunner.Result r = CliRunner.run("check", path("repo/docs"));
        assertFalse(r.err().contains("\r") || r.out().contains("\r"));
        assertFalse(Progress.interactive(), "tests do not run on a terminal");
    }

    @Test
    void threadsMustBePositive() throws Exception {
        repository("root: true\nlanguage: fr\ngrammar: false\n");
        assertEquals(2, CliRunner.run("check", "--threads", "0", path("repo/docs")).exit());
        assertEquals(0, CliRunner.run("check", "--threads", "1", "--fail-on", "error", path("repo/docs")).exit());
    }
}
