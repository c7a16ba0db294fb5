package dev.concord.bench;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import dev.concord.rule.Rule;
import dev.concord.terms.Termbase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Concord's side of the translation-file benchmark against Okapi's QA engine (a worker of {@link BenchmarkSuite},
 * driven through standard input so that its rounds interleave with the Okapi peer's, which runs in a JVM of its own).
 * Each run reads the XLIFF file and checks it, parse and check together, on one thread, grammar off:
 *
 * <ul>
 *   <li>{@code concord-common}: only the QA checks that Okapi's engine also has ({@link #COMMON_QA});</li>
 *   <li>{@code concord-common-parts}: the same, the file read and checked in parts of 2,000 units
 *       ({@code Formats.stream}), as the command line reads files above {@code --stream-above};</li>
 *   <li>{@code concord-qa}: every {@code qa.*} check;</li>
 *   <li>{@code concord-common+terms+names}: the common checks, the terminology rules with the termbase given, and the
 *       name rules ({@code names.*}, {@code text.mixed-script}).</li>
 * </ul>
 *
 * <p>Argument: {@code termbase=PATH}. Then reads lines {@code VARIANT ROUND FILE} and answers each with a
 * {@link Measured} line; {@code quit} ends.
 */
public final class XliffQaBench {
    /**
     * The QA checks of Concord that Okapi's engine (CheckMate) also has, with the Okapi setting each one is compared
     * with (see {@code bench/okapi}): empty target (emptyTarget), target same as source (targetSameAsSource),
     * leading/trailing whitespace and double spaces (leadingWS, trailingWS, and a double-space pattern), doubled words
     * (doubledWord), inline codes (codeDifference), URLs and e-mail addresses (the URL and e-mail patterns), printf
     * placeholders (the printf pattern), brackets (the parenthesis and bracket patterns), length against the source
     * (checkMaxCharLength, checkMinCharLength) and maximum length (checkAbsoluteMaxCharLength, checkStorageSize).
     */
    public static final List<String> COMMON_QA = List.of("qa.empty-target", "qa.same-as-source", "qa.whitespace",
            "qa.doubled-words", "qa.tags", "qa.links", "qa.placeholders", "qa.brackets", "qa.length-ratio",
            "qa.max-length");
    private static final int UNITS_PER_PART = 2000;

    private XliffQaBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = GrammarBench.arguments(args);
        Termbase termbase = Termbase.load(Path.of(a.get("termbase")));
        Checker common = only(Checker.builder().grammar(false).threads(1), COMMON_QA::contains);
        Checker qa = only(Checker.builder().grammar(false).threads(1), id -> id.startsWith("qa."));
        Checker withTermsAndNames = only(Checker.builder().grammar(false).threads(1).termbase(termbase),
                id -> COMMON_QA.contains(id) || id.startsWith("term.") || id.startsWith("names.")
                        || id.equals("text.mixed-script"));
        System.out.println("INFO\tconcord-common-rules\t" + common.rules().size());
        System.out.println("INFO\tconcord-qa-rules\t" + qa.rules().size());
        System.out.println("INFO\tconcord-terms-names-rules\t" + withTermsAndNames.rules().size());
        System.out.println("INFO\ttermbase-entries\t" + termbase.size());
        System.out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] command = line.trim().split(" ");
            String variant = command[0];
            int round = Integer.parseInt(command[1]);
            Path file = Path.of(command[2]);
            // Cold as Okapi is: no LanguageTool analysis kept from the previous run (the name and term rules use it).
            for (Checker c : List.of(common, qa, withTermsAndNames)) {
                c.languageToolPools().clearCaches();
            }
            System.gc();
            Measured m = switch (variant) {
                case "concord-common" -> Measured.of(() -> common.check(read(file)).size());
                case "concord-common-parts" -> Measured.of(() -> common.check(
                        Formats.stream(file, ReadOptions.defaults(), UNITS_PER_PART)).size());
                case "concord-qa" -> Measured.of(() -> qa.check(read(file)).size());
                case "concord-common+terms+names" -> Measured.of(() -> withTermsAndNames.check(read(file)).size());
                default -> throw new IllegalArgumentException("unknown variant " + variant);
            };
            System.out.println(m.line("xliff", variant, round));
        }
        System.exit(0);
    }

    private static Document read(Path file) throws java.io.IOException {
        return Formats.read(file, ReadOptions.defaults());
    }

    /** A checker running only the rules {@code keep} accepts (all others disabled, rule packs included). */
    static Checker only(dev.concord.CheckerBuilder builder, Predicate<String> keep) {
        Set<String> off = builder.build().rules().stream().map(Rule::id).filter(keep.negate())
                .collect(java.util.stream.Collectors.toSet());
        return builder.disableRules(off).build();
    }
}
