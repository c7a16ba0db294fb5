package dev.concord.format;

import dev.concord.Document;
import dev.concord.DocumentStream;
import dev.concord.InputException;
import dev.concord.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/**
 * XLIFF 1.2 (also 1.0/1.1, and the XLIFF 1.2 of Trados .sdlxliff and memoQ .mqxliff) and XLIFF 2.0/2.1/2.2: each
 * translation unit (XLIFF 2: each segment; a segmented 1.2 unit: each {@code <mrk mtype="seg">}) is a unit with its
 * id, source, target, notes, state and, where the file gives one, maximum length. Inline codes stay codes (see
 * {@link dev.concord.text.InlineCode}); units marked {@code translate="no"} are left out; the languages come from the
 * file. Read with the JDK's StAX parser with DTDs and external entities refused, in parts for large files.
 */
public final class XliffFormat implements DocumentFormat {
    @Override
    public String name() {
        return "xliff";
    }

    @Override
    public List<String> extensions() {
        return List.of("xlf", "xliff", "sdlxliff", "mqxliff");
    }

    @Override
    public boolean recognizes(String fileName, byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        if (s.indexOf('\0') >= 0) {
            s = new String(head, StandardCharsets.UTF_16LE) + new String(head, StandardCharsets.UTF_16BE);
        }
        return s.contains("<xliff");
    }

    @Override
    public boolean isBilingual() {
        return true;
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public Document read(InputFile file, ReadOptions options) throws IOException {
        return new Reader(XmlInput.open(file), options).readAll(file);
    }

    @Override
    public DocumentStream stream(InputFile file, ReadOptions options, int unitsPerPart) throws IOException {
        return new Reader(XmlInput.open(file, false), options).parts(file, unitsPerPart);
    }

    /** Pulls units from an XLIFF file of either version. */
    private static final class Reader extends UnitReader {
        private static final String SIZE_RESTRICTION_NS = "urn:oasis:names:tc:xliff:sizerestriction:2.0";

        private final Deque<Unit> pending = new ArrayDeque<>();
        /** translate="no" of the enclosing file and group elements. */
        private final Deque<Boolean> translatable = new ArrayDeque<>();
        private int version;
        private int files;
        private String fileLabel;
        private boolean fileLanguagesSeen;

        Reader(XmlInput in, ReadOptions options) {
            super(in, options);
        }

        @Override
        String formatName() {
            return "xliff";
        }

        @Override
        Unit nextUnit() throws IOException {
            while (pending.isEmpty()) {
                int e = in.next();
                if (e == XMLStreamConstants.END_DOCUMENT) {
                    if (version == 0) {
                        throw new InputException(in.name(), 0, 0, "not an XLIFF file: no <xliff> element");
                    }
                    return null;
                }
                if (e == XMLStreamConstants.END_ELEMENT) {
                    String n = in.xml().getLocalName();
                    if (n.equals("group") || n.equals("file")) {
                        translatable.pop();
                    }
                    continue;
                }
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = in.xml().getLocalName();
                if (version == 0) {
                    root(name);
                    continue;
                }
                switch (name) {
                    case "file" -> file();
                    case "group" -> translatable.push(inherit(in.attribute("translate")));
                    case "trans-unit" -> {
                        if (version == 1) {
                            transUnit();
                        } else {
                            in.skipElement();
                        }
                    }
                    case "unit" -> {
                        if (version == 2) {
                            unit2();
                        } else {
                            in.skipElement();
                        }
                    }
                    case "header", "bin-unit", "skeleton", "notes", "originalData", "metadata" -> in.skipElement();
                    default -> {
                        // body, and elements of other modules: look inside them for units
                    }
                }
            }
            return pending.poll();
        }

        private void root(String name) throws InputException {
            if (!name.equals("xliff")) {
                throw in.here("not an XLIFF file: the root element is <" + name + ">, not <xliff>");
            }
            String v = in.attribute("version");
            if (v == null) {
                String ns = in.xml().getNamespaceURI();
                v = ns != null && ns.contains(":2.") ? "2.0" : "1.2";
            }
            if (v.startsWith("1.")) {
                version = 1;
            } else if (v.startsWith("2.")) {
                version = 2;
                setLanguages(in.attribute("srcLang"), in.attribute("trgLang"));
            } else {
                throw in.here("XLIFF version " + v + " is not supported (1.0 to 1.2, 2.0 to 2.2 are)");
            }
        }

        private void file() throws InputException {
            files++;
            translatable.push(inherit(in.attribute("translate")));
            if (version == 1) {
                setLanguages(in.attribute("source-language"), in.attribute("target-language"));
                fileLabel = in.attribute("original");
            } else {
                fileLabel = in.attribute("id");
            }
        }

        private void setLanguages(String source, String target) throws InputException {
            String s = language(source);
            String t = language(target);
            if (fileLanguagesSeen && t != null && targetLocale != null && !t.equalsIgnoreCase(targetLocale)) {
                throw in.here("this XLIFF holds target languages " + targetLocale + " and " + t
                        + "; Concord checks one target language per file: split the file");
            }
            if (t != null) {
                targetLocale = t;
                fileLanguagesSeen = true;
            }
            if (s != null && options.sourceLocale() == null) {
                sourceLocale = s;
            }
        }

        private boolean inherit(String translate) {
            boolean parent = translatable.isEmpty() || translatable.peek();
            if (translate == null) {
                return parent;
            }
            return !translate.equals("no");
        }

        private String unitId(String id) {
            String base = id != null ? id : "#" + (pending.size() + 1);
            return files > 1 && fileLabel != null ? fileLabel + "/" + base : base;
        }

        /** An XLIFF 1.2 trans-unit. */
        private void transUnit() throws IOException {
            int unitStart = in.tagStart();
            String id = in.attribute("id");
            boolean translate = inherit(in.attribute("translate"));
            String resname = in.attribute("resname");
            Integer maxLength = null;
            String maxwidth = in.attribute("maxwidth");
            if (maxwidth != null && "char".equals(in.attribute("size-unit"))) {
                maxLength = parseLength(maxwidth);
            }
            String approved = in.attribute("approved");
            InlineContent.Result source = null;
            InlineContent.Result segSource = null;
            InlineContent.Result target = null;
            String state = null;
            List<String> notes = new ArrayList<>();
            List<String> contexts = new ArrayList<>();
            while (true) {
                int e = in.next();
                if (e == XMLStreamConstants.END_ELEMENT || e == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (in.xml().getLocalName()) {
                    case "source" -> source = InlineContent.read(in, InlineContent.Dialect.XLIFF1);
                    case "seg-source" -> segSource = InlineContent.read(in, InlineContent.Dialect.XLIFF1);
                    case "target" -> {
                        state = in.pooled(in.attribute("state"));
                        target = InlineContent.read(in, InlineContent.Dialect.XLIFF1);
                    }
                    case "note" -> notes.add(in.pooled(in.elementText().strip()));
                    case "context-group" -> contexts.addAll(contexts());
                    default -> in.skipElement(); // alt-trans, count-group, prop-group, other namespaces
                }
            }
            if (!translate) {
                return;
            }
            if (source == null) {
                throw in.at(unitStart, "trans-unit " + id + " has no <source>");
            }
            String note = notes.isEmpty() ? null : String.join("\n", notes);
            String context = resname;
            if (!contexts.isEmpty()) {
                context = (context == null ? "" : context + "; ") + String.join("; ", contexts);
            }
            String disambiguation = contexts.isEmpty() ? null : String.join("; ", contexts);
            InlineContent.Result src = segSource != null && !segSource.segments.isEmpty() ? segSource : source;
            if (target != null && !target.segments.isEmpty() && !src.segments.isEmpty()) {
                for (InlineContent.Piece s : src.segments) {
                    InlineContent.Piece t = target.segments.stream()
                            .filter(p -> p.segmentId.equals(s.segmentId)).findFirst()
                            .orElse(new InlineContent.Piece(s.segmentId, target.whole.fileOffset));
                    pending.add(unit(unitId(id) + "/" + s.segmentId, s, t, note, context, disambiguation, state,
                            maxLength, approved));
                }
                return;
            }
            InlineContent.Piece t = target != null ? target.whole : new InlineContent.Piece(null, unitStart);
            pending.add(unit(unitId(id), source.whole, t, note, context, disambiguation, state, maxLength,
                    approved));
        }

        private List<String> contexts() throws InputException {
            List<String> out = new ArrayList<>();
            int level = 1;
            while (level > 0) {
                int e = in.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    if (in.xml().getLocalName().equals("context")) {
                        String type = in.attribute("context-type");
                        String text = in.elementText().strip();
                        if (!text.isEmpty()) {
                            out.add(type != null ? type + ": " + text : text);
                        }
                    } else {
                        level++;
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    level--;
                } else if (e == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
            }
            return out;
        }

        /** An XLIFF 2 unit: one Concord unit per segment. */
        private void unit2() throws IOException {
            int unitStart = in.tagStart();
            String id = in.attribute("id");
            boolean translate = inherit(in.attribute("translate"));
            String name = in.attribute("name");
            Integer maxLength = null;
            String size = in.attribute(SIZE_RESTRICTION_NS, "sizeRestriction");
            if (size != null) {
                maxLength = parseLength(size);
            }
            List<String> notes = new ArrayList<>();
            List<Unit> segments = new ArrayList<>();
            List<String> segmentIds = new ArrayList<>();
            List<InlineContent.Piece[]> pairs = new ArrayList<>();
            List<String> states = new ArrayList<>();
            while (true) {
                int e = in.next();
                if (e == XMLStreamConstants.END_ELEMENT || e == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (in.xml().getLocalName()) {
                    case "notes" -> notes.addAll(notes2());
                    case "segment" -> {
                        segmentIds.add(in.attribute("id"));
                        states.add(in.pooled(in.attribute("state")));
                        pairs.add(segment2());
                    }
                    default -> in.skipElement(); // ignorable, originalData, matches and other modules
                }
            }
            if (!translate) {
                return;
            }
            String note = notes.isEmpty() ? null : String.join("\n", notes);
            for (int i = 0; i < pairs.size(); i++) {
                InlineContent.Piece[] p = pairs.get(i);
                if (p[0] == null) {
                    throw in.at(unitStart, "a segment of unit " + id + " has no <source>");
                }
                InlineContent.Piece t = p[1] != null ? p[1] : new InlineContent.Piece(null, p[0].fileOffset);
                String uid = unitId(id);
                if (pairs.size() > 1) {
                    uid += "/" + (segmentIds.get(i) != null ? segmentIds.get(i) : String.valueOf(i + 1));
                }
                segments.add(unit(uid, p[0], t, note, name, null, states.get(i), maxLength, null));
            }
            pending.addAll(segments);
        }

        private InlineContent.Piece[] segment2() throws InputException {
            InlineContent.Piece[] pair = new InlineContent.Piece[2];
            while (true) {
                int e = in.next();
                if (e == XMLStreamConstants.END_ELEMENT || e == XMLStreamConstants.END_DOCUMENT) {
                    return pair;
                }
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (in.xml().getLocalName()) {
                    case "source" -> pair[0] = InlineContent.read(in, InlineContent.Dialect.XLIFF2).whole;
                    case "target" -> pair[1] = InlineContent.read(in, InlineContent.Dialect.XLIFF2).whole;
                    default -> in.skipElement();
                }
            }
        }

        private List<String> notes2() throws InputException {
            List<String> out = new ArrayList<>();
            while (true) {
                int e = in.next();
                if (e == XMLStreamConstants.END_ELEMENT || e == XMLStreamConstants.END_DOCUMENT) {
                    return out;
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String text = in.elementText().strip();
                    if (!text.isEmpty()) {
                        out.add(text);
                    }
                }
            }
        }

        private Integer parseLength(String value) {
            try {
                String v = value.contains(",") ? value.substring(value.indexOf(',') + 1) : value;
                int n = Integer.parseInt(v.trim());
                return n > 0 ? n : null;
            } catch (NumberFormatException e) {
                // A bad length limit costs the limit, not the file: the unit is still checked.
                return null;
            }
        }

        private static Unit unit(String id, InlineContent.Piece source, InlineContent.Piece target, String note,
                String context, String disambiguation, String state, Integer maxLength, String approved) {
            Unit.Builder b = Unit.builder(id, target.string())
                    .stableId(true)
                    .textMap(target.map())
                    .protectedRanges(target.protectedRanges)
                    .codes(target.codes)
                    .source(source.string(), source.map())
                    .sourceProtectedRanges(source.protectedRanges)
                    .sourceCodes(source.codes)
                    .note(note)
                    .context(context)
                    .state(state)
                    .maxLength(maxLength);
            if (approved != null) {
                b.property("approved", approved);
            }
            if (disambiguation != null) {
                b.property(Unit.DISAMBIGUATION, disambiguation);
            }
            return b.build();
        }
    }
}
