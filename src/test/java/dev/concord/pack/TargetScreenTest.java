package dev.concord.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import dev.concord.Checker;
import dev.concord.grammar.LanguageToolAnalyzer;
import dev.concord.grammar.LanguageToolLanguages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;

/**
 * The screen that spares LanguageTool's analysis of units no pack rule can match never turns away a text its rule
 * matches: every incorrect example of every bundled pack rule passes its rule's screen (on the target side), and
 * plain text without the rules' words does not.
 */
class TargetScreenTest {
    private static final List<String> LANGUAGES = List.of("fr", "de", "es", "ru", "en");

    @Test
    void everyIncorrectExampleOfEveryBundledRulePassesItsScreen() {
        Checker checker = Checker.builder().targetLocale("fr").build();
        RulePacks packs = checker.rulePacks();
        LanguageToolAnalyzer analyzer = new LanguageToolAnalyzer(checker.languageToolPools());
        int checked = 0;
        List<String> turnedAway = new ArrayList<>();
        for (String tag : LANGUAGES) {
            ULocale locale = ULocale.forLanguageTag(tag);
            Language language = LanguageToolLanguages.find(locale);
            TargetScreen screen = packs.screen(language, false);
            for (Rule rule : packs.rulesFor(language)) {
                RulePacks.Loaded loaded = packs.loaded(rule);
                if (loaded == null || loaded.target() == null) {
                    continue;
                }
                for (IncorrectExample example : loaded.target().getIncorrectExamples()) {
                    String text = example.getExample().replace("<marker>", "").replace("</marker>", "");
                    checked++;
                    if (!screen.mayMatch(loaded, text, () -> analyzer.readings(text, locale),
                            TargetScreen.Overruns.IGNORED)) {
                        turnedAway.add(rule.getId() + ": " + text);
                    }
                }
            }
        }
        assertTrue(checked >= 40, "examples checked: " + checked); // 45 when written
        assertTrue(turnedAway.isEmpty(), "turned away: " + turnedAway);
    }

    @Test
    void aTextWithoutTheRulesWordsIsTurnedAwayWithoutTagging() {
        Checker checker = Checker.builder().targetLocale("fr").build();
        TargetScreen screen = checker.rulePacks().screen(LanguageToolLanguages.find(ULocale.forLanguageTag("fr")),
                false);
        LanguageToolAnalyzer analyzer = new LanguageToolAnalyzer(checker.languageToolPools());
        ULocale fr = ULocale.forLanguageTag("fr");
        String plain = "Fichier introuvable";
        assertFalse(screen.mayMatch(plain, () -> analyzer.readings(plain, fr), r -> true,
                TargetScreen.Overruns.IGNORED), plain);
        String curators = "Les conservateurs des manifestations appellent à se rassembler.";
        assertTrue(screen.mayMatch(curators, () -> analyzer.readings(curators, fr), r -> true,
                TargetScreen.Overruns.IGNORED), curators);
    }
}
