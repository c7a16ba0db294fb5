package dev.concord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.format.Formats;
import dev.concord.format.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user saw on real, well-kept translation catalogs (issue 13), each as a regression test on catalog text
 * of the kind that real catalogs carry: every one of these was a false alarm or a refused file before.
 */
class RealContentTest {
    private static final String DE_HEADER = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n"
            + "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n";

    @TempDir
    Path dir;

    private Document po(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return Formats.read(p, ReadOptions.defaults());
    }

    private static List<Issue> of(List<Issue> issues, String rulePrefix) {
        return issues.stream().filter(i -> i.ruleId().startsWith(rulePrefix)).toList();
    }

    @Test
    void languageToolDoesNotSpellPlaceholdersCodesOrWordsTheSourceHasToo() throws Exception {
        Document d = po("de.po", DE_HEADER
                + "msgid \"Ensure this value has at most %(limit_value)d character (it has %(show_value)d).\"\n"
                + "msgstr \"Bitte sicherstellen, dass der Wert höchstens %(limit_value)d Zeichen hat. "
                + "(Er hat %(show_value)d.)\"\n\n"
                + "msgid \"Enter a valid date/time in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.\"\n"
                + "msgstr \"Bitte eine gültige Datums-/Zeitangabe im Format YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] "
                + "eingeben.\"\n\n"
                + "msgid \"{count} files in {folder_name}\"\n"
                + "msgstr \"{count} Dateien in {folder_name}\"\n\n"
                + "msgid \"See https://docs.example.org/de/howto/ or /usr/share/doc/app for the `settings.py` file.\"\n"
                + "msgstr \"Siehe https://docs.example.org/de/howto/ oder /usr/share/doc/app für die Datei "
                + "`settings.py`.\"\n");
        List<Issue> lt = of(SharedCheckers.withGrammar("de").check(d), "lt.");
        for (Issue i : lt) {
            assertTrue(!i.text().contains("value") && !i.text().contains("uuuuuu") && !i.text().contains("count")
                    && !i.text().contains("folder") && !i.text().contains("settings") && !i.text().contains("howto"),
                    "LanguageTool read code as words: " + i);
        }
    }

    @Test
    void languageToolSeesEachMessageOfACatalogAlone() throws Exception {
        Document d = po("de.po", DE_HEADER
                + "msgid \"Please enter a correct username and password.\"\n"
                + "msgstr \"Bitte einen gültigen Benutzernamen und ein Passwort eingeben.\"\n\n"
                + "msgid \"Please correct the error below.\"\n"
                + "msgstr \"Bitte den unten aufgeführten Fehler korrigieren.\"\n\n"
                + "msgid \"Please correct the errors below.\"\n"
                + "msgstr \"Bitte die unten aufgeführten Fehler korrigieren.\"\n");
        List<Issue> lt = of(SharedCheckers.withGrammar("de").check(d), "lt.");
        assertTrue(lt.stream().noneMatch(i -> i.message().contains("Bitte")), lt.toString());

        // The same three sentences as prose are one text, and LanguageTool's style rule may speak.
        Document prose = Document.ofText("de.txt", "Bitte einen gültigen Benutzernamen und ein Passwort eingeben. "
                + "Bitte den unten aufgeführten Fehler korrigieren. Bitte die unten aufgeführten Fehler korrigieren.")
                .withTargetLocale("de");
        assertTrue(of(SharedCheckers.withGrammar("de").check(prose), "lt.").stream()
                .anyMatch(i -> i.ruleId().contains("REPEAT") || i.message().contains("Bitte")),
                "the cross-sentence rule still reads prose");
    }

    @Test
    void identifiersThatDifferInADigitAreNotNameVariants() throws Exception {
        Document d = po("fr.po", "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\n"
                + "msgid \"Enter a valid IPv4 address.\"\nmsgstr \"Saisissez une adresse IPv4 valide.\"\n\n"
                + "msgid \"Enter a valid IPv6 address.\"\nmsgstr \"Saisissez une adresse IPv6 valide.\"\n\n"
                + "msgid \"Enter a valid IPv4 or IPv6 address.\"\n"
                + "msgstr \"Saisissez une adresse IPv4 ou IPv6 valide.\"\n");
        List<Issue> names = of(Checker.builder().grammar(false).build().check(d), "names.");
        assertTrue(names.isEmpty(), names.toString());
    }

    @Test
    void sourcesThatDifferInCaseOrContextAreNotInconsistent() throws Exception {
        Document d = po("de.po", DE_HEADER
                + "msgid \"user\"\nmsgstr \"Benutzer\"\n\n"
                + "msgid \"User\"\nmsgstr \"Benutzer\"\n\n"
                + "msgctxt \"abbrev. month\"\nmsgid \"May\"\nmsgstr \"Mai\"\n\n"
                + "msgctxt \"alt. month\"\nmsgid \"May\"\nmsgstr \"Mai\"\n\n"
                + "msgctxt \"permission\"\nmsgid \"Change\"\nmsgstr \"Ändern\"\n\n"
                + "msgctxt \"noun\"\nmsgid \"Change\"\nmsgstr \"Änderung\"\n");
        List<Issue> qa = of(Checker.builder().grammar(false).build().check(d), "qa.inconsistent");
        assertTrue(qa.isEmpty(), qa.toString());
    }

    @Test
    void anInconsistencyLandsOnTheDepartureWithTheMajorityAsRelatedPlaces() throws Exception {
        StringBuilder b = new StringBuilder(DE_HEADER);
        String[] targets = {"Speichern", "Speichern", "Sichern", "Speichern", "Speichern"};
        for (int i = 0; i < targets.length; i++) {
            b.append("msgctxt \"form ").append(i).append("\"\nmsgid \"Save\"\nmsgstr \"").append(targets[i])
                    .append("\"\n\n");
        }
        // msgctxt tells these apart: without context, the majority decides.
        String text = b.toString().replaceAll("msgctxt \"form \\d\"\n", "");
        text = text.replace("msgid \"Save\"\nmsgstr \"Sichern\"", "msgid \"Save \"\nmsgstr \"Sichern\"");
        Document d = po("de.po", text);
        List<Issue> qa = of(Checker.builder().grammar(false).build().check(d), "qa.inconsistent-target");
        assertEquals(1, qa.size(), qa.toString());
        Issue i = qa.get(0);
        assertEquals("Sichern", i.text());
        assertEquals(4, i.related().size(), i.related().toString());
        assertTrue(i.related().stream().allMatch(r -> r.text().equals("Speichern")), i.related().toString());
        assertTrue(i.message().contains("\"Speichern\""), i.message());
    }
}
