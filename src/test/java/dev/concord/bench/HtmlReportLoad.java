package dev.concord.bench;

import dev.concord.report.HtmlReportFixtures;
import dev.concord.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes an HTML report of many made-up findings (100,000 unless given), to time how long a browser takes to open it:
 * {@code java -cp ... dev.concord.bench.HtmlReportLoad /tmp/big.html [findings]}, then
 * {@code /usr/bin/time chromium --headless --no-sandbox --disable-gpu --dump-dom file:///tmp/big.html >/dev/null}.
 */
public final class HtmlReportLoad {
    private HtmlReportLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/html-report-100k.html");
        int findings = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Report report = HtmlReportFixtures.generated(findings, 50);
        long start = System.nanoTime();
        HtmlReportFixtures.write(report, out);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "%s: %d findings, %.1f MB, written in %d ms%n", out, report.issues().size(),
                Files.size(out) / 1e6, ms);
    }
}
