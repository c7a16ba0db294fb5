package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.DocumentStream;
import dev.concord.InputException;
import dev.concord.Issue;
import dev.concord.Unit;
import dev.concord.bench.XliffGenerator;
import dev.concord.text.InlineCode;
import dev.concord.text.LineIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XliffFormatTest {
    private static final Checker QA = Checker.builder().grammar(false).build();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static Document read(Path p) throws Exception {
        return Formats.read(p, ReadOptions.defaults());
    }

    /** Line and column (code points) of a unit offset in the document's file. */
    private static String at(Document d, Unit u, int offset) {
        LineIndex lines = d.target().lines();
        int f = u.textMap().toFileStart(offset);
        return lines.line(f) + ":" + lines.codePointColumn(f);
    }

    static final String XLIFF12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- made for Concord's tests -->
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="en-US" target-language="fr-FR" datatype="html" original="help.html">
                <header><tool tool-id="t" tool-name="t"/></header>
                <body>
                  <trans-unit id="save" resname="button.save" maxwidth="20" size-unit="char">
                    <source>Save &amp; close <g id="1">now</g><x id="2"/>!</source>
                    <target state="translated">Enregistrer &amp; fermer <g id="1">maintenant</g><x id="2"/> !</target>
                    <note>Button label</note>
                    <note from="dev">Keep it short</note>
                  </trans-unit>
                  <group id="g" translate="no">
                    <trans-unit id="brand"><source>Concord</source><target>Concord</target></trans-unit>
                  </group>
                  <trans-unit id="open"><source>Open</source></trans-unit>
                  <trans-unit id="ph"><source>Line<ph id="1">&lt;br/&gt;</ph>two</source><target>Ligne<ph id="1">&lt;br/&gt;</ph>deux</target></trans-unit>
                  <trans-unit id="cdata">
                    <source><![CDATA[a<b]]></source>
                    <target>x<![CDATA[a<b]]>&#x1F600;y</target>
                    <alt-trans><source>old</source><target>vieux</target></alt-trans>
                  </trans-unit>
                </body>
              </file>
            </xliff>
            """;

    @Test
    void readsXliff12UnitsWithCodesNotesStateAndLanguages() throws Exception {
        Document d = read(write("help.xlf", XLIFF12));
        assertEquals("xliff", d.format());
        assertEquals("fr-FR", d.targetLocale());
        assertEquals("en-US", d.sourceLocale());
        assertEquals(List.of("save", "open", "ph", "cdata"), d.units().stream().map(Unit::id).toList());
        Unit save = d.unit("save");
        assertEquals("Enregistrer & fermer maintenant\uFFFC !", save.text());
        assertEquals("Save & close now\uFFFC!", save.source());
        assertTrue(save.hasStableId());
        assertEquals("translated", save.state());
        assertEquals(20, save.maxLength());
        assertEquals("Button label\nKeep it short", save.note());
        assertEquals("button.save", save.context());
        assertEquals(List.of("O:g#1", "C:g#1", "S:x#2"), save.codes().stream().map(InlineCode::key).toList());
        assertEquals(List.of("O:g#1", "C:g#1", "S:x#2"), save.sourceCodes().stream().map(InlineCode::key).toList());
        assertEquals(21, save.codes().get(0).offset());
        assertEquals("<g id=\"1\">", save.codes().get(0).markup());
        assertTrue(save.isProtected(31, 32), "a standalone code is protected");
        // Positions: line 9 holds the target, which starts after <target state="translated">.
        assertEquals("9:36", at(d, save, 0));
        assertEquals("9:54", at(d, save, save.text().indexOf("fermer")));
        assertEquals("9:71", at(d, save, save.text().indexOf("maintenant")));
        // Native code inside <ph> is code, not text.
        assertEquals("Ligne\uFFFCdeux", d.unit("ph").text());
        // No target: an empty unit placed at its trans-unit.
        Unit open = d.unit("open");
        assertEquals("", open.text());
        assertEquals("16:7", at(d, open, 0));
        // CDATA and character references map back to the file.
        Unit cdata = d.unit("cdata");
        assertEquals("xa<b\uD83D\uDE00y", cdata.text());
        assertEquals("20:27", at(d, cdata, 1));
    }

    @Test
    void reportsQaIssuesAtTheTargetTextInTheFile() throws Exception {
        Path p = write("codes.xlf", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file source-language="en" target-language="de" datatype="plaintext" original="a"><body>
                <trans-unit id="1"><source>Click <g id="1">here</g> for 1,500 items.</source>
                <target>Klicken Sie <g id="1">hier</g> für 1,500 Artikel.</target></trans-unit>
                <trans-unit id="2"><source>Save <x id="1"/> now</source>
                <target>Jetzt speichern</target></trans-unit>
                </body></file></xliff>
                """);
        List<Issue> issues = QA.check(read(p));
        Issue number = issues.stream().filter(i -> i.ruleId().equals("qa.numbers")).findFirst().orElseThrow();
        assertEquals(4, number.span().line());
        assertEquals(44, number.span().column());
        assertEquals("1,500", number.text());
        assertEquals(List.of("1.500"), number.suggestions());
        Issue code = issues.stream().filter(i -> i.ruleId().equals("qa.tags")).findFirst().orElseThrow();
        assertEquals("2", code.span().unitId());
        assertEquals(6, code.span().line());
        assertTrue(code.message().contains("<x id=\"1\"/>"), code.message());
        assertEquals(5, code.sourceSpan().line());
    }

    @Test
    void readsXliff2SegmentsAndCodes() throws Exception {
        Path p = write("app.xlf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ja"
                       xmlns:slr="urn:oasis:names:tc:xliff:sizerestriction:2.0">
                  <file id="f1">
                    <notes><note>file note</note></notes>
                    <unit id="u1" name="greeting" slr:sizeRestriction="30">
                      <notes><note category="context">Home page</note></notes>
                      <originalData><data id="d1">&lt;b&gt;</data></originalData>
                      <segment id="s1" state="translated">
                        <source>Hello <pc id="1" dataRefStart="d1">world</pc>.</source>
                        <target>こんにちは<pc id="1" dataRefStart="d1">世界</pc>。</target>
                      </segment>
                      <ignorable><source> </source></ignorable>
                      <segment id="s2" state="initial">
                        <source>Use <ph id="2" canReorder="no"/> and <mrk id="m1" translate="no">Concord</mrk><cp hex="E000"/>.</source>
                        <target><mrk id="m1" translate="no">Concord</mrk>と<ph id="2" canReorder="no"/>を使う<cp hex="E000"/>。</target>
                      </segment>
                    </unit>
                    <group id="g1" translate="no">
                      <unit id="u2"><segment><source>Skip</source><target>Skip</target></segment></unit>
                    </group>
                    <unit id="u3"><segment><source>Bye <sc id="3"/>now<ec startRef="3"/></source><target>さようなら</target></segment></unit>
                  </file>
                </xliff>
                """);
        Document d = read(p);
        assertEquals("ja", d.targetLocale());
        assertEquals("en", d.sourceLocale());
        assertEquals(List.of("u1/s1", "u1/s2", "u3"), d.units().stream().map(Unit::id).toList());
        Unit s1 = d.unit("u1/s1");
        assertEquals("こんにちは世界。", s1.text());
        assertEquals(List.of("O:pc#1", "C:pc#1"), s1.codes().stream().map(InlineCode::key).toList());
        assertEquals("greeting", s1.context());
        assertEquals("Home page", s1.note());
        assertEquals(30, s1.maxLength());
        assertEquals("translated", s1.state());
        assertEquals("11:17", at(d, s1, 0));
        Unit s2 = d.unit("u1/s2");
        assertEquals("Concordと\uFFFCを使う\uE000。", s2.text());
        assertTrue(s2.isProtected(0, 7), "translate=no marker text is protected");
        assertTrue(!s2.codes().get(0).movable());
        assertEquals(List.of("O:pc#3", "C:pc#3"), d.unit("u3").sourceCodes().stream().map(InlineCode::key).toList());
        List<Issue> issues = QA.check(d);
        assertTrue(issues.stream().anyMatch(i -> i.ruleId().equals("qa.tags") && i.span().unitId().equals("u3")),
                issues.toString());
    }

    @Test
    void readsSegmentedXliff12AsTradosWritesIt() throws Exception {
        Path p = write("doc.sdlxliff", """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file source-language="en-US" target-language="fr-FR" datatype="x-sdlfilterframework2" original="doc.docx"><body>
                <trans-unit id="7">
                <source>One. Two.</source>
                <seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source>
                <target><mrk mtype="seg" mid="1">Un.</mrk> <mrk mtype="seg" mid="2">Deux.</mrk></target>
                </trans-unit></body></file></xliff>
                """);
        Document d = read(p);
        assertEquals(List.of("7/1", "7/2"), d.units().stream().map(Unit::id).toList());
        assertEquals("Deux.", d.unit("7/2").text());
        assertEquals("Two.", d.unit("7/2").source());
        assertEquals("6:69", at(d, d.unit("7/2"), 0));
    }

    @Test
    void honoursADeclaredEncoding() throws Exception {
        Path p = dir.resolve("latin1.xlf");
        Files.write(p, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<xliff version=\"1.2\"><file "
                + "source-language=\"en\" target-language=\"fr\" datatype=\"x\" original=\"x\"><body><trans-unit id=\"1\">"
                + "<source>Summer</source><target>Été</target></trans-unit></body></file></xliff>\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Été", read(p).unit("1").text());
    }

    @Test
    void malformedFilesAreErrorsWithTheirPlace() throws Exception {
        InputException unclosed = assertThrows(InputException.class, () -> read(write("unclosed.xlf", """
                <xliff version="1.2"><file source-language="en" target-language="fr" datatype="x" original="x"><body>
                <trans-unit id="1"><source>Open</source>
                <target>Ouvrir</target>
                </body></file></xliff>
                """)));
        assertEquals(4, unclosed.line(), unclosed.getMessage());
        assertTrue(unclosed.getMessage().startsWith(dir.resolve("unclosed.xlf") + ":4:"), unclosed.getMessage());

        Path latin1 = dir.resolve("wrong-encoding.xlf");
        Files.write(latin1, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\"><file>\n"
                + "<trans-unit id=\"1\"><source>Summer</source><target>Été</target></trans-unit></file></xliff>\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        InputException enc = assertThrows(InputException.class, () -> read(latin1));
        assertEquals(3, enc.line(), enc.getMessage());
        assertEquals(51, enc.column(), enc.getMessage());

        Path utf8 = dir.resolve("declares-latin1.xlf");
        Files.write(utf8, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<xliff version=\"1.2\"><file>\n"
                + "<trans-unit id=\"1\"><source>Summer</source><target>Été</target></trans-unit></file></xliff>\n")
                .getBytes(StandardCharsets.UTF_8));
        InputException mislabelled = assertThrows(InputException.class, () -> read(utf8));
        assertEquals(3, mislabelled.line(), mislabelled.getMessage());
        assertTrue(mislabelled.getMessage().contains("UTF-8"), mislabelled.getMessage());

        InputException unknown = assertThrows(InputException.class, () -> read(write("unknown.xlf",
                "<?xml version=\"1.0\" encoding=\"klingon-8\"?>\n<xliff version=\"1.2\"/>\n")));
        assertEquals(1, unknown.line());
        assertTrue(unknown.getMessage().contains("klingon-8"), unknown.getMessage());

        InputException notXliff = assertThrows(InputException.class, () -> read(write("other.xlf", "<html/>")));
        assertTrue(notXliff.getMessage().contains("not an XLIFF file"), notXliff.getMessage());
    }

    @Test
    void refusesDtdsAndExternalEntitiesWithoutReadingAnyFile() throws Exception {
        // A named pipe blocks whoever opens it for reading until a writer comes: if the parser tried to read the
        // DTD or the entity, the read would hang and the timeout below would fail the test.
        Path fifo = dir.resolve("secret.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo not available");
        Path canary = Files.writeString(dir.resolve("canary.txt"), "CANARY-SECRET");
        String[] attacks = {
            "<!DOCTYPE xliff SYSTEM \"" + fifo.toUri() + "\">",
            "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + fifo.toUri() + "\">]>",
            "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"" + canary.toUri() + "\">]>",
            "<!DOCTYPE xliff [<!ENTITY % p SYSTEM \"" + fifo.toUri() + "\"> %p;]>",
        };
        for (int k = 0; k < attacks.length; k++) {
            Path p = write("xxe" + k + ".xlf", "<?xml version=\"1.0\"?>\n" + attacks[k] + "\n"
                    + "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\" datatype=\"x\" "
                    + "original=\"x\"><body><trans-unit id=\"1\"><source>a</source><target>&xxe;</target>"
                    + "</trans-unit></body></file></xliff>\n");
            InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(InputException.class, () -> read(p)));
            assertEquals(2, e.line(), e.getMessage());
            assertTrue(e.getMessage().contains("DTD"), e.getMessage());
            assertTrue(!e.getMessage().contains("CANARY"), e.getMessage());
        }
    }

    @Test
    void readsLargeFilesInBoundedParts() throws Exception {
        Path p = dir.resolve("big.xlf");
        XliffGenerator.write(p, 6000);
        Document whole = read(p);
        List<Issue> wholeIssues = QA.check(whole);
        List<Unit> streamed = new ArrayList<>();
        int parts = 0;
        int largestWindow = 0;
        try (DocumentStream s = Formats.stream(p, ReadOptions.defaults(), 500)) {
            for (Document part = s.next(); part != null; part = s.next()) {
                parts++;
                streamed.addAll(part.units());
                assertTrue(!part.target().isWhole());
                largestWindow = Math.max(largestWindow, part.target().content().length());
                assertEquals("fr-FR", part.targetLocale());
            }
        }
        assertEquals(12, parts);
        assertEquals(whole.units().size(), streamed.size());
        // Each part holds only its own window of the file, whatever the file's size.
        assertTrue(largestWindow < 200_000, "window of " + largestWindow + " characters");
        assertTrue(whole.target().content().length() > 1_500_000);
        for (int i = 0; i < streamed.size(); i++) {
            assertEquals(whole.units().get(i).id(), streamed.get(i).id());
            assertEquals(whole.units().get(i).text(), streamed.get(i).text());
        }
        // The same issues at the same places. The file-wide consistency checks are the exception: read whole, a file's
        // majority rendering is known and the finding lands on the departures; read in parts, a part is compared with
        // what earlier parts rendered first. Both find the same texts inconsistent.
        List<Issue> streamedIssues = QA.check(Formats.stream(p, ReadOptions.defaults(), 500));
        assertEquals(withoutConsistency(wholeIssues), withoutConsistency(streamedIssues));
        assertTrue(wholeIssues.stream().anyMatch(i -> i.ruleId().equals("qa.inconsistent-target")));
        assertTrue(streamedIssues.stream().anyMatch(i -> i.ruleId().equals("qa.inconsistent-target")));
        // With threads, units are checked in parallel and the next part is read ahead: the same issues.
        Checker threaded = Checker.builder().grammar(false).threads(2).build();
        assertEquals(wholeIssues, threaded.check(whole));
        assertEquals(streamedIssues, threaded.check(Formats.stream(p, ReadOptions.defaults(), 500)));
        assertTrue(wholeIssues.size() > 100, "planted problems found: " + wholeIssues.size());
    }

    @Test
    void recognisesXliffByContent() throws Exception {
        Path p = write("strings.xml", XLIFF12);
        Document d = read(p);
        assertEquals("xliff", d.format());
        assertNull(Formats.byExtension(p).orElse(null));
    }

    @Test
    void windowsLineEndsAndUtf16() throws Exception {
        String crlf = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\" datatype=\"x\" "
                + "original=\"x\"><body>\r\n<trans-unit id=\"1\"><source>One\r\ntwo</source>\r\n"
                + "<target>Un\r\ndeux &amp; trois</target></trans-unit></body></file></xliff>\r\n";
        Path p = write("crlf.xlf", crlf);
        Document d = read(p);
        Unit u = d.unit("1");
        assertEquals("Un\ndeux & trois", u.text());
        assertEquals("5:1", at(d, u, u.text().indexOf("deux")));
        assertEquals("5:12", at(d, u, u.text().indexOf("trois")));
        Path utf16 = dir.resolve("utf16.xlf");
        byte[] body = crlf.replace("deux", "deux \u00e9t\u00e9").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(utf16, bytes);
        Document d16 = read(utf16);
        assertEquals("Un\ndeux \u00e9t\u00e9 & trois", d16.unit("1").text());
        assertEquals("5:16", at(d16, d16.unit("1"), d16.unit("1").text().indexOf("trois")));
        assertEquals("5:10", at(d16, d16.unit("1"), d16.unit("1").text().indexOf("&")));
    }

    private static List<Issue> withoutConsistency(List<Issue> issues) {
        return issues.stream().filter(i -> !i.ruleId().startsWith("qa.inconsistent-")).toList();
    }
}
