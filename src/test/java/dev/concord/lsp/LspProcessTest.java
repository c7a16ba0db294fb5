package dev.concord.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code concord lsp} as a process, the way editors start it: over its standard input and output (nothing but the
 * protocol may reach standard output), and with {@code --socket} on loopback; it exits with 0 after
 * {@code shutdown} and {@code exit}.
 */
class LspProcessTest {
    @TempDir
    Path dir;

    static List<String> command(String... args) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "dev.concord.cli.Main", "lsp"));
        c.addAll(List.of(args));
        return c;
    }

    private PublishDiagnosticsParams session(RecordingClient client, java.io.InputStream in,
            java.io.OutputStream out) throws Exception {
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, in, out);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "test")));
        server.initialize(init).get(120, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        Files.writeString(dir.resolve(".concord.yml"), "language: fr\nsourceLanguage: en\ngrammar: false\n");
        String po = "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\nmsgid \"Deleted %d files\"\n"
                + "msgstr \"Fichiers supprimés\"\n";
        Path file = dir.resolve("fr.po");
        Files.writeString(file, po, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "po", 1, po)));
        PublishDiagnosticsParams p = client.await(uri, x -> x.getDiagnostics().stream()
                .anyMatch(d -> "qa.placeholders".equals(d.getCode().getLeft())));
        server.shutdown().get(60, TimeUnit.SECONDS);
        server.exit();
        return p;
    }

    @Test
    void theCommandServesOverStandardInputAndOutput() throws Exception {
        Process process = new ProcessBuilder(command()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            PublishDiagnosticsParams p = session(new RecordingClient(), process.getInputStream(),
                    process.getOutputStream());
            // On the msgstr line (0-based line 5), where the placeholder is missing.
            assertEquals(5, p.getDiagnostics().stream().filter(d -> "qa.placeholders".equals(d.getCode().getLeft()))
                    .findFirst().orElseThrow().getRange().getStart().getLine());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not exit after exit");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void theSocketOptionListensOnLoopbackForOneClient() throws Exception {
        Process process = new ProcessBuilder(command("--socket", "0")).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8));
            Pattern announced = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
            Matcher m = null;
            while (m == null) {
                String line = err.readLine();
                if (line == null) {
                    break;
                }
                Matcher x = announced.matcher(line);
                m = x.find() ? x : null;
            }
            assertTrue(m != null, "no port announced");
            Thread drain = new Thread(() -> err.lines().forEach(line -> { }), "drain-stderr");
            drain.setDaemon(true);
            drain.start();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(m.group(1)))) {
                session(new RecordingClient(), socket.getInputStream(), socket.getOutputStream());
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not exit after exit");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }
}
