package dev.concord.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.concord.InputException;
import dev.concord.config.Baseline;
import dev.concord.config.ConfigFiles;
import dev.concord.pack.RulePacks;
import dev.concord.terms.Termbase;
import java.nio.file.Path;
import java.util.List;

/**
 * The readers of what configures a check, fed arbitrary bytes: termbases (TBX, CSV, TSV), {@code .concord.yml},
 * baselines and rule packs. Each reads its input or refuses it with an {@link InputException}; anything else is a
 * crash. The regular build replays the seeds under {@code SettingsReadersFuzzTestInputs/<method>/}.
 */
class SettingsReadersFuzzTest {

    @FuzzTest
    void tbx(byte[] input) throws InputException {
        loadTermbase("glossary.tbx", input);
    }

    @FuzzTest
    void csvGlossary(byte[] input) throws InputException {
        loadTermbase("glossary.csv", input);
    }

    @FuzzTest
    void tsvGlossary(byte[] input) throws InputException {
        loadTermbase("glossary.tsv", input);
    }

    @FuzzTest
    void concordYml(byte[] input) {
        Path file = FuzzFiles.write("config/.concord.yml", input);
        try {
            ConfigFiles config = ConfigFiles.only(file);
            // The settings of a file are where the config's globs and pairs are applied.
            config.settingsFor(file.resolveSibling("docs/fr/page.md"));
        } catch (InputException expected) {
            // The one way a reader may refuse its input.
        }
    }

    @FuzzTest
    void baseline(byte[] input) {
        try {
            Baseline.read(FuzzFiles.write("baseline/concord-baseline.json", input));
        } catch (InputException expected) {
            // As above.
        }
    }

    @FuzzTest
    void rulePack(byte[] input) {
        loadPack("packs-fr", "fr", input);
    }

    @FuzzTest
    void bilingualRulePack(byte[] input) {
        loadPack("packs-en-fr", "en-fr", input);
    }

    private static void loadTermbase(String name, byte[] input) throws InputException {
        try {
            Termbase.load(FuzzFiles.write("terms/" + name, input));
        } catch (InputException expected) {
            // As above.
        } catch (java.io.IOException e) {
            throw new AssertionError("a termbase reader threw an IOException that is not an InputException", e);
        }
    }

    /** A folder of one pack ({@code fr/} or {@code en-fr/}) whose only rule file is the input. */
    private static void loadPack(String folder, String pack, byte[] input) {
        FuzzFiles.write(folder + "/" + pack + "/fuzz.xml", input);
        try {
            RulePacks.none().withFolders(List.of(FuzzFiles.folder().resolve(folder)));
        } catch (InputException expected) {
            // As above.
        }
    }
}
