package dev.concord.bench;

import com.ibm.icu.util.ULocale;
import dev.concord.grammar.LanguageToolLanguages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.languagetool.JLanguageTool;

/**
 * LanguageTool's own start, the yardstick of Concord's command line with grammar on: a fresh JVM that builds a
 * {@code JLanguageTool} for a language and checks a file with it, printing the number of matches. {@link BenchmarkSuite}
 * runs it from the same jar as Concord's command line ({@code java -cp target/concord.jar:target/test-classes
 * dev.concord.bench.LanguageToolStart fr FILE}), so that both load the same LanguageTool classes from the same place.
 */
public final class LanguageToolStart {
    private LanguageToolStart() {
    }

    public static void main(String[] args) throws Exception {
        JLanguageTool lt = new JLanguageTool(LanguageToolLanguages.find(ULocale.forLanguageTag(args[0])));
        String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        System.out.println(lt.check(text).size() + " matches");
    }
}
