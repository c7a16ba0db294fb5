package dev.concord.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** locale.address-form: du and Sie in one German text. */
class AddressFormRuleTest {
    private static List<Issue> check(String text) {
        Document d = Document.ofText("de.txt", text).withTargetLocale("de");
        return Checker.builder().grammar(false).build().check(d).stream()
                .filter(i -> i.ruleId().equals("locale.address-form")).toList();
    }

    @Test
    void theLessUsedFormOfAddressIsReportedWithTheOthersAsRelated() {
        // A machine translation of a New Yorker column (WMT 2023, rated by professionals): "dir" among "Sie".
        List<Issue> issues = check("Jemand kehrt triumphierend zum Fernsehen zurück, um dir Bier zu verkaufen. "
                + "Eine Anzeige für den schlimmsten Film, den Sie je sehen werden, den Sie definitiv sehen werden.");
        assertEquals(1, issues.size(), issues.toString());
        assertEquals("dir", issues.get(0).text());
        assertEquals(2, issues.get(0).related().size());
    }

    @Test
    void oneFormThroughoutAndTheThirdPersonAreQuiet() {
        assertTrue(check("Wenn du willst, kannst du dein Passwort ändern. Dir wird dann eine E-Mail geschickt.")
                .isEmpty());
        assertTrue(check("Sie können Ihr Passwort ändern. Ihnen wird dann eine E-Mail geschickt.").isEmpty());
        // "Sie" opening a sentence may be she or they; "sie" and "ihr" in small letters are: not the reader
        assertTrue(check("Sie fügte hinzu, dass du recht hast. Die Kühe mögen es, wenn man sie umarmt.").isEmpty());
        assertTrue(check("Er sah ihr nach, als du gingst. W. E. B. Du Bois schrieb darüber.").isEmpty());
    }

    @Test
    void aCatalogIsOneText() {
        String po = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\n"
                + "msgid \"Change your password\"\nmsgstr \"Ändere dein Passwort\"\n\n"
                + "msgid \"You can change your password at any time.\"\n"
                + "msgstr \"Sie können jederzeit Ihr Passwort ändern.\"\n\n"
                + "msgid \"Your password was changed.\"\nmsgstr \"Ihr Passwort wurde geändert.\"\n";
        List<Issue> issues;
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("address");
            java.nio.file.Path file = dir.resolve("de.po");
            java.nio.file.Files.writeString(file, po);
            issues = Checker.builder().grammar(false).build()
                    .check(dev.concord.format.Formats.read(file, dev.concord.format.ReadOptions.defaults())).stream()
                    .filter(i -> i.ruleId().equals("locale.address-form")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // "Sie" and "Ihr" opening a message are not counted: "Ihr" inside the second against "dein" in the first, a
        // tie, and the form that comes second is reported
        assertEquals(List.of("Ihr"), issues.stream().map(Issue::text).toList(), issues.toString());
        assertEquals("dein", issues.get(0).related().get(0).text());
    }
}
