package dev.concord.cli;

import dev.concord.lsp.ConcordLanguageServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code concord lsp}: the language server, over standard input and output or one loopback socket. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Runs Concord as a Language Server Protocol server for editors, over standard input and output.",
            "Diagnostics for open documents, code actions, settings from .concord.yml and the editor."})
final class LspCommand implements Callable<Integer> {
    @Option(names = "--socket", paramLabel = "PORT",
            description = "Listen on this TCP port of 127.0.0.1 for one client instead (for debugging).")
    Integer port;

    @Option(names = "--stdio", description = "Talk over standard input and output (the default; editors pass it).")
    boolean stdio;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port == null) {
            // Standard output is the protocol's: nothing else may write there.
            InputStream in = System.in;
            OutputStream out = System.out;
            System.setOut(new java.io.PrintStream(OutputStream.nullOutputStream()));
            return ConcordLanguageServer.serve(in, out);
        }
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--socket takes a port from 0 to 65535");
        }
        try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            spec.commandLine().getErr().println("concord lsp: listening on 127.0.0.1:" + server.getLocalPort());
            try (Socket socket = server.accept()) {
                return ConcordLanguageServer.serve(socket.getInputStream(), socket.getOutputStream());
            }
        }
    }
}
