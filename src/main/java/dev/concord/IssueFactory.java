package dev.concord;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import dev.concord.rule.Finding;
import dev.concord.rule.Rule;
import dev.concord.text.LineIndex;
import dev.concord.text.OffsetMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Turns rules' findings into issues: file positions, configured severities, fingerprints, no duplicates. */
final class IssueFactory {
    /** Words of context on each side of a finding that its fingerprint includes, when its unit has no stable id. */
    private static final int CONTEXT_WORDS = 3;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Predicate<String> disabled;
    private final Function<String, Severity> severityOverride;
    private final java.util.function.BiPredicate<Document, String> accepted;

    IssueFactory(Predicate<String> disabled, Function<String, Severity> severityOverride) {
        this(disabled, severityOverride, (d, text) -> false);
    }

    /** @param accepted whether a flagged text is one of the words the document's language accepts */
    IssueFactory(Predicate<String> disabled, Function<String, Severity> severityOverride,
            java.util.function.BiPredicate<Document, String> accepted) {
        this.disabled = disabled;
        this.severityOverride = severityOverride;
        this.accepted = accepted;
    }

    List<Issue> issues(List<Finding> findings, List<Document> documents) {
        return issues(findings, documents, new HashMap<>());
    }

    /**
     * Issues for findings; {@code occurrences} counts fingerprints already given out, so that the parts of a file read
     * in parts number repeated findings as one file would.
     */
    List<Issue> issues(List<Finding> findings, List<Document> documents, Map<String, Integer> occurrences) {
        List<Issue> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding f : sortedFindings(findings, documents)) {
            if (disabled.test(f.ruleId())) {
                continue;
            }
            Rule rule = f.rule();
            if (f.hasTargetRange() && !rule.checksProtectedText() && f.unit().isProtected(f.targetStart(), f.targetEnd())) {
                continue;
            }
            Issue issue = toIssue(f);
            if (issue.text() != null && accepted.test(f.document(), issue.text())) {
                continue;
            }
            String identity = issue.file() + '\u0000' + issue.ruleId() + '\u0000' + issue.span().unitId() + '\u0000'
                    + issue.span().start() + '\u0000' + issue.span().end() + '\u0000' + issue.message();
            if (seen.add(identity)) {
                candidates.add(issue);
            }
        }
        List<Issue> out = new ArrayList<>(candidates.size());
        for (Issue issue : withoutSameFindingOfTwoRules(candidates)) {
            // The same finding twice in one file (the same typo in two places) gets a numbered fingerprint.
            String key = issue.file() + '\u0000' + issue.fingerprint();
            int n = occurrences.merge(key, 1, Integer::sum);
            if (n > 1) {
                issue = issue.withFingerprint(issue.fingerprint() + "-" + n);
            }
            out.add(issue);
        }
        return out;
    }

    /**
     * Two rule families may find the same thing: LanguageTool's word-repeat rule and the doubled-word check on one
     * "es es", its sentence-start rule and the capitalisation check on one "nouvelles". Saying it twice is noise, so of
     * the issues with the same span and ITS type only one is kept: the most severe, then Concord's own over
     * LanguageTool's (its message says what Concord compared, in the report's language). Disabling the kept rule brings
     * the other back.
     */
    private static List<Issue> withoutSameFindingOfTwoRules(List<Issue> issues) {
        Map<String, Issue> best = new HashMap<>();
        for (Issue i : issues) {
            best.merge(sameFinding(i), i, (a, b) -> preferred(b, a) ? b : a);
        }
        List<Issue> out = new ArrayList<>(best.size());
        for (Issue i : issues) {
            if (best.get(sameFinding(i)) == i) {
                out.add(i);
            }
        }
        return out;
    }

    private static String sameFinding(Issue i) {
        return i.file() + '\u0000' + i.span().unitId() + '\u0000' + i.span().start() + '\u0000' + i.span().end()
                + '\u0000' + i.type();
    }

    /** True when {@code a} says better than {@code b} what both found. */
    private static boolean preferred(Issue a, Issue b) {
        if (a.severity() != b.severity()) {
            return a.severity().atLeast(b.severity());
        }
        return !a.ruleId().startsWith("lt.") && b.ruleId().startsWith("lt.");
    }

    private Issue toIssue(Finding f) {
        Document doc = f.document();
        Unit unit = f.unit();
        int start = f.hasTargetRange() ? f.targetStart() : 0;
        int end = f.hasTargetRange() ? f.targetEnd() : unit.text().length();
        Span span = span(unit.id(), start, end, unit.textMap(), doc.target().lines());
        Span sourceSpan = null;
        String sourceText = null;
        if (unit.isBilingual() && doc.source() != null) {
            int s = f.hasSourceRange() ? f.sourceStart() : 0;
            int e = f.hasSourceRange() ? f.sourceEnd() : unit.source().length();
            sourceSpan = span(unit.id(), s, e, unit.sourceMap(), doc.source().lines());
            sourceText = unit.source().substring(s, e);
        }
        Severity severity = severityOverride.apply(f.ruleId());
        if (severity == null) {
            severity = f.severity();
        }
        String text = unit.text().substring(start, end);
        List<Issue.Related> related = new ArrayList<>(f.related().size());
        for (Finding.Place p : f.related()) {
            Unit u = p.unit();
            int from = p.start() >= 0 ? p.start() : 0;
            int to = p.start() >= 0 ? p.end() : u.text().length();
            related.add(new Issue.Related(p.document().name(), span(u.id(), from, to, u.textMap(),
                    p.document().target().lines()), u.text().substring(from, to), p.message()));
        }
        return new Issue(doc.name(), f.ruleId(), f.type(), f.mqm() != null ? f.mqm() : f.type().mqm(), severity,
                severity.score(), f.message(), span, text, f.suggestions(), sourceSpan, sourceText,
                fingerprint(f, start, end), related);
    }

    private static Span span(String unitId, int start, int end, OffsetMap map, LineIndex lines) {
        int fileStart = map.toFileStart(start);
        int fileEnd = end == start ? fileStart : map.toFileEnd(end);
        fileStart = Math.max(lines.startOffset(), Math.min(fileStart, lines.endOffset()));
        fileEnd = Math.max(fileStart, Math.min(fileEnd, lines.endOffset()));
        return new Span(unitId, start, end, lines.line(fileStart), lines.codePointColumn(fileStart),
                lines.line(fileEnd), lines.codePointColumn(fileEnd));
    }

    /**
     * A fingerprint that survives edits elsewhere in the file: the rule, the flagged text, what the rule says tells
     * it apart, and where it is, named by the unit's id when that is stable (XLIFF, PO) and else by the words around
     * it within its sentence (so that rewriting the next sentence of a paragraph, or re-wrapping its lines, leaves it
     * alone). Text is compared after Unicode normalisation (NFC), case folding and whitespace folding, so that an
     * editor that re-encodes accents or re-flows a paragraph does not change it.
     */
    static String fingerprint(Finding f, int start, int end) {
        Unit unit = f.unit();
        String text = unit.text();
        String anchor;
        if (unit.hasStableId()) {
            anchor = "id:" + unit.id();
        } else if (f.hasTargetRange()) {
            anchor = "ctx:" + wordsBefore(text, start) + "|" + wordsAfter(text, end);
        } else {
            anchor = "unit:" + normalize(text);
        }
        String key = f.ruleId() + '\u0000' + anchor + '\u0000' + normalize(text.substring(start, end)) + '\u0000'
                + (f.fingerprintKey() == null ? "" : f.fingerprintKey());
        return Issue.fingerprintOf(key);
    }

    /** Up to {@link #CONTEXT_WORDS} words before an offset, not crossing into the previous sentence. */
    static String wordsBefore(String text, int offset) {
        int i = offset;
        int count = 0;
        while (i > 0 && count < CONTEXT_WORDS) {
            int wordEnd = i;
            while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
                wordEnd--;
            }
            int wordStart = wordEnd;
            while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd || endsSentence(text, wordStart, wordEnd)) {
                break;
            }
            i = wordStart;
            count++;
        }
        return normalize(text.substring(i, offset));
    }

    /** Up to {@link #CONTEXT_WORDS} words after an offset, ending with the word that ends the sentence. */
    static String wordsAfter(String text, int offset) {
        int i = offset;
        int count = 0;
        if (offset > 0 && endsSentence(text, Math.max(0, offset - 1), offset)) {
            return "";
        }
        while (i < text.length() && count < CONTEXT_WORDS) {
            int wordStart = i;
            while (wordStart < text.length() && Character.isWhitespace(text.charAt(wordStart))) {
                wordStart++;
            }
            int wordEnd = wordStart;
            while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordStart == wordEnd) {
                break;
            }
            i = wordEnd;
            count++;
            if (endsSentence(text, wordStart, wordEnd)) {
                break;
            }
        }
        return normalize(text.substring(offset, i));
    }

    /** True when the word [start, end) ends a sentence: its last character is terminal punctuation. */
    private static boolean endsSentence(String text, int start, int end) {
        int i = end;
        // Closing quotes and brackets after the full stop belong to the sentence.
        while (i > start && "\"'»”’)]".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i <= start) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    private static String normalize(String s) {
        String nfc = Normalizer2.getNFCInstance().normalize(s);
        return UCharacter.foldCase(WHITESPACE.matcher(nfc.strip()).replaceAll(" "), true);
    }

    /** An issue saying that a rule failed on a document, so that the failure is seen and the rest still counts. */
    static Issue failure(Rule rule, Document document, RuntimeException e) {
        Span span = new Span(document.units().isEmpty() ? "" : document.units().get(0).id(), 0, 0, 1, 1, 1, 1);
        String message = "rule " + rule.id() + " failed on this file and reported nothing: " + e;
        return new Issue(document.name(), "concord.rule-failure", IssueType.OTHER, IssueType.OTHER.mqm(),
                Severity.WARNING, Severity.WARNING.score(), message, span, "", List.of(), null, null,
                Issue.fingerprintOf(rule.id() + document.name()));
    }

    private static List<Finding> sortedFindings(List<Finding> findings, List<Document> documents) {
        Map<Document, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            order.put(documents.get(i), i);
        }
        Map<Unit, Integer> unitOrder = new IdentityHashMap<>();
        for (Document d : documents) {
            for (int i = 0; i < d.units().size(); i++) {
                unitOrder.put(d.units().get(i), i);
            }
        }
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Comparator.<Finding>comparingInt(f -> order.getOrDefault(f.document(), Integer.MAX_VALUE))
                .thenComparingInt(f -> unitOrder.getOrDefault(f.unit(), Integer.MAX_VALUE))
                .thenComparingInt(f -> f.hasTargetRange() ? f.targetStart() : -1)
                .thenComparingInt(f -> f.hasTargetRange() ? f.targetEnd() : -1)
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::message));
        return copy;
    }

    /** Issues in document order, then by line, column, end and rule. */
    static List<Issue> sorted(List<Issue> issues, List<Document> documents) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            order.putIfAbsent(documents.get(i).name(), i);
        }
        List<Issue> copy = new ArrayList<>(issues);
        copy.sort(Issue.reportOrder(order));
        return List.copyOf(copy);
    }
}
