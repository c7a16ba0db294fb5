package dev.concord.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neovim's built-in LSP client, headless, against {@code concord lsp}: the diagnostics arrive, with Concord's rule id
 * as their code, on the right line and at the right byte column past astral characters (Neovim converts the UTF-16
 * positions itself). CI installs Neovim ({@code .ci/run}); elsewhere the test skips when {@code nvim} is missing.
 */
class NeovimClientTest {
    @TempDir
    Path dir;

    private static String nvim() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, "nvim");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    @Test
    void neovimShowsConcordsDiagnosticsWhereTheyAre() throws Exception {
        String nvim = nvim();
        Assumptions.assumeTrue(nvim != null, "nvim is not installed (CI installs it: apt-get install neovim)");
        Files.writeString(dir.resolve(".concord.yml"), "language: en\n");
        Path file = dir.resolve("notes.md");
        Files.writeString(file, "# Notes\n\n😀 𠀀 This is is a test of the editor.\n", StandardCharsets.UTF_8);
        JsonNode result = runNeovim(nvim, file, java.util.Map.of("CONCORD_RULE", "lt.ENGLISH_WORD_REPEAT_RULE"));
        assertTrue(result.get("found").asBoolean(), result.toString());
        JsonNode repeat = null;
        for (JsonNode d : result.get("diagnostics")) {
            if ("lt.ENGLISH_WORD_REPEAT_RULE".equals(d.path("code").asText())) {
                repeat = d;
            }
        }
        assertTrue(repeat != null, result.toString());
        assertEquals("concord", repeat.get("source").asText());
        assertEquals(2, repeat.get("lnum").asInt());
        // Neovim's columns are bytes: 😀 and 𠀀 take four each.
        assertEquals(4 + 1 + 4 + 1 + "This ".length(), repeat.get("col").asInt());
        assertEquals(2, repeat.get("severity").asInt(), "a warning");
    }

    @Test
    void neovimFixesTheFoundingExamplesNameFromTheCodeAction() throws Exception {
        String nvim = nvim();
        Assumptions.assumeTrue(nvim != null, "nvim is not installed (CI installs it: apt-get install neovim)");
        Path example = Path.of("examples/kazakhstan");
        Files.copy(example.resolve("target.fr.txt"), dir.resolve("news.fr.txt"));
        Files.copy(example.resolve("source.en.txt"), dir.resolve("news.en.txt"));
        Files.writeString(dir.resolve(".concord.yml"), "language: fr\nsourceLanguage: en\npairs:\n"
                + "  - source: \"{path}.en.txt\"\n    target: \"{path}.fr.txt\"\n");
        Path file = dir.resolve("news.fr.txt");
        String before = Files.readString(file);
        JsonNode result = runNeovim(nvim, file, java.util.Map.of("CONCORD_RULE", "names.inconsistent",
                "CONCORD_APPLY", "Replace with"));
        assertTrue(result.get("found").asBoolean(), result.toString());
        assertEquals("Replace with 'Tokaïev'", result.path("applied").asText(), result.toString());
        JsonNode name = null;
        for (JsonNode d : result.get("diagnostics")) {
            if ("names.inconsistent".equals(d.path("code").asText())) {
                name = d;
            }
        }
        assertTrue(name != null, result.toString());
        assertEquals(6, name.get("lnum").asInt(), "line 7 of the file");
        String after = Files.readString(file);
        // Neovim ends a written file with a line break ('fixendofline'); the example has none.
        assertEquals(before.replace("Kassym-Jomart Tokayev", "Kassym-Jomart Tokaïev") + "\n", after);
    }

    private JsonNode runNeovim(String nvim, Path file, java.util.Map<String, String> env) throws Exception {
        Path script = dir.resolve("client.lua");
        try (var in = NeovimClientTest.class.getResourceAsStream("/lsp/neovim-client.lua")) {
            Files.write(script, in.readAllBytes());
        }
        Path out = dir.resolve("diagnostics.json");
        Files.deleteIfExists(out);
        ProcessBuilder pb = new ProcessBuilder(nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
                "luafile " + script);
        pb.environment().put("CONCORD_NVIM_OUT", out.toString());
        pb.environment().put("CONCORD_LSP_CMD", new ObjectMapper().writeValueAsString(LspProcessTest.command()));
        pb.environment().put("CONCORD_FILE", file.toString());
        pb.environment().put("CONCORD_ROOT", dir.toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile());
        Process p = pb.start();
        try {
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "nvim did not finish");
        } finally {
            p.destroyForcibly();
        }
        assertTrue(Files.exists(out), "no result from nvim: " + Files.readString(dir.resolve("nvim.log")));
        return new ObjectMapper().readTree(out.toFile());
    }
}
