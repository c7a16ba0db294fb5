package dev.concord.format;

import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place where Concord's XML readers (XLIFF, TMX, TBX, rule packs) get their StAX factory: no DTD is read, no
 * external entity or DTD is ever fetched, and the JDK's size and nesting limits are set here explicitly, so that
 * neither a {@code jaxp.properties} file nor a {@code -Djdk.xml...} flag can loosen them.
 *
 * <p>With DTDs off no entity can be declared, so the entity limits are a second line of defence; the JDK counts each
 * {@code &amp;}-style reference of the five predefined entities towards the entity size limits, which is why those
 * are high enough for the largest real files.
 */
public final class SafeXml {
    /** Elements nest at most this deep (real XLIFF, TMX and TBX nest fewer than 20 levels). */
    public static final int MAX_ELEMENT_DEPTH = 256;
    /** At most this many attributes on one element. */
    public static final int MAX_ATTRIBUTES = 256;
    /** Element and attribute names are at most this long, in characters. */
    public static final int MAX_NAME_CHARS = 1_000;
    /** One attribute value (or, for the XLIFF and TMX reader, one whole start tag) is at most this long, in chars. */
    public static final int MAX_ATTRIBUTE_CHARS = 1 << 20;
    /** Entity expansions in one file; with DTDs off there are none, so this only matters if that ever changes. */
    static final int MAX_ENTITY_EXPANSIONS = 64;
    /** Size of one entity's replacement text, and of all parameter entities. */
    static final int MAX_ENTITY_CHARS = 64 * 1024;
    /** Sum of all entity replacement text; predefined entity references count one each. */
    static final int MAX_TOTAL_ENTITY_CHARS = 100_000_000;
    /** Nodes reached through entity references. */
    static final int MAX_ENTITY_REPLACEMENTS = 10_000;

    private SafeXml() {
    }

    /**
     * A new StAX factory from the JDK (never one found on the class path, whose limits would be unknown), namespace
     * aware, not coalescing; callers may change those two, never the rest.
     */
    public static XMLInputFactory newInputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
        f.setProperty("jdk.xml.elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
        f.setProperty("jdk.xml.maxXMLNameLimit", String.valueOf(MAX_NAME_CHARS));
        f.setProperty("jdk.xml.entityExpansionLimit", String.valueOf(MAX_ENTITY_EXPANSIONS));
        f.setProperty("jdk.xml.maxGeneralEntitySizeLimit", String.valueOf(MAX_TOTAL_ENTITY_CHARS));
        f.setProperty("jdk.xml.maxParameterEntitySizeLimit", String.valueOf(MAX_ENTITY_CHARS));
        f.setProperty("jdk.xml.totalEntitySizeLimit", String.valueOf(MAX_TOTAL_ENTITY_CHARS));
        f.setProperty("jdk.xml.entityReplacementLimit", String.valueOf(MAX_ENTITY_REPLACEMENTS));
        // Never resolve anything: a file that names an external resource is refused, not followed.
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return f;
    }

    /**
     * The index of the first attribute of the current start tag whose value is longer than
     * {@link #MAX_ATTRIBUTE_CHARS}, or -1. The JDK has no limit of its own for attribute values.
     */
    public static int overlongAttribute(XMLStreamReader reader) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeValue(i).length() > MAX_ATTRIBUTE_CHARS) {
                return i;
            }
        }
        return -1;
    }

    /** The message for an over-long attribute value, the same from every reader. */
    public static String overlongAttributeMessage(String name) {
        return "the value of attribute '" + name + "' is longer than " + MAX_ATTRIBUTE_CHARS
                + " characters, Concord's limit for XML attributes";
    }

    /**
     * The parser's message in one line, without the "ParseError at [row,col]" prefix it repeats, and with the JDK's
     * limit messages (which name internal properties) said in Concord's words.
     */
    public static String problem(XMLStreamException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int m = message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + 9);
        }
        message = message.strip().replaceAll("\\s*\\R\\s*", " ");
        String limit = limitMessage(message);
        if (limit != null) {
            return limit;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("doctype") || lower.contains("external entity")
                || lower.contains("was referenced, but not declared")) {
            message += " (Concord refuses DTDs and external entities in XML)";
        }
        return message;
    }

    /** Concord's words for the JDK's limit errors (codes JAXP00010001 to JAXP00010006), or null for other errors. */
    private static String limitMessage(String message) {
        if (message.startsWith("JAXP00010006")) {
            return "elements nest deeper than " + MAX_ELEMENT_DEPTH + " levels, Concord's limit for XML";
        }
        if (message.startsWith("JAXP00010002")) {
            return "an element has more than " + MAX_ATTRIBUTES + " attributes, Concord's limit for XML";
        }
        if (message.startsWith("JAXP00010005")) {
            return "a name is longer than " + MAX_NAME_CHARS + " characters, Concord's limit for XML names";
        }
        if (message.startsWith("JAXP00010001") || message.startsWith("JAXP00010003")
                || message.startsWith("JAXP00010004")) {
            return "entities expand beyond Concord's limits for XML (" + message.replaceFirst("^JAXP\\d+:\\s*", "")
                    + ")";
        }
        return null;
    }
}
