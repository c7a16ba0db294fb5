package dev.concord.bench;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.report.FileResult;
import dev.concord.report.Report;
import dev.concord.report.ReportFormats;
import dev.concord.report.ReportWriter;
import dev.concord.report.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The report writers on the issues of a generated XLIFF file of 20,000 units checked by the QA rules (about 1,400
 * issues, each with its file position, excerpt line, fingerprint and suggestions), written to a writer that discards
 * what it gets: the cost of formatting, escaping and (for the text report) the excerpt lines. {@code bench/run.sh}
 * runs it; alone: {@code java -cp ... org.openjdk.jmh.Main ReportWritersBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReportWritersBenchmark {
    static final int UNITS = 20_000;

    @Param({"text", "json", "sarif", "junit", "github", "checkstyle", "html"})
    String format;

    private Report report;
    private ReportWriter writer;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path folder = Files.createTempDirectory("concord-report-bench");
        Path file = folder.resolve("units.xlf");
        XliffGenerator.write(file, UNITS);
        Document document = Formats.read(file, ReadOptions.defaults());
        Checker qa = Checker.builder().grammar(false).disableRules(List.of("pack", "names", "locale"))
                .build();
        List<Issue> issues = qa.check(document);
        report = new Report(List.of(FileResult.checked(file.toString(), document.targetLocale(),
                document.units().size(), document.target())), issues, 0, 0,
                qa.rules().stream().map(RuleInfo::of).toList());
        writer = ReportFormats.forName(format, false);
        Files.delete(file);
        Files.delete(folder);
        System.out.printf("%n%s report of %d issues%n", format, issues.size());
    }

    @Benchmark
    public Report write() throws IOException {
        writer.write(report, Writer.nullWriter());
        return report;
    }
}
