package dev.concord.bench.okapi;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.PatternItem;
import net.sf.okapi.lib.verification.QualityCheckSession;

/**
 * Okapi's QA engine, the one behind CheckMate, as the peer of Concord's translation-file benchmark (run by
 * {@code dev.concord.bench.BenchmarkSuite} in a JVM of its own). Each run is what CheckMate's quality-check step does
 * with a file: the XLIFF filter streams the file's events and each text unit goes to the session's checkers as it
 * comes (parse and check together, one thread); a fresh session per run.
 *
 * <p>Checks on, each with the Concord rule it stands for (everything else off, so that both sides do the same kind of
 * work): empty target ({@code qa.empty-target}), target same as source ({@code qa.same-as-source}), leading and
 * trailing whitespace and a double-space pattern ({@code qa.whitespace}), doubled words ({@code qa.doubled-words}),
 * inline code differences ({@code qa.tags}), the URL and e-mail patterns ({@code qa.links}), the printf pattern
 * ({@code qa.placeholders}), the parenthesis and bracket patterns ({@code qa.brackets}), the length against the source
 * ({@code qa.length-ratio}) and the absolute and ITS storage-size maximum length ({@code qa.max-length}). Off: empty
 * source, corrupted and allowed characters, the IP-address and tripled-letter patterns, XLIFF schema validation,
 * LanguageTool, blacklist. Variant {@code okapi-common+terms} adds Okapi's term check with the same glossary as
 * Concord's terminology rules.
 *
 * <p>Argument: {@code termbase=PATH}; then lines {@code VARIANT ROUND FILE} on standard input, each answered
 * with one {@code RESULT} line in the format of Concord's {@code Measured}; {@code quit} ends.
 */
public final class OkapiQaPeer {
    private static final LocaleId SOURCE = LocaleId.fromString("en");
    private static final LocaleId TARGET = LocaleId.fromString("fr-FR");

    private OkapiQaPeer() {
    }

    public static void main(String[] args) throws Exception {
        String termbase = null;
        String once = null;
        for (String arg : args) {
            if (arg.startsWith("termbase=")) {
                termbase = arg.substring(9);
            } else if (arg.startsWith("once=")) {
                once = arg.substring(5);
            }
        }
        if (once != null) {
            // One check in a fresh JVM, then exit: the whole process, as a user's run of the QA step costs.
            long issues = check(new File(once), parameters(termbase != null, termbase));
            System.out.println("ISSUES\t" + issues);
            System.exit(0);
        }
        System.out.println("INFO\tokapi-patterns\t" + describe(parameters(false, termbase)));
        System.out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] command = line.trim().split(" ");
            String variant = command[0];
            int round = Integer.parseInt(command[1]);
            File xliff = new File(command[2]);
            boolean terms = switch (variant) {
                case "okapi-common" -> false;
                case "okapi-common+terms" -> true;
                default -> throw new IllegalArgumentException("unknown variant " + variant);
            };
            Parameters parameters = parameters(terms, termbase);
            System.gc();
            long[] m = measure(() -> check(xliff, parameters));
            System.out.println(String.format(Locale.ROOT, "RESULT\txliff\t%s\t%d\t%d\t%d\t%d\t%d\t%d", variant, round,
                    m[0], m[1], m[2], m[3], m[4]));
        }
        System.exit(0);
    }

    /** Streams the file through the XLIFF filter into a new QA session; returns the number of issues found. */
    static long check(File xliff, Parameters parameters) throws Exception {
        QualityCheckSession session = new QualityCheckSession();
        session.setParameters(parameters);
        session.startProcess(SOURCE, TARGET);
        try (XLIFFFilter filter = new XLIFFFilter();
                RawDocument document = new RawDocument(xliff.toURI(), "UTF-8", SOURCE, TARGET)) {
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                switch (event.getEventType()) {
                    case START_DOCUMENT -> session.processStartDocument(event.getStartDocument(), null);
                    case START_SUBDOCUMENT -> session.processStartSubDocument(event.getStartSubDocument());
                    case TEXT_UNIT -> session.processTextUnit(event.getTextUnit());
                    default -> {
                    }
                }
            }
        }
        return session.getIssues().size();
    }

    static Parameters parameters(boolean terms, String termbase) {
        Parameters p = new Parameters();
        p.setEmptyTarget(true);
        p.setEmptySource(false);
        p.setTargetSameAsSource(true);
        p.setLeadingWS(true);
        p.setTrailingWS(true);
        p.setDoubledWord(true);
        p.setCodeDifference(true);
        p.setCheckMaxCharLength(true);
        p.setCheckMinCharLength(true);
        p.setCheckAbsoluteMaxCharLength(true);
        p.setAbsoluteMaxCharLength(255);
        p.setCheckStorageSize(true);
        p.setCorruptedCharacters(false);
        p.setCheckAllowedCharacters(false);
        p.setCheckCharacters(false);
        p.setCheckXliffSchema(false);
        p.setCheckWithLT(false);
        p.setCheckBlacklist(false);
        p.setCheckPatterns(true);
        List<PatternItem> patterns = new ArrayList<>();
        for (PatternItem item : p.getPatterns()) {
            // Concord has no check for IP addresses or tripled letters.
            if (item.description != null && (item.description.startsWith("IP address")
                    || item.description.startsWith("Tripled letter"))) {
                item.enabled = false;
            }
            patterns.add(item);
        }
        // Concord's qa.whitespace also reports double spaces that the source does not have.
        PatternItem doubleSpace = new PatternItem(PatternItem.SAME, " {2,}", true, Issue.DISPSEVERITY_LOW,
                "Double spaces");
        doubleSpace.fromSource = false;
        patterns.add(doubleSpace);
        p.setPatterns(patterns);
        p.setCheckTerms(terms);
        if (terms) {
            p.setTermsPath(termbase);
        }
        return p;
    }

    private static String describe(Parameters p) {
        List<String> on = new ArrayList<>();
        for (PatternItem item : p.getPatterns()) {
            if (item.enabled) {
                on.add(item.description);
            }
        }
        return String.join("; ", on);
    }

    @FunctionalInterface
    private interface Work {
        long run() throws Exception;
    }

    /** Wall, thread CPU, process CPU, thread-allocated bytes and the count {@code work} returned. */
    private static long[] measure(Work work) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        long id = Thread.currentThread().getId();
        long alloc = threads.getThreadAllocatedBytes(id);
        long process = os.getProcessCpuTime();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long count = work.run();
        long wallEnd = System.nanoTime();
        long cpuEnd = threads.getCurrentThreadCpuTime();
        long processEnd = os.getProcessCpuTime();
        long allocEnd = threads.getThreadAllocatedBytes(id);
        return new long[] {wallEnd - wall, cpuEnd - cpu, processEnd - process, allocEnd - alloc, count};
    }
}
