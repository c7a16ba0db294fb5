package dev.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, with LanguageTool: a small documentation repository (English sources, French and German
 * translations, a glossary, a config file, a drafts folder left out) is checked through the command line, its
 * findings are baselined, and an edit above a finding leaves it baselined. The text output and exit code of the
 * first check are written to target/e2e/content-repository.txt.
 */
class ContentRepositoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path repo;

    private void write(String name, String content) throws Exception {
        Path p = repo.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private void createRepository() throws Exception {
        write(".concord.yml", """
                # .concord.yml of a documentation repository
                root: true
                language: en
                languages:
                  docs/fr/**: fr
                  docs/de/**: de-DE
                pairs:
                  - source: docs/en/{path}
                    target: docs/fr/{path}
                  - source: docs/en/{path}
                    target: docs/de/{path}
                exclude: [docs/drafts]
                termbases: [terminology/glossary.tbx]
                acceptWords: [Concord]
                failOn: warning
                baseline: .concord-baseline.json
                """);
        write("docs/en/index.md", "# Welcome to Concord\n\nConcord checks translated documentation before it ships.\n\n"
                + "Install it with one command and run it in continuous integration.\n");
        write("docs/en/install.md", "# Installation\n\nDownload the archive and unpack it.\n\n"
                + "Run `concord check docs` to check the documentation.\n");
        write("docs/fr/index.md", "# Bienvenue dans Concord\n\nConcord vérifie la documentation traduite avant sa"
                + " publication.\n\nInstallez-le avec une seule commande et lancez-le en intégration continue.\n");
        write("docs/fr/install.md", "# Installation\n\nTéléchargez l’archive et décompressez-la dans un dossier"
                + " pomne.\n\n<!-- concord-disable-next-line lt.FR_SPELLING_RULE -- nom maison -->\n"
                + "Lancez `concord check docs` pour vérifier la documentacion.\n");
        write("docs/de/index.md", "# Willkommen bei Concord\n\nConcord prüft übersetzte Dokumentation, bevor sie"
                + " veröffentlicht wird.\n\nInstallieren Sie es mit einem einzigen Befehl und führen Sie es in der"
                + " kontinuierlichen Integration aus.\n");
        write("docs/de/install.md", "# Installation\n\nLaden Sie das Archiv herunter und entpacken Sie es es.\n\n"
                + "Führen Sie `concord check docs` aus, um die Dokumentation zu prüfen.\n");
        write("docs/drafts/notes.md", "# Draft\n\nThis draft is full of erors.\n");
        write("terminology/glossary.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>Concord documentation glossary</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="en"><termSec><term>continuous integration</term></termSec></langSec>
                      <langSec xml:lang="fr"><termSec><term>intégration continue</term></termSec></langSec>
                      <langSec xml:lang="de"><termSec><term>kontinuierliche Integration</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);
    }

    @Test
    void aDocumentationRepositoryIsCheckedBaselinedAndCheckedAgain() throws Exception {
        createRepository();
        String docs = repo.resolve("docs").toString();

        // 1. The first check: a French spelling error and a German doubled word (warnings; the team fails on
        // warnings: exit 1; the doubled word is found by
        // LanguageTool and by the doubled-word check: reported once), the headings that stay "Installation" in both
        // translations (a word both languages know: not reported), one finding suppressed where it stands, the drafts
        // left out, the glossary's terms used as they should be. (No baseline file yet: --no-baseline.)
        CliRunner.Result first = CliRunner.run("check", "--no-baseline", docs);
        Path log = Path.of("target/e2e/content-repository.txt");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "$ concord check --no-baseline docs\n" + first.out().replace(repo + "/", "")
                + first.err().replace(repo + "/", "") + "exit code: " + first.exit() + "\n");
        assertEquals(1, first.exit(), first.out() + first.err());
        String out = first.out().replace(repo + "/", "");
        assertTrue(out.contains("docs/fr/install.md:3:58: warning: "), out);
        assertTrue(out.contains("[lt.FR_SPELLING_RULE]") && out.contains("suggestions: pomme"), out);
        assertTrue(out.contains("docs/de/install.md:3:49: warning: ") && out.contains("[qa.doubled-words]"), out);
        assertFalse(out.contains("[lt.GERMAN_WORD_REPEAT_RULE]"), "one finding, said once: " + out);
        // The headings stay "Installation" in both translations: a word German and French know, not a slip.
        assertFalse(out.contains("[qa.same-as-source]"), out);
        assertFalse(out.contains("[term."), "the translations use the glossary's terms: " + out);
        assertFalse(out.contains("documentacion"), "suppressed where it stands");
        assertFalse(out.contains("drafts"), "excluded");
        assertFalse(out.contains("Concord ") && out.contains("[lt.MORFOLOGIK_RULE_EN_US]"), "accepted word");
        assertTrue(out.endsWith("2 warnings, 0 infos in 6 files (1 suppressed)\n"), out);
        assertEquals("", first.err().replace(repo + "/", ""), "the glossary has terms in every checked language");

        // 2. The team adopts Concord: it records what is there.
        CliRunner.Result baseline = CliRunner.run("baseline", docs);
        assertEquals(0, baseline.exit(), baseline.err());
        assertTrue(baseline.out().contains("recorded 2 findings of 6 files in .concord-baseline.json")
                || baseline.out().contains("recorded 2 findings of 6 files in " + repo.resolve(".concord-baseline.json")),
                baseline.out());

        // 3. A writer adds a paragraph above the French finding (and its source): nothing new to report.
        write("docs/en/install.md", "# Installation\n\nYou need Java 17.\n\nDownload the archive and unpack it.\n\n"
                + "Run `concord check docs` to check the documentation.\n");
        write("docs/fr/install.md", "# Installation\n\nIl vous faut Java 17.\n\nTéléchargez l’archive et"
                + " décompressez-la dans un dossier pomne.\n\n<!-- concord-disable-next-line lt.FR_SPELLING_RULE"
                + " -- nom maison -->\nLancez `concord check docs` pour vérifier la documentacion.\n");
        write("docs/de/install.md", "# Installation\n\nSie brauchen Java 17.\n\nLaden Sie das Archiv herunter und"
                + " entpacken Sie es es.\n\nFühren Sie `concord check docs` aus, um die Dokumentation zu prüfen.\n");
        CliRunner.Result again = CliRunner.run("check", "--format", "json", docs);
        assertEquals(0, again.exit(), again.out() + again.err());
        JsonNode summary = JSON.readTree(again.out()).path("summary");
        assertEquals(0, JSON.readTree(again.out()).path("issues").size(), again.out());
        assertEquals(2, summary.path("baselined").asInt());
        assertEquals(1, summary.path("suppressed").asInt());

        // 4. A new warning is reported, at its new place, and fails the build.
        write("docs/fr/index.md", "# Bienvenue dans Concord\n\nConcord vérifie la documentation traduite avant sa"
                + " publication.\n\nInstallez-le avec une seule comande et lancez-le en intégration continue.\n");
        CliRunner.Result regression = CliRunner.run("check", "--format", "github", docs);
        assertEquals(1, regression.exit());
        String annotations = regression.out().replace(repo + "/", "");
        assertTrue(annotations.startsWith("::warning file=docs/fr/index.md,line=5,"), annotations);
        assertTrue(annotations.contains("(1 suppressed, 2 baselined)"), annotations);
    }
}
