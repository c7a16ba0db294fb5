package dev.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.InputException;
import dev.concord.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private FileSettings settings(String file) throws Exception {
        return ConfigFiles.discover().settingsFor(dir.resolve(file));
    }

    /** The error a config text gives, as file:line:column: message. */
    private String error(String yaml) throws Exception {
        Path config = write("bad/.concord.yml", yaml);
        InputException e = assertThrows(InputException.class,
                () -> ConfigFiles.discover().settingsFor(config.resolveSibling("a.md")));
        return e.line() + ":" + e.column() + ": " + e.detail();
    }

    @Test
    void noConfigMeansDefaults() throws Exception {
        write("root/.concord.yml", "root: true\n");
        FileSettings s = settings("root/a.md");
        assertNull(s.language());
        assertFalse(s.excluded());
        assertEquals(CheckerSettings.defaults(), s.checker());
        assertEquals(1, s.configFiles());
        FileSettings none = ConfigFiles.none().settingsFor(dir.resolve("root/a.md"));
        assertEquals(0, none.configFiles());
    }

    @Test
    void theNorwegianLanguageCodeStaysAString() throws Exception {
        write("no/.concord.yml", "root: true\nlanguage: no\nlanguages:\n  nb/**: nb\n");
        assertEquals("no", settings("no/a.md").language());
        assertEquals("nb", settings("no/nb/a.md").language());
    }

    @Test
    void languagesByGlobThenTheDefault() throws Exception {
        write("repo/.concord.yml", """
                root: true
                language: en
                languages:
                  docs/fr/**: fr-FR
                  docs/de: de
                  "*.es.md": es
                """);
        assertEquals("fr-FR", settings("repo/docs/fr/guide/a.md").language());
        assertEquals("de", settings("repo/docs/de/a.md").language());
        assertEquals("es", settings("repo/docs/x/a.es.md").language());
        assertEquals("en", settings("repo/docs/a.md").language());
    }

    @Test
    void nearerFilesOverrideFartherOnesAndRootStopsTheSearch() throws Exception {
        write(".concord.yml", "language: ru\nfailOn: info\n");
        write("repo/.concord.yml", """
                root: true
                language: en
                failOn: warning
                disable: [names, lt.WHITESPACE_RULE]
                severity: {lt: warning, names.inconsistent: error}
                acceptWords: [Concord]
                grammar:
                  disableCategories: [TYPOGRAPHY]
                """);
        write("repo/docs/fr/.concord.yml", """
                language: fr
                enable: [names]
                disable: [qa.length]
                severity: {lt: info}
                acceptWords: [Tokaïev]
                grammar:
                  disableRules: [FRENCH_WHITESPACE]
                  checkNameSpelling: true
                """);
        FileSettings fr = settings("repo/docs/fr/a.md");
        assertEquals("fr", fr.language());
        assertEquals("warning", fr.failOn(), "failOn comes from the nearest file that sets it");
        assertEquals(2, fr.configFiles(), "root: true keeps the file above the repository out");
        CheckerSettings c = fr.checker();
        assertEquals(Set.of("lt.WHITESPACE_RULE", "qa.length"), c.disabledRules(), "enable takes back a disable");
        assertEquals(Map.of("lt", Severity.INFO, "names.inconsistent", Severity.ERROR), c.severities());
        assertEquals(Set.of("Concord", "Tokaïev"), c.acceptWords());
        assertEquals(Set.of("TYPOGRAPHY"), c.grammarDisabledCategories());
        assertEquals(Set.of("FRENCH_WHITESPACE"), c.grammarDisabledRules());
        assertTrue(c.checkNameSpelling());

        FileSettings en = settings("repo/docs/a.md");
        assertEquals("en", en.language());
        assertEquals(Set.of("names", "lt.WHITESPACE_RULE"), en.checker().disabledRules());
        FileSettings outside = settings("elsewhere/a.md");
        assertEquals("ru", outside.language());
        assertEquals("info", outside.failOn());
    }

    @Test
    void htmlSkipSelectorsAreJoinedFromEveryLevelAndCheckedWhenRead() throws Exception {
        write("site/.concord.yml", "root: true\nhtml:\n  skip: [.footer, \"#legal\"]\n");
        write("site/blog/.concord.yml", "html: {skip: [\"[data-nocheck]\"]}\n");
        assertEquals(List.of("[data-nocheck]", ".footer", "#legal"), settings("site/blog/a.html").htmlSkip());
        assertEquals(List.of(), ConfigFiles.none().settingsFor(dir.resolve("a.html")).htmlSkip());
        String bad = error("html:\n  skip: [\"div[\"]\n");
        assertTrue(bad.startsWith("2:10: 'html: skip': 'div[' is not a CSS selector"), bad);
        assertTrue(error("html: {drop: [x]}\n").contains("drop"));
        // jsoup would match these regular expressions on the page's text without a bound.
        String regex = error("html:\n  skip: [\"p:matchesOwn((a|a)+$)\"]\n");
        assertTrue(regex.startsWith("2:10: 'html: skip': 'p:matchesOwn((a|a)+$)' holds a regular expression"), regex);
        String escaped = error("html:\n  skip: ['p:matche\\s((a|a)+$)']\n");
        assertTrue(escaped.contains("holds a regular expression"), "a CSS escape does not hide it: " + escaped);
        assertTrue(error("html: {skip: [\"[class~=(a+)+$]\"]}\n").contains("holds a regular expression"));
    }

    @Test
    void equalSettingsAreEqualWhateverTheirOrder() throws Exception {
        write("a/.concord.yml", "root: true\ndisable: [x.one, x.two]\nacceptWords: [b, a]\n");
        write("b/.concord.yml", "root: true\ndisable: [x.two, x.one]\nacceptWords: [a, b]\n");
        assertEquals(settings("a/f.md").checker(), settings("b/f.md").checker());
    }

    @Test
    void aGlobThatBacktracksOnAPathStopsWithAConfigError() throws Exception {
        // Globs with several '*' are ordinary (dated posts, dotted names): read and matched as always.
        write("posts/.concord.yml", "exclude: [\"*-*-*-*.md\", \"**/*.*.*.json\"]\n");
        assertTrue(settings("posts/_posts/2024-01-31-a-title.md").excluded());
        assertTrue(settings("posts/i18n/app.fr.min.json").excluded());
        assertFalse(settings("posts/_posts/about.md").excluded());
        // Cubic: fine on any one name, too slow on a path of 10,000 characters; the file gets a config error.
        write("long/.concord.yml", "exclude: [\"x/**a**a**b\"]\n");
        Path file = dir.resolve("long/x/" + ("a".repeat(200) + "/").repeat(50) + "c.md");
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(InputException.class, () -> ConfigFiles.discover().settingsFor(file)));
        assertTrue(e.file().endsWith(".concord.yml"), e.file());
        assertTrue(e.detail().startsWith("'x/**a**a**b' takes too long to match x/aaaa"), e.detail());
        // Ordinary globs of the same file still work.
        write("long/.concord.yml", "exclude: [\"x/**/*.draft.md\"]\n");
        assertTrue(settings("long/x/a/b.draft.md").excluded());
        assertFalse(settings("long/x/a/b.md").excluded());
    }

    @Test
    void includeAndExclude() throws Exception {
        write("repo/.concord.yml", """
                root: true
                include: [docs/**, README.md]
                exclude: ["*.draft.md", docs/archive]
                """);
        assertFalse(settings("repo/docs/a.md").excluded());
        assertFalse(settings("repo/README.md").excluded());
        assertTrue(settings("repo/CHANGELOG.md").excluded());
        assertTrue(settings("repo/docs/b.draft.md").excluded());
        FileSettings archived = settings("repo/docs/archive/old.md");
        assertTrue(archived.excluded());
        assertTrue(archived.excludedBy().contains("exclude: docs/archive"), archived.excludedBy());
        // A nearer file's exclude adds up; its include replaces.
        write("repo/docs/api/.concord.yml", "include: [\"*.md\"]\nexclude: [internal.md]\n");
        assertTrue(settings("repo/docs/api/internal.md").excluded());
        assertTrue(settings("repo/docs/api/x.draft.md").excluded());
        assertFalse(settings("repo/docs/api/ref.md").excluded());
    }

    @Test
    void pairsNameTheSourceFileAndItsLanguage() throws Exception {
        write("repo/.concord.yml", """
                root: true
                language: en
                languages:
                  docs/fr/**: fr
                pairs:
                  - source: docs/en/{path}
                    target: docs/fr/{path}
                """);
        Path source = write("repo/docs/en/guide/a.md", "# A\n");
        write("repo/docs/fr/guide/a.md", "# A\n");
        FileSettings fr = settings("repo/docs/fr/guide/a.md");
        assertEquals(source.toAbsolutePath().normalize(), fr.sourceFile());
        assertEquals("en", fr.sourceLanguage(), "the source's own language, from its glob or the default");
        assertEquals("fr", fr.language());
        FileSettings orphan = settings("repo/docs/fr/only-in-french.md");
        assertNull(orphan.sourceFile());
        assertEquals(dir.resolve("repo/docs/en/only-in-french.md").toAbsolutePath().normalize(),
                orphan.missingSource());
        assertNull(settings("repo/docs/en/guide/a.md").sourceFile(), "a source is not its own translation");
    }

    @Test
    void pathsAreRelativeToTheirConfigFile() throws Exception {
        write("repo/terms/glossary.tbx", "<tbx/>");
        Files.createDirectories(dir.resolve("repo/style"));
        write("repo/.concord.yml", "root: true\ntermbases: [terms/glossary.tbx]\nruleFolders: [style]\n"
                + "baseline: .concord-baseline.json\n");
        FileSettings s = settings("repo/docs/a.md");
        assertEquals(List.of(dir.resolve("repo/terms/glossary.tbx").toAbsolutePath().normalize()),
                s.checker().termbases());
        assertEquals(List.of(dir.resolve("repo/style").toAbsolutePath().normalize()), s.checker().ruleFolders());
        assertEquals(dir.resolve("repo/.concord-baseline.json").toAbsolutePath().normalize(), s.baseline());
    }

    @Test
    void grammarMayBeABoolean() throws Exception {
        write("off/.concord.yml", "root: true\ngrammar: false\n");
        assertFalse(settings("off/a.md").checker().grammar());
        write("on/.concord.yml", "root: true\ngrammar: {enabled: true}\n");
        assertTrue(settings("on/a.md").checker().grammar());
    }

    @Test
    void onlyOneConfigFileForEverything() throws Exception {
        Path config = write("shared.yml", "language: de\n");
        write("repo/.concord.yml", "language: fr\n");
        ConfigFiles only = ConfigFiles.only(config);
        assertEquals("de", only.settingsFor(dir.resolve("repo/a.md")).language());
        assertThrows(InputException.class, () -> ConfigFiles.only(dir.resolve("missing.yml")));
    }

    @Test
    void namedRulesAreKeptWithTheirPlace() throws Exception {
        write("repo/.concord.yml", "root: true\ndisable:\n  - names\n  - nosuch.rule\nseverity:\n  lt: info\n");
        ConfigFiles configs = ConfigFiles.discover();
        configs.settingsFor(dir.resolve("repo/a.md"));
        List<ConfigFiles.NamedRule> named = configs.namedRules();
        assertEquals(List.of("names", "nosuch.rule", "lt"), named.stream().map(ConfigFiles.NamedRule::id).toList());
        assertEquals(4, named.get(1).where().line());
        assertEquals(5, named.get(1).where().column());
    }

    @Test
    void unknownKeysAreErrorsWithAPlaceAndASuggestion() throws Exception {
        assertEquals("2:1: unknown key 'failon': did you mean 'failOn'? (known keys: root, language, sourceLanguage,"
                + " languages, pairs, include, exclude, termbases, ruleFolders, disable, enable, severity, failOn,"
                + " grammar, acceptWords, accept, baseline, html)", error("root: true\nfailon: error\n"));
        assertTrue(error("grammar:\n  disableRule: [X]\n").startsWith("2:3: unknown key 'disableRule': did you mean"
                + " 'disableRules'?"));
        String pair = error("pairs:\n  - {source: \"a/{path}\", target: \"b/{path}\", lang: fr}\n");
        assertTrue(pair.startsWith("2:46: unknown key 'lang'"), pair);
    }

    @Test
    void wrongTypesAreErrorsWithAPlace() throws Exception {
        assertEquals("1:7: 'root' must be true or false, not a string", error("root: yes\n"));
        assertEquals("1:11: 'language' must be a language code (BCP 47, such as fr or fr-CA), not the number 12"
                + " (quote it if you mean the text \"12\")", error("language: 12\n"));
        assertEquals("1:10: 'exclude' must be a list, not a string (write [drafts])", error("exclude: drafts\n"));
        assertEquals("2:7: 'severity: lt' must be error, warning or info, not a list", error("severity:\n  lt: [x]\n"));
        assertEquals("1:1: the config file must be a mapping of keys to values, not a list", error("- a\n- b\n"));
        assertEquals("1:10: 'language' must be a language code (BCP 47, such as fr or fr-CA), not an empty value",
                error("language:\n"));
    }

    @Test
    void badValuesAreErrorsWithAPlace() throws Exception {
        assertEquals("1:11: 'language': unknown language code 'xx' (expected BCP 47, such as fr or fr-CA)",
                error("language: xx\n"));
        assertEquals("1:9: 'failOn': 'severe' is not one of error, warning, info, none", error("failOn: severe\n"));
        assertEquals("1:16: severity: lt: 'fatal' is not one of error, warning, info", error("severity: {lt: fatal}\n"));
        assertEquals("1:11: include: 'docs/{fr' : '{' without a closing '}'".replace(" : ", ": "),
                error("include: [\"docs/{fr\"]\n"));
        assertTrue(error("termbases: [missing.tbx]\n").startsWith("1:13: termbases: no such file 'missing.tbx'"));
        assertTrue(error("pairs:\n  - source: docs/en\n    target: docs/fr/{path}\n")
                .startsWith("2:13: pairs: source: 'docs/en' must hold {path} exactly once"));
        assertEquals("1:11: disable: 'lt rules' is not a rule id (letters, digits, '.', '_' and '-')",
                error("disable: [lt rules]\n"));
        assertEquals("2:1: 'language' is set twice", error("language: fr\nlanguage: de\n"));
    }

    @Test
    void yamlSyntaxErrorsSayWhereAndHowToQuoteGlobs() throws Exception {
        String e = error("languages:\n  *.md: fr\n");
        assertTrue(e.startsWith("2:"), e);
        assertTrue(e.contains("invalid YAML") && e.contains("quote it, as in \"*.md\""), e);
        assertTrue(error("language: [fr\n").contains("invalid YAML"));
        String flow = error("pairs:\n  - {source: docs/en/{path}, target: docs/fr/{path}}\n");
        assertTrue(flow.contains("quote patterns that hold {path}"), flow);
    }

    @Test
    void twoConfigFilesInOneFolderAreAnError() throws Exception {
        write("two/.concord.yml", "language: fr\n");
        write("two/.concord.yaml", "language: de\n");
        InputException e = assertThrows(InputException.class, () -> settings("two/a.md"));
        assertTrue(e.detail().contains("two config files in one folder"), e.detail());
    }

    @Test
    void anEmptyFileIsAValidConfig() throws Exception {
        write("empty/.concord.yml", "# nothing yet\n");
        assertEquals(CheckerSettings.defaults(), settings("empty/a.md").checker());
    }
}
