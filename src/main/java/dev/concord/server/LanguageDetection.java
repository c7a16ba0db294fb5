package dev.concord.server;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * {@code language=auto}: the language of a text among those LanguageTool has a module for here, by the n-gram
 * profiles of the language detector LanguageTool itself builds on (optimaize, a dependency of LanguageTool's core).
 * LanguageTool's own identifier cannot be used without its Catalan module, which Concord does not ship.
 */
final class LanguageDetection {
    /** What was detected: the language, and the detector's probability for it (0 when it fell back). */
    record Detected(Language language, double confidence) {
    }

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    LanguageDetection() {
        Set<String> codes = new LinkedHashSet<>();
        Languages.get().forEach(l -> codes.add(l.getShortCode()));
        List<LanguageProfile> profiles = new ArrayList<>();
        LanguageProfileReader reader = new LanguageProfileReader();
        try {
            for (String code : codes) {
                if (LanguageDetection.class.getResource("/languages/" + code) != null) {
                    profiles.add(reader.readBuiltIn(LdLocale.fromString(code)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language profiles", e);
        }
        this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
    }

    /**
     * The language of {@code text}: the likeliest, or the likeliest of the {@code preferred} languages (codes such
     * as {@code en}, {@code de}) when it is one of them; English when nothing is likely at all.
     */
    Detected detect(String text, List<String> preferred) {
        List<com.optimaize.langdetect.DetectedLanguage> found = detector.getProbabilities(texts.forText(text));
        if (found.isEmpty()) {
            return new Detected(Languages.getLanguageForShortCode("en"), 0);
        }
        com.optimaize.langdetect.DetectedLanguage best = found.get(0);
        for (com.optimaize.langdetect.DetectedLanguage d : found) {
            if (preferred.contains(d.getLocale().getLanguage()) && d.getProbability() > 0.1) {
                best = d;
                break;
            }
        }
        return new Detected(Languages.getLanguageForShortCode(best.getLocale().getLanguage()), best.getProbability());
    }
}
