package dev.concord.config;

import dev.concord.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One {@code .concord.yml}, read and checked: every key is optional, and null or empty means "not set here".
 * Globs and paths are relative to {@link #folder()}.
 */
record ConfigFile(
        Path file,
        boolean root,
        String language,
        String sourceLanguage,
        List<LanguageGlob> languages,
        List<Pair> pairs,
        List<Glob> include,
        List<Glob> exclude,
        List<Path> termbases,
        List<Path> ruleFolders,
        List<RuleReference> disable,
        List<RuleReference> enable,
        Map<String, Severity> severities,
        List<RuleReference> severityRules,
        String failOn,
        Boolean grammar,
        List<String> grammarDisableRules,
        List<String> grammarDisableCategories,
        List<String> grammarEnableRules,
        Boolean checkNameSpelling,
        List<String> acceptWords,
        Path baseline,
        Map<String, List<String>> accept,
        List<String> htmlSkip) {

    /** The folder that the file's globs and paths are relative to. */
    Path folder() {
        return file.getParent();
    }

    /** A glob and the target language of the files it matches. */
    record LanguageGlob(Glob glob, String language) {
    }

    /** A source/target pairing: files matching {@code target} translate the file {@code source} names. */
    record Pair(PairPattern source, PairPattern target, ConfigLocation where) {
    }

    /** A rule id, family or pack named in the file, with where, for warnings about ids no rule has. */
    record RuleReference(String id, ConfigLocation where) {
    }
}
