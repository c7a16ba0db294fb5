package dev.concord.lsp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * How {@code concord lsp} reads a message, opened to the fuzz tests of {@code dev.concord.fuzz}: lsp4j parses the
 * JSON-RPC message with the methods Concord's server declares (as its launcher does), then Concord reads the editor
 * settings that {@code initialize} and {@code workspace/didChangeConfiguration} carry.
 */
public final class LspParsersForFuzzing {
    private static final MessageJsonHandler HANDLER = handler();

    private LspParsersForFuzzing() {
    }

    /**
     * Parses one message body. False when lsp4j refuses it: its reading loop (StreamMessageProducer) answers a
     * MessageIssueException with a JSON-RPC error and logs any other exception of the parse (gson's
     * NumberFormatException for an id past int, for instance), then reads the next message, so neither stops the
     * server. An Error escapes that loop, and what Concord itself does with the settings must not throw at all:
     * those are crashes.
     */
    public static boolean parseMessage(String json) {
        Message message;
        try {
            message = HANDLER.parseMessage(json);
        } catch (RuntimeException refused) {
            return false;
        }
        Object params = message instanceof RequestMessage r ? r.getParams()
                : message instanceof NotificationMessage n ? n.getParams() : null;
        if (params instanceof InitializeParams init) {
            EditorSettings.from(init.getInitializationOptions());
        } else if (params instanceof DidChangeConfigurationParams change) {
            EditorSettings.from(change.getSettings());
        }
        return true;
    }

    private static MessageJsonHandler handler() {
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(
                LanguageClient.class));
        methods.putAll(ServiceEndpoints.getSupportedMethods(ConcordLanguageServer.class));
        return new MessageJsonHandler(methods);
    }
}
