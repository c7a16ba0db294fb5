package dev.concord;

import java.io.IOException;

/**
 * Input that Concord cannot check: a missing or unreadable file, bytes that are not the declared encoding, a
 * malformed file, a bilingual pair that does not line up. Carries where the problem is, so that the message is one
 * line of the form {@code file:line:column: message}.
 */
public class InputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    /** A problem at a place in a file; line and column are 1-based, 0 when unknown. */
    public InputException(String file, int line, int column, String detail) {
        this(file, line, column, detail, null);
    }

    public InputException(String file, int line, int column, String detail, Throwable cause) {
        super(format(file, line, column, detail), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }

    private static String format(String file, int line, int column, String detail) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        return sb.append(detail).toString();
    }
}
