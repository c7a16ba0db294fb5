package dev.concord.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real LanguageTool client from the Python registry, language_tool_python, pointed at {@code concord serve}: it
 * gets LanguageTool's findings and Concord's, and applies the suggestions. CI installs the package ({@code .ci/run});
 * elsewhere the test skips, saying so, when Python or the package is missing.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LanguageToolPythonClientTest {
    @Test
    void languageToolPythonChecksThroughConcord(@TempDir Path tmp) throws Exception {
        assumeTrue(clientInstalled(), "language_tool_python is not installed (pip install language-tool-python); "
                + "CI installs it");
        Path script = tmp.resolve("ltp_client.py");
        try (var in = getClass().getResourceAsStream("/server/ltp_client.py")) {
            Files.write(script, in.readAllBytes());
        }
        try (ConcordServer server = ConcordServer.start(ServeSettings.loopback(0), System.err)) {
            String url = "http://127.0.0.1:" + server.port();
            String french = "Le président Tokaïev a parlé hier. Plus tard, Tokayev est parti.";
            Process p = new ProcessBuilder("python3", script.toString(), url, "en-US", "This is an test.", "fr",
                    french).redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the client did not finish");
            assertEquals(0, p.exitValue(), err);
            ObjectMapper json = new ObjectMapper();
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(json.readTree(line));
                }
            }
            assertTrue(lines.stream().anyMatch(l -> "EN_A_VS_AN".equals(l.path("ruleId").asText())), out);
            JsonNode names = lines.stream().filter(l -> "names.inconsistent".equals(l.path("ruleId").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("no names.inconsistent in " + out));
            int offset = names.get("offset").asInt();
            assertEquals("Tokayev", french.substring(offset, offset + names.get("length").asInt()));
            assertTrue(lines.stream().anyMatch(l -> "This is a test.".equals(l.path("corrected").asText())), out);
            assertTrue(lines.stream().anyMatch(l -> l.path("corrected").asText().contains("Plus tard, Tokaïev")), out);
        }
    }

    private static boolean clientInstalled() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import language_tool_python").redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
