package dev.concord.report;

import dev.concord.Issue;
import dev.concord.Severity;
import java.util.List;

/** Everything a run found, for the writers: the files (checked or not) and the issues, in order. */
public record Report(List<FileResult> files, List<Issue> issues) {
    public Report {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
    }

    /** How many issues have this severity. */
    public long count(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    /** How many files could not be checked. */
    public long failedFiles() {
        return files.stream().filter(f -> f.error() != null).count();
    }
}
