package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The command lines and YAML files that README.md shows (CI recipes included) are ones Concord accepts. */
class ReadmeCommandsTest {
    /** The fenced code blocks of README.md in {@code language} ("" for blocks without one). */
    private static List<String> codeBlocks(String language) throws Exception {
        List<String> blocks = new ArrayList<>();
        String open = null;
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (open == null && line.startsWith("```")) {
                open = line.substring(3).strip();
                body.setLength(0);
            } else if (open != null && line.startsWith("```")) {
                if (open.equals(language)) {
                    blocks.add(body.toString());
                }
                open = null;
            } else if (open != null) {
                body.append(line).append('\n');
            }
        }
        return blocks;
    }

    @Test
    void everyYamlBlockParses() throws Exception {
        List<String> blocks = codeBlocks("yaml");
        assertTrue(blocks.size() >= 6, "config examples and CI recipes");
        for (String yaml : blocks) {
            assertDoesNotThrow(() -> new Load(LoadSettings.builder().build()).loadFromString(yaml), yaml);
        }
    }

    @Test
    void everyConcordCommandLineParses() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String language : List.of("sh", "yaml", "")) {
            for (String block : codeBlocks(language)) {
                for (String line : block.split("\n")) {
                    int at = line.indexOf("concord.jar check");
                    if (at < 0) {
                        at = line.indexOf("concord.jar baseline");
                    }
                    if (at >= 0) {
                        lines.add(line.substring(at + "concord.jar ".length()));
                    } else if (line.strip().startsWith("concord ")) {
                        lines.add(line.strip().substring("concord ".length()));
                    }
                }
            }
        }
        assertTrue(lines.size() >= 5, "README shows command lines: " + lines);
        for (String line : lines) {
            String command = line.contains(" #") ? line.substring(0, line.indexOf(" #")) : line;
            String[] args = Arrays.stream(command.strip().split("\\s+")).filter(a -> !a.equals("\\")).toArray(String[]::new);
            assertDoesNotThrow(() -> Main.commandLine().parseArgs(args), command);
        }
    }
}
