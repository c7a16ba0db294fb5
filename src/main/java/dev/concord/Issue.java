package dev.concord;

import java.util.List;
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
        String fingerprint) {

    public Issue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        suggestions = List.copyOf(suggestions);
    }

    /** A copy with another severity (and its score). */
    public Issue withSeverity(Severity newSeverity) {
        return new Issue(file, ruleId, type, mqm, newSeverity, newSeverity.score(), message, span, text,
                suggestions, sourceSpan, sourceText, fingerprint);
    }
}
