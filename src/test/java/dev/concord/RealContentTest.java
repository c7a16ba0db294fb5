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
    void sourcesThatDifferInQuotingOrWordOrderAndPluralFormsOfMultilineEntriesAreNotInconsistent() throws Exception {
        Document d = po("ru.po", header("ru").replace("nplurals=2; plural=(n != 1)",
                "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)")
                + "msgid \"cannot open `%s'\"\nmsgstr \"не удаётся открыть «%s»\"\n\n"
                + "msgid \"cannot open %s\"\nmsgstr \"не удаётся открыть «%s»\"\n\n"
                + "msgid \"automatically remove all unused packages\"\nmsgstr \"автоматически удалить все неиспользуемые пакеты\"\n\n"
                + "msgid \"Remove automatically all unused packages\"\nmsgstr \"автоматически удалить все неиспользуемые пакеты\"\n\n"
                + "msgid \"%lu package was installed.\\n\"\nmsgid_plural \"%lu packages were installed.\\n\"\n"
                + "msgstr[0] \"%lu пакет был установлен.\\n\"\nmsgstr[1] \"%lu пакета было установлено.\\n\"\n"
                + "msgstr[2] \"%lu пакетов было установлено.\\n\"\n\n"
                + "msgid \"Sort by name\"\nmsgstr \"Сортировать\"\n\n"
                + "msgid \"Sort by date\"\nmsgstr \"Сортировать\"\n");
        List<Issue> qa = of(Checker.builder().grammar(false).build().check(d), "qa.inconsistent");
        assertEquals(List.of("Sort by date"), qa.stream().map(i -> i.span().unitId()).toList(), qa.toString());
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

    @Test
    void aCatalogsHouseStyleIsAHintAndItsSentencesStayChecked() throws Exception {
        // Command descriptions as the German teams of GNU tools write them: a small infinitive, a full stop added.
        Document d = po("de.po", DE_HEADER
                + "msgid \"List the installed packages\"\nmsgstr \"die installierten Pakete auflisten\"\n\n"
                + "msgid \"Unexpected end of file\"\nmsgstr \"Unerwartetes Dateiende.\"\n\n"
                + "msgid \"The archive is damaged.\"\nmsgstr \"Das Archiv ist beschädigt\"\n\n"
                + "msgid \"Volume full!?\"\nmsgstr \"Datenträger voll?!\"\n");
        List<Issue> all = SharedCheckers.withGrammar("de").check(d);
        Issue start = of(all, "qa.start-capitalization").get(0);
        assertEquals(Severity.INFO, start.severity(), start.toString());
        assertTrue(of(all, "lt.UPPERCASE_SENTENCE_START").isEmpty(), all.toString());
        List<Issue> end = of(all, "qa.end-punctuation");
        assertEquals(2, end.size(), end.toString());
        assertEquals(Severity.INFO, end.stream().filter(i -> i.text().equals(".")).findFirst().orElseThrow().severity());
        assertEquals(Severity.WARNING, end.stream().filter(i -> !i.text().equals(".")).findFirst().orElseThrow()
                .severity(), "a full stop of the source lost in a sentence");
    }

    @Test
    void theSingularFormMayLeaveOutTheCountWhereItCoversOneCount() throws Exception {
        String entry = "msgid \"Wrote %lu byte\"\nmsgid_plural \"Wrote %lu bytes\"\n"
                + "msgstr[0] \"Ein Byte geschrieben\"\nmsgstr[1] \"%lu Bytes geschrieben\"\n";
        assertTrue(of(Checker.builder().grammar(false).build().check(po("de.po", DE_HEADER + entry)),
                "qa.placeholders").isEmpty());
        // French form 0 covers 0 and 1, so it needs the count; and form 1 always does.
        String fr = "msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n"
                + "msgid \"Wrote %lu byte\"\nmsgid_plural \"Wrote %lu bytes\"\n"
                + "msgstr[0] \"Un octet écrit\"\nmsgstr[1] \"Octets écrits\"\n";
        assertEquals(2, of(Checker.builder().grammar(false).build().check(po("fr.po", fr)), "qa.placeholders")
                .size());
    }

    @Test
    void languageToolLeavesOptionsCommandsMetavariablesAndGluedListsAlone() throws Exception {
        Document d = po("de.po", DE_HEADER
                + "msgid \"Usage: frob [OPTION...] FILE...\"\nmsgstr \"Aufruf: frob [OPTION...] DATEI...\"\n\n"
                + "msgid \"frob-config is a tool for reading the settings\"\n"
                + "msgstr \"frob-config ist ein Werkzeug zum Lesen der Einstellungen\"\n\n"
                + "msgid \"-T reads names verbatim\"\nmsgstr \"-T liest Namen wörtlich ein\"\n\n"
                + "msgid \"[installed,local]\"\nmsgstr \"[installiert,lokal]\"\n\n"
                + "msgid \"Answer with y or n [yYnN]\"\nmsgstr \"Antworten Sie mit j oder n [jJnN]\"\n\n"
                + "msgid \"Print every NUMBERth record\"\nmsgstr \"Jeden ZAHLten Datensatz ausgeben\"\n");
        List<Issue> lt = of(SharedCheckers.withGrammar("de").check(d), "lt.");
        assertTrue(lt.isEmpty(), lt.toString());
    }

    private static String header(String language) {
        return DE_HEADER.replace("Language: de", "Language: " + language);
    }

    @Test
    void languageToolLeavesMarksOptionsAndDigitsThatMirrorTheSourceAlone() throws Exception {
        Document fr = po("fr.po", header("fr")
                + "msgid \"Held packages were changed and -y was used without --allow-change-held-packages.\"\n"
                + "msgstr \"Des paquets bloqués ont été modifiés et -y a été utilisé sans --allow-change-held-packages.\"\n\n"
                + "msgid \"--Volume Header--\"\nmsgstr \"--En-tête de volume--\"\n\n"
                + "msgid \"Download failed\"\nmsgstr \"Le téléchargement a échoué\"\n\n"
                + "msgid \"Trigger a checkpoint every Nth record (default 1).\"\n"
                + "msgstr \"Déclencher un point de contrôle tous les N enregistrements (par défaut 1).\"\n");
        Document de = po("de.po", DE_HEADER
                + "msgid \"(PROGRAM ERROR) No version known!?\"\nmsgstr \"(PROGRAMMFEHLER) Keine Version bekannt!?\"\n\n"
                + "msgid \"Cannot verify multi-volume archives\"\n"
                + "msgstr \"Mehrteilige Archive können nicht überprüft werden.\"\n\n"
                + "msgid \"Extended header %s=%s is out of range %s..%s\"\n"
                + "msgstr \"Erweiterter Header %s=%s ist außerhalb des Bereichs %s..%s\"\n");
        List<Issue> lt = of(SharedCheckers.withGrammar("fr").check(fr), "lt.");
        assertTrue(lt.isEmpty(), lt.toString());
        lt = of(SharedCheckers.withGrammar("de").check(de), "lt.");
        assertTrue(lt.isEmpty(), lt.toString());
        Document ru = po("ru.po", header("ru") + "msgid \"Days\"\nmsgstr \"дн.\"\n\nmsgid \"Weeks\"\nmsgstr \"нед.\"\n");
        lt = of(SharedCheckers.withGrammar("ru").check(ru), "lt.");
        assertTrue(lt.isEmpty(), "a unit's abbreviation keeps its small letter: " + lt);
    }

    @Test
    void languageToolStillReportsAMarkThatDepartsFromTheSource() throws Exception {
        Document de = po("de.po", DE_HEADER
                + "msgid \"No version known!\"\nmsgstr \"Keine Version bekannt!?\"\n");
        Document fr = po("fr.po", header("fr")
                + "msgid \"The download failed.\"\nmsgstr \"Le téléchargement a échoué\"\n");
        List<String> rules = new java.util.ArrayList<>();
        of(SharedCheckers.withGrammar("de").check(de), "lt.").forEach(i -> rules.add(i.ruleId()));
        of(SharedCheckers.withGrammar("fr").check(fr), "lt.").forEach(i -> rules.add(i.ruleId()));
        assertEquals(List.of("lt.DOPPELTES_AUSRUFEZEICHEN", "lt.POINTS_2"), rules);
    }

    @Test
    void aCatalogsUnknownWordIsASpellingFindingOnlyWhereItLooksLikeATypo() throws Exception {
        Document de = po("de.po", DE_HEADER
                + "msgid \"Malformed argument: %s\"\nmsgstr \"Fehlgeformtes Argument: %s\"\n\n"
                + "msgid \"Hole detection\"\nmsgstr \"Löchererkennung\"\n\n"
                + "msgid \"Inconsistent archive\"\nmsgstr \"Inkonsitenz im Archiv\"\n\n"
                + "msgid \"Invalid exit status\"\nmsgstr \"Ungültiger Exitstatus oder Vezeichnisse\"\n");
        Document more = po("de2.po", DE_HEADER
                + "msgid \"Fix the errors above and run [I]nstall again\"\n"
                + "msgstr \"Beheben Sie die Fehler und wählen Sie erneut [I]nstallieren\"\n\n"
                + "msgid \"Cannot create tar archives\"\nmsgstr \"Kann keine tar-Dateien anlegen\"\n\n"
                + "msgid \"Removing system-critical packages\"\nmsgstr \"Entfernen system-kritischer Pakete\"\n");
        List<String> moreWords = of(SharedCheckers.withGrammar("de").check(more), "lt.GERMAN_SPELLER").stream()
                .map(Issue::text).toList();
        assertEquals(List.of("system-kritischer"), moreWords);
        List<String> words = of(SharedCheckers.withGrammar("de").check(de), "lt.GERMAN_SPELLER").stream()
                .map(Issue::text).toList();
        assertEquals(List.of("Inkonsitenz", "Vezeichnisse"), words);
    }

    @Test
    void languageToolLeavesCompoundsStemsCommandsAndTranslatedMetavariablesOfTheSourceAlone() throws Exception {
        Document de = po("de.po", DE_HEADER
                + "msgid \"Malformed density argument: %s\"\nmsgstr \"Fehlerhaftes Dichteargument: %s\"\n\n"
                + "msgid \"Unexpected EOF in snapshot file\"\nmsgstr \"Unerwartetes EOF in der Schnappschussdatei\"\n\n"
                + "msgid \"rmtlseek not stopped at a record boundary\"\n"
                + "msgstr \"rmtlseek hat nicht an einer Recordgrenze angehalten\"\n\n"
                + "msgid \"reads file names verbatim (no escape or option handling)\"\n"
                + "msgstr \"liest Dateinamen wörtlich (keine Escapes oder Optionen)\"\n\n"
                + "msgid \"Please run apt-get update to fix it\"\n"
                + "msgstr \"Bitte führen Sie apt-get update aus, um das zu beheben\"\n\n"
                + "msgid \"Inconsistent archive\"\nmsgstr \"Inkonsitenz im Archiv\"\n");
        List<String> words = of(SharedCheckers.withGrammar("de").check(de), "lt.").stream()
                .map(i -> i.ruleId() + ":" + i.text()).toList();
        assertEquals(List.of("lt.GERMAN_SPELLER_RULE:Inkonsitenz"), words, "the typo is still reported");

        Document es = po("es.po", header("es")
                + "msgid \"archive is seekable\"\nmsgstr \"el archivo admite seek\"\n\n"
                + "msgid \"-T reads file names from FILE\"\nmsgstr \"-T lee los nombres de fichero de FICHERO\"\n\n"
                + "msgid \"Truncate FILE to SIZE\"\nmsgstr \"Trunca FICHERO a TAMAÑO\"\n\n"
                + "msgid \"Invalid device number\"\nmsgstr \"Número de dispositivo no válido\"\n\n"
                + "msgid \"The number of devices\"\nmsgstr \"El número de dispositivo\"\n");
        List<String> esRules = of(SharedCheckers.withGrammar("es").check(es), "lt.").stream()
                .map(i -> i.ruleId() + ":" + i.text()).toList();
        Document fr = po("fr.po", header("fr")
                + "msgid \"Substituting `.' for empty member name\"\n"
                + "msgstr \"Remplacement des noms vides par « . » pour les membres\"\n\n"
                + "msgid \"Please use apt-cdrom to make this CD-ROM recognized by APT.\"\n"
                + "msgstr \"Veuillez utiliser apt-cdrom afin de faire reconnaître ce cédérom par APT.\"\n");
        List<Issue> frIssues = of(SharedCheckers.withGrammar("fr").check(fr), "lt.");
        assertTrue(frIssues.isEmpty(), frIssues.toString());
        assertEquals(List.of("lt.NUMERO_DE_SG_PL:dispositivo"), esRules,
                "a count of things still wants the plural; a device's number does not");
    }

    @Test
    void aSingleWordTheSourceLanguageDoesNotKnowMayStayTheSame() throws Exception {
        Document fr = po("fr.po", header("fr")
                + "msgid \"stdin\"\nmsgstr \"stdin\"\n\n"
                + "msgid \"Alpha\"\nmsgstr \"Alpha\"\n\n"
                + "msgid \"Unchanged\"\nmsgstr \"Unchanged\"\n").withSourceLocale("en");
        List<String> same = of(SharedCheckers.withGrammar("fr").check(fr), "qa.same-as-source").stream()
                .map(Issue::text).toList();
        assertEquals(1, same.size(), "only the English word left untranslated: " + same);
        assertTrue(same.get(0).contains("Unchanged"), same.toString());
    }

    @Test
    void aGermanHyphenatedNounKeepsItsCapitalWhereTheSourceStartsSmall() throws Exception {
        Document de = po("de.po", DE_HEADER
                + "msgid \"[residual-config]\"\nmsgstr \"[Konfiguration-verbleibend]\"\n\n"
                + "msgid \"show the package\"\nmsgstr \"Nur das Paket zeigen\"\n");
        List<String> starts = of(SharedCheckers.withGrammar("de").check(de), "qa.start-capitalization").stream()
                .map(Issue::text).toList();
        assertEquals(List.of("Nur"), starts, "an adverb still departs from the source's small letter");
    }

    @Test
    void languageToolLeavesKeyNamesRespeltTermsAndTermsOfTheTradeOfCatalogsAlone() throws Exception {
        // Messages of GNU tar, apt and a UI library's bundles, as their translation teams wrote them
        Document de = po("de.po", DE_HEADER
                + "msgid \"Archive octal value %.*s is out of %s range\"\n"
                + "msgstr \"Oktalzahl %.*s außerhalb des %s-Bereichs\"\n\n"
                + "msgid \"Generating negative octal headers\"\nmsgstr \"Erzeuge negative oktale Kopfteile\"\n\n"
                + "msgid \"Pinned packages:\"\nmsgstr \"Mit Pinning verwaltete Pakete:\"\n\n"
                + "msgid \"create archive with volume name TEXT\"\nmsgstr \"Archiv mit dem Teilnamen TEXT anlegen\"\n\n"
                + "msgid \"Use shift+arrow keys to resize\"\nmsgstr \"Strg+Pfeiltasten zum Ändern der Größe\"\n\n"
                + "msgid \"Usage: apt-helper [options] cat-file file ...\"\n"
                + "msgstr \"Aufruf: apt-helper [Optionen] cat-file datei …\"\n\n"
                + "msgid \"Inconsistent archive\"\nmsgstr \"Inkonsitenz im Archiv\"\n");
        List<String> deWords = of(SharedCheckers.withGrammar("de").check(de), "lt.").stream()
                .map(i -> i.ruleId() + ":" + i.text()).toList();
        assertEquals(List.of("lt.GERMAN_SPELLER_RULE:Inkonsitenz"), deWords, "the typo is still reported");

        Document es = po("es.po", header("es")
                + "msgid \"Use shift+arrow keys to resize\"\n"
                + "msgstr \"Utilizar las teclas mayús+flecha para ajustar el tamaño\"\n\n"
                + "msgid \"Press Enter\"\nmsgstr \"Pulse Intro\"\n");
        List<Issue> esIssues = of(SharedCheckers.withGrammar("es").check(es), "lt.");
        assertTrue(esIssues.isEmpty(), esIssues.toString());

        Document fr = po("fr.po", header("fr")
                + "msgid \"Contains Multi-Selectable Items\"\n"
                + "msgstr \"Contient des éléments pour sélection multiple.\"\n\n"
                + "msgid \"Usage: apt-helper [options] cat-file file ...\"\n"
                + "msgstr \"Utilisation : apt-helper [options] cat-file fichier ...\"\n");
        List<Issue> frIssues = of(SharedCheckers.withGrammar("fr").check(fr), "lt.");
        assertTrue(frIssues.isEmpty(), frIssues.toString());
    }

}
