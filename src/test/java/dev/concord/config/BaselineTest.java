package dev.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.WordRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final Checker CHECKER = Checker.builder().targetLocale("fr").grammar(false).discoverRules(false)
            .rule(new WordRule("pomne", "test.pomne")).rule(new WordRule("cerize", "test.cerize")).build();

    @TempDir
    Path dir;

    /** Checks files as the CLI does: each document named by its path. */
    private List<Issue> check(Path... files) throws Exception {
        List<Document> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(Document.parse(f));
        }
        return CHECKER.checkAll(docs);
    }

    private static Function<Issue, Path> paths() {
        return i -> Path.of(i.file()).toAbsolutePath().normalize();
    }

    @Test
    void aFindingStaysBaselinedWhenTheFileChangesAboveIt() throws Exception {
        Path doc = Files.writeString(dir.resolve("guide.md"), "# Guide\n\nUne pomne verte.\n\nUne cerize.\n");
        Path file = dir.resolve(".concord-baseline.json");
        Baseline.of(file, check(doc), paths()).write();

        Files.writeString(doc, "# Guide\n\nUn nouveau paragraphe, avec une pomne rouge.\n\nEt un autre.\n\n"
                + "Une pomne verte.\n\nUne cerize.\n");
        List<Issue> now = check(doc);
        assertEquals(3, now.size());
        Baseline.Result r = Baseline.read(file).filter(now, paths());
        assertEquals(2, r.baselined(), "the old findings moved down four lines and are still known");
        assertEquals(1, r.kept().size());
        assertEquals("pomne", r.kept().get(0).text());
        assertEquals(3, r.kept().get(0).span().line(), "only the new finding is reported");
    }

    @Test
    void aFixedFindingLeavesAndANewOneOfTheSameKindIsReported() throws Exception {
        Path doc = Files.writeString(dir.resolve("a.md"), "Une pomne.\n\nUne autre pomne.\n");
        Path file = dir.resolve("baseline.json");
        Baseline.of(file, check(doc), paths()).write();
        Files.writeString(doc, "Une pomme.\n\nUne autre pomne.\n\nEncore une pomne.\n");
        Baseline.Result r = Baseline.read(file).filter(check(doc), paths());
        assertEquals(1, r.baselined());
        assertEquals(List.of(5), r.kept().stream().map(i -> i.span().line()).toList());
    }

    @Test
    void theFileIsStableSortedAndReadsWellInADiff() throws Exception {
        Path b = Files.writeString(dir.resolve("b.md"), "cerize et pomne\n");
        Path a = Files.writeString(dir.resolve("a.md"), "pomne, \"cerize\"\n");
        Path file = dir.resolve("sub/../baseline.json");
        Baseline.of(file, check(b, a), paths()).write();
        String first = Files.readString(dir.resolve("baseline.json"));
        Baseline.of(file, check(a, b), paths()).write();
        assertEquals(first, Files.readString(dir.resolve("baseline.json")), "the order of checking does not matter");
        List<String> lines = first.lines().toList();
        assertEquals("{", lines.get(0));
        assertEquals("  \"tool\": \"concord\",", lines.get(1));
        assertEquals("  \"version\": 1,", lines.get(2));
        assertEquals("  \"findings\": [", lines.get(3));
        assertTrue(lines.get(4).startsWith("    {\"file\": \"a.md\", \"ruleId\": \"test.cerize\", \"text\": \"cerize\","
                + " \"fingerprint\": \""), lines.get(4));
        assertTrue(lines.get(5).startsWith("    {\"file\": \"a.md\", \"ruleId\": \"test.pomne\""), lines.get(5));
        assertTrue(lines.get(6).startsWith("    {\"file\": \"b.md\", \"ruleId\": \"test.cerize\""), lines.get(6));
        assertEquals(10, lines.size(), "one finding per line: " + first);
        assertEquals(4, Baseline.read(dir.resolve("baseline.json")).entries().size());
    }

    @Test
    void pathsAreRelativeToTheBaselineSoAnyFolderCanRunTheCheck() throws Exception {
        Files.createDirectories(dir.resolve("repo/docs"));
        Path doc = Files.writeString(dir.resolve("repo/docs/a.md"), "pomne\n");
        Path file = dir.resolve("repo/.concord-baseline.json");
        Baseline.of(file, check(doc), paths()).write();
        assertEquals("docs/a.md", Baseline.read(file).entries().get(0).file());
        Issue issue = check(doc).get(0);
        assertTrue(Baseline.read(file).contains(doc, issue));
    }

    @Test
    void rebaseliningSomeFilesKeepsTheOthersAndDropsDeletedOnes() throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "pomne\n");
        Path b = Files.writeString(dir.resolve("b.md"), "cerize\n");
        Path c = Files.writeString(dir.resolve("c.md"), "pomne cerize\n");
        Path file = dir.resolve("baseline.json");
        Baseline.of(file, check(a, b, c), paths()).write();
        Files.delete(c);
        Files.writeString(a, "rien\n");
        Baseline old = Baseline.read(file);
        Baseline updated = old.updatedWith(Baseline.of(file, check(a), paths()), List.of(a));
        assertEquals(List.of("b.md"), updated.entries().stream().map(Baseline.Entry::file).toList());
    }

    @Test
    void badBaselineFilesAreErrorsWithAPlace() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"findings\": [\n    {\"file\": }\n");
        InputException e = assertThrows(InputException.class, () -> Baseline.read(broken));
        assertEquals(3, e.line());
        assertTrue(e.detail().startsWith("not a JSON baseline"), e.detail());
        Path other = Files.writeString(dir.resolve("other.json"), "{\"runs\": []}");
        assertTrue(assertThrows(InputException.class, () -> Baseline.read(other)).detail()
                .startsWith("not a Concord baseline"));
        Path future = Files.writeString(dir.resolve("future.json"), "{\"version\": 9, \"findings\": []}");
        assertTrue(assertThrows(InputException.class, () -> Baseline.read(future)).detail()
                .contains("version 9 is not supported"));
        assertTrue(assertThrows(InputException.class, () -> Baseline.read(dir.resolve("none.json"))).detail()
                .startsWith("no such baseline file"));
    }

    @Test
    void anEmptyBaselineIsValid() throws Exception {
        Path file = dir.resolve("empty.json");
        Baseline.of(file, List.of(), paths()).write();
        assertEquals("{\n  \"tool\": \"concord\",\n  \"version\": 1,\n  \"findings\": []\n}\n", Files.readString(file));
        assertEquals(0, Baseline.read(file).entries().size());
    }
}
