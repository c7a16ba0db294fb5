package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.bench.XliffGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord check} on translation files: recognised by extension and content, languages from the files. */
class TranslationFilesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static List<String> rules(JsonNode root) {
        List<String> out = new ArrayList<>();
        root.path("issues").forEach(i -> out.add(i.path("file").asText().replace('\\', '/')
                .replaceAll(".*/", "") + ":" + i.path("line").asInt() + " " + i.path("ruleId").asText()));
        return out;
    }

    @Test
    void checksAnXliffFileInItsOwnLanguages() throws Exception {
        Path xlf = write("ui.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file source-language="en" target-language="fr" datatype="plaintext" original="ui"><body>
                <trans-unit id="1"><source>Delete {0} files?</source><target>Supprimer {0} fichiers ?</target></trans-unit>
                <trans-unit id="2"><source>Saved 3,000 items.</source><target>300 éléments enregistrés.</target></trans-unit>
                </body></file></xliff>
                """);
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--format", "json", xlf.toString());
        assertEquals(1, r.exit(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("fr", root.path("files").get(0).path("language").asText());
        assertEquals(2, root.path("files").get(0).path("units").asInt());
        List<String> found = rules(root);
        assertTrue(found.contains("ui.xlf:4 qa.numbers"), found.toString());
        JsonNode number = root.path("issues").get(found.indexOf("ui.xlf:4 qa.numbers"));
        assertEquals("300", number.path("text").asText());
        assertEquals("3,000", number.path("source").path("text").asText());
        assertEquals("2", number.path("unit").asText());
    }

    @Test
    void checksEveryTargetLanguageOfAFolderOfMessageFiles() throws Exception {
        write("app/locales/en.json", "{\"title\": \"Welcome, {name}!\", \"bye\": \"Goodbye\"}");
        write("app/locales/fr.json", "{\"title\": \"Bienvenue, {nom} !\", \"bye\": \"Au revoir\"}");
        write("app/locales/de.json", "{\"title\": \"Willkommen, {name}!\"}");
        write("app/package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}");
        write("app/src/main/resources/messages.properties", "greeting=Hello\nfarewell=Bye\n");
        write("app/src/main/resources/messages_es.properties", "greeting=Hola\nfarewell=Adiós\nold=Viejo\n");
        write("app/src/main/resources/application.properties", "server.port=8080\n");
        write("app/src/i18n/labels.properties", "ok=OK\n");
        write("app/src/i18n/labels_en.properties", "ok=OK\n");
        write("app/src/i18n/labels_it.properties", "ok=Va bene\n");
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--format", "json", "--fail-on", "none",
                dir.resolve("app").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode root = JSON.readTree(r.out());
        List<String> files = new ArrayList<>();
        root.path("files").forEach(f -> files.add(f.path("path").asText().replace('\\', '/').replaceAll(".*/", "")
                + " " + f.path("language").asText()));
        assertEquals(List.of("de.json de", "fr.json fr", "labels_it.properties it", "messages_es.properties es"),
                files);
        List<String> found = rules(root);
        assertTrue(found.contains("fr.json:1 qa.placeholders"), found.toString());
        assertTrue(found.contains("de.json:1 qa.missing-key"), found.toString());
        assertTrue(found.contains("messages_es.properties:3 qa.extra-key"), found.toString());
    }

    @Test
    void badFilesAreErrorsWithTheirPlaceAndTheOthersAreStillChecked() throws Exception {
        write("in/unclosed.xlf", """
                <xliff version="1.2"><file source-language="en" target-language="fr" datatype="x" original="x"><body>
                <trans-unit id="1"><source>Open</source>
                <target>Ouvrir</target>
                </body></file></xliff>
                """);
        write("in/plural.po", "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"file\"\nmsgid_plural \"files\"\nmsgstr[0] \"fichier\"\nmsgstr[2] \"fichiers\"\n");
        write("in/xxe.xlf", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\" datatype=\"x\" "
                + "original=\"x\"><body><trans-unit id=\"1\"><source>a</source><target>&e;</target></trans-unit>"
                + "</body></file></xliff>\n");
        write("in/good.po", "msgid \"\"\nmsgstr \"Language: fr\\n\"\n\nmsgid \"Open %s\"\nmsgstr \"Ouvrir\"\n");
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--format", "json", dir.resolve("in").toString());
        assertEquals(2, r.exit(), r.err());
        String err = r.err().replace('\\', '/');
        assertTrue(err.contains("unclosed.xlf:4:"), err);
        assertTrue(!err.contains("plural.po"), "a malformed entry is a finding, not a refused file: " + err);
        assertTrue(err.contains("xxe.xlf:2:"), err);
        assertTrue(err.contains("DTD"), err);
        assertTrue(!r.out().contains("root:"), "no file content leaks");
        JsonNode root = JSON.readTree(r.out());
        assertEquals(2, root.path("summary").path("failedFiles").asInt());
        assertTrue(rules(root).contains("good.po:5 qa.placeholders"), rules(root).toString());
        assertTrue(rules(root).contains("plural.po:6 qa.malformed-entry"), rules(root).toString());
    }

    @Test
    void largeFilesAreCheckedInPartsWithTheSameResult() throws Exception {
        Path big = dir.resolve("big.xlf");
        XliffGenerator.write(big, 3000);
        CliRunner.Result whole = CliRunner.run("check", "--no-grammar", "--format", "json", big.toString());
        CliRunner.Result parts = CliRunner.run("check", "--no-grammar", "--format", "json", "--stream-above", "0",
                "-v", big.toString());
        assertTrue(parts.err().contains("in parts: 3000 units"), parts.err());
        JsonNode a = JSON.readTree(whole.out());
        JsonNode b = JSON.readTree(parts.out());
        // Read in parts, the consistency checks compare with earlier parts instead of the file's majority.
        assertEquals(withoutConsistency(a.path("issues")), withoutConsistency(b.path("issues")));
        assertTrue(a.path("issues").size() > 50);
    }

    @Test
    void aFileBrokenFarInIsAnErrorAtItsLineWhenReadInParts() throws Exception {
        Path big = dir.resolve("cut.xlf");
        XliffGenerator.write(big, 5000);
        String text = Files.readString(big);
        int cut = text.indexOf("<trans-unit id=\"u4500\"");
        Files.writeString(big, text.substring(0, cut) + "<trans-unit id=\"u4500\"><source>Broken</target>\n");
        long line = text.substring(0, cut).chars().filter(c -> c == '\n').count() + 1;
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--stream-above", "0", big.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("cut.xlf:" + line + ":"), r.err());
        assertTrue(r.out().contains("1 file not checked"), r.out());
    }

    @Test
    void picksTheTmxTargetLanguageWithLang() throws Exception {
        Path tmx = write("mem.tmx", """
                <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"
                 creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
                <tu><tuv xml:lang="en"><seg>Two files</seg></tuv><tuv xml:lang="de"><seg>Zwei Dateien</seg></tuv>
                <tuv xml:lang="fr"><seg>deux fichiers</seg></tuv></tu>
                </body></tmx>
                """);
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--format", "json", "--lang", "fr",
                tmx.toString());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("fr", root.path("files").get(0).path("language").asText());
        assertTrue(rules(root).contains("mem.tmx:4 qa.start-capitalization"), rules(root).toString());
    }

    @Test
    void theFoundingExampleAsABilingualPair() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--no-grammar", "--format", "json", "--lang", "fr",
                "--source", "examples/kazakhstan/source.en.txt", "--source-lang", "en",
                "examples/kazakhstan/target.fr.txt");
        JsonNode root = JSON.readTree(r.out());
        List<String> found = new ArrayList<>();
        root.path("issues").forEach(i -> {
            if (i.path("ruleId").asText().startsWith("qa.")) {
                found.add(i.path("line").asInt() + " " + i.path("ruleId").asText() + " " + i.path("type").asText()
                        + " " + i.path("text").asText());
            }
        });
        assertTrue(found.contains("1 qa.start-capitalization typographical nouvelles"), found.toString());
        assertTrue(found.contains("15 qa.punctuation-only typographical ."), found.toString());
        // The QA checks find nothing else but the capital of the "Back to top" link, which the source has and the
        // target lacks.
        assertEquals(List.of("1 qa.start-capitalization typographical nouvelles",
                "15 qa.punctuation-only typographical .", "19 qa.start-capitalization typographical à"), found);
    }

    private static List<JsonNode> withoutConsistency(JsonNode issues) {
        List<JsonNode> out = new java.util.ArrayList<>();
        issues.forEach(i -> {
            if (!i.path("ruleId").asText().startsWith("qa.inconsistent-")) {
                out.add(i);
            }
        });
        return out;
    }
}
