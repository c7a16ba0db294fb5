package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Document;
import dev.concord.InputException;
import dev.concord.Unit;
import dev.concord.pack.RulePacks;
import dev.concord.terms.Termbase;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile XML given to every XML reader (XLIFF, TMX, TBX, rule packs), each a real file read by the real reader: each
 * attack is refused with an {@link InputException} naming the file and a line and column, within fixed limits.
 */
class HostileXmlTest {
    /** A hang guard only: each read takes well under a second. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String SECRET = "CONCORD-SECRET-7f3a";

    @TempDir
    Path dir;

    /** Writes the hostile part of a file (inside a text element of the reader's format). */
    interface Body {
        void write(Writer out) throws IOException;
    }

    /** One XML reader: a valid file around a place for a DOCTYPE and a place for hostile content. */
    enum Reader {
        XLIFF("x.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                %DOCTYPE%<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file source-language="en" target-language="fr" datatype="plaintext" original="hostile"><body>
                <trans-unit id="1"><source>Hello</source><target>Bonjour %BODY%</target></trans-unit>
                </body></file></xliff>
                """, "g id=\"1\""),
        TMX("x.tmx", """
                <?xml version="1.0" encoding="UTF-8"?>
                %DOCTYPE%<tmx version="1.4"><header srclang="en" adminlang="en" datatype="plaintext" segtype="sentence"
                 o-tmf="x" creationtool="t" creationtoolversion="1"/><body>
                <tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="fr"><seg>Bonjour %BODY%</seg></tuv></tu>
                </body></tmx>
                """, "hi"),
        TBX("x.tbx", """
                <?xml version="1.0" encoding="UTF-8"?>
                %DOCTYPE%<martif type="TBX"><text><body>
                <termEntry id="1"><langSet xml:lang="fr"><tig><term>fichier %BODY%</term></tig></langSet></termEntry>
                </body></text></martif>
                """, "hi"),
        PACK("fr/hostile.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                %DOCTYPE%<rules lang="fr" xmlns:concord="urn:dev.concord:rules">
                <category id="HOUSE" name="House style" type="terminology">
                <rule id="COURRIEL" name="courriel, not e-mail">
                  <pattern><token>e-mail</token></pattern>
                  <message>Écrire <suggestion>courriel</suggestion>. %BODY%</message>
                  <example correction="courriel">Envoyez un <marker>e-mail</marker>.</example>
                  <example>Envoyez un courriel.</example>
                </rule></category></rules>
                """, "x");

        final String fileName;
        final String template;
        /** An element the format allows inside its text, to nest. */
        final String inline;

        Reader(String fileName, String template, String inline) {
            this.fileName = fileName;
            this.template = template;
            this.inline = inline;
        }

        /** Reads the file as Concord reads this format; returns the text it kept (units' text or terms). */
        String read(Path folder, Path file) throws IOException {
            switch (this) {
                case XLIFF, TMX -> {
                    Document d = Formats.read(file, ReadOptions.defaults());
                    return String.join("\n", d.units().stream().map(Unit::text).toList());
                }
                case TBX -> {
                    return Termbase.load(file).entries().toString();
                }
                default -> {
                    return RulePacks.none().withFolders(List.of(folder)).rules().toString();
                }
            }
        }
    }

    private Path write(Reader reader, String doctype, Body body) throws IOException {
        Path file = dir.resolve(reader.fileName);
        Files.createDirectories(file.getParent());
        int at = reader.template.indexOf("%BODY%");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(reader.template.substring(0, at).replace("%DOCTYPE%", doctype));
            body.write(out);
            out.write(reader.template.substring(at + "%BODY%".length()));
        }
        return file;
    }

    private Path write(Reader reader, String doctype, String body) throws IOException {
        return write(reader, doctype, out -> out.write(body));
    }

    /** Reads a hostile file and checks the refusal: its type, and a one-line message with file, line and column. */
    private InputException refused(Reader reader, Path file, String expected) {
        InputException e = assertTimeoutPreemptively(HANG_GUARD,
                () -> assertThrows(InputException.class, () -> reader.read(dir, file)));
        String message = e.getMessage();
        assertEquals(file.toString(), e.file(), message);
        assertTrue(e.line() > 0 && e.column() > 0, "a position: " + message);
        assertTrue(message.startsWith(file + ":" + e.line() + ":" + e.column() + ": "), message);
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.contains(SECRET), message);
        assertTrue(Pattern.compile(expected, Pattern.CASE_INSENSITIVE).matcher(e.detail()).find(),
                "says why (" + expected + "): " + message);
        return e;
    }

    private Path secretFile(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void externalGeneralEntitiesAreRefusedAndNeverRead(Reader reader) throws IOException {
        Path secret = secretFile("secret.txt", SECRET);
        Path file = write(reader, "<!DOCTYPE x [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n", "&secret;");
        refused(reader, file, "DTD|DOCTYPE|entit");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void externalParameterEntitiesAreRefusedAndNeverRead(Reader reader) throws IOException {
        Path dtd = secretFile("secret.dtd", "<!ENTITY leak \"" + SECRET + "\">");
        Path file = write(reader, "<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + dtd.toUri() + "\"> %p;]>\n", "&leak;");
        refused(reader, file, "DTD|DOCTYPE|entit");
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"XLIFF", "TMX", "PACK"})
    void externalDtdsAreRefused(Reader reader) throws IOException {
        Path file = write(reader, "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">\n", "");
        refused(reader, file, "DTD|DOCTYPE");
    }

    @Test
    void aTbxExternalDtdIsNeverFetched() throws IOException {
        // TBX 2008 files often name their DTD: the reader reads on without fetching it. /etc/passwd is no DTD, so
        // reading it would fail; an entity it declared would be undeclared here.
        Path file = write(Reader.TBX, "<!DOCTYPE martif SYSTEM \"file:///etc/passwd\">\n", "");
        String terms = assertTimeoutPreemptively(HANG_GUARD, () -> Reader.TBX.read(dir, file));
        assertTrue(terms.contains("fichier"), terms);
        Path dtd = secretFile("secret.dtd", "<!ENTITY leak \"" + SECRET + "\">");
        Path leak = write(Reader.TBX, "<!DOCTYPE martif SYSTEM \"" + dtd.toUri() + "\">\n", "&leak;");
        refused(Reader.TBX, leak, "entit");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void billionLaughsAreRefused(Reader reader) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE x [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        Path file = write(reader, dtd.append("]>\n").toString(), "&lol9;");
        refused(reader, file, "DTD|DOCTYPE|entit");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void quadraticBlowUpIsRefused(Reader reader) throws IOException {
        // One entity of 100 KB referenced 10,000 times would expand to a gigabyte.
        String doctype = "<!DOCTYPE x [<!ENTITY a \"" + "x".repeat(100_000) + "\">]>\n";
        Path file = write(reader, doctype, out -> {
            for (int i = 0; i < 10_000; i++) {
                out.write("&a;");
            }
        });
        refused(reader, file, "DTD|DOCTYPE|entit");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aHundredThousandNestedElementsAreRefused(Reader reader) throws IOException {
        Path file = write(reader, "", out -> {
            for (int i = 0; i < 100_000; i++) {
                out.write("<" + reader.inline + ">");
            }
            String end = "</" + reader.inline.split(" ")[0] + ">";
            for (int i = 0; i < 100_000; i++) {
                out.write(end);
            }
        });
        refused(reader, file, "nest|deep");
    }

    @ParameterizedTest
    @EnumSource(value = Reader.class, names = {"XLIFF", "TMX", "TBX"})
    void aFiftyMegabyteAttributeIsRefused(Reader reader) throws IOException {
        Path file = write(reader, "", out -> hugeAttribute(out, 50 << 20));
        refused(reader, file, "attribute");
    }

    @Test
    void aRuleFileWithAnAttributeOverTheLimitIsRefused() throws IOException {
        // Rule files are at most 8 MB, so the attribute is smaller here; it is still over the attribute limit.
        Path file = write(Reader.PACK, "", out -> hugeAttribute(out, SafeXml.MAX_ATTRIBUTE_CHARS + 1));
        refused(Reader.PACK, file, "attribute");
        Path big = write(Reader.PACK, "", out -> hugeAttribute(out, 50 << 20));
        InputException e = assertThrows(InputException.class, () -> Reader.PACK.read(dir, big));
        assertTrue(e.getMessage().startsWith(big + ": rule file larger than"), e.getMessage());
    }

    private static void hugeAttribute(Writer out, int length) throws IOException {
        out.write("<x huge=\"");
        char[] chunk = "v".repeat(1 << 16).toCharArray();
        for (int written = 0; written < length; written += chunk.length) {
            out.write(chunk, 0, Math.min(chunk.length, length - written));
        }
        out.write("\"/>");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void aHugeElementNameIsRefused(Reader reader) throws IOException {
        String name = "n".repeat(1 << 20);
        Path file = write(reader, "", "<" + name + ">a</" + name + ">");
        refused(reader, file, "name");
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void tooManyAttributesAreRefused(Reader reader) throws IOException {
        Path file = write(reader, "", out -> {
            out.write("<x");
            for (int i = 0; i < 100_000; i++) {
                out.write(" a" + i + "=\"1\"");
            }
            out.write("/>");
        });
        refused(reader, file, "attributes");
    }

    @Test
    void theLimitsStayWhateverTheSystemPropertiesSay() throws Exception {
        // A -Djdk.xml... flag or jaxp.properties loosens a factory's defaults, never what Concord set explicitly.
        String old = System.getProperty("jdk.xml.maxElementDepth");
        System.setProperty("jdk.xml.maxElementDepth", "0");
        try {
            XMLInputFactory f = SafeXml.newInputFactory();
            assertEquals(String.valueOf(SafeXml.MAX_ELEMENT_DEPTH), String.valueOf(f.getProperty("jdk.xml.maxElementDepth")));
            assertEquals(Boolean.FALSE, f.getProperty(XMLInputFactory.SUPPORT_DTD));
        } finally {
            if (old == null) {
                System.clearProperty("jdk.xml.maxElementDepth");
            } else {
                System.setProperty("jdk.xml.maxElementDepth", old);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void normalFilesWithManyPredefinedEntitiesStillRead(Reader reader) throws IOException {
        // The JDK counts each &amp; towards its entity size limits: a large real file must stay under them.
        // TBX terms are short, so there the references are spread over many entries.
        String piece = reader == Reader.TBX
                ? "a &amp; b &lt; c &gt; d &quot; &#233;</term></tig></langSet></termEntry>\n"
                        + "<termEntry><langSet xml:lang=\"fr\"><tig><term>e"
                : "a &amp; b &lt; c &gt; d &quot; &#233; ";
        Path file = write(reader, "", out -> {
            for (int i = 0; i < 25_000; i++) {
                out.write(piece);
            }
        });
        String text = assertTimeoutPreemptively(HANG_GUARD, () -> reader.read(dir, file));
        assertFalse(text.isEmpty());
    }
}
