package dev.concord.lsp;

import dev.concord.text.LineIndex;
import java.util.List;
import org.eclipse.lsp4j.Position;

/**
 * How LSP counts a position's character: UTF-16 code units (the protocol's default), UTF-8 bytes or code points
 * (UTF-32), as client and server agree at initialization ({@code general.positionEncodings}). Lines end at LF, CRLF
 * or CR, as the protocol says.
 */
enum PositionEncoding {
    UTF8("utf-8"), UTF16("utf-16"), UTF32("utf-32");

    private final String lspName;

    PositionEncoding(String lspName) {
        this.lspName = lspName;
    }

    /** The name the protocol gives this encoding. */
    String lspName() {
        return lspName;
    }

    /** The encoding to use: the first of the client's (in its order of preference) that is known, else UTF-16. */
    static PositionEncoding negotiate(List<String> offered) {
        if (offered != null) {
            for (String name : offered) {
                for (PositionEncoding e : values()) {
                    if (e.lspName.equalsIgnoreCase(name)) {
                        return e;
                    }
                }
            }
        }
        return UTF16;
    }

    /** How many units of this encoding a code point takes. */
    int units(int codePoint) {
        return switch (this) {
            case UTF16 -> Character.charCount(codePoint);
            case UTF32 -> 1;
            case UTF8 -> codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        };
    }

    /** The position of a UTF-16 offset of the indexed text. */
    Position position(LineIndex index, int offset) {
        String text = index.text();
        offset = Math.max(0, Math.min(offset, text.length()));
        int line = index.line(offset);
        int start = index.lineStart(line);
        int character = 0;
        for (int i = start; i < offset; ) {
            int cp = text.codePointAt(i);
            character += units(cp);
            i += Character.charCount(cp);
        }
        return new Position(line - 1, character);
    }

    /**
     * The UTF-16 offset of a position in the indexed text. A character past the line's end stands for its end, a line
     * past the last for the text's end (as the protocol says), and a position inside a code point for its start.
     */
    int offset(LineIndex index, Position position) {
        String text = index.text();
        int line = position.getLine() + 1;
        if (line > index.lineCount()) {
            return text.length();
        }
        if (line < 1) {
            return 0;
        }
        int i = index.lineStart(line);
        int end = index.lineEnd(line);
        int left = position.getCharacter();
        while (i < end && left > 0) {
            int cp = text.codePointAt(i);
            int n = units(cp);
            if (n > left) {
                break;
            }
            left -= n;
            i += Character.charCount(cp);
        }
        return i;
    }
}
