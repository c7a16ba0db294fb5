package dev.concord.terms;

import dev.concord.InputException;
import dev.concord.Locales;
import dev.concord.format.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX termbases by streaming (StAX): TBX 2008 and TBX-Basic ({@code martif > text > body > termEntry > langSet >
 * tig | ntig}) and TBX v3 / ISO 30042:2019 ({@code tbx > text > body > conceptEntry > langSec > termSec}), with data
 * categories written either way: {@code <termNote type="administrativeStatus">} (DCA style) or
 * {@code <basic:administrativeStatus>} (DCT style). Reads the status ({@code administrativeStatus},
 * {@code normativeAuthorization}), part of speech, definitions, notes, subject field, and a case- or
 * diacritic-sensitivity note where one is given.
 *
 * <p>XXE-safe: DTDs are not read, a document type declaring entities is refused, external entities are never
 * resolved. A malformed file, a file that is not TBX, an unknown status or language, or a file without terms is an
 * {@link InputException} naming the line and column.
 */
final class TbxReader {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_TEXT = 10_000;
    private static final Set<String> ENTRIES = Set.of("termEntry", "conceptEntry");
    private static final Set<String> LANGUAGE_SECTIONS = Set.of("langSet", "langSec");
    private static final Set<String> TERM_SECTIONS = Set.of("tig", "ntig", "termSec");
    /** Groups whose data categories belong to the level around them. */
    private static final Set<String> TRANSPARENT = Set.of("termGrp", "descripGrp", "adminGrp", "termNoteGrp");
    /** Elements that hold a data category named by their type attribute. */
    private static final Set<String> CATEGORY_HOLDERS = Set.of("termNote", "descrip", "admin", "note");

    private final String name;
    private final XMLStreamReader xml;
    private final List<TermEntry> entries = new ArrayList<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private EntryDraft entry;
    private String language;
    private TermStatus languageStatus;
    private TermDraft term;

    private TbxReader(String name, XMLStreamReader xml) {
        this.name = name;
        this.xml = xml;
    }

    static List<TermEntry> read(Path path, String name) throws IOException {
        XMLInputFactory factory = SafeXml.newInputFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(path)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return new TbxReader(name, xml).read();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new InputException(name, at == null ? 0 : Math.max(0, at.getLineNumber()),
                    at == null ? 0 : Math.max(0, at.getColumnNumber()), "malformed TBX: " + SafeXml.problem(e), e);
        }
    }

    private List<TermEntry> read() throws XMLStreamException, InputException {
        boolean rootSeen = false;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.DTD -> {
                    String dtd = xml.getText();
                    if (dtd != null && (dtd.contains("<!ENTITY") || dtd.contains("<!entity"))) {
                        throw error("the document type declares entities; TBX files need none, and entities "
                                + "are refused for safety (XXE)");
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw error("entity reference &" + xml.getLocalName() + "; is refused (only &lt; &gt; &amp; "
                            + "&quot; &apos; and character references are allowed)");
                case XMLStreamConstants.START_ELEMENT -> {
                    String local = xml.getLocalName();
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!local.equals("martif") && !local.equals("tbx")) {
                            throw error("not a TBX file: the root element is <" + local
                                    + ">, expected <martif> (TBX 2008, TBX-Basic) or <tbx> (TBX v3)");
                        }
                    }
                    checkStartTag(stack.size());
                    start(local);
                }
                case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                default -> {
                }
            }
        }
        if (entries.isEmpty()) {
            throw new InputException(name, 0, 0, "holds no terms: expected <termEntry> (TBX 2008) or "
                    + "<conceptEntry> (TBX v3) elements with <langSet>/<langSec> and <term>");
        }
        return entries;
    }

    private void start(String local) throws XMLStreamException, InputException {
        if (ENTRIES.contains(local)) {
            if (entry != null) {
                throw error("<" + local + "> inside another entry");
            }
            String id = xml.getAttributeValue(null, "id");
            entry = new EntryDraft(id != null ? id : String.valueOf(entries.size() + 1),
                    name + ":" + xml.getLocation().getLineNumber());
        } else if (LANGUAGE_SECTIONS.contains(local)) {
            if (entry == null) {
                throw error("<" + local + "> outside an entry");
            }
            language = languageOf();
            languageStatus = null;
        } else if (TERM_SECTIONS.contains(local)) {
            if (language == null) {
                throw error("<" + local + "> outside a <langSet> or <langSec>");
            }
            term = new TermDraft();
        } else if (local.equals("term") && term != null) {
            term.text = readText();
            return;
        } else if (entry != null && isCategory(local)) {
            String type = local;
            if (CATEGORY_HOLDERS.contains(local)) {
                String t = xml.getAttributeValue(null, "type");
                type = t != null ? t : local;
            }
            int line = xml.getLocation().getLineNumber();
            int column = xml.getLocation().getColumnNumber();
            String value = readText();
            category(type, value, line, column);
            return;
        }
        stack.push(local);
    }

    private void end(String local) throws InputException {
        if (!stack.isEmpty()) {
            stack.pop();
        }
        if (TERM_SECTIONS.contains(local) && term != null) {
            if (term.text != null && !term.text.isBlank()) {
                TermStatus status = term.status != null ? term.status
                        : languageStatus != null ? languageStatus : TermStatus.UNSPECIFIED;
                entry.terms.add(new Term(term.text, language, status, term.partOfSpeech, term.caseSensitive,
                        term.ignoreDiacritics, term.notes));
            }
            term = null;
        } else if (LANGUAGE_SECTIONS.contains(local)) {
            language = null;
        } else if (ENTRIES.contains(local) && entry != null) {
            if (!entry.terms.isEmpty()) {
                entries.add(new TermEntry(entry.id, entry.origin, entry.terms, entry.definitions, entry.notes,
                        entry.subjectField));
            }
            entry = null;
        }
    }

    /**
     * True for an element holding a data category of the level around it: a {@code termNote}, {@code descrip},
     * {@code admin} or {@code note} whose parent is the entry, language or term level (or a group inside it), or a
     * DCT-style element named after its category.
     */
    private boolean isCategory(String local) {
        String parent = stack.peek();
        for (String p : stack) {
            if (!TRANSPARENT.contains(p)) {
                parent = p;
                break;
            }
        }
        boolean atLevel = parent != null && (ENTRIES.contains(parent) || LANGUAGE_SECTIONS.contains(parent)
                || TERM_SECTIONS.contains(parent));
        if (!atLevel) {
            return false;
        }
        return CATEGORY_HOLDERS.contains(local) || categoryName(local) != null;
    }

    /** The category a name stands for, in lowercase without prefixes and punctuation; null for structure. */
    private static String categoryName(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.startsWith("x-")) {
            t = t.substring(2);
        }
        t = t.replaceAll("[^a-z]", "");
        return switch (t) {
            case "administrativestatus", "normativeauthorization", "termstatus", "status", "usagestatus" -> "status";
            case "partofspeech", "pos" -> "pos";
            case "definition" -> "definition";
            case "note", "comment", "usagenote" -> "note";
            case "subjectfield", "domain" -> "subject";
            case "casesensitive", "casesensitivity", "matchcase" -> "case";
            case "diacriticsensitive", "diacriticsensitivity", "accentsensitive", "accentsensitivity",
                    "ignorediacritics", "ignoreaccents" -> t.startsWith("ignore") ? "ignorediacritics" : "diacritics";
            default -> null;
        };
    }

    private void category(String type, String value, int line, int column) throws InputException {
        String category = categoryName(type);
        if (category == null) {
            return;
        }
        String v = value.strip();
        switch (category) {
            case "status" -> {
                TermStatus status = TermStatus.parse(v);
                if (status == null) {
                    throw new InputException(name, line, column, "unknown term status '" + v + "' in " + type
                            + " (expected preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts,"
                            + " supersededTerm-admn-sts, or preferred, admitted, deprecated)");
                }
                if (term != null) {
                    term.status = status;
                } else if (language != null) {
                    languageStatus = status;
                }
            }
            case "pos" -> {
                if (term != null && !v.isEmpty()) {
                    term.partOfSpeech = v;
                }
            }
            case "definition" -> {
                if (!v.isEmpty()) {
                    entry.definitions.add(language != null ? language + ": " + v : v);
                }
            }
            case "note" -> {
                if (v.isEmpty()) {
                    return;
                }
                if (term != null) {
                    term.notes.add(v);
                } else {
                    entry.notes.add(language != null ? language + ": " + v : v);
                }
            }
            case "subject" -> entry.subjectField = v.isEmpty() ? null : v;
            case "case", "diacritics", "ignorediacritics" -> {
                Boolean on = flag(v);
                if (on == null) {
                    throw new InputException(name, line, column, "'" + v + "' in " + type
                            + " is not a yes/no value (yes, no, true, false)");
                }
                if (term == null) {
                    return;
                }
                if (category.equals("case")) {
                    term.caseSensitive = on;
                } else {
                    term.ignoreDiacritics = category.equals("diacritics") ? !on : on;
                }
            }
            default -> {
            }
        }
    }

    /** Reads yes/no values as termbases write them. */
    static Boolean flag(String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "on", "sensitive", "casesensitive", "case-sensitive", "keep" -> true;
            case "no", "n", "false", "0", "off", "insensitive", "caseinsensitive", "case-insensitive", "ignore" -> false;
            default -> null;
        };
    }

    private String languageOf() throws InputException {
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (lang == null) {
            lang = xml.getAttributeValue(null, "lang");
        }
        if (lang == null || lang.isBlank()) {
            throw error("<" + xml.getLocalName() + "> without xml:lang");
        }
        try {
            return Locales.normalize(lang);
        } catch (IllegalArgumentException e) {
            throw error("xml:lang=\"" + lang + "\": " + e.getMessage());
        }
    }

    /** The text of the current element and its children (inline markup such as {@code <hi>} is flattened). */
    private String readText() throws XMLStreamException, InputException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (sb.length() < MAX_TEXT) {
                        sb.append(xml.getText());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw error("entity reference &" + xml.getLocalName() + "; is refused");
                case XMLStreamConstants.START_ELEMENT -> checkStartTag(stack.size() + depth++);
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        return sb.toString().strip().replaceAll("\\s+", " ");
    }

    /** Refuses a start tag {@code depth} elements deep that is too deep or has an over-long attribute. */
    private void checkStartTag(int depth) throws InputException {
        if (depth >= MAX_DEPTH) {
            throw error("elements nested more than " + MAX_DEPTH + " deep");
        }
        int overlong = SafeXml.overlongAttribute(xml);
        if (overlong >= 0) {
            throw error(SafeXml.overlongAttributeMessage(xml.getAttributeLocalName(overlong)));
        }
    }

    private InputException error(String message) {
        Location at = xml.getLocation();
        return new InputException(name, at.getLineNumber(), at.getColumnNumber(), message);
    }

    private static final class EntryDraft {
        final String id;
        final String origin;
        final List<Term> terms = new ArrayList<>();
        final List<String> definitions = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        String subjectField;

        EntryDraft(String id, String origin) {
            this.id = id;
            this.origin = origin;
        }
    }

    private static final class TermDraft {
        String text;
        TermStatus status;
        String partOfSpeech;
        Boolean caseSensitive;
        boolean ignoreDiacritics;
        final List<String> notes = new ArrayList<>();
    }
}
