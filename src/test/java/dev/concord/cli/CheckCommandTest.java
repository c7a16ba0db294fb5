package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXAMPLE = "examples/kazakhstan/target.fr.txt";
    private static final String EXAMPLE_SOURCE = "examples/kazakhstan/source.en.txt";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    @Test
    void jsonReportFollowsTheContract() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--format", "json", "--source", EXAMPLE_SOURCE,
                "--source-lang", "en", EXAMPLE);
        assertEquals(1, r.exit(), "the example's mistranslations are errors: " + r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("concord", root.path("tool").path("name").asText());
        JsonNode file = root.path("files").get(0);
        assertEquals(EXAMPLE, file.path("path").asText());
        assertEquals("fr", file.path("language").asText());
        assertEquals(10, file.path("units").asInt());
        assertTrue(file.path("error").isNull());
        JsonNode issues = root.path("issues");
        assertTrue(issues.size() >= 1);
        for (JsonNode i : issues) {
            for (String field : new String[] {"file", "unit", "line", "column", "endLine", "endColumn", "ruleId",
                "type", "mqm", "severity", "score", "message", "text", "suggestions", "source", "fingerprint"}) {
                assertTrue(i.has(field), field + " missing in " + i);
            }
            assertTrue(i.path("source").has("unit"), "each issue names its source unit: " + i);
        }
        JsonNode first = issues.get(0);
        assertEquals("qa.start-capitalization", first.path("ruleId").asText(), "LanguageTool finds it too: said once");
        assertEquals(1, first.path("line").asInt());
        assertEquals(1, first.path("column").asInt());
        assertEquals(10, first.path("endColumn").asInt());
        assertEquals("News", first.path("source").path("text").asText());
        int errors = 0;
        for (JsonNode i : issues) {
            errors += i.path("severity").asText().equals("error") ? 1 : 0;
        }
        assertTrue(errors >= 2, "conservateurs and à l'étage are mistranslations: " + issues);
        assertEquals(errors, root.path("summary").path("errors").asInt());
        assertEquals(issues.size(), root.path("summary").path("errors").asInt()
                + root.path("summary").path("warnings").asInt() + root.path("summary").path("infos").asInt());
    }

    @Test
    void textReportIsCompilerStyleWithCaretsAndASummary() {
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--disable", "pack", EXAMPLE);
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(EXAMPLE + ":1:1: warning: Cette phrase ne commence pas par une majuscule. "
                + "[lt.UPPERCASE_SENTENCE_START]", lines[0]);
        assertEquals("    nouvelles", lines[1]);
        assertEquals("    ^^^^^^^^^", lines[2]);
        assertEquals("    suggestion: Nouvelles", lines[3]);
        assertTrue(lines[lines.length - 1].matches("\\d+ errors?, \\d+ warnings?, \\d+ infos? in 1 file"), r.out());
        assertTrue(!r.out().contains("\u001b["), "no colour when the output is not a terminal");
    }

    @Test
    void failOnDecidesTheExitCode() {
        // Without the rule packs, the example holds one warning (its lowercase start) and no error.
        assertEquals(0, CliRunner.run("check", "--lang", "fr", "--disable", "pack", EXAMPLE).exit());
        assertEquals(1, CliRunner.run("check", "--lang", "fr", "--disable", "pack", "--fail-on", "warning", EXAMPLE)
                .exit());
        assertEquals(1, CliRunner.run("check", "--lang", "fr", EXAMPLE).exit());
        assertEquals(0, CliRunner.run("check", "--lang", "fr", "--fail-on", "none", EXAMPLE).exit());
        assertEquals(2, CliRunner.run("check", "--lang", "fr", "--fail-on", "severe", EXAMPLE).exit());
    }

    @Test
    void aMissingFileIsOneLineAndTheOthersAreStillChecked() throws Exception {
        Path good = write("good.txt", "Bonjour.");
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--no-grammar", "--format", "json",
                dir.resolve("missing.txt").toString(), good.toString());
        assertEquals(2, r.exit());
        assertEquals(dir.resolve("missing.txt") + ": error: no such file or folder\n", r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(2, root.path("files").size());
        assertEquals("no such file or folder", root.path("files").get(0).path("error").asText());
        assertTrue(root.path("files").get(1).path("error").isNull());
    }

    @Test
    void aFolderIsCheckedRecursivelyByExtension() throws Exception {
        write("docs/a.md", "# Titre\n\nTexte.");
        write("docs/sub/b.txt", "Texte.");
        write("docs/image.png", "not text");
        write("docs/.git/c.txt", "hidden");
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--no-grammar", "--format", "json",
                dir.resolve("docs").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode files = JSON.readTree(r.out()).path("files");
        assertEquals(2, files.size());
        assertTrue(files.get(0).path("path").asText().endsWith("a.md"));
        assertTrue(files.get(1).path("path").asText().endsWith("b.txt"));
    }

    @Test
    void aFolderWithNothingToCheckIsAnError() throws Exception {
        write("empty/image.png", "x");
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--no-grammar", dir.resolve("empty").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith(dir.resolve("empty") + ": error: folder holds no file Concord reads"), r.err());
        assertEquals(1, r.err().split("\n").length);
    }

    @Test
    void binaryAndInvalidUtf8FilesAreRefusedSayingWhere() throws Exception {
        Path binary = dir.resolve("bin.txt");
        Files.write(binary, new byte[] {'a', 0, 1, 2});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Bonjour.\n\nCafé crème.".getBytes(StandardCharsets.ISO_8859_1));
        Path good = write("good.txt", "Bonjour.");
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--no-grammar", binary.toString(),
                latin1.toString(), good.toString());
        assertEquals(2, r.exit());
        String[] err = r.err().split("\n");
        assertEquals(2, err.length, r.err());
        assertEquals(binary + ":1:2: error: binary file (a NUL byte here; text files hold none): not checked", err[0]);
        assertTrue(err[1].startsWith(latin1 + ":3:4: error: invalid UTF-8"), err[1]);
        assertTrue(r.out().contains("in 1 file; 2 files not checked"), r.out());
    }

    @Test
    void unknownLanguageCodesAreUsageErrors() {
        CliRunner.Result r = CliRunner.run("check", "--lang", "xx", EXAMPLE);
        assertEquals(2, r.exit());
        assertEquals("concord: unknown language code 'xx' (expected BCP 47, such as fr or fr-CA)\n", r.err());
    }

    @Test
    void aFileWithoutLanguageNeedsLang() throws Exception {
        Path file = write("a.txt", "Bonjour.");
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", file.toString());
        assertEquals(2, r.exit());
        assertEquals(file + ": error: no language: give it with --lang (such as --lang fr) or in .concord.yml"
                + " (language: fr)\n", r.err());
    }

    @Test
    void paragraphCountsThatDifferAreAnInputError() throws Exception {
        Path target = write("fr.txt", "Un.\n\nDeux.");
        Path source = write("en.txt", "One.");
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--no-grammar", "--source", source.toString(),
                target.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith(target + ": error: has 2 paragraphs but its source " + source), r.err());
    }

    @Test
    void sourceNeedsExactlyOneTargetFile() throws Exception {
        Path a = write("a.txt", "Un.");
        Path b = write("b.txt", "Deux.");
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--source", a.toString(), a.toString(),
                b.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--source pairs one source file with one target file"), r.err());
    }

    @Test
    void usageErrorsAreOneLineAndAHint() {
        CliRunner.Result r = CliRunner.run("check", "--format", "yaml", "--lang", "fr", EXAMPLE);
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("concord: --format: 'yaml' is not one of text, json"), r.err());
        assertEquals(2, CliRunner.run("check").exit());
        assertEquals(2, CliRunner.run("check", "--no-such-option", EXAMPLE).exit());
    }

    @Test
    void versionAndHelp() {
        CliRunner.Result v = CliRunner.run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("concord "), v.out());
        assertTrue(v.out().contains("LanguageTool 6.8"), v.out());
        CliRunner.Result h = CliRunner.run("check", "--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("--fail-on"), h.out());
    }

    @Test
    void markdownIssuesPointIntoTheFile() throws Exception {
        Path md = write("a.md", "---\ntitle: x\n---\n\n# Titre\n\n```\ncode\n```\n\nIl a mangé une pomne **verte**.\n");
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--format", "json", md.toString());
        JsonNode issue = JSON.readTree(r.out()).path("issues").get(0);
        assertEquals("pomne", issue.path("text").asText());
        assertEquals(11, issue.path("line").asInt());
        assertEquals(16, issue.path("column").asInt());
        assertEquals(0, r.exit(), "an unknown word is a warning: the default --fail-on error passes");
    }
}
