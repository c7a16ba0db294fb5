package dev.concord.format;

import dev.concord.InputException;
import dev.concord.text.OffsetMap;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XML file read with the JDK's StAX parser, safely (no DTD, no external entity, bounded depth), together with its
 * raw text: every event the parser reports is matched to the characters it stands for in the file, so that text can
 * be mapped back to exact offsets ({@link #appendText}) and codes can be shown as written ({@link #rawTag}).
 *
 * <p>The parser validates; this class only finds the boundaries of what the parser already accepted, which in XML are
 * simple: tags end at an unquoted {@code >}, comments at {@code -->}, text at the next {@code <}.
 */
final class XmlInput implements Closeable {
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final XMLInputFactory FACTORY = SafeXml.newInputFactory();

    private final InputFile file;
    private final RetainedText raw;
    private final XMLStreamReader xml;
    private int cursor;
    private int event = XMLStreamConstants.START_DOCUMENT;
    private boolean textPending;
    private boolean emptyElementOpen;
    private int tagStart;
    private int tagEnd;
    private final java.util.Map<String, String> pool = new java.util.HashMap<>();

    private XmlInput(InputFile file, RetainedText raw, XMLStreamReader xml) throws InputException {
        this.file = file;
        this.raw = raw;
        this.xml = xml;
        // The XML declaration is not an event: step over it.
        if (raw.startsWith(0, "<?xml")) {
            cursor = indexOf(0, "?>") + 2;
        }
    }

    /** Opens a file: its encoding from a byte order mark or its XML declaration (UTF-8 when it names none). */
    static XmlInput open(InputFile file) throws IOException {
        return open(file, true);
    }

    /** Opens a file to read whole ({@code whole}: its text is kept) or in parts. */
    static XmlInput open(InputFile file, boolean whole) throws IOException {
        byte[] head = file.head(1024);
        Charset charset = charsetOf(file, head);
        InputStream in = file.openStream();
        skipBom(in, head);
        long expected = 0;
        if (whole && file.path() != null) {
            long bytes = java.nio.file.Files.size(file.path());
            expected = charset.name().startsWith("UTF-16") ? bytes / 2 : bytes;
        }
        RetainedText raw = new RetainedText(file.name(), in, charset, expected);
        try {
            // Read ahead so that the declaration is in the kept text before the parser starts.
            XMLStreamReader reader = FACTORY.createXMLStreamReader(raw);
            return new XmlInput(file, raw, reader);
        } catch (XMLStreamException e) {
            raw.close();
            throw error(file, e);
        }
    }

    private static void skipBom(InputStream in, byte[] head) throws IOException {
        int bom = bomLength(head);
        if (in.skip(bom) != bom) {
            throw new IOException("cannot skip the byte order mark");
        }
    }

    private static int bomLength(byte[] h) {
        if (h.length >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (h.length >= 2 && ((h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF
                || (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE)) {
            return 2;
        }
        return 0;
    }

    private static Charset charsetOf(InputFile file, byte[] h) throws InputException {
        if (h.length >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (h.length >= 4 && h[0] == '<' && h[1] == 0 && h[2] == '?' && h[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (h.length >= 4 && h[0] == 0 && h[1] == '<' && h[2] == 0 && h[3] == '?') {
            return StandardCharsets.UTF_16BE;
        }
        int skip = bomLength(h);
        String ascii = new String(h, skip, h.length - skip, StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(ascii);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String declared = m.group(1).trim();
        int column = m.start(1) + 1;
        Charset charset;
        try {
            charset = Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InputException(file.name(), 1, column, "the XML declaration names encoding '" + declared
                    + "', which is not an encoding Java knows; save the file as UTF-8 and declare encoding=\"UTF-8\"");
        }
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            // The declaration was readable as ASCII, so the bytes are not UTF-16.
            throw new InputException(file.name(), 1, column, "the XML declaration says " + declared
                    + " but the file is written in an 8-bit encoding (no byte order mark); fix the declaration");
        }
        if (skip == 3 && !charset.equals(StandardCharsets.UTF_8)) {
            throw new InputException(file.name(), 1, column, "the file starts with a UTF-8 byte order mark but "
                    + "declares encoding '" + declared + "'; fix the declaration");
        }
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.name().equals("US-ASCII")) {
            int utf8 = utf8Sequence(h, skip);
            if (utf8 >= 0) {
                String before = new String(h, skip, utf8 - skip, StandardCharsets.ISO_8859_1);
                int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
                int col = before.length() - before.lastIndexOf('\n');
                throw new InputException(file.name(), line, col, "the XML declaration says " + declared
                        + " but the file's bytes are UTF-8 here; fix the declaration (encoding=\"UTF-8\")");
            }
        }
        return charset;
    }

    /** Offset of the first multi-byte UTF-8 sequence in {@code h} when all its high bytes form UTF-8, else -1. */
    private static int utf8Sequence(byte[] h, int from) {
        int first = -1;
        for (int i = from; i < h.length; i++) {
            int b = h[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            int n = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (n < 0) {
                return -1;
            }
            if (i + n >= h.length) {
                break; // cut by the end of the head
            }
            for (int k = 1; k <= n; k++) {
                if ((h[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            if (first < 0) {
                first = i;
            }
            i += n;
        }
        return first;
    }

    /** The file's name as reports give it. */
    String name() {
        return file.name();
    }

    /** The StAX reader, positioned at the current event. */
    XMLStreamReader xml() {
        return xml;
    }

    /** The raw text kept so far. */
    RetainedText raw() {
        return raw;
    }

    /** File offset of the first character after what the events so far stand for. */
    int cursor() {
        return cursor;
    }

    /** File offsets of the current start tag: [tagStart, tagEnd). */
    int tagStart() {
        return tagStart;
    }

    int tagEnd() {
        return tagEnd;
    }

    /** The current start tag as written in the file (shortened when long), for messages about codes. */
    String rawTag() {
        String t = raw.substring(tagStart, tagEnd);
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }

    /** True when the current start tag closes itself ({@code <x/>}). */
    boolean isEmptyElement() {
        return emptyElementOpen;
    }

    /**
     * Moves to the next event and over the raw text it stands for. Text the caller did not take with
     * {@link #appendText} is stepped over.
     *
     * @throws InputException for malformed XML, a DTD, or bytes that are not the file's encoding
     */
    int next() throws InputException {
        if (textPending) {
            align(xml.getText(), null);
        }
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            throw error(file, e);
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                // The parser bounds depth, attribute count and names (SafeXml); the tag's length bounds the rest.
                startTag();
            }
            case XMLStreamConstants.END_ELEMENT -> {
                if (emptyElementOpen) {
                    emptyElementOpen = false;
                } else {
                    int lt = indexOf(cursor, "</");
                    cursor = indexOfTagEnd(lt) + 1;
                }
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                emptyElementOpen = false;
                textPending = true;
            }
            case XMLStreamConstants.COMMENT -> {
                emptyElementOpen = false;
                cursor = indexOf(indexOf(cursor, "<!--"), "-->") + 3;
            }
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                emptyElementOpen = false;
                cursor = indexOf(indexOf(cursor, "<?"), "?>") + 2;
            }
            case XMLStreamConstants.DTD -> throw at(indexOf(cursor, "<!DOCTYPE"),
                    "the file has a DTD (<!DOCTYPE ...>): Concord refuses DTDs and external entities in XML, which "
                            + "could read other files; remove the DOCTYPE");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw at(cursor,
                    "entity reference &" + xml.getLocalName() + "; is not allowed");
            default -> {
            }
        }
        return event;
    }

    /**
     * One copy of a short string that recurs (code markup such as {@code <g id="1">}, code ids, states): a file of a
     * hundred thousand units repeats a few hundred of them. The pool is bounded.
     */
    String pooled(String s) {
        if (s == null || s.length() > 80) {
            return s;
        }
        String p = pool.get(s);
        if (p != null) {
            return p;
        }
        if (pool.size() < 10_000) {
            pool.put(s, s);
        }
        return s;
    }

    /** The current event (a {@link XMLStreamConstants} value). */
    int event() {
        return event;
    }

    private void startTag() throws InputException {
        emptyElementOpen = false;
        int lt = cursor;
        // Step over what the parser does not report here: whitespace and comments before the root element.
        while (true) {
            int c = raw.charAt(lt);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                lt++;
            } else if (raw.startsWith(lt, "<!--")) {
                lt = indexOf(lt, "-->") + 3;
            } else if (raw.startsWith(lt, "<?")) {
                lt = indexOf(lt, "?>") + 2;
            } else {
                break;
            }
        }
        if (raw.charAt(lt) != '<') {
            lt = indexOf(lt, "<");
        }
        int gt = indexOfTagEnd(lt);
        if (gt + 1 - lt > SafeXml.MAX_ATTRIBUTE_CHARS) {
            throw at(lt, "a start tag longer than " + SafeXml.MAX_ATTRIBUTE_CHARS
                    + " characters, Concord's limit for XML attributes");
        }
        tagStart = lt;
        tagEnd = gt + 1;
        emptyElementOpen = raw.charAt(gt - 1) == '/';
        cursor = tagEnd;
    }

    /** The offset of the {@code >} that ends the tag starting at {@code lt}, skipping quoted attribute values. */
    private int indexOfTagEnd(int lt) throws InputException {
        char quote = 0;
        for (int i = lt; ; i++) {
            int c = raw.charAt(i);
            if (c < 0) {
                throw at(lt, "cannot find the end of this tag");
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = (char) c;
            } else if (c == '>') {
                return i;
            }
        }
    }

    private int indexOf(int from, String s) throws InputException {
        for (int i = from; raw.charAt(i) >= 0; i++) {
            if (raw.charAt(i) == s.charAt(0) && raw.startsWith(i, s)) {
                return i;
            }
        }
        throw at(from, "cannot match the parser's events to the file's text (looking for '" + s + "')");
    }

    /**
     * Appends the current text event to {@code out}, each character mapped to where it stands in the file (a character
     * the parser decoded from an entity or character reference maps to the reference's {@code &}).
     */
    void appendText(OffsetMap.Builder out) {
        align(xml.getText(), out);
    }

    /** Steps over the current text event without keeping it. */
    void skipText() {
        align(xml.getText(), null);
    }

    /** Matches decoded text to the raw text at the cursor, appending it to {@code out} (when not null). */
    private void align(String text, OffsetMap.Builder out) {
        textPending = false;
        int i = cursor;
        int j = 0;
        int n = text.length();
        while (j < n) {
            int c = raw.charAt(i);
            if (c < 0) {
                break;
            }
            if (c == '<') {
                if (raw.startsWith(i, "<![CDATA[")) {
                    i += 9;
                    int runStart = i;
                    int runText = j;
                    while (j < n && !raw.startsWith(i, "]]>") && raw.charAt(i) == text.charAt(j)) {
                        i++;
                        j++;
                    }
                    if (out != null && j > runText) {
                        out.copied(text.substring(runText, j), runStart);
                    }
                    if (raw.startsWith(i, "]]>")) {
                        i += 3;
                    }
                    continue;
                }
                if (raw.startsWith(i, "<!--")) {
                    int end = indexOfOrEnd(i, "-->");
                    i = end + 3;
                    continue;
                }
                break; // out of step: the rest is synthetic
            }
            if (c == '&') {
                int semi = i + 1;
                while (raw.charAt(semi) >= 0 && raw.charAt(semi) != ';' && semi - i < 12) {
                    semi++;
                }
                int count = 1;
                if (raw.charAt(i + 1) == '#') {
                    String ref = raw.substring(i + 2, semi);
                    try {
                        int cp = ref.startsWith("x") || ref.startsWith("X") ? Integer.parseInt(ref.substring(1), 16)
                                : Integer.parseInt(ref);
                        count = Character.charCount(cp);
                    } catch (NumberFormatException e) {
                        count = 1;
                    }
                }
                count = Math.min(count, n - j);
                if (out != null) {
                    // The decoded character stands where its reference starts.
                    out.copied(text.substring(j, j + count), i);
                }
                j += count;
                i = semi + 1;
                continue;
            }
            if (c == '\r' && text.charAt(j) == '\n') {
                if (raw.charAt(i + 1) == '\n') {
                    if (out != null) {
                        out.copied("\n", i + 1);
                    }
                    i += 2;
                } else {
                    if (out != null) {
                        out.synthetic("\n");
                    }
                    i++;
                }
                j++;
                continue;
            }
            if (c != text.charAt(j)) {
                break;
            }
            int runStart = i;
            int runText = j;
            while (j < n) {
                int r = raw.charAt(i);
                if (r != text.charAt(j) || r == '&' || r == '<' || r == '\r') {
                    break;
                }
                i++;
                j++;
            }
            if (out != null) {
                out.copied(text.substring(runText, j), runStart);
            }
        }
        if (j < n && out != null) {
            out.synthetic(text.substring(j));
        }
        cursor = i;
    }

    private int indexOfOrEnd(int from, String s) {
        for (int i = from; raw.charAt(i) >= 0; i++) {
            if (raw.startsWith(i, s)) {
                return i;
            }
        }
        return raw.end();
    }

    /** An input error at a file offset. */
    InputException at(int offset, String message) {
        int o = Math.max(raw.start(), Math.min(offset, raw.end()));
        int[] p = raw.position(o);
        return new InputException(file.name(), p[0], p[1], message);
    }

    /** An input error at the current event. */
    InputException here(String message) {
        return at(tagStart, message);
    }

    /** The value of an attribute of the current start tag (any namespace), or null. */
    String attribute(String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                String prefix = xml.getAttributePrefix(i);
                if (prefix == null || prefix.isEmpty() || prefix.equals("xml")) {
                    return xml.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    /** The value of a namespaced attribute (such as {@code xml:lang}), by namespace URI and local name, or null. */
    String attribute(String namespace, String localName) {
        return xml.getAttributeValue(namespace, localName);
    }

    /** Reads the text of the current element up to its end (notes, context), dropping inner markup. */
    String elementText() throws InputException {
        StringBuilder sb = new StringBuilder();
        int level = 1;
        while (level > 0) {
            int e = next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE) {
                sb.append(xml.getText());
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        return sb.toString();
    }

    /** Steps over the current element and everything in it. */
    void skipElement() throws InputException {
        int level = 1;
        while (level > 0) {
            int e = next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (e == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing releases nothing that matters; the raw stream is closed below
        }
        raw.close();
    }

    /** An input error for a parser exception: its line and column, its message without the parser's prefix. */
    static InputException error(InputFile file, XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause() != t ? t.getCause() : null) {
            if (t instanceof InputException ie) {
                return ie;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof InputException ie) {
                return ie;
            }
        }
        Location loc = e.getLocation();
        String message = SafeXml.problem(e);
        return new InputException(file.name(), loc == null ? 0 : loc.getLineNumber(),
                loc == null ? 0 : loc.getColumnNumber(), "malformed XML: " + message, e);
    }
}
