package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON and .properties message files: reading, naming conventions, pairing by key. */
class MessageFilesFormatTest {
    private static final Checker QA = Checker.builder().grammar(false).build();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    private static Document read(Path p) throws Exception {
        return Formats.read(p, ReadOptions.defaults());
    }

    @Test
    void namingConventions() throws Exception {
        Path en = write("i18n/en.json", "{}");
        Path fr = write("i18n/fr.json", "{}");
        Path frCa = write("i18n/fr-CA.json", "{}");
        assertEquals("fr-CA", MessageFiles.localeOf(frCa));
        assertEquals(en, MessageFiles.sourceFor(fr, null));
        assertNull(MessageFiles.sourceFor(en, null));
        assertEquals(fr, MessageFiles.sourceFor(en, "fr"));
        assertTrue(MessageFiles.isSourceOfOthers(en, null));
        assertFalse(MessageFiles.isSourceOfOthers(fr, null));

        Path base = write("bundle/messages.properties", "a=b");
        Path de = write("bundle/messages_de.properties", "a=c");
        Path ptBr = write("bundle/messages_pt_BR.properties", "a=d");
        assertEquals("pt-BR", MessageFiles.localeOf(ptBr));
        assertEquals(base, MessageFiles.sourceFor(de, null));
        // Java falls back from messages_de to the base bundle: that is the source, unless a source locale is named.
        Path enBundle = write("bundle/messages_en.properties", "a=b");
        assertEquals(base, MessageFiles.sourceFor(de, null));
        assertEquals(enBundle, MessageFiles.sourceFor(de, "en"));
        assertTrue(MessageFiles.isBaseBundle(base));

        Path common = write("locales/de/common.json", "{}");
        Path commonEn = write("locales/en/common.json", "{}");
        assertEquals("de", MessageFiles.localeOf(common));
        assertEquals(commonEn, MessageFiles.sourceFor(common, null));

        Path dotted = write("web/strings.es.json", "{}");
        write("web/strings.en.json", "{}");
        assertEquals("es", MessageFiles.localeOf(dotted));

        // Configuration that is not a locale's messages is not collected from folders.
        JsonMessagesFormat json = new JsonMessagesFormat();
        assertFalse(json.collects(write("app/package.json", "{}")));
        assertFalse(json.collects(write("app/tsconfig.json", "{}")));
        assertTrue(json.collects(fr));
        PropertiesFormat props = new PropertiesFormat();
        assertFalse(props.collects(write("config/application.properties", "a=b")));
        assertTrue(props.collects(base));
        assertTrue(props.collects(de));
    }

    @Test
    void jsonPairsByKeyWithNestedKeysPluralsAndNotes() throws Exception {
        write("loc/en.json", """
                {
                  "menu": {"open": "Open", "save": "Save \\"now\\""},
                  "steps": ["First", "Second"],
                  "items_one": "{{count}} item",
                  "items_other": "{{count}} items",
                  "gone": "Removed from French",
                  "count": 3
                }
                """);
        Path fr = write("loc/fr.json", """
                {
                  "menu": {"open": "Ouvrir", "save": "Enregistrer \\"maintenant\\""},
                  "steps": ["Premier", "Deuxième"],
                  "items_one": "{{count}} élément",
                  "items_other": "{{count}} éléments",
                  "stale": "Plus dans l'anglais"
                }
                """);
        Document d = read(fr);
        assertEquals("fr", d.targetLocale());
        assertEquals("en", d.sourceLocale());
        Unit save = d.unit("menu.save");
        assertEquals("Enregistrer \"maintenant\"", save.text());
        assertEquals("Save \"now\"", save.source());
        assertEquals("Deuxième", d.unit("steps[1]").text());
        var lines = d.target().lines();
        int f = save.textMap().toFileStart(save.text().indexOf("maint"));
        assertEquals(2, lines.line(f));
        assertEquals(53, lines.codePointColumn(f));
        List<Issue> issues = QA.check(d);
        List<String> keys = issues.stream().filter(i -> i.ruleId().endsWith("-key"))
                .map(i -> i.ruleId() + " " + i.span().unitId()).sorted().toList();
        // French needs a "many" form (ICU: 1 million of...): missing, with the source's "other" as its source.
        assertEquals(List.of("qa.extra-key stale", "qa.missing-key gone", "qa.missing-key items_many"), keys);
        Issue gone = issues.stream().filter(i -> i.span().unitId().equals("gone")).findFirst().orElseThrow();
        assertEquals("Removed from French", gone.sourceText());
        assertEquals(6, gone.sourceSpan().line());
        assertTrue(issues.stream().noneMatch(i -> i.ruleId().equals("qa.empty-target")), issues.toString());
    }

    @Test
    void japaneseNeedsNoSingularForm() throws Exception {
        write("loc/en.json", "{\"items_one\": \"{{count}} item\", \"items_other\": \"{{count}} items\"}");
        Path ja = write("loc/ja.json", "{\"items_other\": \"{{count}} 件\"}");
        assertTrue(QA.check(read(ja)).stream().noneMatch(i -> i.ruleId().endsWith("-key")));
        Path ru = write("loc/ru.json", "{\"items_one\": \"{{count}} элемент\", \"items_other\": \"{{count}} элемента\"}");
        List<String> missing = QA.check(read(ru)).stream().filter(i -> i.ruleId().equals("qa.missing-key"))
                .map(i -> i.span().unitId()).sorted().toList();
        assertEquals(List.of("items_few", "items_many"), missing);
    }

    @Test
    void jsonMessageObjectsAndArbNotes() throws Exception {
        write("_locales/en/messages.json", """
                {"appName": {"message": "Notes", "description": "The name of the app"}}
                """);
        Path fr = write("_locales/fr/messages.json", """
                {"appName": {"message": "Notes", "description": "Le nom"}}
                """);
        Unit u = read(fr).unit("appName");
        assertEquals("Notes", u.text());
        assertEquals("Le nom", u.note());
        Path arb = write("l10n/app_de.arb", """
                {"@@locale": "de", "hello": "Hallo {name}", "@hello": {"description": "Greeting"}}
                """);
        Document d = read(arb);
        assertEquals("de", d.targetLocale());
        assertEquals("Greeting", d.unit("hello").note());
    }

    @Test
    void malformedJsonIsAnErrorWithItsPlace() throws Exception {
        Path bad = write("x/fr.json", "{\n  \"a\": \"b\",\n  \"c\" \"d\"\n}\n");
        InputException e = assertThrows(InputException.class, () -> read(bad));
        assertEquals(3, e.line(), e.getMessage());
        Path dup = write("y/fr.json", "{\"a\": \"b\",\n\"a\": \"c\"}\n");
        InputException d = assertThrows(InputException.class, () -> read(dup));
        assertEquals(2, d.line(), d.getMessage());
        assertTrue(d.getMessage().contains("Duplicate"), d.getMessage());
    }

    @Test
    void propertiesWithEscapesContinuationsCommentsAndLatin1() throws Exception {
        write("b/messages.properties", """
                # The greeting on the home page
                hello = Hello {0}!
                multi = one \\
                        two
                colon: Value
                unicode = caf\\u00e9
                """);
        Path de = dir.resolve("b/messages_de.properties");
        Files.write(de, "hello = Hallo {0}!\nmulti = eins \\\n   zwei\ncolon: Wert\nunicode = Caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Document d = read(de);
        assertEquals("de", d.targetLocale());
        assertEquals("en", d.sourceLocale());
        assertEquals("The greeting on the home page", d.unit("hello").note());
        assertEquals("one two", d.unit("multi").source());
        assertEquals("eins zwei", d.unit("multi").text());
        assertEquals("café", d.unit("unicode").source());
        assertEquals("Café", d.unit("unicode").text());
        var lines = d.target().lines();
        int f = d.unit("multi").textMap().toFileStart(5);
        assertEquals(3, lines.line(f));
        assertEquals(4, lines.codePointColumn(f));
        Path broken = write("c/messages_fr.properties", "a = b\\u00zz\n");
        InputException e = assertThrows(InputException.class, () -> read(broken));
        assertEquals(1, e.line());
        assertEquals(6, e.column());
    }

    @Test
    void explicitSourceFileIsPairedByKey() throws Exception {
        Path src = write("any/base.json", "{\"a\": \"Open\", \"b\": \"Close\"}");
        Path tgt = write("any/target.json", "{\"b\": \"Fermer\", \"a\": \"Ouvrir\"}");
        Document d = Formats.read(tgt, ReadOptions.defaults().withSourceFile(src).withTargetLocale("fr")
                .withSourceLocale("en"));
        assertEquals("Open", d.unit("a").source());
        assertEquals("Close", d.unit("b").source());
    }
}
