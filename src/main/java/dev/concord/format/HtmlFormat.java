package dev.concord.format;

import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.text.InlineCode;
import dev.concord.text.Links;
import dev.concord.text.OffsetMap;
import dev.concord.text.SourceText;
import dev.concord.text.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Selector;

/**
 * HTML pages and fragments (what a CMS field holds), read with jsoup as browsers read them: never refused. Each block
 * ({@code p}, {@code li}, {@code h1}, {@code td}, ...) is a unit, numbered from 1, with its inline elements inside the
 * sentence and whitespace read as a browser shows it; the text of {@code alt}, {@code title}, {@code placeholder},
 * {@code aria-label} and the page's description are units of their own. Scripts, styles, preformatted blocks,
 * comments and what is marked not to translate are left out; inline code stays in its sentence, protected. Every
 * character of a unit maps back to its place in the file, through entities and CRLF line ends.
 */
public final class HtmlFormat implements DocumentFormat {
    /** Elements that sit inside a sentence; every other element starts and ends a block. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code",
            "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small",
            "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "br", "input", "output",
            "ruby", "rt", "rp", "nobr");
    /** Elements whose content is not prose, left out whole. */
    private static final Set<String> LEFT_OUT = Set.of("script", "style", "pre", "template", "noscript", "textarea",
            "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "select", "head", "xmp",
            "listing", "plaintext");
    /** Inline elements whose text is code, not language: kept in the sentence, protected. */
    private static final Set<String> CODE = Set.of("code", "kbd", "samp", "var", "tt");
    /**
     * Inline elements that carry meaning a translation keeps (a link, emphasis, code): recorded as the unit's inline
     * codes, so that {@code qa.tags} compares those of a page with those of its source page.
     */
    private static final Set<String> PAIRED_CODES = Set.of("a", "b", "strong", "i", "em", "u", "code", "kbd", "sup",
            "sub", "mark", "q", "abbr", "cite");
    /** Attributes whose text a reader sees or hears, checked as units of their own. */
    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)");
    private static final Pattern HTML_START = Pattern.compile("\\A(?:\\s|<!--.*?-->)*<(?:!doctype\\s+html|html[\\s>])",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Override
    public String name() {
        return "html";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm", "xhtml");
    }

    @Override
    public boolean recognizes(String fileName, byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8);
        if (!start.isEmpty() && start.charAt(0) == '\uFEFF') {
            start = start.substring(1);
        }
        return HTML_START.matcher(start).lookingAt();
    }

    @Override
    public Document read(InputFile file, ReadOptions options) throws IOException {
        return parse(file.text(), options.targetLocale(), options.sourceLocale(), options.htmlSkip());
    }

    /**
     * The units of an HTML text. The document's language is {@code targetLocale}, else the page's {@code lang}; text
     * under an element whose {@code lang} names another language is left out (a quote inside a sentence stays,
     * protected). Elements matching one of {@code skipSelectors} (CSS selectors) are left out too.
     */
    public static Document parse(SourceText text, String targetLocale, String sourceLocale, List<String> skipSelectors) {
        String content = text.content();
        org.jsoup.nodes.Document page = Jsoup.parse(content, "", Parser.htmlParser().setTrackPosition(true));
        String language = targetLocale != null ? targetLocale : pageLanguage(page);
        Reader reader = new Reader(content, language, skipSelectors == null ? List.of() : skipSelectors);
        reader.readHead(page.head());
        reader.block(page.body());
        reader.flush();
        return new Document(text, null, "html", language, sourceLocale, reader.units);
    }

    /** The {@code lang} (or {@code xml:lang}) of the page's {@code html} element, or null. */
    private static String pageLanguage(org.jsoup.nodes.Document page) {
        Element html = page.firstElementChild();
        if (html == null) {
            return null;
        }
        String lang = html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang");
        return lang.isBlank() ? null : lang.strip();
    }

    /** An attribute's text, made a unit when the block it stands in ends. */
    private record PendingAttribute(OffsetMap.Builder text, String element) {
    }

    /** Walks the page, building units block by block. */
    private static final class Reader {
        private final String content;
        private final String language;
        private final List<String> skipSelectors;
        private final List<Unit> units = new ArrayList<>();
        /** Attribute units met inside the current block, added after it so that blocks keep their order. */
        private final List<PendingAttribute> pendingAttributes = new ArrayList<>();
        private OffsetMap.Builder text = new OffsetMap.Builder();
        private List<TextRange> protectedRanges = new ArrayList<>();
        private List<InlineCode> codes = new ArrayList<>();
        /** How many of each paired element the current unit has opened: the ordinal is the code's id. */
        private Map<String, Integer> opened = new HashMap<>();
        private String blockTag = "body";
        /** A run of whitespace not yet written: written as one space before the next word of the same block. */
        private int spaceStart = -1;
        private int spaceLength;
        /** A {@code br} not yet written: written as a line break before the next word of the same block. */
        private boolean lineBreak;

        Reader(String content, String language, List<String> skipSelectors) {
            this.content = content;
            this.language = language;
            this.skipSelectors = skipSelectors;
        }

        /** The page's title and description, from the head. */
        void readHead(Element head) {
            if (head == null) {
                return;
            }
            for (Element e : head.children()) {
                if (e.nameIs("title") && !leftOut(e)) {
                    blockTag = "title";
                    inline(e);
                    flush();
                } else if (e.nameIs("meta") && e.attr("name").equalsIgnoreCase("description")) {
                    attributeUnit(e, "content");
                    flushAttributes();
                }
            }
        }

        /** Reads a block element's content: its inline runs as units, its child blocks as units of their own. */
        void block(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    text(t);
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (LEFT_OUT.contains(tag) || (!INLINE.contains(tag) && leftOut(e))) {
                        flush();
                        continue;
                    }
                    if (INLINE.contains(tag)) {
                        inlineElement(e);
                    } else {
                        nestedBlock(e);
                    }
                }
                // Comments (WordPress's block markers among them), doctypes and script data are not text.
            }
        }

        /** Ends the current unit and reads a block element as units of its own. */
        private void nestedBlock(Element e) {
            flush();
            String outer = blockTag;
            blockTag = e.normalName();
            attributes(e);
            block(e);
            flush();
            blockTag = outer;
        }

        /** Reads an inline element inside the current block. */
        private void inlineElement(Element e) {
            String tag = e.normalName();
            attributes(e);
            if (tag.equals("br")) {
                lineBreak = true; // written before the next word, so that a unit never ends with one
                return;
            }
            if (tag.equals("img") || tag.equals("input") || tag.equals("wbr")) {
                return;
            }
            InlineCode opening = null;
            if (PAIRED_CODES.contains(tag)) {
                String id = String.valueOf(opened.merge(tag, 1, Integer::sum));
                opening = new InlineCode(tag, id, InlineCode.Kind.OPENING, nextOffset(), startTag(e), true);
                codes.add(opening);
            }
            readInline(e, tag);
            if (opening != null) {
                codes.add(new InlineCode(tag, opening.id(), InlineCode.Kind.CLOSING, text.length(), "</" + tag + ">",
                        true));
            }
        }

        /** Where the next character of the unit will stand: after the pending space, if one will be written. */
        private int nextOffset() {
            return text.length() + ((spaceStart >= 0 || lineBreak) && text.length() > 0 ? 1 : 0);
        }

        private String startTag(Element e) {
            Range r = e.sourceRange();
            if (r.isTracked() && r.end().pos() > r.start().pos() && r.end().pos() - r.start().pos() <= 200) {
                return content.substring(r.start().pos(), r.end().pos());
            }
            return "<" + e.normalName() + ">";
        }

        private void readInline(Element e, String tag) {
            if (CODE.contains(tag) || leftOut(e)) {
                // Code and text not to check keep their place in the sentence, so that it reads whole, but are
                // protected: no rule reports on them.
                int start = nextOffset();
                inline(e);
                if (text.length() > start) {
                    protectedRanges.add(new TextRange(start, text.length()));
                }
                return;
            }
            inline(e);
        }

        /** Reads an inline element's children. */
        private void inline(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode t) {
                    text(t);
                } else if (child instanceof Element e) {
                    if (LEFT_OUT.contains(e.normalName())) {
                        continue;
                    }
                    if (INLINE.contains(e.normalName())) {
                        inlineElement(e);
                    } else {
                        nestedBlock(e); // a block inside an inline element (a div in a link, as browsers allow)
                    }
                }
            }
        }

        /** Appends a text node, collapsing whitespace as a browser does and mapping entities to their place. */
        private void text(TextNode node) {
            String decoded = node.getWholeText();
            Range range = node.sourceRange();
            if (!range.isTracked()) {
                appendDecoded(decoded, -1, 0);
                return;
            }
            append(decoded, range.start().pos(), range.end().pos(), text, false);
        }

        /**
         * Appends {@code decoded}, which the file holds (with entities and CRLFs) between {@code from} and {@code to}.
         * Whitespace collapses to one space, kept pending in {@link #spaceStart} across elements; leading and trailing
         * whitespace of a unit is dropped.
         */
        private void append(String decoded, int from, int to, OffsetMap.Builder out, boolean attribute) {
            int i = from;
            int j = 0;
            while (j < decoded.length()) {
                char want = decoded.charAt(j);
                if (i < to && content.charAt(i) == '&') {
                    Matcher m = ENTITY.matcher(content).region(i, to);
                    if (m.lookingAt()) {
                        String piece = Parser.unescapeEntities(m.group(), attribute);
                        if (!piece.equals(m.group()) && decoded.startsWith(piece, j)) {
                            if (isCollapsible(piece)) {
                                space(i, m.end() - i);
                            } else {
                                writeSpace(out);
                                out.replaced(piece, i, m.end() - i);
                            }
                            i = m.end();
                            j += piece.length();
                            continue;
                        }
                    }
                }
                if (i < to && content.charAt(i) == want) {
                    if (isCollapsible(want)) {
                        space(i, 1);
                    } else {
                        writeSpace(out);
                        out.copied(String.valueOf(want), i);
                    }
                    i++;
                    j++;
                } else if (i < to && content.charAt(i) == '\r') {
                    space(i, 1); // a CR the parser dropped from a CRLF
                    i++;
                } else {
                    // The file and the parser's text disagree here (never seen; kept safe): the character stands
                    // for nothing in the file.
                    if (isCollapsible(want)) {
                        space(i, 0);
                    } else {
                        writeSpace(out);
                        out.synthetic(String.valueOf(want));
                    }
                    j++;
                }
            }
        }

        private void appendDecoded(String decoded, int from, int length) {
            for (int k = 0; k < decoded.length(); k++) {
                char c = decoded.charAt(k);
                if (isCollapsible(c)) {
                    space(from, length);
                } else {
                    writeSpace(text);
                    text.synthetic(String.valueOf(c));
                }
            }
        }

        /** Notes whitespace at {@code at}: one pending space for the whole run. */
        private void space(int at, int length) {
            if (spaceStart < 0) {
                spaceStart = at;
                spaceLength = length;
            } else if (at >= 0 && spaceStart >= 0 && at == spaceStart + spaceLength) {
                spaceLength += length;
            }
        }

        /** Writes the pending space before a word, unless the unit has no text yet. */
        private void writeSpace(OffsetMap.Builder out) {
            if (lineBreak && out.length() > 0) {
                out.synthetic("\n");
            } else if (spaceStart >= 0 && out.length() > 0) {
                if (spaceStart < content.length() && spaceLength == 1 && content.charAt(spaceStart) == ' ') {
                    out.copied(" ", spaceStart);
                } else {
                    out.replaced(" ", spaceStart, Math.max(spaceLength, 0));
                }
            }
            spaceStart = -1;
            spaceLength = 0;
            lineBreak = false;
        }

        private static boolean isCollapsible(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        private static boolean isCollapsible(String piece) {
            return piece.length() == 1 && isCollapsible(piece.charAt(0));
        }

        /** The text attributes of an element, as units of their own. */
        private void attributes(Element e) {
            if (leftOut(e)) {
                return;
            }
            for (String name : TEXT_ATTRIBUTES) {
                if (e.hasAttr(name)) {
                    attributeUnit(e, name);
                }
            }
            if (e.nameIs("input") && List.of("submit", "button", "reset").contains(e.attr("type").toLowerCase(Locale.ROOT))
                    && e.hasAttr("value")) {
                attributeUnit(e, "value");
            }
        }

        private void attributeUnit(Element e, String name) {
            String value = e.attr(name);
            if (value.isBlank()) {
                return;
            }
            OffsetMap.Builder out = new OffsetMap.Builder();
            int savedStart = spaceStart;
            int savedLength = spaceLength;
            boolean savedBreak = lineBreak;
            spaceStart = -1;
            lineBreak = false;
            Range.AttributeRange range = e.attributes().sourceRange(name);
            if (range.isTracked() && range.valueRange().isTracked()) {
                append(value, range.valueRange().start().pos(), range.valueRange().end().pos(), out, true);
            } else {
                out.synthetic(value.strip());
            }
            spaceStart = savedStart;
            spaceLength = savedLength;
            lineBreak = savedBreak;
            pendingAttributes.add(new PendingAttribute(out, e.normalName() + "@" + name));
        }

        /** Ends the current unit, if it holds text, and adds the attribute units met inside it. */
        private void flush() {
            Unit unit = unit(units.size() + 1, text, protectedRanges, blockTag, codes);
            if (unit != null) {
                units.add(unit);
            }
            text = new OffsetMap.Builder();
            protectedRanges = new ArrayList<>();
            codes = new ArrayList<>();
            opened = new HashMap<>();
            spaceStart = -1;
            spaceLength = 0;
            lineBreak = false;
            flushAttributes();
        }

        private void flushAttributes() {
            for (PendingAttribute attribute : pendingAttributes) {
                Unit unit = unit(units.size() + 1, attribute.text(), List.of(), attribute.element(), List.of());
                if (unit != null) {
                    units.add(unit);
                }
            }
            pendingAttributes.clear();
        }

        private Unit unit(int number, OffsetMap.Builder built, List<TextRange> codeRanges, String element,
                List<InlineCode> inlineCodes) {
            String finalText = built.text();
            if (finalText.isBlank() || allProtected(finalText.length(), codeRanges)) {
                return null;
            }
            List<TextRange> ranges = new ArrayList<>(codeRanges);
            ranges.addAll(Links.find(finalText));
            return Unit.builder(String.valueOf(number), finalText)
                    .textMap(built.map())
                    .protectedRanges(ranges)
                    .property("element", element)
                    .codes(inlineCodes.stream().map(c -> c.offset() <= finalText.length() ? c
                            : new InlineCode(c.element(), c.id(), c.kind(), finalText.length(), c.markup(), true))
                            .toList())
                    .build();
        }

        private static boolean allProtected(int length, List<TextRange> ranges) {
            int covered = 0;
            for (TextRange r : ranges) {
                covered += Math.min(r.end(), length) - Math.min(r.start(), length);
            }
            return !ranges.isEmpty() && covered >= length;
        }

        /**
         * True for an element whose text is not to be checked: marked not to translate ({@code translate="no"},
         * class {@code notranslate}, not editable), in another language than the page, or matching a configured
         * selector.
         */
        private boolean leftOut(Element e) {
            if (e.attr("translate").equalsIgnoreCase("no") || e.hasClass("notranslate")
                    || e.attr("contenteditable").equalsIgnoreCase("false")) {
                return true;
            }
            String lang = e.hasAttr("lang") ? e.attr("lang") : e.attr("xml:lang");
            if (!lang.isBlank() && language != null && !sameLanguage(lang, language)) {
                return true;
            }
            for (String selector : skipSelectors) {
                try {
                    if (e.is(selector)) {
                        return true;
                    }
                } catch (Selector.SelectorParseException ex) {
                    return false; // checked when the configuration is read
                }
            }
            return false;
        }

        private static boolean sameLanguage(String a, String b) {
            return primary(a).equals(primary(b));
        }

        private static String primary(String tag) {
            String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            int dash = t.indexOf('-');
            return dash < 0 ? t : t.substring(0, dash);
        }
    }
}
