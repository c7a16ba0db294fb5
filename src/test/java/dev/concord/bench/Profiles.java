package dev.concord.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Java Flight Recorder recording of a worker ({@code bench/run.sh --profile}): for each method, the share
 * of execution samples that have it on the stack (inclusive) and at the top (self), so that a table says where the time
 * goes without a profiler's user interface.
 */
final class Profiles {
    private static final int ROWS = 25;

    private Profiles() {
    }

    /** The summary: sample count, table rows for the report, and a longer text for the profile's own file. */
    record Summary(int samples, List<List<String>> rows, String text) {
    }

    static Summary summarise(Path recording) throws IOException {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        int total = Math.max(1, samples);
        List<Map.Entry<String, Integer>> byInclusive = new ArrayList<>(inclusive.entrySet());
        byInclusive.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<List<String>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder("samples: " + samples + "\n\ninclusive (on the stack):\n");
        for (Map.Entry<String, Integer> e : byInclusive) {
            String name = e.getKey();
            // The harness and the JDK's entry points are on every stack: leave them out of the report's table.
            boolean interesting = !name.startsWith("dev.concord.bench.") && !name.startsWith("java.lang.Thread.")
                    && !name.startsWith("java.util.concurrent.") && !name.contains("$$Lambda")
                    && !name.contains(".lambda$") && (name.startsWith("dev.concord.")
                    || name.startsWith("org.languagetool.") || name.startsWith("net.sf.okapi."));
            String share = String.format(Locale.ROOT, "%.1f%%", 100.0 * e.getValue() / total);
            if (interesting && rows.size() < ROWS) {
                rows.add(List.of(share, "`" + name + "`"));
            }
            if (text.length() < 200_000) {
                text.append(share).append(' ').append(name).append('\n');
            }
        }
        List<Map.Entry<String, Integer>> bySelf = new ArrayList<>(self.entrySet());
        bySelf.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        text.append("\nself (top of the stack):\n");
        for (Map.Entry<String, Integer> e : bySelf.subList(0, Math.min(60, bySelf.size()))) {
            text.append(String.format(Locale.ROOT, "%.1f%% %s%n", 100.0 * e.getValue() / total, e.getKey()));
        }
        return new Summary(samples, rows, text.toString());
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
