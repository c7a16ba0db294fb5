package dev.concord.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.IssueType;
import dev.concord.Locales;
import dev.concord.Span;
import dev.concord.Version;
import dev.concord.grammar.LanguageToolRule;
import dev.concord.report.RuleInfo;
import dev.concord.text.LineIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import dev.concord.grammar.LanguageToolMatchDetails;
import org.languagetool.DetectedLanguage;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * LanguageTool's HTTP API v2 ({@code /v2/check}, {@code /v2/languages}), answered with Concord's rules on top of
 * LanguageTool's: a LanguageTool client gains Concord's checks by changing its server's URL. Concord's extensions are
 * the parameters {@code sourceText}, {@code sourceLanguage} (bilingual checks), {@code profile} and
 * {@code concordRules}, and a {@code concord} object in each match.
 */
final class LanguageToolApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Characters of context on each side of a match, as LanguageTool's server gives by default. */
    private static final int CONTEXT_SIZE = 40;
    /** The prefix of Concord's families as LanguageTool categories. */
    private static final String CONCORD_CATEGORY = "CONCORD_";
    /** Numbers the requests, so that each check's document has a name of its own. */
    private static final java.util.concurrent.atomic.AtomicLong REQUESTS = new java.util.concurrent.atomic.AtomicLong();

    private final CheckService service;
    private final int maxTextLength;
    /** LanguageTool's rules per language code, for their descriptions and categories. */
    private final Map<String, Map<String, org.languagetool.rules.Rule>> languageToolRules = new ConcurrentHashMap<>();
    private volatile LanguageDetection detection;

    LanguageToolApi(CheckService service, int maxTextLength) {
        this.service = service;
        this.maxTextLength = maxTextLength;
    }

    /** {@code GET /v2/languages}: every language code LanguageTool knows here, as LanguageTool's server lists them. */
    String languages() {
        ArrayNode out = JSON.createArrayNode();
        Set<String> listed = new java.util.HashSet<>();
        for (Language l : Languages.get()) {
            String longCode = l.getShortCodeWithCountryAndVariant();
            listed.add(longCode);
            out.addObject().put("name", l.getName()).put("code", l.getShortCode()).put("longCode", longCode);
        }
        // Then the codes that stand for a language without a class of their own (es-ES for Spanish).
        Languages.getLongCodeToLangMapping().forEach((longCode, l) -> {
            if (listed.add(longCode)) {
                out.addObject().put("name", l.getName()).put("code", l.getShortCode()).put("longCode", longCode);
            }
        });
        return out.toString();
    }

    /** {@code POST /v2/check}. */
    String check(Call call) throws HttpFailure {
        String text = call.param("text");
        String data = call.param("data");
        if (text == null && data == null) {
            throw HttpFailure.badRequest("missing 'text' or 'data' parameter");
        }
        if (text != null && data != null) {
            throw HttpFailure.badRequest("set only 'text' or 'data' parameter, not both");
        }
        AnnotatedInput input = text != null ? AnnotatedInput.plain(text) : AnnotatedInput.parse(data);
        if (input.plain().length() > maxTextLength) {
            throw HttpFailure.tooLarge("the text is " + input.plain().length() + " characters long; this server "
                    + "checks at most " + maxTextLength);
        }
        String code = call.param("language");
        if (code == null || code.isBlank()) {
            throw HttpFailure.badRequest("missing 'language' parameter: a language code such as 'en-US', or 'auto'");
        }
        List<String> preferredVariants = list(call.param("preferredVariants"));
        DetectedLanguage detected;
        Language language;
        if (code.trim().equalsIgnoreCase("auto")) {
            for (String v : preferredVariants) {
                if (!v.contains("-")) {
                    throw HttpFailure.badRequest("invalid format for 'preferredVariants', expected a dash as in "
                            + "'en-GB': '" + v + "'");
                }
            }
            detected = detect(input.plain(), preferredVariants);
            language = detected.getGivenLanguage();
        } else {
            if (call.param("preferredVariants") != null) {
                throw HttpFailure.badRequest("'preferredVariants' can only be used with language=auto");
            }
            language = language(code.trim());
            detected = new DetectedLanguage(language, language, 1f, "given");
        }
        Set<String> enabledRules = new LinkedHashSet<>(list(call.param("enabledRules")));
        Set<String> disabledRules = new LinkedHashSet<>(list(call.param("disabledRules")));
        Set<String> enabledCategories = new LinkedHashSet<>(list(call.param("enabledCategories")));
        Set<String> disabledCategories = new LinkedHashSet<>(list(call.param("disabledCategories")));
        boolean enabledOnly = call.flag("enabledOnly", false);
        if (enabledOnly && enabledRules.isEmpty() && enabledCategories.isEmpty()) {
            throw HttpFailure.badRequest("'enabledOnly' needs 'enabledRules' or 'enabledCategories'");
        }
        String level = call.param("level");
        boolean picky = level != null && level.trim().equalsIgnoreCase("picky");
        if (level != null && !picky && !level.isBlank() && !level.trim().equalsIgnoreCase("default")) {
            throw HttpFailure.badRequest("'level' must be 'default' or 'picky', not '" + level + "'");
        }
        boolean concordRules = call.flag("concordRules", true);
        String profile = call.param("profile");
        String motherTongue = call.param("motherTongue");
        if (motherTongue != null && !motherTongue.isBlank()) {
            // LanguageTool's false-friend rules are per language: "de" for "de-DE" too.
            motherTongue = language(motherTongue.trim()).getShortCode();
        } else {
            motherTongue = null;
        }

        // LanguageTool's rules and categories are switched before the check, as its server does (a disabled rule's
        // match must not hide another's); Concord's own are left out of the answer.
        Map<String, org.languagetool.rules.Rule> ltRules = languageToolRules(language, profile);
        Set<String> turnOn = new LinkedHashSet<>();
        for (org.languagetool.rules.Rule r : ltRules.values()) {
            if (r.isDefaultOff() && (enabledRules.contains(r.getId())
                    || enabledCategories.contains(r.getCategory().getId().toString()))) {
                turnOn.add(r.getId());
            }
        }
        // Only ids this language has: each distinct set costs a checker of its own, and unknown ids change nothing.
        Set<String> categories = ltRules.values().stream().map(r -> r.getCategory().getId().toString())
                .collect(Collectors.toSet());
        Set<String> turnOff = disabledRules.stream().filter(ltRules::containsKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> categoriesOff = disabledCategories.stream().filter(categories::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Checker checker = service.checker(new CheckService.Variant(profile, turnOn, turnOff, categoriesOff,
                !concordRules, picky, motherTongue));

        // A name of its own, so that LanguageTool's details of this request's matches are this request's.
        String name = "text#" + REQUESTS.incrementAndGet();
        Document document = Document.ofText(name, input.plain())
                .withTargetLocale(language.getShortCodeWithCountryAndVariant());
        String sourceText = call.param("sourceText");
        if (sourceText != null) {
            String sourceLanguage = call.param("sourceLanguage");
            if (sourceLanguage == null || sourceLanguage.isBlank()) {
                sourceLanguage = service.profile(profile).sourceLanguage();
            }
            if (sourceLanguage == null) {
                throw HttpFailure.badRequest("'sourceText' needs 'sourceLanguage', the language of the source");
            }
            try {
                document = document.pairedWith(Document.ofText("source", sourceText))
                        .withSourceLocale(Locales.normalize(sourceLanguage.trim()));
            } catch (InputException e) {
                throw HttpFailure.badRequest(e.detail());
            } catch (IllegalArgumentException e) {
                throw HttpFailure.badRequest("'sourceLanguage': " + e.getMessage());
            }
        }
        LanguageToolMatchDetails details = service.details();
        details.expect(name);
        CheckService.Outcome outcome;
        Map<LanguageToolMatchDetails.Key, LanguageToolMatchDetails.Details> said;
        try {
            outcome = service.check(checker, List.of(document));
        } finally {
            said = details.take(name);
        }

        Sentences sentences = Sentences.of(checker, language, input.plain());
        LineIndex lines = document.target().lines();
        ArrayNode matches = JSON.createArrayNode();
        List<Issue> issues = new ArrayList<>(outcome.issues());
        issues.sort(Comparator.comparingInt((Issue i) -> i.span().line()).thenComparingInt(i -> i.span().column()));
        for (Issue issue : issues) {
            boolean fromLanguageTool = issue.ruleId().startsWith(LanguageToolRule.ID_PREFIX);
            if (!concordRules && !fromLanguageTool) {
                continue;
            }
            String id = fromLanguageTool ? issue.ruleId().substring(LanguageToolRule.ID_PREFIX.length())
                    : issue.ruleId();
            Span s = issue.span();
            LanguageToolMatchDetails.Details d = fromLanguageTool ? said.get(new LanguageToolMatchDetails.Key(
                    s.unitId(), s.start(), s.end(), issue.ruleId())) : null;
            String category = d != null ? d.categoryId() : concordCategory(id);
            String shown = d != null && d.specificId() != null ? d.specificId() : id;
            if (disabledRules.contains(id) || disabledRules.contains(shown) || disabledRules.contains(family(id))
                    || disabledCategories.contains(category) || enabledOnly && !enabledRules.contains(id)
                    && !enabledRules.contains(shown) && !enabledCategories.contains(category)) {
                continue;
            }
            int start = lines.offsetOfCodePointColumn(s.line(), s.column());
            int end = lines.offsetOfCodePointColumn(s.endLine(), s.endColumn());
            matches.add(match(issue, id, d, category, checker, input, start, end, sentences));
        }

        ObjectNode out = JSON.createObjectNode();
        ObjectNode software = out.putObject("software");
        software.put("name", "Concord").put("version", Version.concord()).put("buildDate", JLanguageTool.BUILD_DATE)
                .put("apiVersion", 1).put("premium", false).put("premiumHint", "").put("status", "")
                .put("languagetool", Version.languageTool());
        out.putObject("warnings").put("incompleteResults", outcome.incomplete());
        ObjectNode lang = out.putObject("language");
        lang.put("name", language.getName()).put("code", language.getShortCodeWithCountryAndVariant());
        lang.putObject("detectedLanguage").put("name", detected.getDetectedLanguage().getName())
                .put("code", detected.getDetectedLanguage().getShortCodeWithCountryAndVariant())
                .put("confidence", detected.getDetectionConfidence())
                .put("source", detected.getDetectionSource() == null ? "" : detected.getDetectionSource());
        out.set("matches", matches);
        ArrayNode ranges = out.putArray("sentenceRanges");
        ArrayNode extended = out.putArray("extendedSentenceRanges");
        for (int[] r : sentences.ranges()) {
            int from = input.originalOffset(r[0]);
            int to = input.originalEnd(r[0], r[1]);
            ranges.addArray().add(from).add(to);
            ObjectNode e = extended.addObject().put("from", from).put("to", to);
            e.putArray("detectedLanguages").addObject().put("language", detected.getDetectedLanguage().getShortCode())
                    .put("rate", 1.0);
        }
        return out.toString();
    }

    private ObjectNode match(Issue issue, String id, LanguageToolMatchDetails.Details d, String category,
            Checker checker, AnnotatedInput input, int start, int end, Sentences sentences) {
        ObjectNode m = JSON.createObjectNode();
        int offset = input.originalOffset(start);
        int length = input.originalEnd(start, end) - offset;
        m.put("message", d != null ? d.message() : issue.message());
        m.put("shortMessage", d != null ? d.shortMessage() : "");
        ArrayNode replacements = m.putArray("replacements");
        for (int i = 0; i < issue.suggestions().size(); i++) {
            ObjectNode r = replacements.addObject().put("value", issue.suggestions().get(i));
            String described = d != null && i < d.replacementDescriptions().size() ? d.replacementDescriptions().get(i)
                    : "";
            if (!described.isEmpty()) {
                r.put("shortDescription", described);
            }
        }
        m.put("offset", offset).put("length", length);
        // The context is cut from the text as the client sent it (markup included), as LanguageTool's server does.
        String original = input.original();
        int from = Math.max(0, offset - CONTEXT_SIZE);
        int to = Math.min(original.length(), offset + length + CONTEXT_SIZE);
        String prefix = offset >= CONTEXT_SIZE ? "..." : "";
        String context = prefix + original.substring(from, to).replace('\n', ' ').replace('\r', ' ')
                + (offset + length + CONTEXT_SIZE <= original.length() ? "..." : "");
        m.putObject("context").put("text", context).put("offset", prefix.length() + offset - from)
                .put("length", length);
        m.put("sentence", sentences.sentenceAt(start));
        m.putObject("type").put("typeName", d != null ? d.typeName()
                : issue.type() == IssueType.MISSPELLING ? "UnknownWord" : "Other");
        ObjectNode rule = m.putObject("rule");
        // LanguageTool names a match by its specific id (a rule of a group: ES_SIMPLE_REPLACE_SIMPLE_HABIA).
        rule.put("id", d != null && d.specificId() != null ? d.specificId() : id);
        if (d != null) {
            if (d.subId() != null) {
                rule.put("subId", d.subId());
            }
            rule.put("description", d.description());
            rule.put("issueType", d.issueType());
            if (d.url() != null) {
                rule.putArray("urls").addObject().put("value", d.url());
            }
            rule.putObject("category").put("id", category).put("name", d.categoryName());
            if (!d.tags().isEmpty()) {
                ArrayNode tags = rule.putArray("tags");
                d.tags().forEach(tags::add);
            }
            if (d.tempOff()) {
                rule.put("tempOff", true);
            }
        } else {
            rule.put("description", describe(checker, id));
            rule.put("issueType", issue.type().itsName());
            rule.putObject("category").put("id", category).put("name", "Concord: " + family(id));
        }
        rule.put("isPremium", false);
        m.put("ignoreForIncompleteSentence", false);
        m.put("contextForSureMatch", 0);
        ObjectNode concord = m.putObject("concord");
        concord.put("ruleId", issue.ruleId()).put("severity", issue.severity().label())
                .put("type", issue.type().itsName()).put("mqm", issue.mqm()).put("fingerprint", issue.fingerprint());
        if (issue.sourceText() != null) {
            concord.put("source", issue.sourceText());
        } else {
            concord.putNull("source");
        }
        return m;
    }

    /** Concord's rules as LanguageTool categories: one per family ({@code CONCORD_NAMES} for names.*). */
    static String concordCategory(String ruleId) {
        return CONCORD_CATEGORY + family(ruleId).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String family(String ruleId) {
        int dot = ruleId.indexOf('.');
        return dot < 0 ? ruleId : ruleId.substring(0, dot);
    }

    /** A Concord rule's description: the rule's own, else its family's; the id when none is known. */
    private static String describe(Checker checker, String id) {
        RuleInfo info = RuleInfo.describing(checker.rules().stream().map(RuleInfo::of).toList(), id);
        return info != null ? info.description() : id;
    }

    /** The rules of LanguageTool's full object for {@code language}, read once per language. */
    private Map<String, org.languagetool.rules.Rule> languageToolRules(Language language, String profile)
            throws HttpFailure {
        String code = language.getShortCodeWithCountryAndVariant();
        Map<String, org.languagetool.rules.Rule> known = languageToolRules.get(code);
        if (known != null) {
            return known;
        }
        Checker base = service.checker(CheckService.Variant.of(profile));
        Map<String, org.languagetool.rules.Rule> rules = base.languageToolPools().with(language,
                lt -> lt.getAllRules().stream().collect(Collectors.toMap(org.languagetool.rules.Rule::getId,
                        r -> r, (a, b) -> a)));
        languageToolRules.put(code, rules);
        return rules;
    }

    /** The LanguageTool language for a code, or LanguageTool's 400 for an unknown one. */
    static Language language(String code) throws HttpFailure {
        try {
            return Languages.getLanguageForShortCode(code);
        } catch (IllegalArgumentException e) {
            throw HttpFailure.badRequest("'" + code + "' is not a language code known here; the codes are "
                    + Languages.get().stream().map(Language::getShortCodeWithCountryAndVariant).sorted()
                            .collect(Collectors.joining(", ")));
        }
    }

    private DetectedLanguage detect(String text, List<String> preferredVariants) throws HttpFailure {
        LanguageDetection d = detection;
        if (d == null) {
            synchronized (this) {
                if (detection == null) {
                    detection = new LanguageDetection();
                }
                d = detection;
            }
        }
        List<String> preferred = preferredVariants.stream().map(v -> v.split("-")[0].toLowerCase(Locale.ROOT))
                .distinct().toList();
        LanguageDetection.Detected found = d.detect(text, preferred);
        Language detected = found.language();
        Language given = detected;
        for (String variant : preferredVariants) {
            if (variant.split("-")[0].equalsIgnoreCase(detected.getShortCode())) {
                given = language(variant);
                break;
            }
        }
        // A language whose spelling needs a variant (en, de, pt) is checked as its default one.
        if (given.getDefaultLanguageVariant() != null && given.getShortCodeWithCountryAndVariant().indexOf('-') < 0) {
            given = given.getDefaultLanguageVariant();
        }
        return new DetectedLanguage(given, detected, (float) found.confidence(), "ngram");
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
