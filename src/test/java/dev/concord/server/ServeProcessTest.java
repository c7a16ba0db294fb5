package dev.concord.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code concord serve} as a process, as an operator runs it: it says where it listens, and on SIGTERM finishes the
 * check it is running before it exits ({@code ServerTest} reads its access log).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeProcessTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    void sigtermLetsTheRunningCheckFinish() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "dev.concord.cli.Main", "serve", "--port", "0");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> log = new ArrayList<>();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8));
            int port = -1;
            for (String line; port < 0 && (line = err.readLine()) != null; ) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            assertTrue(port > 0, "the server never said where it listens");
            Thread reader = new Thread(() -> {
                try {
                    for (String line; (line = err.readLine()) != null; ) {
                        synchronized (log) {
                            log.add(line);
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();

            // The first German check builds LanguageTool's German objects: seconds, long enough to stop meanwhile.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            // The client warmed first, so that the check reaches the server well before the stop does.
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            String secret = "Geheimnisvolles Wort im Satz.";
            HttpRequest check = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/check"))
                    .timeout(Duration.ofSeconds(90)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("language=de-DE&text="
                            + URLEncoder.encode(secret + " Das ist ein Fehlr.", StandardCharsets.UTF_8))).build();
            CompletableFuture<HttpResponse<String>> running = http.sendAsync(check,
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(700);
            assertTrue(!running.isDone(), "the check finished before the stop could be sent: nothing was tested");
            process.destroy(); // SIGTERM

            HttpResponse<String> answer;
            try {
                answer = running.get(90, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                reader.join(5000);
                synchronized (log) {
                    throw new AssertionError("the running check got no answer: " + e.getCause() + "; the server said:\n"
                            + String.join("\n", log), e);
                }
            }
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"matches\""), answer.body());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not stop after SIGTERM");
            // Stopped: a new request finds nobody.
            int stoppedPort = port;
            assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + stoppedPort + "/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()));
            reader.join(5000);
            synchronized (log) {
                String all = String.join("\n", log);
                assertTrue(!all.contains("Geheimnisvolles"), "the server's output holds the text: " + all);
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
