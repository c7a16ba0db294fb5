package dev.concord.pack;

import dev.concord.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;
import org.languagetool.rules.patterns.bitext.BitextPatternRule;
import org.languagetool.rules.patterns.bitext.BitextPatternRuleLoader;

/**
 * Turns a checked rule file into LanguageTool rule objects with LanguageTool's own loaders: {@link PatternRuleLoader}
 * for monolingual files, {@link BitextPatternRuleLoader} for bilingual ones. When a loader fails, it loads the file's
 * rules one at a time to name the rule (and line) it failed on.
 */
final class PackLoader {
    private PackLoader() {
    }

    /** True when LanguageTool has a module for every language the file needs. */
    static boolean canLoad(PackFile file) {
        return hasModule(file.targetLanguage()) && (file.sourceLanguage() == null || hasModule(file.sourceLanguage()));
    }

    static boolean hasModule(String language) {
        String base = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
        return Languages.isLanguageSupported(base);
    }

    /** The LanguageTool language that loads a pack's rules: the pack's base language. */
    static Language languageOf(String targetLanguage) {
        String base = targetLanguage.contains("-") ? targetLanguage.substring(0, targetLanguage.indexOf('-'))
                : targetLanguage;
        return Languages.getLanguageForShortCode(base);
    }

    /** The pattern rules of a monolingual file. */
    static List<AbstractPatternRule> monolingual(PackFile file) throws InputException {
        Language language = languageOf(file.targetLanguage());
        try {
            return loadMonolingual(file.xml(), file.name(), language);
        } catch (IOException | RuntimeException e) {
            throw locate(file, e, xml -> loadMonolingual(xml, file.name(), language));
        }
    }

    /** The bitext rules of a bilingual file. */
    static List<BitextPatternRule> bilingual(PackFile file) throws InputException {
        try {
            return loadBilingual(file.xml(), file.name());
        } catch (IOException | RuntimeException e) {
            throw locate(file, e, xml -> loadBilingual(xml, file.name()));
        }
    }

    private static List<AbstractPatternRule> loadMonolingual(String xml, String name, Language language)
            throws IOException {
        return new PatternRuleLoader().getRules(stream(xml), name, language);
    }

    private static List<BitextPatternRule> loadBilingual(String xml, String name) throws IOException {
        return new BitextPatternRuleLoader().getRules(stream(xml), name);
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface Load {
        List<?> run(String xml) throws IOException;
    }

    /**
     * The error for a file LanguageTool's loader refused: each rule (or rule group) is loaded alone, inside the
     * file's root element and shared sections, and the first that fails is named with its line.
     */
    private static InputException locate(PackFile file, Exception failure, Load load) {
        String closing = "</rules>";
        for (PackFile.Block block : file.blocks()) {
            String alone = file.prologue() + "<category id=\"CONCORD_ISOLATED\" name=\"isolated\">\n"
                    + file.xml().substring(block.start(), block.end()) + "\n</category>\n" + closing;
            try {
                load.run(alone);
            } catch (IOException | RuntimeException e) {
                return new InputException(file.name(), block.line(), 0,
                        "rule " + block.ruleId() + ": LanguageTool cannot load it: " + rootMessage(e), e);
            }
        }
        return new InputException(file.name(), 0, 0, "LanguageTool cannot load it: " + rootMessage(failure), failure);
    }

    /** The innermost cause's message: the loaders wrap the parser's and the handler's exceptions. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        List<Throwable> seen = new ArrayList<>();
        while (t.getCause() != null && !seen.contains(t.getCause())) {
            seen.add(t);
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.strip().replace('\n', ' ');
    }
}
