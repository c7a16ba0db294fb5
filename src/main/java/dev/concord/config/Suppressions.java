package dev.concord.config;

import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.Span;
import dev.concord.Unit;
import dev.concord.format.MarkdownFormat;
import dev.concord.text.LineIndex;
import dev.concord.text.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppressions where they stand: a writer silences a justified exception in the file itself, and the finding is
 * counted but not shown.
 * <ul>
 * <li>In Markdown and HTML, comments: {@code <!-- concord-disable RULES -->} turns rules off from there on,
 * {@code <!-- concord-enable RULES -->} turns them back on, {@code <!-- concord-disable-next-line RULES -->} silences
 * the next line and {@code <!-- concord-disable-line RULES -->} its own line. Comments in code are not directives.</li>
 * <li>In translation files, a unit's note or comment ({@link Unit#note()}: a PO translator or extracted comment, an
 * XLIFF note, a {@code .properties} comment): a line {@code concord-disable RULES} silences the rules on that unit.</li>
 * </ul>
 * RULES is a list of rule ids (separated by spaces or commas), where a family prefix stands for its rules
 * ({@code lt} for every LanguageTool rule) and nothing stands for all rules; text after {@code --} is the reason, for
 * the reader. A rule id that no rule has is reported as a warning ({@value #RULE_ID}) at the directive, so that a
 * typo does not silently keep a finding on.
 */
public final class Suppressions {
    /** The rule id of warnings about the directives themselves. */
    public static final String RULE_ID = "concord.suppression";

    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*concord-(disable-next-line|disable-line|disable|enable)(?=\\s|$)(.*)$", Pattern.DOTALL);
    private static final Pattern NOTE_DIRECTIVE = Pattern.compile(
            "^\\s*(?:#\\s*)?concord-(disable-next-line|disable-line|disable|enable)(?=\\s|$)(.*)$");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

    private Suppressions() {
    }

    /**
     * What remains of a document's issues once its suppressions are applied.
     *
     * @param kept       the issues still reported, in their order
     * @param suppressed how many issues the directives silenced
     * @param warnings   warnings about the directives (unknown rule ids, malformed lists)
     */
    public record Result(List<Issue> kept, int suppressed, List<Issue> warnings) {
    }

    private enum Kind {
        DISABLE, ENABLE, NEXT_LINE, LINE
    }

    /** One directive: what it does, to which rules (empty: all), and where it stands. */
    private record Directive(Kind kind, Set<String> rules, int offset, int startLine, int endLine) {
        boolean covers(String ruleId) {
            if (rules.isEmpty()) {
                return true;
            }
            for (String r : rules) {
                if (ruleId.equals(r) || ruleId.startsWith(r + ".")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Applies the suppressions that a document holds to its issues.
     *
     * @param document  the checked document (its file text and units hold the directives)
     * @param issues    the document's issues
     * @param knownRule whether a rule id (or family or pack) exists, for warnings about unknown ids
     */
    public static Result apply(Document document, List<Issue> issues, Predicate<String> knownRule) {
        return applyOne(document, issues, knownRule);
    }

    /**
     * Applies each document's suppressions to its own issues: the issues kept (the documents' warnings about their
     * directives among them) and those of files not among {@code documents} as they are, and how many were silenced.
     */
    public static Result applyAll(Collection<Document> documents, List<Issue> issues,
            Predicate<String> knownRule) {
        Map<String, List<Issue>> byFile = new LinkedHashMap<>();
        for (Issue i : issues) {
            byFile.computeIfAbsent(i.file(), k -> new ArrayList<>()).add(i);
        }
        List<Issue> kept = new ArrayList<>();
        int suppressed = 0;
        for (Document d : documents) {
            List<Issue> own = byFile.remove(d.name());
            Result r = applyOne(d, own == null ? List.of() : own, knownRule);
            kept.addAll(r.kept());
            kept.addAll(r.warnings());
            suppressed += r.suppressed();
        }
        byFile.values().forEach(kept::addAll);
        return new Result(kept, suppressed, List.of());
    }

    /** Gathers the unit-note suppressions of a file read in parts, part by part, to apply once it is checked. */
    public static InParts inParts(Predicate<String> knownRule) {
        return new InParts(knownRule);
    }

    /**
     * The suppressions of a file read in parts (XLIFF and TMX above {@code --stream-above}): each part's unit notes
     * as it goes by, so that a file read in parts is suppressed exactly as it is read whole. Only the directives are
     * kept, never the parts. Such files hold no comment directives: those are Markdown's and HTML's, never streamed.
     */
    public static final class InParts {
        private final Predicate<String> knownRule;
        private final Map<String, List<Directive>> unitDirectives = new HashMap<>();
        private final List<Issue> warnings = new ArrayList<>();

        private InParts(Predicate<String> knownRule) {
            this.knownRule = knownRule;
        }

        /** Takes the directives of one part's units. */
        public synchronized void add(Document part) {
            unitDirectives(part, knownRule, warnings).forEach((unit, directives) ->
                    unitDirectives.computeIfAbsent(unit, k -> new ArrayList<>()).addAll(directives));
        }

        /** The file's issues with its parts' suppressions applied, and the warnings about the directives. */
        public synchronized Result apply(List<Issue> issues) {
            return filtered(issues, List.of(), null, unitDirectives, List.copyOf(warnings));
        }
    }

    private static Result applyOne(Document document, List<Issue> issues, Predicate<String> knownRule) {
        List<Issue> warnings = new ArrayList<>();
        List<Directive> directives = fileDirectives(document, knownRule, warnings);
        Map<String, List<Directive>> unitDirectives = unitDirectives(document, knownRule, warnings);
        return filtered(issues, directives, directives.isEmpty() ? null : document.target().lines(), unitDirectives,
                warnings);
    }

    /** The issues that neither the comment directives ({@code lines} index their file) nor the unit notes silence. */
    private static Result filtered(List<Issue> issues, List<Directive> directives, LineIndex lines,
            Map<String, List<Directive>> unitDirectives, List<Issue> warnings) {
        if (directives.isEmpty() && unitDirectives.isEmpty()) {
            return new Result(issues, 0, warnings);
        }
        List<Issue> kept = new ArrayList<>(issues.size());
        for (Issue issue : issues) {
            if (!suppressedByFile(issue, directives, lines) && !suppressedByUnit(issue, unitDirectives)) {
                kept.add(issue);
            }
        }
        return new Result(kept, issues.size() - kept.size(), warnings);
    }

    private static boolean suppressedByUnit(Issue issue, Map<String, List<Directive>> unitDirectives) {
        List<Directive> ds = unitDirectives.get(issue.span().unitId());
        if (ds == null) {
            return false;
        }
        for (Directive d : ds) {
            if (d.covers(issue.ruleId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean suppressedByFile(Issue issue, List<Directive> directives, LineIndex lines) {
        if (directives.isEmpty()) {
            return false;
        }
        Span s = issue.span();
        int line = Math.min(Math.max(1, s.line()), lines.lineCount());
        int offset = lines.offsetOfCodePointColumn(line, s.column());
        boolean allOff = false;
        Set<String> off = new HashSet<>();
        Set<String> backOn = new HashSet<>();
        for (Directive d : directives) {
            switch (d.kind()) {
                case NEXT_LINE -> {
                    if (s.line() == d.endLine() + 1 && d.covers(issue.ruleId())) {
                        return true;
                    }
                }
                case LINE -> {
                    if (s.line() >= d.startLine() && s.line() <= d.endLine() && d.covers(issue.ruleId())) {
                        return true;
                    }
                }
                case DISABLE, ENABLE -> {
                    if (d.offset() > offset) {
                        continue;
                    }
                    // Replays the disable/enable directives before the issue, in file order.
                    if (d.kind() == Kind.DISABLE) {
                        if (d.rules().isEmpty()) {
                            allOff = true;
                            off.clear();
                            backOn.clear();
                        } else {
                            off.addAll(d.rules());
                            backOn.removeAll(d.rules());
                        }
                    } else if (d.rules().isEmpty()) {
                        allOff = false;
                        off.clear();
                        backOn.clear();
                    } else {
                        off.removeAll(d.rules());
                        if (allOff) {
                            backOn.addAll(d.rules());
                        }
                    }
                }
            }
        }
        if (allOff) {
            return !matchesAny(issue.ruleId(), backOn);
        }
        return matchesAny(issue.ruleId(), off);
    }

    private static boolean matchesAny(String ruleId, Set<String> ids) {
        for (String r : ids) {
            if (ruleId.equals(r) || ruleId.startsWith(r + ".")) {
                return true;
            }
        }
        return false;
    }

    /** The comment directives of a Markdown or HTML document, in file order. */
    private static List<Directive> fileDirectives(Document document, Predicate<String> knownRule,
            List<Issue> warnings) {
        String content = document.target().content();
        if (!content.contains("concord-")) {
            return List.of();
        }
        List<TextRange> comments;
        switch (document.format()) {
            case "markdown" -> comments = MarkdownFormat.htmlComments(content);
            case "html" -> comments = rawComments(content);
            default -> {
                return List.of();
            }
        }
        LineIndex lines = document.target().lines();
        List<Directive> out = new ArrayList<>();
        for (TextRange c : comments) {
            String body = content.substring(c.start() + 4, c.end() - 3);
            Matcher m = DIRECTIVE.matcher(body);
            if (!m.matches()) {
                continue;
            }
            Span where = spanOf(lines, c.start(), c.end());
            Set<String> rules = rules(m.group(2), "concord-" + m.group(1), where, document, knownRule, warnings);
            out.add(new Directive(kind(m.group(1)), rules, c.end(), lines.line(c.start()), lines.line(c.end())));
        }
        return out;
    }

    /** The directives in units' notes, by unit id. */
    private static Map<String, List<Directive>> unitDirectives(Document document, Predicate<String> knownRule,
            List<Issue> warnings) {
        Map<String, List<Directive>> out = new HashMap<>();
        for (Unit unit : document.units()) {
            String note = unit.note();
            if (note == null || !note.contains("concord-")) {
                continue;
            }
            for (String line : note.split("\\R")) {
                Matcher m = NOTE_DIRECTIVE.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                Span where = unitSpan(document, unit);
                String name = "concord-" + m.group(1);
                if (m.group(1).equals("enable")) {
                    warnings.add(warning(document, where, name, "concord-enable in a note does nothing: a"
                            + " concord-disable in a note applies to its own unit only"));
                    continue;
                }
                Set<String> rules = rules(m.group(2), name, where, document, knownRule, warnings);
                out.computeIfAbsent(unit.id(), k -> new ArrayList<>()).add(new Directive(Kind.DISABLE, rules, 0, 0, 0));
            }
        }
        return out;
    }

    /** The rule ids of a directive; warns about ids no rule has, and ignores them. */
    private static Set<String> rules(String rest, String directive, Span where, Document document,
            Predicate<String> knownRule, List<Issue> warnings) {
        String list = rest;
        int reason = list.indexOf("--");
        if (reason >= 0) {
            list = list.substring(0, reason);
        }
        Set<String> rules = new java.util.LinkedHashSet<>();
        boolean named = false;
        for (String id : list.strip().split("[\\s,]+")) {
            if (id.isEmpty()) {
                continue;
            }
            named = true;
            if (!ID.matcher(id).matches()) {
                warnings.add(warning(document, where, directive, "'" + id + "' in " + directive
                        + " is not a rule id (write ids separated by spaces or commas, and a reason after --)"));
            } else if (!knownRule.test(id)) {
                warnings.add(warning(document, where, directive, "unknown rule '" + id + "' in " + directive
                        + ": no rule, family or pack has this id, so it silences nothing"));
            } else {
                rules.add(id);
            }
        }
        if (named && rules.isEmpty()) {
            // Every id was wrong: silencing everything instead would hide what the writer meant to keep.
            rules.add("\u0000none");
        }
        return rules;
    }

    private static Kind kind(String name) {
        return switch (name) {
            case "disable" -> Kind.DISABLE;
            case "enable" -> Kind.ENABLE;
            case "disable-next-line" -> Kind.NEXT_LINE;
            default -> Kind.LINE;
        };
    }

    private static List<TextRange> rawComments(String content) {
        List<TextRange> out = new ArrayList<>();
        Matcher m = Pattern.compile("<!--.*?-->", Pattern.DOTALL).matcher(content);
        while (m.find()) {
            out.add(new TextRange(m.start(), m.end()));
        }
        return out;
    }

    private static Span spanOf(LineIndex lines, int start, int end) {
        return new Span("", 0, 0, lines.line(start), lines.codePointColumn(start), lines.line(end),
                lines.codePointColumn(end));
    }

    private static Span unitSpan(Document document, Unit unit) {
        LineIndex lines = document.target().lines();
        // A part of a file read in parts knows only its own window of the file's text.
        int at = Math.min(Math.max(lines.startOffset(), unit.textMap().toFileStart(0)), lines.endOffset());
        return new Span(unit.id(), 0, 0, lines.line(at), lines.codePointColumn(at), lines.line(at),
                lines.codePointColumn(at));
    }

    private static Issue warning(Document document, Span where, String directive, String message) {
        String fingerprint = Issue.fingerprintOf(RULE_ID + '\u0000' + directive + '\u0000' + message);
        return new Issue(document.name(), RULE_ID, IssueType.OTHER, IssueType.OTHER.mqm(), Severity.WARNING,
                Severity.WARNING.score(), message, where, "", List.of(), null, null, fingerprint);
    }

}
