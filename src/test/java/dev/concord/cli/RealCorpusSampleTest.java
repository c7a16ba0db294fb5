package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample of real, shipped catalogs ({@code src/test/resources/real/}: UI5 Web Components' and
 * vee-validate's JSON, OpenUI5's properties, in German, French, Spanish and Russian) checked as a new user checks
 * it, {@code concord check --format json DIR} with default settings: every false alarm these tests name was
 * reported on them before, and the true findings stay.
 */
class RealCorpusSampleTest {
    @TempDir
    static Path dir;

    private static final List<JsonNode> issues = new ArrayList<>();
    private static JsonNode report;
    private static int exit;

    @BeforeAll
    static void checkTheSample() throws Exception {
        Path from = Path.of("src/test/resources/real");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        CliRunner.Result r = CliRunner.run("check", "--format", "json", "--no-progress", dir.toString());
        exit = r.exit();
        report = new ObjectMapper().readTree(r.out());
        report.path("issues").forEach(issues::add);
    }

    private static List<JsonNode> of(String rule, String fileEnd) {
        return issues.stream().filter(i -> i.path("ruleId").asText().equals(rule)
                && i.path("file").asText().endsWith(fileEnd)).toList();
    }

    @Test
    void everyFileIsReadAndTheDefaultRunPassesOnWellKeptCatalogs() {
        assertEquals(12, report.path("files").size(), report.path("files").toString());
        for (JsonNode f : report.path("files")) {
            assertTrue(f.path("error").isNull() || f.path("error").asText().isEmpty(), f.toString());
            assertTrue(f.path("units").asInt() > 0, f.toString());
        }
        // --fail-on error, the default: the one error left is a true one (vee-validate's French adds {target}).
        List<JsonNode> errors = issues.stream().filter(i -> i.path("severity").asText().equals("error")).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("{target}", errors.get(0).path("text").asText());
        assertEquals(1, exit);
    }

    @Test
    void languageToolFailingOnOneMessageCostsThatMessageNotTheFile() {
        List<JsonNode> failures = issues.stream().filter(i -> i.path("ruleId").asText().equals("concord.rule-failure"))
                .toList();
        for (JsonNode f : failures) {
            assertTrue(f.path("message").asText().startsWith("LanguageTool failed on this message"), f.toString());
            assertTrue(f.path("unit").asText().startsWith("DAY_PICKER_SELECTED_RANGE"), f.toString());
        }
        assertTrue(issues.stream().anyMatch(i -> i.path("ruleId").asText().startsWith("lt.")
                && i.path("file").asText().endsWith("messagebundle_es.json")) || failures.size() <= 2,
                "the rest of the Spanish file is checked by LanguageTool");
    }

    @Test
    void messageFormatDoubledApostrophesAreNotLanguageToolMatches() {
        // UI5's "Aujourd''hui", "Conteneur d''éléments": MessageFormat turns '' into one apostrophe.
        for (JsonNode i : issues) {
            if (i.path("ruleId").asText().startsWith("lt.")) {
                assertTrue(!i.path("text").asText().contains("''"), i.toString());
            }
        }
    }

    @Test
    void sourcesThatDifferOnlyByAFinalFullStopAreOneSource() {
        // "Item Selection" and "Item Selection." are both translated "Sélection d''élément".
        assertTrue(of("qa.inconsistent-source", "messagebundle_fr.json").stream()
                .noneMatch(i -> i.path("message").asText().contains("\"Item Selection.\"")), issues.toString());
    }

    @Test
    void aColonInsideAParameterIsNotFrenchPunctuation() {
        // vee-validate's "0:{length}" is a parameter reference.
        assertTrue(of("qa.french-spacing", "vee-validate/fr.json").stream()
                .noneMatch(i -> i.path("unit").asText().matches("messages\\.(length|max|min)")), issues.toString());
    }

    @Test
    void sichernIsAGermanSaveButton() {
        assertTrue(issues.stream().noneMatch(i -> i.path("ruleId").asText().equals("pack.en-de.SAVE_SPAREN")),
                "SAP's German UI says Sichern for Save");
    }

    @Test
    void trueFindingsStay() {
        // UI5's French "Appuyez sur les touche de direction": a plural article before a singular noun.
        assertTrue(issues.stream().anyMatch(i -> i.path("file").asText().endsWith("messagebundle_fr.json")
                && i.path("ruleId").asText().startsWith("lt.")), issues.toString());
        // A full stop of the source dropped in a whole sentence of a catalog: a warning.
        assertTrue(issues.stream().anyMatch(i -> i.path("ruleId").asText().equals("qa.end-punctuation")
                && i.path("severity").asText().equals("warning")), issues.toString());
    }
}
