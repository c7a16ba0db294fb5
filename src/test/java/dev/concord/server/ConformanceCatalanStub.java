package dev.concord.server;

import java.util.List;
import java.util.ResourceBundle;
import org.languagetool.Language;
import org.languagetool.UserConfig;
import org.languagetool.language.Contributor;
import org.languagetool.rules.Rule;

/**
 * A Catalan that exists only while LanguageTool's HTTP server is built (see {@link ConformanceLanguageToolServer}).
 *
 * <p>LanguageTool 6.8's language identifier looks up Catalan in a static initialiser
 * ({@code CommonWordsDetector}: {@code Languages.getLanguageForShortCode("ca")}) and throws when language-ca is not on
 * the classpath, which it is not here (the test dependency excludes language-all). This stand-in lets that
 * initialiser finish. It has no rules and no common words, and the detector only ever scores Catalan down (words
 * that cannot be Catalan), so it never wins a detection; it is taken off LanguageTool's language list again before
 * either server answers a request.
 */
public final class ConformanceCatalanStub extends Language {

    public ConformanceCatalanStub() {
    }

    @Override
    public String getShortCode() {
        return "ca";
    }

    @Override
    public String getName() {
        return "Catalan (conformance stand-in)";
    }

    @Override
    public String[] getCountries() {
        return new String[] {"ES"};
    }

    @Override
    public Contributor[] getMaintainers() {
        return new Contributor[0];
    }

    @Override
    public List<Rule> getRelevantRules(ResourceBundle messages, UserConfig userConfig, Language motherTongue,
            List<Language> altLanguages) {
        return List.of();
    }

    @Override
    public String getCommonWordsPath() {
        return null;
    }
}
