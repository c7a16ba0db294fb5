package dev.concord.pack;

import dev.concord.InputException;
import dev.concord.IssueType;
import dev.concord.Severity;
import dev.concord.format.SafeXml;
import dev.concord.text.BoundedRegex;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.languagetool.rules.patterns.StringMatcher;

/**
 * Reads a rule file before LanguageTool's loaders do: refuses what is unsafe (a DOCTYPE, hence external entities;
 * huge files; regular expressions that can take exponential time), checks what LanguageTool's loaders do not (ids,
 * names, the languages against the pack's folder, ITS types, severities), and keeps what they drop (line numbers,
 * severities, and the corrections of bilingual examples). Every problem is an {@link InputException} naming the file,
 * the line and, inside a rule, the rule's id.
 */
final class PackFileReader {
    /** The XML namespace of Concord's own attributes in rule files ({@code concord:severity}). */
    static final String NAMESPACE = "urn:dev.concord:rules";
    /** Rule files larger than this are refused: packs are written by hand. */
    static final int MAX_CHARS = 8 * 1024 * 1024;
    /**
     * The length of the probes of a {@code <regexp>}: LanguageTool matches those on sentences of up to 2,000
     * characters, but a quarter of that tells an expression that backtracks cubically or worse from one that is
     * merely quadratic, in a sixteenth of the time.
     */
    static final int SENTENCE_PROBE_LENGTH = 500;
    private static final int MAX_DEPTH = 64;
    /** A type used when neither the rule, its group nor its category declares one: what packs are for. */
    private static final IssueType DEFAULT_TYPE = IssueType.MISTRANSLATION;

    private final String name;
    private final String pack;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final String xml;
    private final boolean bundled;
    /** True while the regular expression being read is a {@code <regexp>}, matched on sentences, not tokens. */
    private boolean regexOfSentence;

    private final List<PackFile.Entry> entries = new ArrayList<>();
    private final List<PackFile.Block> blocks = new ArrayList<>();
    private final StringBuilder prologue = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private XMLStreamReader reader;

    // What encloses the current position.
    private Scope category;
    private Scope group;
    private Scope rule;
    private int groupSubIds;
    private int blockStart = -1;
    private String ruleSource;
    private List<PackFile.Example> examples;
    private ExampleDraft example;
    private boolean inAntipattern;
    private StringBuilder regexText;
    private int regexLine;
    private int sectionStart = -1;

    /** The attributes of a category, rule group or rule that its rules inherit. */
    private record Scope(String id, String name, IssueType type, Severity severity, boolean off, int line) {
    }

    /** An example being read. */
    private static final class ExampleDraft {
        final boolean incorrect;
        final List<String> corrections;
        final int line;
        final StringBuilder text = new StringBuilder();
        final StringBuilder source = new StringBuilder();
        StringBuilder current;
        boolean sawSource;

        ExampleDraft(boolean incorrect, List<String> corrections, int line) {
            this.incorrect = incorrect;
            this.corrections = corrections;
            this.line = line;
        }
    }

    private PackFileReader(String name, String pack, String sourceLanguage, String targetLanguage, String xml,
            boolean bundled) {
        this.name = name;
        this.pack = pack;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.xml = xml;
        this.bundled = bundled;
    }

    /** Reads and checks the rule file {@code name} of pack {@code pack}, whose text is {@code xml}. */
    static PackFile read(String name, String pack, String sourceLanguage, String targetLanguage, String xml,
            boolean bundled) throws InputException {
        if (xml.length() > MAX_CHARS) {
            throw new InputException(name, 0, 0, "rule file larger than " + (MAX_CHARS / (1024 * 1024))
                    + " MB: split it into several files");
        }
        PackFileReader r = new PackFileReader(name, pack, sourceLanguage, targetLanguage, xml, bundled);
        r.run();
        return new PackFile(name, pack, sourceLanguage, targetLanguage, xml, r.entries, r.blocks,
                r.prologue.toString(), bundled);
    }

    private void run() throws InputException {
        XMLInputFactory factory = SafeXml.newInputFactory();
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw error("a DOCTYPE is not allowed in rule files");
                    case XMLStreamConstants.START_ELEMENT -> start(reader.getLocalName());
                    case XMLStreamConstants.END_ELEMENT -> end(reader.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text(reader.getText());
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new InputException(name, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(),
                    inRule() + "not well-formed XML: " + SafeXml.problem(e));
        }
        if (entries.isEmpty()) {
            throw new InputException(name, 0, 0, "holds no <rule>");
        }
    }

    private void start(String element) throws InputException {
        if (open.size() >= MAX_DEPTH) {
            throw error("elements nested deeper than " + MAX_DEPTH);
        }
        int overlong = SafeXml.overlongAttribute(reader);
        if (overlong >= 0) {
            throw error(SafeXml.overlongAttributeMessage(reader.getAttributeLocalName(overlong)));
        }
        if (open.isEmpty()) {
            root(element);
        } else if (open.size() == 1 && (element.equals("phrases") || element.equals("unification"))) {
            sectionStart = tagStart(element);
        }
        open.push(element);
        switch (element) {
            case "category" -> category = scope(null, false);
            case "rulegroup" -> {
                if (isBilingualFile()) {
                    throw error("bilingual (bitext) rule files have no <rulegroup>: write separate <rule>s");
                }
                group = scope(category, true);
                groupSubIds = 0;
                blockStart = tagStart(element);
            }
            case "rule" -> startRule();
            case "source" -> {
                if (rule != null && isBilingualFile()) {
                    ruleSource = reader.getAttributeValue(null, "lang");
                    if (ruleSource == null || !ruleSource.equals(sourceLanguage)) {
                        throw error(inRule() + "<source lang=\"" + ruleSource + "\"> in pack " + pack
                                + ", whose source language is " + sourceLanguage);
                    }
                }
            }
            case "antipattern" -> inAntipattern = true;
            case "example" -> startExample();
            case "srcExample", "trgExample" -> {
                if (example == null) {
                    throw error(inRule() + "<" + element + "> outside an <example>");
                }
                example.current = element.equals("srcExample") ? example.source : example.text;
                example.sawSource |= element.equals("srcExample");
            }
            case "marker" -> {
                if (example != null) {
                    (example.current != null ? example.current : example.text).append("<marker>");
                }
            }
            case "token", "exception" -> {
                if ("yes".equals(reader.getAttributeValue(null, "postag_regexp"))) {
                    String postag = reader.getAttributeValue(null, "postag");
                    if (postag != null) {
                        checkRegex(postag, reader.getLocation().getLineNumber(), false);
                    }
                }
                if ("yes".equals(reader.getAttributeValue(null, "regexp"))) {
                    regexText = new StringBuilder();
                    regexLine = reader.getLocation().getLineNumber();
                }
            }
            case "regexp" -> {
                regexText = new StringBuilder();
                regexLine = reader.getLocation().getLineNumber();
                regexOfSentence = true;
            }
            default -> {
                if (regexText != null) {
                    // An element inside a token (a <match>) ends the token's own text.
                    checkRegex(regexText.toString(), regexLine, regexOfSentence);
                    regexText = null;
                    regexOfSentence = false;
                }
            }
        }
    }

    private void end(String element) throws InputException {
        open.pop();
        switch (element) {
            case "category" -> category = null;
            case "rulegroup" -> {
                blocks.add(new PackFile.Block(group.id(), group.line(), blockStart, tagEnd("rulegroup", blockStart)));
                if (groupSubIds == 0) {
                    throw new InputException(name, group.line(), 0, "rule group " + group.id() + " holds no <rule>");
                }
                group = null;
            }
            case "rule" -> endRule();
            case "antipattern" -> inAntipattern = false;
            case "example" -> endExample();
            case "srcExample", "trgExample" -> {
                if (example != null) {
                    example.current = null;
                }
            }
            case "marker" -> {
                if (example != null) {
                    (example.current != null ? example.current : example.text).append("</marker>");
                }
            }
            case "token", "exception", "regexp" -> {
                if (regexText != null) {
                    checkRegex(regexText.toString(), regexLine, regexOfSentence);
                    regexText = null;
                    regexOfSentence = false;
                }
            }
            case "phrases", "unification" -> {
                if (open.size() == 1 && sectionStart >= 0) {
                    prologue.append(xml, sectionStart, tagEnd(element, sectionStart)).append('\n');
                    sectionStart = -1;
                }
            }
            default -> {
            }
        }
    }

    private void text(String chars) {
        if (example != null) {
            (example.current != null ? example.current : example.text).append(chars);
        }
        if (regexText != null) {
            regexText.append(chars);
        }
    }

    private void root(String element) throws InputException {
        if (!element.equals("rules")) {
            throw error("the root element is <" + element + ">; a rule file's is <rules>");
        }
        int start = tagStart(element);
        prologue.append(xml, start, xml.indexOf('>', start) + 1).append('\n');
        String base = baseLanguage(targetLanguage);
        if (isBilingualFile()) {
            String target = reader.getAttributeValue(null, "targetLang");
            if (target == null) {
                throw error("pack " + pack + " is bilingual (its folder names a language pair): its files are"
                        + " LanguageTool bitext rules, <rules targetLang=\"" + base + "\">");
            }
            if (!target.equals(base)) {
                throw error("targetLang=\"" + target + "\" in pack " + pack + ", whose target language is " + base);
            }
        } else {
            String lang = reader.getAttributeValue(null, "lang");
            if (lang == null) {
                throw error("<rules> needs lang=\"" + base + "\" (the language of pack " + pack + ")");
            }
            if (!baseLanguage(lang).equals(base)) {
                throw error("lang=\"" + lang + "\" in pack " + pack + ", whose language is " + base);
            }
        }
    }

    private void startRule() throws InputException {
        if (rule != null) {
            throw error("rule " + rule.id() + " holds another <rule>");
        }
        if (group == null) {
            blockStart = tagStart("rule");
        }
        rule = scope(group != null ? group : category, group == null);
        if (group != null) {
            groupSubIds++;
        }
        ruleSource = null;
        examples = new ArrayList<>();
    }

    private void endRule() throws InputException {
        if (rule.name() == null) {
            throw new InputException(name, rule.line(), 0, "rule " + rule.id()
                    + " has no name: name=\"...\" is the one-line description that listings show");
        }
        if (isBilingualFile() && ruleSource == null) {
            throw new InputException(name, rule.line(), 0, "rule " + rule.id()
                    + " has no <source lang=\"" + sourceLanguage + "\"> pattern");
        }
        entries.add(new PackFile.Entry(rule.id(), group != null ? groupSubIds : 1, rule.line(), rule.name(),
                rule.type(), rule.severity(), !rule.off(), examples));
        if (group == null) {
            blocks.add(new PackFile.Block(rule.id(), rule.line(), blockStart, tagEnd("rule", blockStart)));
        }
        rule = null;
        examples = null;
    }

    private void startExample() throws InputException {
        if (rule == null) {
            if (group != null && inAntipattern) {
                return; // an example of a rule group's antipattern: LanguageTool tests it; nothing to keep here
            }
            throw error("<example> outside a <rule>");
        }
        String type = reader.getAttributeValue(null, "type");
        String correction = reader.getAttributeValue(null, "correction");
        boolean incorrect = !inAntipattern && ("incorrect".equals(type) || correction != null);
        List<String> corrections = new ArrayList<>();
        if (correction != null && !correction.isEmpty()) {
            corrections.addAll(List.of(correction.split("\\|", -1)));
        }
        example = new ExampleDraft(incorrect, corrections, reader.getLocation().getLineNumber());
    }

    private void endExample() throws InputException {
        if (example == null) {
            return;
        }
        ExampleDraft e = example;
        example = null;
        if (isBilingualFile() && !e.sawSource) {
            throw new InputException(name, e.line, 0, inRule()
                    + "a bilingual example holds a <srcExample> and a <trgExample>");
        }
        String text = e.text.toString().strip();
        String source = isBilingualFile() ? e.source.toString().strip() : null;
        if (text.isEmpty() || (source != null && source.isEmpty())) {
            throw new InputException(name, e.line, 0, inRule() + "empty example");
        }
        if (e.incorrect && !text.contains("<marker>")) {
            throw new InputException(name, e.line, 0, inRule()
                    + "an incorrect example marks what the rule flags with <marker>...</marker>");
        }
        examples.add(new PackFile.Example(e.incorrect, text, source, e.corrections, e.line));
    }

    /** The attributes of a category, rule group or rule, inheriting what it does not say from {@code outer}. */
    private Scope scope(Scope outer, boolean needsId) throws InputException {
        int line = reader.getLocation().getLineNumber();
        String id = reader.getAttributeValue(null, "id");
        if (id == null && outer != null && rule == null && group != null) {
            id = group.id();
        }
        if (needsId && (id == null || id.isBlank())) {
            throw error("a <" + reader.getLocalName() + "> without id=\"...\"");
        }
        if (needsId && !id.matches("[A-Za-z0-9_]+")) {
            throw error("id \"" + id + "\": ids are letters, digits and '_' (they become part of Concord's rule ids)");
        }
        String ruleName = reader.getAttributeValue(null, "name");
        if (ruleName == null && outer != null) {
            ruleName = outer.name();
        }
        IssueType type = outer != null ? outer.type() : DEFAULT_TYPE;
        String typeValue = reader.getAttributeValue(null, "type");
        if (typeValue != null) {
            type = IssueType.fromIts(typeValue);
            if (type == IssueType.OTHER && !typeValue.equals("other")) {
                throw error(idPart(id) + "type=\"" + typeValue + "\" is not an ITS 2.0 issue type"
                        + " (mistranslation, terminology, style, ...)");
            }
        }
        Severity severity = outer != null ? outer.severity() : null;
        String severityValue = reader.getAttributeValue(NAMESPACE, "severity");
        if (severityValue != null) {
            try {
                severity = Severity.parse(severityValue);
            } catch (IllegalArgumentException e) {
                throw error(idPart(id) + "concord:severity=\"" + severityValue
                        + "\" is not one of error, warning, info");
            }
        }
        if (severity == null && reader.getLocalName().equals("rule")) {
            severity = defaultSeverity(type);
        }
        String value = reader.getAttributeValue(null, "default");
        boolean off = (outer != null && outer.off()) || "off".equals(value) || "temp_off".equals(value);
        return new Scope(id, ruleName, type, severity, off, line);
    }

    /**
     * The severity of a rule that declares none: meaning errors (mistranslations, omissions, additions, wrong terms)
     * are errors; style and register are infos; the rest warnings.
     */
    static Severity defaultSeverity(IssueType type) {
        return switch (type) {
            case MISTRANSLATION, OMISSION, ADDITION, TERMINOLOGY, UNTRANSLATED, GRAMMAR, MISSPELLING -> Severity.ERROR;
            case STYLE, REGISTER -> Severity.INFO;
            default -> Severity.WARNING;
        };
    }

    /**
     * Compiles a regular expression, and refuses one that repeats a group which itself repeats ({@code (a+)+},
     * {@code (\w*\s?)*}): Java's engine may take exponential time on those, and a rule must not hang a check. A user's
     * expression must also pass {@link BoundedRegex#overrunningProbe}'s probes, as long as the longest text
     * LanguageTool matches it against (a token, or for {@code <regexp>}, {@code sentence}, a stretch of a sentence),
     * since Concord cannot bound LanguageTool's own matching as it runs. Bundled packs are tested instead, and load
     * faster.
     */
    private void checkRegex(String regex, int line, boolean sentence) throws InputException {
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InputException(name, line, 0, inRule() + "invalid regular expression \"" + regex + "\": "
                    + e.getDescription());
        }
        if (hasNestedRepetition(regex)) {
            throw new InputException(name, line, 0, inRule() + "regular expression \"" + regex
                    + "\" repeats a group that repeats (such as (a+)+), which can take exponential time: rewrite it");
        }
        if (!bundled) {
            Pattern compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            int length = sentence ? SENTENCE_PROBE_LENGTH : StringMatcher.MAX_MATCH_LENGTH;
            String probe = BoundedRegex.overrunningProbe(compiled, length, !sentence);
            if (probe != null) {
                throw new InputException(name, line, 0, inRule() + "regular expression \"" + regex
                        + "\" takes more than " + BoundedRegex.PROBE_STEPS + " steps on a text of " + length
                        + " characters '" + probe.charAt(0) + "' (it backtracks too much, as a*a*a*b does):"
                        + " rewrite it");
            }
        }
    }

    static boolean hasNestedRepetition(String regex) {
        Deque<boolean[]> groups = new ArrayDeque<>(); // per open group: does it hold a repetition?
        boolean lastClosedRepeats = false;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                lastClosedRepeats = false;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    lastClosedRepeats = false;
                }
                case '(' -> {
                    groups.push(new boolean[1]);
                    lastClosedRepeats = false;
                }
                case ')' -> {
                    boolean[] g = groups.isEmpty() ? new boolean[1] : groups.pop();
                    lastClosedRepeats = g[0];
                    if (g[0] && !groups.isEmpty()) {
                        groups.peek()[0] = true;
                    }
                    continue;
                }
                case '*', '+', '{' -> {
                    boolean unbounded = c != '{' || isUnboundedInterval(regex, i);
                    if (lastClosedRepeats && unbounded) {
                        return true;
                    }
                    if (!groups.isEmpty() && unbounded) {
                        groups.peek()[0] = true;
                    }
                }
                default -> {
                }
            }
            lastClosedRepeats = false;
        }
        return false;
    }

    private static boolean isUnboundedInterval(String regex, int brace) {
        int close = regex.indexOf('}', brace);
        if (close < 0) {
            return false;
        }
        String inside = regex.substring(brace + 1, close);
        return inside.endsWith(",") || (inside.contains(",") && inside.substring(inside.indexOf(',') + 1).strip()
                .isEmpty());
    }

    /**
     * Where the start tag of the element just read begins. The parser's offset lies a few characters past the tag
     * (it reads ahead), never past the next tag's name, so the tag is the last {@code <element} before it.
     */
    private int tagStart(String element) {
        int after = reader.getLocation().getCharacterOffset();
        int at = xml.lastIndexOf("<" + element, Math.max(0, after - 1));
        return Math.max(at, 0);
    }

    /** Where the element that starts at {@code start} ends: after its first closing tag (these do not nest). */
    private int tagEnd(String element, int start) {
        String closing = "</" + element + ">";
        int at = xml.indexOf(closing, start);
        return at < 0 ? xml.length() : at + closing.length();
    }

    private boolean isBilingualFile() {
        return sourceLanguage != null;
    }

    private static String baseLanguage(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private String inRule() {
        return rule != null ? "rule " + rule.id() + ": " : group != null ? "rule group " + group.id() + ": " : "";
    }

    private static String idPart(String id) {
        return id == null ? "" : id + ": ";
    }

    private InputException error(String detail) {
        Location at = reader.getLocation();
        return new InputException(name, at.getLineNumber(), at.getColumnNumber(), detail);
    }
}
