package dev.concord.report;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Indented XML for the XML report formats, with characters that XML 1.0 forbids replaced. */
final class XmlOutput {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private int depth;
    private boolean open;

    XmlOutput(Writer out) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** Starts an element whose attributes follow and which will hold children or text. */
    XmlOutput start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
        open = true;
        return this;
    }

    /** Starts an element without content. */
    XmlOutput empty(String name) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(name);
        open = false;
        return this;
    }

    XmlOutput attribute(String name, Object value) throws XMLStreamException {
        if (value != null) {
            // A parser turns a line break in an attribute into a space anyway: write the space.
            xml.writeAttribute(name, safe(String.valueOf(value)).replaceAll("\\R", " "));
        }
        return this;
    }

    /** Text content of the element just started (it must be closed with {@link #endInline()}). */
    XmlOutput text(String text) throws XMLStreamException {
        xml.writeCharacters(safe(text));
        return this;
    }

    /** Closes an element that holds text: no indentation before its end tag. */
    void endInline() throws XMLStreamException {
        depth--;
        xml.writeEndElement();
        open = false;
    }

    void end() throws XMLStreamException {
        depth--;
        if (!open) {
            indent();
        }
        xml.writeEndElement();
        open = false;
    }

    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        open = false;
    }

    /** Replaces the characters XML 1.0 cannot hold (most C0 controls, lone surrogates) with U+FFFD. */
    static String safe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }
}
