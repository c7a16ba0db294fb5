package dev.concord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding: which rule, what kind of problem (ITS 2.0 type and MQM path), how serious, where, the flagged
 * text, what to write instead, the source text the rule compared with, and a fingerprint that stays the same when
 * the file is edited elsewhere. Immutable.
 *
 * @param file        the document's name (the target file's path as given)
 * @param ruleId      the rule that found it, such as {@code names.inconsistent} or {@code lt.FR_SPELLING_RULE}
 * @param type        the ITS 2.0 issue type
 * @param mqm         the MQM category path, such as {@code Accuracy/Mistranslation}
 * @param severity    error, warning or info
 * @param score       the ITS 2.0 severity score, 0 to 100
 * @param message     what is wrong, for a person
 * @param span        where, in the target text and file
 * @param text        the flagged target text
 * @param suggestions replacements for the flagged text, best first; empty when there is none
 * @param sourceSpan  where in the source text the rule looked, or null
 * @param sourceText  the source text at {@code sourceSpan}, or null
 * @param fingerprint a stable identity for baselines and deduplication
 * @param related     other places that bear on this issue (the other occurrences of an inconsistency); may be empty
 */
public record Issue(
        String file,
        String ruleId,
        IssueType type,
        String mqm,
        Severity severity,
        int score,
        String message,
        Span span,
        String text,
        List<String> suggestions,
        Span sourceSpan,
        String sourceText,
        String fingerprint,
        List<Related> related) {

    /** Another place an issue points at: where, the text there, and what it is to the issue. */
    public record Related(String file, Span span, String text, String message) {
        public Related {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(message, "message");
        }
    }

    /** An issue that points at no other place. */
    public Issue(String file, String ruleId, IssueType type, String mqm, Severity severity, int score, String message,
            Span span, String text, List<String> suggestions, Span sourceSpan, String sourceText, String fingerprint) {
        this(file, ruleId, type, mqm, severity, score, message, span, text, suggestions, sourceSpan, sourceText,
                fingerprint, List.of());
    }

    public Issue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        suggestions = List.copyOf(suggestions);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** Length of a fingerprint: 20 hexadecimal digits of a SHA-256 digest. */
    private static final int FINGERPRINT_LENGTH = 20;

    /**
     * A fingerprint for what {@code key} names: the first 20 hexadecimal digits of its SHA-256 digest, so that
     * fingerprints are short, stable across runs and machines, and say nothing of the text they stand for.
     */
    public static String fingerprintOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, FINGERPRINT_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The order reports list issues in: by file (in the order {@code fileOrder} gives; files it lacks last), then by
     * line, column, end, rule and message.
     */
    public static Comparator<Issue> reportOrder(Map<String, Integer> fileOrder) {
        return Comparator.<Issue>comparingInt(i -> fileOrder.getOrDefault(i.file(), Integer.MAX_VALUE))
                .thenComparingInt(i -> i.span().line())
                .thenComparingInt(i -> i.span().column())
                .thenComparingInt(i -> i.span().endLine())
                .thenComparingInt(i -> i.span().endColumn())
                .thenComparing(Issue::ruleId)
                .thenComparing(Issue::message);
    }

    /** A copy with another severity (and its score). */
    public Issue withSeverity(Severity newSeverity) {
        return new Issue(file, ruleId, type, mqm, newSeverity, newSeverity.score(), message, span, text,
                suggestions, sourceSpan, sourceText, fingerprint, related);
    }

    /** A copy with another fingerprint. */
    public Issue withFingerprint(String newFingerprint) {
        return new Issue(file, ruleId, type, mqm, severity, score, message, span, text, suggestions, sourceSpan,
                sourceText, newFingerprint, related);
    }
}
