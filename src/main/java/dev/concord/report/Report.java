package dev.concord.report;

import dev.concord.Issue;
import dev.concord.Severity;
import java.util.List;

/**
 * Everything a run found, for the writers: the files (checked or not), the issues in order, how many findings
 * suppressions in the files and the baseline kept out, and the rules that ran (for writers that describe them).
 */
public record Report(List<FileResult> files, List<Issue> issues, int suppressed, int baselined, List<RuleInfo> rules) {
    public Report {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
        rules = List.copyOf(rules);
    }

    /** A report with nothing suppressed or baselined and no rule descriptions. */
    public Report(List<FileResult> files, List<Issue> issues) {
        this(files, issues, 0, 0, List.of());
    }

    /** How many issues have this severity. */
    public long count(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    /** How many files could not be checked. */
    public long failedFiles() {
        return files.stream().filter(f -> f.error() != null).count();
    }

    /**
     * The description of a rule id: the rule's own, or its family's for ids a family reports ({@code lt.X} is
     * described by {@code lt}); null when no rule of the run has it.
     */
    public RuleInfo rule(String ruleId) {
        return RuleInfo.describing(rules, ruleId);
    }
}
