package dev.concord.bench;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The QA checks on a generated XLIFF file of 1,000 units (see {@link XliffGenerator}), warm: reading the file alone
 * ({@code read}: StAX, positions, inline codes), the QA checks that Okapi's engine also has on the units read
 * ({@code checkCommon}, {@link XliffQaBench#COMMON_QA}), and every QA check ({@code checkAllQa}); no LanguageTool, no
 * other rule family. Divide by 1,000 for the cost of a unit. {@code bench/run.sh} runs it; alone:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main QaChecksBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QaChecksBenchmark {
    static final int UNITS = 1_000;

    private Path folder;
    private Path file;
    private Document document;
    private Checker common;
    private Checker allQa;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = Files.createTempDirectory("concord-qa-bench");
        file = folder.resolve("units-" + UNITS + ".xlf");
        XliffGenerator.write(file, UNITS);
        document = Formats.read(file, ReadOptions.defaults());
        common = XliffQaBench.only(Checker.builder().grammar(false), XliffQaBench.COMMON_QA::contains);
        allQa = XliffQaBench.only(Checker.builder().grammar(false), id -> id.startsWith("qa."));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public Document read() throws IOException {
        return Formats.read(file, ReadOptions.defaults());
    }

    @Benchmark
    public List<Issue> checkCommon() {
        return common.check(document);
    }

    @Benchmark
    public List<Issue> checkAllQa() {
        return allQa.check(document);
    }
}
