package dev.concord.qa;

import static dev.concord.qa.QaFixture.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every QA check: examples that must be reported and examples that must stay quiet. */
class QaRulesTest {
    private static void fires(String rule, String sl, String tl, String source, String target) {
        List<Issue> found = check(rule, sl, tl, source, target);
        assertTrue(!found.isEmpty(), rule + " should report " + source + " -> " + target + "; all: "
                + check(sl, tl, source, target));
    }

    private static void quiet(String rule, String sl, String tl, String source, String target) {
        List<Issue> found = check(rule, sl, tl, source, target);
        assertTrue(found.isEmpty(), rule + " should stay quiet on " + source + " -> " + target + ": " + found);
    }

    @Test
    void everyCheckHasItsMetadata() {
        List<String> ids = QaFixture.CHECKER.rules().stream().map(r -> r.id()).filter(i -> i.startsWith("qa."))
                .toList();
        assertEquals(20, ids.size(), ids.toString());
        QaFixture.CHECKER.rules().stream().filter(r -> r.id().startsWith("qa.")).forEach(r -> {
            assertEquals("qa", r.pack(), r.id());
            assertTrue(!r.description().isBlank(), r.id());
        });
    }

    @Test
    void emptyTarget() {
        fires("qa.empty-target", "en", "fr", "Save", "");
        fires("qa.empty-target", "en", "fr", "Save", "  ");
        quiet("qa.empty-target", "en", "fr", "Save", "Enregistrer");
        quiet("qa.empty-target", "en", "fr", "", "");
        Issue i = check("qa.empty-target", "en", "fr", "Save", "").get(0);
        assertEquals(IssueType.UNTRANSLATED, i.type());
        assertTrue(i.message().contains("\"Save\""), i.message());
    }

    @Test
    void sameAsSource() {
        fires("qa.same-as-source", "en", "fr", "Two words", "Two words");
        quiet("qa.same-as-source", "en", "fr", "1234", "1234");
        quiet("qa.same-as-source", "en", "fr", "F1", "F1");
        quiet("qa.same-as-source", "en", "ru", "Shift + F4", "Shift + F4");
        quiet("qa.same-as-source", "en", "de", "Ctrl+C", "Ctrl+C");
        fires("qa.same-as-source", "en", "de", "Save + Exit", "Save + Exit");
        quiet("qa.same-as-source", "en", "fr", "HTML", "HTML");
        quiet("qa.same-as-source", "en", "fr", "{0}: %s", "{0}: %s");
        quiet("qa.same-as-source", "en", "fr", "???", "???");
        quiet("qa.same-as-source", "en", "fr", "https://example.com", "https://example.com");
        quiet("qa.same-as-source", "en-US", "en-GB", "Open the file", "Open the file");
        quiet("qa.same-as-source", "en", "fr", "config.json", "config.json");
        // A single word is often the same: an info, not a warning; and not even that where the target language's
        // own dictionary knows the word, or where it is a three-letter abbreviation.
        assertEquals(Severity.INFO, check("qa.same-as-source", "en", "fr", "Tokenizer", "Tokenizer").get(0)
                .severity());
        quiet("qa.same-as-source", "en", "fr", "Description", "Description");
        quiet("qa.same-as-source", "en", "de", "Navigation", "Navigation");
        quiet("qa.same-as-source", "en", "de", "Err:%lu %s", "Err:%lu %s");
        assertEquals(Severity.WARNING, check("qa.same-as-source", "en", "fr", "Two words", "Two words").get(0)
                .severity());
        Checker brands = Checker.builder().grammar(false).option(SameAsSourceRule.NAMES_OPTION, "Mozilla, Firefox")
                .build();
        assertTrue(QaFixture.check(brands, "en", "fr", List.<String[]>of(new String[] {"Firefox", "Firefox"}))
                .stream().noneMatch(i -> i.ruleId().equals("qa.same-as-source")));
    }

    @Test
    void numbers() {
        quiet("qa.numbers", "en", "fr", "1,500 people", "1 500 personnes");
        quiet("qa.numbers", "en", "fr", "1,500 people", "1\u00A0500 personnes");
        quiet("qa.numbers", "en", "fr", "1,500 people", "1\u202F500 personnes");
        quiet("qa.numbers", "en", "de", "1,500 people", "1.500 Menschen");
        quiet("qa.numbers", "en", "de", "3.5 MB", "3,5 MB");
        quiet("qa.numbers", "en", "fr", "Version 12.34.56", "Version 12.34.56");
        quiet("qa.numbers", "en", "fr", "1500 people", "1 500 personnes");
        quiet("qa.numbers", "en", "ar", "25 characters", "٢٥ حرفًا");
        quiet("qa.numbers", "en", "fr", "%1$d files in {0}", "%1$d fichiers dans {0}");
        fires("qa.numbers", "en", "fr", "3,000 people", "300 personnes");
        fires("qa.numbers", "en", "fr", "about 300 people", "environ personnes");
        fires("qa.numbers", "en", "fr", "people", "42 personnes");
        quiet("qa.numbers", "en", "fr", "R57.60", "R57,6");
        // GNU tar's catalogs: "nonzero" and "non-zero" hold the zero that the translations write as "!= 0"
        quiet("qa.numbers", "en", "de", "do not exit with nonzero on unreadable files",
                "nicht mit != 0 beenden, wenn Dateien nicht lesbar sind");
        quiet("qa.numbers", "en", "de", "treat non-zero exit codes of children as error",
                "Exit-Codes ungleich 0 der Kindprozesse als Fehler behandeln");
        fires("qa.numbers", "en", "de", "treat exit codes of children as error",
                "Exit-Codes ungleich 0 der Kindprozesse als Fehler behandeln");
        fires("qa.numbers", "en", "de", "Price 57.60", "Preis 57.6");
        Issue localeWay = check("qa.numbers", "en", "de", "1,500 people", "1,500 Menschen").get(0);
        assertEquals(IssueType.LOCALE_VIOLATION, localeWay.type());
        assertEquals(List.of("1.500"), localeWay.suggestions());
        Issue changed = check("qa.numbers", "en", "fr", "3,000 people", "300 personnes").get(0);
        assertEquals("300", changed.text());
        assertEquals("3,000", changed.sourceText());
    }

    @Test
    void placeholders() {
        quiet("qa.placeholders", "en", "fr", "Open {0} in {name}", "Ouvrir {0} dans {name}");
        quiet("qa.placeholders", "en", "fr", "String %s and number %d", "Nombre %2$d et chaîne %1$s");
        quiet("qa.placeholders", "en", "fr", "Hello {{user}}", "Bonjour {{user}}");
        quiet("qa.placeholders", "en", "fr", "Run $HOME/bin and ${dir}", "Lancer $HOME/bin et ${dir}");
        quiet("qa.placeholders", "en", "fr", "50% off", "50 % de réduction");
        quiet("qa.placeholders", "en", "fr", "100%", "100 %");
        fires("qa.placeholders", "en", "fr", "Open {0}", "Ouvrir");
        fires("qa.placeholders", "en", "fr", "Open {name}", "Ouvrir {nom}");
        fires("qa.placeholders", "en", "fr", "Open", "Ouvrir {0}");
        fires("qa.placeholders", "en", "fr", "%s and %d", "%1$d et %2$s");
        fires("qa.placeholders", "en", "fr", "I am %s", "Je suis %d");
        fires("qa.placeholders", "en", "fr", "Open {name}", "Ouvrir {name");
        fires("qa.placeholders", "en", "fr", "Open {{count}} pages", "Ouvrir {{nombre}} pages");
        Issue renamed = check("qa.placeholders", "en", "fr", "Open {name}", "Ouvrir {nom}").get(0);
        assertEquals("{nom}", renamed.text());
        assertEquals(List.of("{name}"), renamed.suggestions());
    }

    @Test
    void icuPluralAndSelect() {
        String en = "{count, plural, one {# file} other {# files}}";
        quiet("qa.placeholders", "en", "fr", en, "{count, plural, one {# fichier} many {# fichiers} other {# fichiers}}");
        quiet("qa.placeholders", "en", "ja", en, "{count, plural, other {#個のファイル}}");
        fires("qa.placeholders", "en", "fr", en, "{count, plural, one {# fichier} few {# fichiers} other {# fichiers}}");
        fires("qa.placeholders", "en", "fr", en, "{count, plural, one {# fichier}}");
        fires("qa.placeholders", "en", "fr", en, "{nombre, plural, one {# fichier} other {# fichiers}}");
        // Russian needs few and many: "other" stands in, a warning
        List<Issue> ru = check("qa.placeholders", "en", "ru", en, "{count, plural, one {# файл} other {# файлов}}");
        assertTrue(ru.stream().anyMatch(i -> i.message().contains("few")), ru.toString());
        String sel = "{gender, select, male {He} female {She} other {They}}";
        quiet("qa.placeholders", "en", "fr", sel, "{gender, select, male {Il} female {Elle} other {Iel}}");
        fires("qa.placeholders", "en", "fr", sel, "{gender, select, homme {Il} femme {Elle} other {Iel}}");
    }

    @Test
    void textTags() {
        quiet("qa.tags", "en", "fr", "Do it <b>now</b>", "Faites-le <b>maintenant</b>");
        quiet("qa.tags", "en", "fr", "Click <a href=\"p.html\" title=\"tip\">here</a>",
                "Cliquez <a href=\"p.html\" title=\"astuce\">ici</a>");
        quiet("qa.tags", "en", "fr", "Start with the &lt;start&gt; tag", "Commencez par &lt;start&gt;");
        quiet("qa.tags", "en", "fr", "a < b and c > d", "a < b et c > d");
        fires("qa.tags", "en", "fr", "Do it <b>now</b>", "Faites-le <i>maintenant</i>");
        fires("qa.tags", "en", "fr", "Click <a href=\"page.html\">", "Cliquez <a hverw=\"page.html\">");
        fires("qa.tags", "en", "fr", "test <br />", "test <br>");
        fires("qa.tags", "en", "fr", "<b>Current</b>", "<b>Actuel<b>");
        fires("qa.tags", "en", "fr", "<b>a</b> <i>b</i>", "</b>a<b> <i>b</i>");
        Issue changed = check("qa.tags", "en", "fr", "Click <a href=\"page.html\">", "Cliquez <a href=\"autre.html\">")
                .get(0);
        assertTrue(changed.message().contains("became"), changed.message());
    }

    @Test
    void links() {
        quiet("qa.links", "en", "fr", "See https://example.com/help.", "Voir https://example.com/help.");
        quiet("qa.links", "en", "fr", "Write to bob@example.net", "Écrivez à bob@example.net");
        fires("qa.links", "en", "fr", "blah http://translate.org.za blah", "blee http://vertaal.org.za blee");
        fires("qa.links", "en", "fr", "Write to bob@example.net", "Écrivez à kobus@voorbeeld.net");
        fires("qa.links", "en", "fr", "See https://example.com", "Voir le site");
    }

    @Test
    void whitespace() {
        // GNU tar's catalogs: the space inside French quote marks; apt's: a list's indent lost
        fires("qa.whitespace", "en", "fr", "  Version table:", " Table de version :");
        quiet("qa.whitespace", "en", "fr", "`", "« ");
        quiet("qa.whitespace", "en", "fr", "'", " »");
        fires("qa.whitespace", "en", "fr", "or: ", " ou : ");
        quiet("qa.whitespace", "en", "fr", "A sentence. ", "Une phrase. ");
        quiet("qa.whitespace", "en", "zh", "Init. Limit: ", "起始时间限制：");
        quiet("qa.whitespace", "en", "fr", "Two  spaces", "Deux  espaces");
        fires("qa.whitespace", "en", "fr", " A sentence.", "Une phrase.");
        fires("qa.whitespace", "en", "fr", "A sentence. ", "Une phrase.");
        fires("qa.whitespace", "en", "fr", "A file\n", "Un fichier");
        fires("qa.whitespace", "en", "fr", "One space", "Un  espace");
        // Real catalogs: a source's stray double space, which the translation rightly drops, and a column layout
        // realigned to the translation's words.
        quiet("qa.whitespace", "en", "de", "Enter a number greater than  {0}.", "Geben Sie eine Zahl größer als {0} ein.");
        quiet("qa.whitespace", "en", "de", "  -a  all\n  -b  brief\n  -c  count",
                "  -a  alle\n  -b  kurz\n  -c    Anzahl");
        fires("qa.whitespace", "en", "de", "  -a  all\n  -b  brief", "  -a alle\n  -b kurz");
        quiet("qa.whitespace", "en", "de", "Options are positional.  They affect what follows.  Rearrange them.",
                "Optionen sind positionsabhängig. Sie wirken auf das Folgende. Ordnen Sie sie an.");
        fires("qa.whitespace", "en", "fr", "Line one\nLine two", "Ligne un Ligne deux");
        Issue d = check("qa.whitespace", "en", "fr", "One space", "Un  espace").get(0);
        assertEquals("  ", d.text());
    }

    @Test
    void doubledWords() {
        fires("qa.doubled-words", "en", "fr", "Save the file", "Enregistrer le le fichier");
        quiet("qa.doubled-words", "en", "fr", "We met", "Nous nous sommes rencontrés");
        quiet("qa.doubled-words", "en", "fr", "%s %s installation", "installation %s %s");
        quiet("qa.doubled-words", "en", "fr", "No, no", "Non, non");
        quiet("qa.doubled-words", "en", "fr", "Line <br> <br> two", "Ligne <br> <br> deux");
        quiet("qa.doubled-words", "en", "fr", "very very good", "très très bon");
        Issue i = check("qa.doubled-words", "en", "fr", "Save the file", "Enregistrer le le fichier").get(0);
        assertEquals("le le", i.text());
        assertEquals(List.of("le"), i.suggestions());
    }

    @Test
    void endPunctuation() {
        // real catalogs (GNU tar, UI5): the source's marks are a quoted literal, or an abbreviation's dot
        quiet("qa.end-punctuation", "en", "de", "%s: Member name contains '..'", "%s: Name enthält „..“");
        quiet("qa.end-punctuation", "en", "ru", "e.g.", "например");
        fires("qa.end-punctuation", "en", "ru", "Enter a value.", "Введите значение");
        quiet("qa.end-punctuation", "en", "fr", "Question?", "Correct ?");
        quiet("qa.end-punctuation", "en", "ja", "Done.", "完了しました。");
        quiet("qa.end-punctuation", "en", "el", "Are you sure?", "Είστε σίγουροι;");
        quiet("qa.end-punctuation", "en", "ar", "Are you sure?", "هل أنت متأكد؟");
        quiet("qa.end-punctuation", "en", "fr", "Header:", "En-tête :");
        quiet("qa.end-punctuation", "en", "fr", "Loading...", "Chargement…");
        quiet("qa.end-punctuation", "en", "fr", "A site (e.g.: 'MySite')", "Un site (p. ex. : 'MonSite')");
        quiet("qa.end-punctuation", "en", "th", "Saved.", "บันทึกแล้ว");
        quiet("qa.end-punctuation", "en", "ru", "Days", "дн.");
        quiet("qa.end-punctuation", "en", "ru", "Last 7 weeks", "За 7 нед.");
        fires("qa.end-punctuation", "en", "fr", "The file has been saved", "Le fichier a été enregistré.");
        quiet("qa.end-punctuation", "en", "ru", "Positive", "Положит.");
        fires("qa.end-punctuation", "en", "fr", "It is not done.", "C'est pas fait");
        fires("qa.end-punctuation", "en", "fr", "Exit now?", "Quitter maintenant.");
        fires("qa.end-punctuation", "en", "fr", "Question", "Faux…");
        fires("qa.end-punctuation", "en", "fr", "Done.", "Terminé");
        fires("qa.end-punctuation", "en", "de", "Are you sure?", "Sind Sie sicher;");
    }

    @Test
    void brackets() {
        quiet("qa.brackets", "en", "fr", "N number(s)", "N nombre(s)");
        quiet("qa.brackets", "en", "fr", "Do \"this\"", "Faites « ceci »");
        fires("qa.brackets", "en", "fr", "For [sic] numbers", "Pour les nombres");
        fires("qa.brackets", "en", "fr", "Open (now)", "Ouvrir (maintenant");
        fires("qa.brackets", "en", "fr", "Do \"this\"", "Faites « ceci");
        fires("qa.brackets", "en", "fr", "Say \"hi\"", "Dites \"salut");
        // Real catalogs: gettext's quote strings, a copyright sign, a plural mark rendered as a plural.
        quiet("qa.brackets", "en", "fr", "`", "«");
        quiet("qa.brackets", "en", "fr", "'", "»");
        quiet("qa.brackets", "en", "es", "Copyright (C) 2021 Free Software Foundation", "Copyright © 2021 Free Software Foundation");
        quiet("qa.brackets", "en", "de", "for the next volume(s)", "für die nächsten Medien");
        fires("qa.brackets", "en", "fr", "Press 'y'", "Appuyez sur « y");
    }

    @Test
    void startCapitalization() {
        fires("qa.start-capitalization", "en", "fr", "News", "nouvelles");
        // real catalogs (UI5, GNU tar): an aside in brackets; a message that opens with a quoted mark
        quiet("qa.start-capitalization", "en", "de", "Included", "(einschließlich)");
        quiet("qa.start-capitalization", "en", "ru", "Substituting `.' for empty member name",
                "« . » заменяются пустые имена элементов");
        fires("qa.start-capitalization", "en", "ru", "Substituting `.' for empty member name",
                "заменяются пустые имена элементов на « . »");
        quiet("qa.start-capitalization", "en", "es", "POSIX format", "formato POSIX");
        quiet("qa.start-capitalization", "en", "ru", "dup2 failed", "Вызов dup2 не удался");
        quiet("qa.start-capitalization", "en", "ru", "getaddrinfo failed", "Вызов getaddrinfo не удался");
        quiet("qa.start-capitalization", "en", "de", "Could not execute apt-key", "apt-key konnte nicht ausgeführt werden");
        fires("qa.start-capitalization", "en", "de", "Could not execute the key tool", "das Schlüsselwerkzeug lief nicht");
        fires("qa.start-capitalization", "en", "fr", "find", "Trouver");
        fires("qa.start-capitalization", "en", "fr", "'Find", "'trouver");
        quiet("qa.start-capitalization", "en", "fr", "Find", "Trouver");
        quiet("qa.start-capitalization", "en", "fr", "360 degrees", "grade 360");
        quiet("qa.start-capitalization", "en", "ja", "Find", "検索");
        quiet("qa.start-capitalization", "en", "fr", "{0} files", "{0} fichiers");
        quiet("qa.start-capitalization", "en", "fr", "{0} is not writable.", "Impossible d'écrire sur {0}.");
        quiet("qa.numbers", "en", "fr", "3 files", "");
        quiet("qa.placeholders", "en", "fr", "Open {0}", "");
        quiet("qa.start-capitalization", "en", "af", "A cow", "'n Koei");
        fires("qa.start-capitalization", "en", "af", "a cow", "'n Koei");
        Issue i = check("qa.start-capitalization", "en", "fr", "News", "nouvelles").get(0);
        assertEquals("nouvelles", i.text());
        assertEquals(List.of("Nouvelles"), i.suggestions());
        assertEquals(IssueType.TYPOGRAPHICAL, i.type());
    }

    @Test
    void frenchSpacing() {
        quiet("qa.french-spacing", "en", "fr", "Header:", "En-tête\u00A0:");
        quiet("qa.french-spacing", "en", "fr", "Really?", "Vraiment\u202F?");
        quiet("qa.french-spacing", "en", "fr", "At 10:30", "À 10:30");
        quiet("qa.french-spacing", "en", "fr", "Could not connect to %s:%s (%s).", "Connexion à %s:\u00A0%s (%s) impossible.");
        quiet("qa.french-spacing", "en", "fr", "Unexpected size (%llu != %llu)", "Taille incohérente (%llu != %llu)");
        fires("qa.french-spacing", "en", "fr", "%s: File shrank", "%s: Le fichier a rétréci");
        quiet("qa.french-spacing", "en", "fr", "See https://x.org", "Voir https://x.org");
        quiet("qa.french-spacing", "en", "fr", "Do \"this\"", "Faites «\u00A0ceci\u00A0»");
        quiet("qa.french-spacing", "en", "de", "Header:", "Kopf:");
        quiet("qa.french-spacing", "en", "fr-CA", "Really?", "Vraiment?");
        fires("qa.french-spacing", "en", "fr", "Really?", "Vraiment?");
        fires("qa.french-spacing", "en", "fr", "Header:", "En-tête:");
        fires("qa.french-spacing", "en", "fr", "Do \"this\"", "Faites «ceci»");
        fires("qa.french-spacing", "en", "fr-CA", "Header:", "En-tête:");
        Issue plain = check("qa.french-spacing", "en", "fr", "Really?", "Vraiment ?").get(0);
        assertEquals(Severity.INFO, plain.severity());
    }

    @Test
    void lengthRatio() {
        quiet("qa.length-ratio", "en", "fr", "News", "nouvelles");
        quiet("qa.length-ratio", "en", "fr", "I am normal", "Je suis normal aussi");
        quiet("qa.length-ratio", "en", "zh", "The file could not be saved to the disk", "无法保存文件");
        fires("qa.length-ratio", "en", "fr", "Short.", "Court" + ".".repeat(40));
        fires("qa.length-ratio", "en", "fr", "I am a very long sentence indeed", "Je");
    }

    @Test
    void punctuationOnlyIsForProse() {
        // Units with stable ids are software strings, where "." is a separator on purpose.
        quiet("qa.punctuation-only", "en", "fr", ".", ".");
        dev.concord.Document d = dev.concord.Document.ofText("t", "Un.\n\n.\n\nDeux.");
        List<Issue> found = Checker.builder().grammar(false).targetLocale("fr").build().check(d).stream()
                .filter(i -> i.ruleId().equals("qa.punctuation-only")).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(3, found.get(0).span().line());
    }

    @Test
    void maxLength() {
        dev.concord.Unit u = dev.concord.Unit.builder("1", "Enregistrer maintenant").source("Save now", null)
                .maxLength(12).stableId(true).build();
        dev.concord.Document d = new dev.concord.Document(new dev.concord.text.SourceText("t", null, u.text()),
                new dev.concord.text.SourceText("s", null, u.source()), "test", "fr", "en", List.of(u));
        List<Issue> found = QaFixture.CHECKER.check(d).stream().filter(i -> i.ruleId().equals("qa.max-length"))
                .toList();
        assertEquals(1, found.size());
        assertEquals("maintenant", found.get(0).text());
        assertTrue(found.get(0).message().contains("22 characters"), found.get(0).message());
        assertTrue(QaFixture.CHECKER.check(d.withUnits(List.of(u.toBuilder().maxLength(40).build()))).stream()
                .noneMatch(i -> i.ruleId().equals("qa.max-length")));
    }

    @Test
    void lineBreaksInProseAreNotCompared() {
        dev.concord.Document target = dev.concord.Document.ofText("t", "Une phrase\nsur deux lignes.");
        dev.concord.Document source = dev.concord.Document.ofText("s", "A sentence on one line.");
        List<Issue> found = Checker.builder().grammar(false).targetLocale("fr").sourceLocale("en").build()
                .check(withLocales(target, source)).stream().filter(i -> i.ruleId().equals("qa.whitespace")).toList();
        assertTrue(found.isEmpty(), found.toString());
    }

    private static dev.concord.Document withLocales(dev.concord.Document target, dev.concord.Document source) {
        try {
            return target.pairedWith(source);
        } catch (dev.concord.InputException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCatalogsLabelAgreeingWithWhatItDescribesIsNotInconsistent() {
        assertTrue(ConsistencyRule.inflectedAlike("Est actif", "Est active"));
        assertTrue(ConsistencyRule.inflectedAlike("Sélectionné", "Sélectionnée"));
        assertTrue(ConsistencyRule.inflectedAlike("Выбрано", "Выбранные"));
        assertTrue(!ConsistencyRule.inflectedAlike("Seleccionado", "Selección"), "a noun for an adjective");
        assertTrue(!ConsistencyRule.inflectedAlike("Ausgewählt", "Markiert"));
        assertTrue(!ConsistencyRule.inflectedAlike("Activo", "Está activo"));
    }

    @Test
    void consistency() {
        List<Issue> issues = QaFixture.check(QaFixture.CHECKER, "en", "fr", List.of(
                new String[] {"Save", "Enregistrer"},
                new String[] {"Open", "Ouvrir"},
                new String[] {"Save", "Sauvegarder"},
                new String[] {"Save as", "Enregistrer"},
                new String[] {"Open", "Ouvrir"}));
        List<Issue> targets = issues.stream().filter(i -> i.ruleId().equals("qa.inconsistent-target")).toList();
        List<Issue> sources = issues.stream().filter(i -> i.ruleId().equals("qa.inconsistent-source")).toList();
        assertEquals(1, targets.size(), issues.toString());
        assertEquals("3", targets.get(0).span().unitId());
        assertTrue(targets.get(0).message().contains("unit 1"), targets.get(0).message());
        assertEquals(1, sources.size(), issues.toString());
        assertEquals("4", sources.get(0).span().unitId());
    }
}
