package dev.concord;

/**
 * Where an issue is: the unit, the UTF-16 offsets [start, end) in the unit's text, and the same place in the file,
 * as 1-based lines and columns counted in Unicode code points ({@code endColumn} exclusive, as in SARIF).
 * To convert to other units (UTF-16 for LSP, UTF-8 bytes), use the document's {@link dev.concord.text.LineIndex}.
 */
public record Span(String unitId, int start, int end, int line, int column, int endLine, int endColumn) {
}
