package dev.concord.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.Severity;
import dev.concord.grammar.GrammarSettings;
import dev.concord.grammar.LanguageToolPools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's pack rule whose regular expression backtracks badly on a long text: the check finishes, says so once per
 * rule and document as {@code concord.regex-overrun}, and every other finding stays as it was. The timeout only
 * guards against a hang; nothing here measures speed.
 */
class RegexOverrunTest {
    /** Fine on LanguageTool's tokens (250 characters at most), cubic when tried from every start of a long text. */
    private static final String SLOW_REGEX = "e-mail|a*a*z";
    private static final String AAAA = "a".repeat(10_000) + "!";

    @TempDir
    static Path dir;

    /** One checker for the class: LanguageTool objects cost seconds to build. */
    private static Checker checker;

    @BeforeAll
    static void buildChecker() throws Exception {
        Files.createDirectories(dir.resolve("fr"));
        Files.writeString(dir.resolve("fr/slow.xml"), RulePacksTest.frenchRule("SLOW",
                "<token regexp=\"yes\">" + SLOW_REGEX + "</token>"));
        Files.writeString(dir.resolve("fr/house.xml"), RulePacksTest.frenchRule("COURRIEL", "<token>e-mail</token>"));
        RulePacks packs = RulePacks.bundled().withFolders(List.of(dir));
        checker = Checker.builder().targetLocale("fr").grammar(false)
                .languageToolPools(new LanguageToolPools(GrammarSettings.defaults(), packs)).rulePacks(packs).build();
    }

    private static Checker checker() {
        return checker;
    }

    private static List<Issue> check(Checker checker, Document document) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> checker.check(document));
    }

    @Test
    void aBacktrackingPatternIsReportedOnceAndTheCheckGoesOn() {
        Checker checker = checker();
        String text = AAAA + "\n\nEnvoyez un aaaz.\n\n" + AAAA + "\n\nEnvoyez un courriel.\n\n"
                + "Les conservateurs des manifestations appellent à se rassembler.\n";
        Document document = Document.ofText("long.fr.txt", text);
        List<Issue> issues = check(checker, document);

        List<Issue> overruns = issues.stream().filter(i -> i.ruleId().equals(RulePackRule.REGEX_OVERRUN)).toList();
        assertEquals(1, overruns.size(), "once for the rule in this document, not once per unit: " + overruns);
        Issue overrun = overruns.get(0);
        assertTrue(overrun.message().contains("pack.fr.SLOW"), overrun.message());
        assertTrue(overrun.message().contains(SLOW_REGEX), overrun.message());
        assertEquals(Severity.WARNING, overrun.severity());
        assertEquals(1, overrun.span().line(), "on the first unit it overran in");

        // The slow rule still fires where its words are (LanguageTool matches it on tokens), the ordinary rules fire
        // and stay quiet as before (no e-mail here), and nothing fires on the long units.
        assertEquals(List.of("pack.fr.SLOW@3", "pack.fr.CONSERVATEURS_MANIFESTATIONS@9"),
                issues.stream().filter(i -> i.ruleId().startsWith("pack."))
                        .map(i -> i.ruleId() + "@" + i.span().line()).toList());

        // A second document gets its own report.
        assertEquals(overruns, check(checker, Document.ofText("long.fr.txt", text)).stream()
                .filter(i -> i.ruleId().equals(RulePackRule.REGEX_OVERRUN)).toList());
    }

    @Test
    void withoutALongTextTheRuleIsQuietAsBefore() {
        List<Issue> issues = check(checker(), Document.ofText("short.fr.txt",
                "Envoyez un courriel.\n\naaaz !\n\nEnvoyez un e-mail.\n"));
        assertEquals(List.of("pack.fr.SLOW@3", "pack.fr.COURRIEL@5"), issues.stream()
                .filter(i -> i.ruleId().startsWith("pack.") || i.ruleId().startsWith("concord."))
                .map(i -> i.ruleId() + "@" + i.span().line()).toList(), "aaaz is a word the expression matches");
    }

    @Test
    void aFileReadInPartsIsToldOnceToo() throws Exception {
        StringBuilder x = new StringBuilder("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" original=\"x\"><body>\n");
        for (int i = 0; i < 6; i++) {
            x.append("<trans-unit id=\"").append(i).append("\"><source>a</source><target>").append(AAAA)
                    .append("</target></trans-unit>\n");
        }
        x.append("</body></file></xliff>\n");
        Path file = Files.writeString(dir.resolve("long.xlf"), x);
        // Two units per part: three parts, each with units the expression overruns on.
        List<Issue> issues = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> checker().check(
                dev.concord.format.Formats.stream(file, dev.concord.format.ReadOptions.defaults(), 2)));
        assertEquals(1, issues.stream().filter(i -> i.ruleId().equals(RulePackRule.REGEX_OVERRUN)).count(),
                issues.toString());
    }
}
