package dev.concord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where a checker's time goes, by phase (reading, LanguageTool's loading and analysis, each rule family, reporting):
 * the time spent in each phase itself, nested phases not counted twice (a rule that waits for the analysis it asked
 * for is charged only its own work). Summed over the threads that did the work, so with several threads the total
 * exceeds the wall time. Thread-safe; cheap enough to stay on.
 */
public final class CheckProfile {
    private final Map<String, LongAdder> self = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final ThreadLocal<Frame> current = new ThreadLocal<>();

    /** One phase being timed on a thread, and the time its nested phases took. */
    private static final class Frame {
        private final Frame parent;
        private long nested;

        Frame(Frame parent) {
            this.parent = parent;
        }
    }

    /** A phase's time and how often it was entered. */
    public record Phase(String name, long nanos, long calls) {
        public long millis() {
            return nanos / 1_000_000;
        }
    }

    /** Runs {@code work} as part of {@code phase}. */
    public <T> T time(String phase, Supplier<T> work) {
        Frame parent = current.get();
        Frame frame = new Frame(parent);
        current.set(frame);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            long spent = System.nanoTime() - start;
            current.set(parent);
            if (parent != null) {
                parent.nested += spent;
            } else {
                current.remove();
            }
            add(phase, spent - frame.nested);
        }
    }

    /** Runs {@code work} as part of {@code phase}. */
    public void run(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    /** Counts time measured elsewhere (reading files, writing a report) to {@code phase}. */
    public void add(String phase, long nanos) {
        add(phase, nanos, 1);
    }

    /** Counts {@code nanos} over {@code times} entries to {@code phase}. */
    public void add(String phase, long nanos, long times) {
        self.computeIfAbsent(phase, k -> new LongAdder()).add(Math.max(0, nanos));
        calls.computeIfAbsent(phase, k -> new LongAdder()).add(times);
    }

    /** Adds another profile's phases to this one's. */
    public void addAll(CheckProfile other) {
        for (Phase p : other.phases()) {
            add(p.name(), p.nanos(), p.calls());
        }
    }

    /** The phases so far, the costliest first. */
    public List<Phase> phases() {
        List<Phase> out = new ArrayList<>();
        self.forEach((name, nanos) -> out.add(new Phase(name, nanos.sum(), calls.get(name).sum())));
        out.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
        return out;
    }
}
