package dev.concord.rule;

import dev.concord.Document;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a rule reports, in the unit's own coordinates; the checker turns it into an {@link dev.concord.Issue} with file
 * positions and a fingerprint. A finding has a target range, or none when it concerns the whole unit (an empty
 * target, a term missing from it); it may also point into the unit's source text.
 *
 * @param targetStart     UTF-16 offset in the unit's text, or -1 for the whole unit
 * @param sourceStart     UTF-16 offset in the unit's source text, or -1 when the rule used no source span
 * @param fingerprintKey  what identifies this finding beside its rule, unit and text; null for the default
 * @param related         other places that bear on this finding (the other occurrences of an inconsistency)
 */
public record Finding(
        String ruleId,
        IssueType type,
        String mqm,
        Severity severity,
        String message,
        Document document,
        Unit unit,
        int targetStart,
        int targetEnd,
        int sourceStart,
        int sourceEnd,
        List<String> suggestions,
        String fingerprintKey,
        Rule rule,
        List<Place> related) {

    /**
     * Another place a finding points at: [start, end) of a unit's target text (the whole unit when start is -1), with
     * what that place is to the finding.
     */
    public record Place(Document document, Unit unit, int start, int end, String message) {
        public Place {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(message, "message");
        }
    }

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(unit, "unit");
        suggestions = List.copyOf(suggestions);
        related = related == null ? List.of() : List.copyOf(related);
        if (targetStart >= 0 && (targetEnd < targetStart || targetEnd > unit.text().length())) {
            throw new IllegalArgumentException(ruleId + ": target range [" + targetStart + ", " + targetEnd
                    + ") outside unit " + unit.id() + " of length " + unit.text().length());
        }
        if (sourceStart >= 0 && (unit.source() == null || sourceEnd < sourceStart
                || sourceEnd > unit.source().length())) {
            throw new IllegalArgumentException(ruleId + ": source range [" + sourceStart + ", " + sourceEnd
                    + ") outside the source of unit " + unit.id());
        }
    }

    /** True when the finding has a range in the target text. */
    public boolean hasTargetRange() {
        return targetStart >= 0;
    }

    /** True when the finding points into the source text. */
    public boolean hasSourceRange() {
        return sourceStart >= 0;
    }

    /** A finding on [start, end) of the unit's target text, with the rule's id, type and severity. */
    public static Builder on(Rule rule, Document document, Unit unit, int start, int end) {
        return new Builder(rule, document, unit, start, end);
    }

    /** A finding on the whole unit (an empty or missing target, a missing term). */
    public static Builder onUnit(Rule rule, Document document, Unit unit) {
        return new Builder(rule, document, unit, -1, -1);
    }

    /** Builds a {@link Finding}. */
    public static final class Builder {
        private final Rule rule;
        private final Document document;
        private final Unit unit;
        private final int start;
        private final int end;
        private String ruleId;
        private IssueType type;
        private String mqm;
        private Severity severity;
        private String message;
        private int sourceStart = -1;
        private int sourceEnd = -1;
        private final List<String> suggestions = new ArrayList<>();
        private String fingerprintKey;
        private final List<Place> related = new ArrayList<>();

        private Builder(Rule rule, Document document, Unit unit, int start, int end) {
            this.rule = rule;
            this.document = document;
            this.unit = unit;
            this.start = start;
            this.end = end;
            this.ruleId = rule.id();
            this.type = rule.type();
            this.mqm = rule.mqm();
            this.severity = rule.defaultSeverity();
        }

        /** Reports under another id than the rule's own (rule families such as LanguageTool's). */
        public Builder ruleId(String id) {
            this.ruleId = id;
            return this;
        }

        public Builder type(IssueType issueType) {
            this.type = issueType;
            this.mqm = issueType.mqm();
            return this;
        }

        public Builder mqm(String path) {
            this.mqm = path;
            return this;
        }

        public Builder severity(Severity s) {
            this.severity = s;
            return this;
        }

        public Builder message(String text) {
            this.message = text;
            return this;
        }

        /** The range of the source text the rule compared with. */
        public Builder source(int from, int to) {
            this.sourceStart = from;
            this.sourceEnd = to;
            return this;
        }

        public Builder suggest(String... replacements) {
            this.suggestions.addAll(Arrays.asList(replacements));
            return this;
        }

        public Builder suggest(List<String> replacements) {
            this.suggestions.addAll(replacements);
            return this;
        }

        /** What, beside rule, unit and flagged text, tells this finding apart from others (for fingerprints). */
        public Builder fingerprintKey(String key) {
            this.fingerprintKey = key;
            return this;
        }

        /** Another place that bears on this finding: the whole of {@code other}'s target text. */
        public Builder related(Document otherDocument, Unit other, String why) {
            this.related.add(new Place(otherDocument, other, -1, -1, why));
            return this;
        }

        /** Another place that bears on this finding: [from, to) of {@code other}'s target text. */
        public Builder related(Document otherDocument, Unit other, int from, int to, String why) {
            this.related.add(new Place(otherDocument, other, from, to, why));
            return this;
        }

        public Finding build() {
            List<String> distinct = suggestions.stream().filter(s -> s != null).distinct().toList();
            return new Finding(ruleId, type, mqm, severity, message, document, unit, start, end, sourceStart,
                    sourceEnd, distinct, fingerprintKey, rule, related);
        }

        /** Builds the finding and reports it. */
        public void report(FindingSink sink) {
            sink.report(build());
        }
    }
}
