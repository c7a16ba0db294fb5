package dev.concord.format;

import dev.concord.Document;
import dev.concord.DocumentStream;
import dev.concord.InputException;
import dev.concord.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;

/**
 * TMX 1.4 translation memories: each {@code <tu>} is a unit pairing the source language's {@code <tuv>} with one
 * target language's. The source language is the header's {@code srclang} (or the one given); the target language is
 * the one given in the read options ({@code --lang}), matched exactly or by language (fr matches fr-FR), else the
 * first other language of the file. Units without the target language are left out. Inline codes ({@code <bpt>},
 * {@code <ept>}, {@code <ph>}, {@code <it>}, {@code <ut>}) stay codes. Read in parts for large files.
 */
public final class TmxFormat implements DocumentFormat {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    @Override
    public String name() {
        return "tmx";
    }

    @Override
    public List<String> extensions() {
        return List.of("tmx");
    }

    @Override
    public boolean recognizes(String fileName, byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1).contains("<tmx");
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

    /** Pulls translation units from a TMX file. */
    private static final class Reader extends UnitReader {
        private final String wantedTarget;
        private boolean root;
        private int count;

        Reader(XmlInput in, ReadOptions options) {
            super(in, options);
            this.wantedTarget = options.targetLocale();
            this.targetLocale = null;
        }

        @Override
        String formatName() {
            return "tmx";
        }

        @Override
        Unit nextUnit() throws IOException {
            while (true) {
                int e = in.next();
                if (e == XMLStreamConstants.END_DOCUMENT) {
                    if (!root) {
                        throw new InputException(in.name(), 0, 0, "not a TMX file: no <tmx> element");
                    }
                    if (targetLocale == null) {
                        targetLocale = wantedTarget;
                    }
                    return null;
                }
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = in.xml().getLocalName();
                if (!root) {
                    if (!name.equals("tmx")) {
                        throw in.here("not a TMX file: the root element is <" + name + ">, not <tmx>");
                    }
                    root = true;
                    continue;
                }
                switch (name) {
                    case "header" -> {
                        String src = in.attribute("srclang");
                        if (options.sourceLocale() == null && src != null && !src.equalsIgnoreCase("*all*")) {
                            sourceLocale = language(src);
                        }
                        in.skipElement();
                    }
                    case "tu" -> {
                        Unit u = tu();
                        if (u != null) {
                            return u;
                        }
                    }
                    default -> {
                        // body: look inside
                    }
                }
            }
        }

        private Unit tu() throws IOException {
            int tuStart = in.tagStart();
            count++;
            String tuid = in.attribute("tuid");
            List<String> langs = new ArrayList<>();
            List<InlineContent.Piece> segs = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            List<String> defects = new ArrayList<>();
            while (true) {
                int e = in.next();
                if (e == XMLStreamConstants.END_ELEMENT || e == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (in.xml().getLocalName()) {
                    case "tuv" -> {
                        String lang = in.attribute(XML_NS, "lang");
                        if (lang == null) {
                            lang = in.attribute("lang"); // TMX 1.1
                        }
                        if (lang == null) {
                            // One variant without a language costs that variant, not the file.
                            defects.add("a <tuv> without xml:lang (line " + in.here("").line() + ") was left out");
                            in.skipElement();
                            continue;
                        }
                        InlineContent.Piece seg = tuv();
                        if (seg != null) {
                            langs.add(lang);
                            segs.add(seg);
                        }
                    }
                    case "note" -> notes.add(in.elementText().strip());
                    default -> in.skipElement(); // prop
                }
            }
            int s = pick(langs, sourceLocale, -1);
            if (s < 0) {
                if (sourceLocale != null || langs.isEmpty()) {
                    return null;
                }
                s = 0;
                sourceLocale = language(langs.get(0));
            }
            if (targetLocale == null) {
                int t = wantedTarget != null ? pick(langs, wantedTarget, s) : firstOther(langs, s);
                if (t < 0) {
                    return null;
                }
                targetLocale = wantedTarget != null ? wantedTarget : language(langs.get(t));
            }
            int t = pick(langs, targetLocale, s);
            if (t < 0) {
                return null;
            }
            InlineContent.Piece src = segs.get(s);
            InlineContent.Piece tgt = segs.get(t);
            String id = tuid != null ? tuid : String.valueOf(count);
            Unit.Builder b = Unit.builder(id, tgt.string());
            if (!defects.isEmpty()) {
                b.property(Unit.DEFECT, String.join("; ", defects));
            }
            return b
                    .stableId(tuid != null)
                    .textMap(tgt.map())
                    .protectedRanges(tgt.protectedRanges)
                    .codes(tgt.codes)
                    .source(src.string(), src.map())
                    .sourceProtectedRanges(src.protectedRanges)
                    .sourceCodes(src.codes)
                    .note(notes.isEmpty() ? null : String.join("\n", notes))
                    .build();
        }

        /** The seg of a tuv (null when it has none). */
        private InlineContent.Piece tuv() throws InputException {
            InlineContent.Piece seg = null;
            while (true) {
                int e = in.next();
                if (e == XMLStreamConstants.END_ELEMENT || e == XMLStreamConstants.END_DOCUMENT) {
                    return seg;
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    if (in.xml().getLocalName().equals("seg")) {
                        seg = InlineContent.read(in, InlineContent.Dialect.TMX).whole;
                    } else {
                        in.skipElement();
                    }
                }
            }
        }

        /** The index of the language that matches {@code wanted} exactly, else by language subtag; -1 if none. */
        private static int pick(List<String> langs, String wanted, int not) {
            if (wanted == null) {
                return -1;
            }
            for (int i = 0; i < langs.size(); i++) {
                if (i != not && langs.get(i).replace('_', '-').equalsIgnoreCase(wanted)) {
                    return i;
                }
            }
            String base = primary(wanted);
            for (int i = 0; i < langs.size(); i++) {
                if (i != not && primary(langs.get(i)).equals(base)) {
                    return i;
                }
            }
            return -1;
        }

        private static int firstOther(List<String> langs, int source) {
            for (int i = 0; i < langs.size(); i++) {
                if (i != source && !primary(langs.get(i)).equals(primary(langs.get(source)))) {
                    return i;
                }
            }
            return -1;
        }

        private static String primary(String tag) {
            String t = tag.replace('_', '-').toLowerCase(Locale.ROOT);
            int dash = t.indexOf('-');
            return dash < 0 ? t : t.substring(0, dash);
        }
    }
}
