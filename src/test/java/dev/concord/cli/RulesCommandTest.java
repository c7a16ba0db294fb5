package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord rules}, and the rule-pack options of {@code concord check}. */
class RulesCommandTest {
    private static final String EXAMPLE = "examples/kazakhstan/target.fr.txt";
    /** A team's rule: "e-mail" is "courriel" in their French. */
    private static final String HOUSE_RULE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<rules lang=\"fr\" xmlns:concord=\"urn:dev.concord:rules\">\n"
            + "<category id=\"HOUSE\" name=\"House style\" type=\"terminology\">\n"
            + "<rule id=\"COURRIEL\" name=\"courriel, not e-mail\" concord:severity=\"warning\">\n"
            + "  <pattern><token>e-mail</token></pattern>\n"
            + "  <message>Écrire <suggestion>courriel</suggestion>.</message>\n"
            + "  <example correction=\"courriel\">Envoyez un <marker>e-mail</marker>.</example>\n"
            + "  <example>Envoyez un courriel.</example>\n"
            + "</rule>\n</category>\n</rules>\n";

    @TempDir
    Path dir;

    private Path rules(String file, String content) throws Exception {
        Path p = dir.resolve("rules").resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return dir.resolve("rules");
    }

    @Test
    void listsTheRulesOfALanguageWithIdPackTypeSeverityAndDescription() {
        CliRunner.Result r = CliRunner.run("rules", "--lang", "fr");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("ID +PACK +TYPE +SEVERITY +DESCRIPTION"), lines[0]);
        assertTrue(r.out().lines().anyMatch(l -> l.matches("pack\\.fr\\.CONSERVATEURS_MANIFESTATIONS +fr +"
                + "mistranslation +error +conservateurs .*")), r.out());
        assertTrue(r.out().contains("pack.en-fr.BACK_TO_TOP_ETAGE"), "bilingual packs into French are listed too");
        assertTrue(r.out().contains("(off by default: --enable pack.fr.ON_SAIT_QUE)"));
        assertTrue(!r.out().contains("pack.de."), "only French");
        assertTrue(lines[lines.length - 1].matches("\\d+ rules in 3 packs \\(en-fr, fr, ru-fr\\)"),
                lines[lines.length - 1]);
        CliRunner.Result en = CliRunner.run("rules", "--lang", "fr", "--source-lang", "ru");
        assertTrue(!en.out().contains("pack.en-fr.") && en.out().contains("pack.ru-fr."), en.out());
    }

    @Test
    void aTeamsRulesAreCheckedListedAndTested() throws Exception {
        Path folder = rules("fr/house.xml", HOUSE_RULE);
        Path text = Files.writeString(dir.resolve("a.txt"), "Envoyez-nous un e-mail.");
        CliRunner.Result check = CliRunner.run("check", "--lang", "fr", "--no-grammar", "--rules", folder.toString(),
                text.toString());
        assertEquals(0, check.exit(), "a warning is below --fail-on error: " + check.err());
        assertTrue(check.out().contains(":1:17: warning: Écrire \"courriel\". [pack.fr.COURRIEL]"), check.out());
        assertTrue(CliRunner.run("rules", "--rules", folder.toString()).out().contains("pack.fr.COURRIEL"));
        CliRunner.Result test = CliRunner.run("rules", "--test", "--rules", folder.toString());
        assertEquals(0, test.exit(), test.out() + test.err());
        assertEquals("1 rule, 2 examples: all passed\n", test.out());
    }

    @Test
    void aFailingExampleFailsTheTestNamingFileLineAndRule() throws Exception {
        Path folder = rules("fr/house.xml", HOUSE_RULE.replace("Envoyez un courriel.", "Envoyez un e-mail."));
        CliRunner.Result test = CliRunner.run("rules", "--test", "--rules", folder.toString());
        assertEquals(1, test.exit());
        assertTrue(test.out().startsWith(folder.resolve("fr/house.xml") + ":8: pack.fr.COURRIEL: correct example"
                + " \"Envoyez un e-mail.\" is flagged by pack.fr.COURRIEL"), test.out());
        assertTrue(test.out().endsWith("1 rule, 2 examples: 1 failed\n"), test.out());
    }

    @Test
    void aBrokenRuleFileIsAnInputErrorNamingFileLineAndRule() throws Exception {
        Path folder = rules("fr/house.xml", HOUSE_RULE.replace("<token>e-mail</token>",
                "<token regexp=\"yes\">(e+)+mail</token>"));
        CliRunner.Result r = CliRunner.run("check", "--lang", "fr", "--no-grammar", "--rules", folder.toString(),
                EXAMPLE);
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(folder.resolve("fr/house.xml") + ":5: error: rule COURRIEL: regular expression"),
                r.err());
        assertEquals(2, CliRunner.run("rules", "--rules", folder.toString()).exit());
        assertEquals(2, CliRunner.run("check", "--lang", "fr", "--rules", dir.resolve("none").toString(), EXAMPLE)
                .exit());
    }

    @Test
    void enableAndDisableTakeRuleIdsAndPacks() {
        CliRunner.Result on = CliRunner.run("check", "--lang", "fr", "--no-grammar", "--enable",
                "pack.fr.ON_SAIT_QUE", "--disable", "pack.fr.ETAGE_HAUT_DE_PAGE", "--fail-on", "none", EXAMPLE);
        assertEquals(0, on.exit(), on.err());
        assertTrue(on.out().contains("[pack.fr.ON_SAIT_QUE]"), on.out());
        assertTrue(on.out().contains("[pack.fr.CONSERVATEURS_MANIFESTATIONS]"), on.out());
        assertTrue(!on.out().contains("ETAGE"), on.out());
    }
}
