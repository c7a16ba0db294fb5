package dev.concord;

import java.util.Locale;

/** How serious an issue is, with the ITS 2.0 severity score (0 to 100) that goes with it. */
public enum Severity {
    ERROR(90),
    WARNING(50),
    INFO(10);

    private final int score;

    Severity(int score) {
        this.score = score;
    }

    /** The ITS 2.0 {@code locQualityIssueSeverity} score: higher is more severe. */
    public int score() {
        return score;
    }

    /** The lowercase name used in reports and options: error, warning, info. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses error, warning or info (any case); throws IllegalArgumentException for anything else. */
    public static Severity parse(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + label + "' (expected error, warning or info)");
    }
}
