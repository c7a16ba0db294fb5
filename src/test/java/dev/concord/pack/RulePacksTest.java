package dev.concord.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.InputException;
import dev.concord.IssueType;
import dev.concord.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading users' rule folders: what loads, what replaces a bundled rule, and the errors for broken files. */
class RulePacksTest {
    static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @TempDir
    Path dir;

    /** A French rule file with one rule whose pattern is {@code pattern}. */
    static String frenchRule(String id, String pattern) {
        return HEADER + "<rules lang=\"fr\" xmlns:concord=\"urn:dev.concord:rules\">\n"
                + "<category id=\"HOUSE\" name=\"House style\" type=\"terminology\">\n"
                + "<rule id=\"" + id + "\" name=\"courriel, not e-mail\" concord:severity=\"warning\">\n"
                + "  <pattern>" + pattern + "</pattern>\n"
                + "  <message>Écrire <suggestion>courriel</suggestion>.</message>\n"
                + "  <example correction=\"courriel\">Envoyez un <marker>e-mail</marker>.</example>\n"
                + "  <example>Envoyez un courriel.</example>\n"
                + "</rule>\n</category>\n</rules>\n";
    }

    private Path write(String relative, String content) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private InputException brokenFile(String relative, String content) throws Exception {
        write(relative, content);
        return assertThrows(InputException.class, () -> RulePacks.none().withFolders(List.of(dir)));
    }

    @Test
    void aUsersFolderAddsItsPacksNextToTheBundledOnes() throws Exception {
        Path file = write("fr/house.xml", frenchRule("COURRIEL", "<token>e-mail</token>"));
        RulePacks packs = RulePacks.bundled().withFolders(List.of(dir));
        PackRule rule = packs.rule("pack.fr.COURRIEL");
        assertEquals("fr", rule.pack());
        assertEquals(IssueType.TERMINOLOGY, rule.type(), "the category's type");
        assertEquals(Severity.WARNING, rule.severity());
        assertEquals(file.toString(), rule.file());
        assertEquals(4, rule.line());
        assertTrue(packs.rule("pack.fr.CONSERVATEURS_MANIFESTATIONS") != null, "the bundled rules stay");
        assertEquals(RulePacks.bundled().rules().size() + 1, packs.rules().size());
    }

    @Test
    void aFolderMayBeAPackFolderItself() throws Exception {
        write("fr/house.xml", frenchRule("COURRIEL", "<token>e-mail</token>"));
        RulePacks packs = RulePacks.none().withFolders(List.of(dir.resolve("fr")));
        assertEquals(List.of("pack.fr.COURRIEL"), packs.rules().stream().map(PackRule::id).toList());
    }

    @Test
    void aUsersRuleReplacesTheBundledRuleOfTheSameId() throws Exception {
        write("fr/house.xml", frenchRule("CONSERVATEURS_MANIFESTATIONS", "<token>e-mail</token>"));
        RulePacks packs = RulePacks.bundled().withFolders(List.of(dir));
        assertEquals("courriel, not e-mail", packs.rule("pack.fr.CONSERVATEURS_MANIFESTATIONS").description());
        assertTrue(packs.isOverridden("pack.fr.CONSERVATEURS_MANIFESTATIONS"));
        assertEquals(RulePacks.bundled().rules().size(), packs.rules().size());
    }

    @Test
    void severityAndTypeHaveDefaults() throws Exception {
        write("fr/a.xml", HEADER + "<rules lang=\"fr\"><category id=\"C\" name=\"c\">"
                + "<rule id=\"A\" name=\"a\"><pattern><token>zzz</token></pattern><message>m</message>"
                + "<example correction=\"\">x <marker>zzz</marker></example><example>y</example></rule>"
                + "<rule id=\"B\" name=\"b\" type=\"style\"><pattern><token>yyy</token></pattern><message>m</message>"
                + "<example>y</example></rule>"
                + "</category></rules>");
        RulePacks packs = RulePacks.none().withFolders(List.of(dir));
        assertEquals(IssueType.MISTRANSLATION, packs.rule("pack.fr.A").type());
        assertEquals(Severity.ERROR, packs.rule("pack.fr.A").severity());
        assertEquals(Severity.INFO, packs.rule("pack.fr.B").severity(), "style is info unless declared");
    }

    @Test
    void packNamesAreLanguagesRegionsOrPairs() {
        assertEquals(List.of("fr"), List.of(RulePack.languagesOf("fr")[1]));
        assertNull(RulePack.languagesOf("fr")[0]);
        assertEquals("fr-CA", RulePack.languagesOf("fr-CA")[1]);
        assertEquals("en", RulePack.languagesOf("en-fr")[0]);
        assertEquals("fr", RulePack.languagesOf("en-fr")[1]);
        assertNull(RulePack.languagesOf("names"));
        assertNull(RulePack.languagesOf("fr-fr"));
        assertNull(RulePack.languagesOf("xx"));
    }

    @Test
    void aMissingFolderOrOneWithoutPacksIsAnError() throws Exception {
        InputException missing = assertThrows(InputException.class,
                () -> RulePacks.none().withFolders(List.of(dir.resolve("nope"))));
        assertEquals("no such folder", missing.detail());
        write("misc/readme.txt", "x");
        InputException empty = assertThrows(InputException.class,
                () -> RulePacks.none().withFolders(List.of(dir)));
        assertTrue(empty.detail().startsWith("holds no rule pack"), empty.detail());
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws Exception {
        InputException e = brokenFile("fr/bad.xml", HEADER + "<rules lang=\"fr\">\n<category id=\"C\" name=\"c\">\n"
                + "<rule id=\"X\" name=\"x\"><pattern><token>a</pattern></rule>\n</category></rules>");
        assertTrue(e.file().endsWith("bad.xml"), e.file());
        assertEquals(4, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.detail().startsWith("rule X: not well-formed XML"), e.detail());
    }

    @Test
    void aDoctypeIsRefused() throws Exception {
        InputException e = brokenFile("fr/xxe.xml", HEADER + "<!DOCTYPE rules [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rules lang=\"fr\">&x;</rules>");
        assertTrue(e.detail().contains("DOCTYPE is not allowed"), e.detail());
    }

    @Test
    void declarationsAreChecked() throws Exception {
        assertTrue(brokenFile("fr/a.xml", frenchRule("A", "<token>x</token>").replace("terminology", "nonsense"))
                .detail().contains("type=\"nonsense\" is not an ITS 2.0 issue type"));
        assertTrue(brokenFile("fr/a.xml", frenchRule("A", "<token>x</token>").replace("\"warning\"", "\"fatal\""))
                .detail().contains("concord:severity=\"fatal\" is not one of error, warning, info"));
        assertTrue(brokenFile("fr/a.xml", frenchRule("A", "<token>x</token>").replace(" id=\"A\"", ""))
                .detail().contains("a <rule> without id"));
        assertTrue(brokenFile("fr/a.xml", frenchRule("A", "<token>x</token>").replace("lang=\"fr\"", "lang=\"de\""))
                .detail().contains("lang=\"de\" in pack fr"));
        assertTrue(brokenFile("fr/a.xml", frenchRule("A", "<token>x</token>").replace("<marker>e-mail</marker>",
                "e-mail")).detail().contains("rule A: an incorrect example marks what the rule flags"));
    }

    @Test
    void aRegexThatCanTakeExponentialTimeIsRefusedWithItsRuleAndLine() throws Exception {
        InputException e = brokenFile("fr/a.xml", frenchRule("SLOW", "\n<token regexp=\"yes\">(a+)+b</token>"));
        assertEquals(6, e.line());
        assertTrue(e.detail().startsWith("rule SLOW: regular expression \"(a+)+b\" repeats a group that repeats"),
                e.detail());
        InputException invalid = brokenFile("fr/a.xml", frenchRule("BAD", "<token regexp=\"yes\">(a</token>"));
        assertTrue(invalid.detail().startsWith("rule BAD: invalid regular expression"), invalid.detail());
        assertTrue(PackFileReader.hasNestedRepetition("(\\w*\\s?)*"));
        assertFalse(PackFileReader.hasNestedRepetition("(?:foo|bar)+"));
        assertFalse(PackFileReader.hasNestedRepetition("[a+]+"));
        assertFalse(PackFileReader.hasNestedRepetition("(ab){2,3}+"));
    }

    @Test
    void aUsersRegexThatBacktracksOnALongTokenIsRefused() throws Exception {
        InputException e = brokenFile("fr/a.xml",
                frenchRule("SLOW", "\n<token regexp=\"yes\">e-mail|a*a*a*a*a*b</token>"));
        assertEquals(6, e.line());
        assertTrue(e.detail().startsWith("rule SLOW: regular expression \"e-mail|a*a*a*a*a*b\" takes more than"),
                e.detail());
        assertTrue(e.detail().contains("backtracks too much"), e.detail());
    }

    @Test
    void whatLanguageToolsLoaderRefusesNamesTheRuleAndItsLine() throws Exception {
        String ok = frenchRule("GOOD", "<token>e-mail</token>");
        String bad = frenchRule("BROKEN", "<token min=\"many\">e-mail</token>");
        String both = ok.replace("</category>", bad.substring(bad.indexOf("<rule "), bad.indexOf("</category>"))
                + "</category>");
        InputException e = brokenFile("fr/a.xml", both);
        assertEquals(10, e.line(), e.getMessage());
        assertTrue(e.detail().startsWith("rule BROKEN: LanguageTool cannot load it: "), e.detail());
    }

    @Test
    void twoFilesOfAPackCannotDeclareTheSameId() throws Exception {
        write("fr/a.xml", frenchRule("SAME", "<token>e-mail</token>"));
        InputException e = brokenFile("fr/b.xml", frenchRule("SAME", "<token>mail</token>"));
        assertTrue(e.detail().contains("rule SAME: the id is already used in pack fr"), e.detail());
    }

    @Test
    void bilingualFilesAreBitextRulesOfTheirPair() throws Exception {
        String bitext = HEADER + "<rules targetLang=\"fr\"><category id=\"C\" name=\"c\">"
                + "<rule id=\"MAIL\" lang=\"fr\" name=\"mail\"><pattern><source lang=\"en\"><token>mail</token></source>"
                + "<target><token>mail</token></target></pattern><message>Écrire <suggestion>courrier</suggestion>.</message>"
                + "<example type=\"incorrect\" correction=\"courrier\"><srcExample>mail</srcExample>"
                + "<trgExample><marker>mail</marker></trgExample></example>"
                + "<example type=\"correct\"><srcExample>mail</srcExample><trgExample>courrier</trgExample></example>"
                + "</rule></category></rules>";
        write("en-fr/a.xml", bitext);
        PackRule rule = RulePacks.none().withFolders(List.of(dir)).rule("pack.en-fr.MAIL");
        assertEquals("en", rule.sourceLanguage());
        assertTrue(rule.isBilingual());
        Files.writeString(dir.resolve("en-fr/a.xml"), bitext.replace("lang=\"en\"", "lang=\"de\""));
        InputException e = assertThrows(InputException.class, () -> RulePacks.none().withFolders(List.of(dir)));
        assertTrue(e.detail().contains("<source lang=\"de\"> in pack en-fr"), e.detail());
        Files.writeString(dir.resolve("en-fr/a.xml"), frenchRule("A", "<token>x</token>"));
        e = assertThrows(InputException.class, () -> RulePacks.none().withFolders(List.of(dir)));
        assertTrue(e.detail().contains("pack en-fr is bilingual"), e.detail());
    }
}
