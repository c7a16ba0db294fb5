package dev.concord.format;

import dev.concord.InputException;
import dev.concord.text.InlineCode;
import dev.concord.text.OffsetMap;
import dev.concord.text.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;

/**
 * Reads the content of a source, target or segment element of XLIFF 1.2, XLIFF 2 or TMX: text mapped to the file,
 * inline codes kept as codes (not text), protected markers, and the segments of a segmented unit
 * ({@code <mrk mtype="seg">}, as Trados and memoQ write them).
 */
final class InlineContent {
    /** Which vocabulary of inline elements the content uses. */
    enum Dialect {
        XLIFF1,
        XLIFF2,
        TMX
    }

    /** A piece of text with its codes: the whole content, or one segment of it. */
    static final class Piece {
        final String segmentId;
        final OffsetMap.Builder text = new OffsetMap.Builder();
        final List<InlineCode> codes = new ArrayList<>();
        final List<TextRange> protectedRanges = new ArrayList<>();
        /** File offset where the content starts, for an empty piece's position. */
        final int fileOffset;

        Piece(String segmentId, int fileOffset) {
            this.segmentId = segmentId;
            this.fileOffset = fileOffset;
        }

        String string() {
            return text.text();
        }

        OffsetMap map() {
            if (text.length() == 0) {
                return OffsetMap.contiguous(fileOffset, 0);
            }
            return text.map();
        }
    }

    /** What an element's content held: the whole, and its segments when it is segmented (else empty). */
    static final class Result {
        final Piece whole;
        final List<Piece> segments = new ArrayList<>();

        Result(Piece whole) {
            this.whole = whole;
        }
    }

    private final XmlInput in;
    private final Dialect dialect;
    private final Map<String, Integer> occurrences = new HashMap<>();
    private Piece piece;
    private int protectDepth;

    private InlineContent(XmlInput in, Dialect dialect) {
        this.in = in;
        this.dialect = dialect;
    }

    /** Reads the content of the element whose start tag is the current event, up to and including its end tag. */
    static Result read(XmlInput in, Dialect dialect) throws InputException {
        InlineContent c = new InlineContent(in, dialect);
        Result result = new Result(new Piece(null, in.cursor()));
        c.piece = result.whole;
        if (in.isEmptyElement()) {
            in.next();
            return result;
        }
        c.content(result, 0);
        return result;
    }

    /** Reads events up to the end tag of the element at nesting {@code level} 0. */
    private void content(Result result, int level) throws InputException {
        while (true) {
            int e = in.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int from = piece.text.length();
                    in.appendText(piece.text);
                    if (protectDepth > 0 && piece.text.length() > from) {
                        piece.protectedRanges.add(new TextRange(from, piece.text.length()));
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> element(result, level);
                case XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
                    return;
                }
                default -> {
                }
            }
        }
    }

    private void element(Result result, int level) throws InputException {
        String name = in.xml().getLocalName();
        String markup = in.pooled(in.rawTag());
        switch (dialect) {
            case XLIFF1 -> xliff1(name, markup, result, level);
            case XLIFF2 -> xliff2(name, markup, result, level);
            case TMX -> tmx(name, markup, result, level);
            default -> throw new IllegalStateException();
        }
    }

    private void xliff1(String name, String markup, Result result, int level) throws InputException {
        switch (name) {
            case "g" -> paired(name, in.attribute("id"), markup, true, result, level);
            case "x" -> standalone(name, in.attribute("id"), markup, true, false);
            case "bx" -> code(name, firstNonNull(in.attribute("rid"), in.attribute("id")), InlineCode.Kind.OPENING,
                    markup, true, false);
            case "ex" -> code(name, firstNonNull(in.attribute("rid"), in.attribute("id")), InlineCode.Kind.CLOSING,
                    markup, true, false);
            case "ph", "it" -> standalone(name, in.attribute("id"), markup, true, true);
            case "bpt" -> code(name, firstNonNull(in.attribute("rid"), in.attribute("id")), InlineCode.Kind.OPENING,
                    markup, true, true);
            case "ept" -> code(name, firstNonNull(in.attribute("rid"), in.attribute("id")), InlineCode.Kind.CLOSING,
                    markup, true, true);
            case "mrk" -> marker("seg".equals(in.attribute("mtype")), "protected".equals(in.attribute("mtype")),
                    in.attribute("mid"), result, level);
            default -> in.skipElement(); // sub, or a foreign element: not text of this unit
        }
    }

    private void xliff2(String name, String markup, Result result, int level) throws InputException {
        boolean movable = !"no".equals(in.attribute("canReorder"));
        switch (name) {
            case "ph" -> standalone(name, in.attribute("id"), markup, movable, true);
            case "pc" -> paired(name, in.attribute("id"), markup, movable, result, level);
            case "sc" -> code(name, in.attribute("id"), InlineCode.Kind.OPENING, markup, movable, true);
            case "ec" -> code(name, firstNonNull(in.attribute("startRef"), in.attribute("id")),
                    InlineCode.Kind.CLOSING, markup, movable, true);
            case "mrk" -> marker(false, "no".equals(in.attribute("translate")), null, result, level);
            case "cp" -> {
                String hex = in.attribute("hex");
                try {
                    piece.text.synthetic(new String(Character.toChars(Integer.parseInt(hex, 16))));
                } catch (RuntimeException e) {
                    throw in.here("<cp hex=\"" + hex + "\"> is not a valid code point");
                }
                in.skipElement();
            }
            default -> in.skipElement(); // sm, em (annotation markers) and foreign elements
        }
    }

    private void tmx(String name, String markup, Result result, int level) throws InputException {
        switch (name) {
            case "bpt" -> code(name, in.attribute("i"), InlineCode.Kind.OPENING, markup, true, true);
            case "ept" -> code(name, in.attribute("i"), InlineCode.Kind.CLOSING, markup, true, true);
            case "ph", "ut" -> standalone(name, in.attribute("x"), markup, true, true);
            case "it" -> code(name, in.attribute("x"), "end".equals(in.attribute("pos")) ? InlineCode.Kind.CLOSING
                    : InlineCode.Kind.OPENING, markup, true, true);
            case "hi" -> marker(false, false, null, result, level);
            default -> in.skipElement(); // sub: text of the code, not of the segment
        }
    }

    /** A paired code whose element holds text: an opening code, the text, a closing code. */
    private void paired(String name, String id, String markup, boolean movable, Result result, int level)
            throws InputException {
        String key = in.pooled(id != null ? id : name + "#" + next(name));
        piece.codes.add(new InlineCode(name, key, InlineCode.Kind.OPENING, piece.text.length(), markup, movable));
        if (in.isEmptyElement()) {
            in.next();
        } else {
            content(result, level + 1);
        }
        piece.codes.add(new InlineCode(name, key, InlineCode.Kind.CLOSING, piece.text.length(),
                in.pooled("</" + name + ">"), movable));
    }

    /** A code that takes no room in the text (the opening or closing half of a pair). */
    private void code(String name, String id, InlineCode.Kind kind, String markup, boolean movable,
            boolean nativeContent) throws InputException {
        String key = in.pooled(id != null ? id : name + "#" + next(name));
        piece.codes.add(new InlineCode(name, key, kind, piece.text.length(), markup, movable));
        in.skipElement();
    }

    /** A standalone code: one placeholder character in the text, protected, mapped to the code's tag. */
    private void standalone(String name, String id, String markup, boolean movable, boolean nativeContent)
            throws InputException {
        String key = in.pooled(id != null ? id : name + "#" + next(name));
        int at = piece.text.length();
        piece.codes.add(new InlineCode(name, key, InlineCode.Kind.STANDALONE, at, markup, movable));
        piece.text.copied(String.valueOf(InlineCode.PLACEHOLDER), in.tagStart());
        piece.protectedRanges.add(new TextRange(at, at + 1));
        in.skipElement();
    }

    /** A marker: a segment boundary, protected text, or a transparent annotation. */
    private void marker(boolean segment, boolean protect, String segmentId, Result result, int level)
            throws InputException {
        if (segment && level == 0) {
            Piece outer = piece;
            piece = new Piece(segmentId != null ? segmentId : String.valueOf(result.segments.size() + 1),
                    in.cursor());
            result.segments.add(piece);
            if (!in.isEmptyElement()) {
                content(result, level + 1);
            } else {
                in.next();
            }
            piece = outer;
            return;
        }
        if (protect) {
            protectDepth++;
        }
        if (in.isEmptyElement()) {
            in.next();
        } else {
            content(result, level + 1);
        }
        if (protect) {
            protectDepth--;
        }
    }

    private int next(String name) {
        return occurrences.merge(name, 1, Integer::sum);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
