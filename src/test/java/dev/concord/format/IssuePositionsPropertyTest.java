package dev.concord.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.concord.Checker;
import dev.concord.Document;
import dev.concord.Issue;
import dev.concord.Span;
import dev.concord.Unit;
import dev.concord.text.LineIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For documents of every format with one planted defect (a word written twice) among generated units: every issue's
 * offsets hold its text in the unit, its lines and columns point at the same place of the file as its offsets, and
 * the planted one's lines and columns hold exactly the planted text in the file; its fingerprint survives units
 * added before and after it; and writing its suggestion at those lines and columns (what a fix does) changes nothing
 * else in the file, so that reading the fixed file gives the same units but the fixed one, and no such issue.
 */
class IssuePositionsPropertyTest {
    private static final Checker CHECKER = Checker.builder().targetLocale("fr").sourceLocale("en").grammar(false)
            .build();
    private static final String DOUBLED = "qa.doubled-words";

    /** Words a planted defect doubles: accents, an apostrophe, a letter outside the BMP, a hyphen. */
    private static final List<String> WORDS = List.of("chat", "été", "l'arbre", "Tokaïev", "𝒜lpha", "porte-clés",
            "maison", "Œuvre", "déjà", "naïf", "garçon", "fenêtre");
    /**
     * Everything else a unit may hold: punctuation, characters each format escapes, non-breaking spaces, and a line
     * break inside the unit, so that issues after it sit on a later line than the unit's start.
     */
    private static final List<String> FILLERS = List.of(",", ";", "«", "»", "&", "<", ">", "\"", "'", "42",
            "3,5", "\u00a0:", "—", "(x)", "€", "…", "\n");

    /** One generated document: its units' texts (before the defect), where the defect goes and which word. */
    record Draft(List<String> units, int plantedUnit, int plantedAt, String word) {
        /** The unit texts with the defect planted. */
        List<String> planted() {
            List<String> out = new ArrayList<>(units);
            String u = out.get(plantedUnit);
            String[] words = u.split(" ", -1);
            int at = Math.min(plantedAt, words.length);
            List<String> list = new ArrayList<>(List.of(words));
            list.add(at, word + " " + word);
            out.set(plantedUnit, String.join(" ", list));
            return out;
        }

        String defect() {
            return word + " " + word;
        }
    }

    /** One unit as a writer puts it in a file: its key, its English source, its French target. */
    record Entry(String id, String source, String target) {
        /** A unit whose key and source come from its own text, so that they stay when units are added around it. */
        static Entry of(String target) {
            String key = "k" + Integer.toHexString(target.hashCode());
            return new Entry(key, "Source sentence " + key, target);
        }

        String text(boolean sourceSide) {
            return sourceSide ? source : target;
        }
    }

    /**
     * How one format writes units. A bilingual format writes source and target in one file; a monolingual one
     * writes the target file, or with {@code sourceSide} the source file it is paired with.
     */
    enum Writer {
        TEXT("text", "doc.txt", false) {
            @Override
            String write(List<Entry> entries, boolean sourceSide) {
                return entries.stream().map(e -> e.text(sourceSide)).collect(Collectors.joining("\n\n", "", "\n"));
            }
        },
        MARKDOWN("markdown", "doc.md", false) {
            @Override
            String write(List<Entry> entries, boolean sourceSide) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < entries.size(); i++) {
                    // A heading ends at a line break: a unit that holds one is a list item instead, on both sides,
                    // so that source and target have the same blocks.
                    boolean breaks = entries.get(i).target().contains("\n");
                    sb.append(i % 3 == 0 && !breaks ? "# " : i % 3 != 2 ? "- " : "")
                            .append(markdown(entries.get(i).text(sourceSide))).append("\n\n");
                }
                return sb.toString();
            }
        },
        HTML("html", "doc.html", false) {
            @Override
            String write(List<Entry> entries, boolean sourceSide) {
                StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + (sourceSide ? "en" : "fr")
                        + "\">\n<body>\n");
                for (Entry e : entries) {
                    sb.append("  <p>").append(xml(e.text(sourceSide))).append("</p>\n");
                }
                return sb.append("</body>\n</html>\n").toString();
            }
        },
        XLIFF12("xliff", "doc.xlf", true) {
            @Override
            String write(List<Entry> entries, boolean sourceSide) {
                StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff "
                        + "version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file "
                        + "source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\" original=\"doc\">\n"
                        + "<body>\n");
                for (Entry e : entries) {
                    sb.append("<trans-unit id=\"").append(e.id()).append("\">\n  <source>").append(xml(e.source()))
                            .append("</source>\n  <target>").append(xml(e.target())).append("</target>\n</trans-unit>\n");
                }
                return sb.append("</body>\n</file>\n</xliff>\n").toString();
            }
        },
        XLIFF2("xliff", "doc.xliff", true) {
            @Override
            String write(List<Entry> entries, boolean sourceSide) {
                StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff "
                        + "xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" "
                        + "trgLang=\"fr\">\n<file id=\"f\">\n");
                for (Entry e : entries) {
                    sb.append("<unit id=\"").append(e.id()).append("\"><segment>\n  <source>").append(xml(e.source()))
                            .append("</source>\n  <target>").append(xml(e.target())).append("</target>\n</segment></unit>\n");
                }
                return sb.append("</file>\n</xliff>\n").toString();
            }
        },
        PO("po", "fr.po", true) {
            @Override
            String write(List<Entry> entries, boolean sourceSide) {
                StringBuilder sb = new StringBuilder("msgid \"\"\nmsgstr \"\"\n\"Language: fr\\n\"\n"
                        + "\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
                for (Entry e : entries) {
                    sb.append("msgctxt \"").append(e.id()).append("\"\nmsgid \"").append(c(e.source()))
                            .append("\"\nmsgstr \"").append(c(e.target())).append("\"\n\n");
                }
                return sb.toString();
            }
        },
        TMX("tmx", "doc.tmx", true) {
            @Override
            String write(List<Entry> entries, boolean sourceSide) {
                StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx "
                        + "version=\"1.4\">\n<header srclang=\"en\" datatype=\"plaintext\" segtype=\"sentence\" "
                        + "adminlang=\"en\" creationtool=\"t\" creationtoolversion=\"1\" o-tmf=\"t\"/>\n<body>\n");
                for (Entry e : entries) {
                    sb.append("<tu tuid=\"").append(e.id()).append("\">\n  <tuv xml:lang=\"en\"><seg>")
                            .append(xml(e.source())).append("</seg></tuv>\n  <tuv xml:lang=\"fr\"><seg>")
                            .append(xml(e.target())).append("</seg></tuv>\n</tu>\n");
                }
                return sb.append("</body>\n</tmx>\n").toString();
            }
        },
        JSON("json", "fr.json", false) {
            @Override
            String write(List<Entry> entries, boolean sourceSide) {
                return entries.stream().map(e -> "  \"" + e.id() + "\": \"" + c(e.text(sourceSide)) + "\"")
                        .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
            }
        },
        PROPERTIES("properties", "messages_fr.properties", false) {
            @Override
            String write(List<Entry> entries, boolean sourceSide) {
                return entries.stream().map(e -> e.id() + " = " + e.text(sourceSide).replace("\n", "\\n") + "\n")
                        .collect(Collectors.joining());
            }
        };

        final String format;
        final String fileName;
        final boolean bilingual;

        Writer(String format, String fileName, boolean bilingual) {
            this.format = format;
            this.fileName = fileName;
            this.bilingual = bilingual;
        }

        abstract String write(List<Entry> entries, boolean sourceSide);

        /** The target file of these units. */
        String write(List<String> targets) {
            return write(entries(targets), false);
        }

        /** The source file a monolingual target file is paired with; null for a bilingual format. */
        String source(List<String> targets) {
            return bilingual ? null : write(entries(targets), true);
        }

        private static List<Entry> entries(List<String> targets) {
            return targets.stream().map(Entry::of).toList();
        }
    }

    @Provide
    Arbitrary<Draft> drafts() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(WORDS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(FILLERS)));
        // A unit never repeats a token twice in a row by itself: the planted defect is its only doubled word.
        // Each unit starts with a word and ends with no line break, so that no unit is empty: the monolingual
        // formats pair target and source block by block.
        Arbitrary<String> unit = Combinators.combine(Arbitraries.of(WORDS), token.list().ofMaxSize(7)).as((first,
                rest) -> {
                    List<String> tokens = new ArrayList<>(List.of(first));
                    tokens.addAll(rest);
                    List<String> kept = noRepeats(tokens);
                    while (kept.get(kept.size() - 1).equals("\n")) {
                        kept.remove(kept.size() - 1);
                    }
                    return String.join(" ", kept);
                });
        Arbitrary<List<String>> units = unit.list().ofMinSize(1).ofMaxSize(6).uniqueElements();
        return Combinators.combine(units, Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 8),
                Arbitraries.of(WORDS)).as((us, which, at, word) -> new Draft(us, which % us.size(), at, word))
                .filter(d -> new java.util.HashSet<>(d.planted()).size() == d.units().size())
                .filter(IssuePositionsPropertyTest::plantedAlone);
    }

    @Property(tries = 40)
    void everyIssuePointsAtItsTextAndThePlantedOneAtThePlantedText(@ForAll Writer writer,
            @ForAll("drafts") Draft draft) throws IOException {
        String file = writer.write(draft.planted());
        Document doc = read(writer, file, writer.source(draft.planted()));
        List<Issue> issues = CHECKER.check(doc);
        LineIndex lines = new LineIndex(file);
        for (Issue issue : issues) {
            Unit unit = unitOf(doc, issue);
            Span span = issue.span();
            assertEquals(issue.text(), unit.text().substring(span.start(), span.end()),
                    "offsets of " + issue + " in " + file);
            int fileStart = lines.offsetOfCodePointColumn(span.line(), span.column());
            int fileEnd = lines.offsetOfCodePointColumn(span.endLine(), span.endColumn());
            assertEquals(unit.textMap().toFileStart(span.start()), fileStart, "start of " + issue + " in " + file);
            assertEquals(unit.textMap().toFileEnd(span.end()), fileEnd, "end of " + issue + " in " + file);
        }
        Issue planted = planted(issues, file);
        Span span = planted.span();
        assertEquals(draft.defect(), file.substring(lines.offsetOfCodePointColumn(span.line(), span.column()),
                lines.offsetOfCodePointColumn(span.endLine(), span.endColumn())), file);
        assertEquals(draft.defect(), planted.text());
    }

    @Property(tries = 30)
    void theFingerprintStaysWhenUnitsAreAddedBeforeAndAfter(@ForAll Writer writer, @ForAll("drafts") Draft draft,
            @ForAll("drafts") Draft other) throws IOException {
        List<String> planted = draft.planted();
        List<String> added = other.units().stream().filter(u -> !planted.contains(u)).toList();
        List<String> surrounded = new ArrayList<>();
        surrounded.addAll(added.subList(0, added.size() / 2));
        surrounded.addAll(planted);
        surrounded.addAll(added.subList(added.size() / 2, added.size()));
        String before = writer.write(planted);
        String after = writer.write(surrounded);
        Issue first = planted(CHECKER.check(read(writer, before, writer.source(planted))), before);
        Issue second = planted(CHECKER.check(read(writer, after, writer.source(surrounded))), after);
        assertEquals(first.fingerprint(), second.fingerprint(), before + "\n----\n" + after);
    }

    @Property(tries = 30)
    void writingTheSuggestionChangesOnlyTheFixedSpan(@ForAll Writer writer, @ForAll("drafts") Draft draft)
            throws IOException {
        String file = writer.write(draft.planted());
        String source = writer.source(draft.planted());
        Document doc = read(writer, file, source);
        List<Issue> issues = CHECKER.check(doc);
        Issue planted = planted(issues, file);
        LineIndex lines = new LineIndex(file);
        int start = lines.offsetOfCodePointColumn(planted.span().line(), planted.span().column());
        int end = lines.offsetOfCodePointColumn(planted.span().endLine(), planted.span().endColumn());
        String fixed = file.substring(0, start) + planted.suggestions().get(0) + file.substring(end);

        Document fixedDoc = read(writer, fixed, source);
        List<Issue> fixedIssues = CHECKER.check(fixedDoc);
        assertTrue(fixedIssues.stream().noneMatch(i -> i.ruleId().equals(DOUBLED)), fixed);
        assertEquals(doc.units().size(), fixedDoc.units().size(), fixed);
        for (int i = 0; i < doc.units().size(); i++) {
            Unit was = doc.units().get(i);
            Unit now = fixedDoc.units().get(i);
            if (was.id().equals(planted.span().unitId())) {
                String expected = was.text().substring(0, planted.span().start()) + planted.suggestions().get(0)
                        + was.text().substring(planted.span().end());
                assertEquals(expected, now.text(), fixed);
            } else {
                assertEquals(was.text(), now.text(), "unit " + was.id() + " of " + fixed);
                assertEquals(was.source(), now.source(), "unit " + was.id() + " of " + fixed);
            }
        }
        // The other findings are those of the units the fix did not touch: the same, by fingerprint.
        String fixedUnit = planted.span().unitId();
        Map<String, Long> others = fingerprints(issues, fixedUnit);
        Map<String, Long> othersAfter = fingerprints(fixedIssues, fixedUnit);
        assertEquals(others, othersAfter, fixed);
    }

    /** The fingerprints of the issues outside one unit, with how often each comes. */
    private static Map<String, Long> fingerprints(List<Issue> issues, String leftOutUnit) {
        return issues.stream().filter(i -> !i.span().unitId().equals(leftOutUnit)).map(Issue::fingerprint)
                .collect(Collectors.groupingBy(f -> f, Collectors.counting()));
    }

    private static Document read(Writer writer, String file, String source) throws IOException {
        return Formats.read(writer.fileName, file.getBytes(StandardCharsets.UTF_8),
                source == null ? null : source.getBytes(StandardCharsets.UTF_8),
                ReadOptions.defaults().withFormat(writer.format).withTargetLocale("fr").withSourceLocale("en"));
    }

    private static Issue planted(List<Issue> issues, String file) {
        List<Issue> doubled = issues.stream().filter(i -> i.ruleId().equals(DOUBLED)).toList();
        assertEquals(1, doubled.size(), "one doubled word in " + file + ": " + doubled);
        assertNotNull(doubled.get(0).suggestions());
        return doubled.get(0);
    }

    private static Unit unitOf(Document doc, Issue issue) {
        Unit unit = doc.unit(issue.span().unitId());
        assertNotNull(unit, "no unit " + issue.span().unitId() + " for " + issue);
        return unit;
    }

    /** True when the words next to the planted pair differ from it: else they would make a second pair. */
    private static boolean plantedAlone(Draft d) {
        String[] words = d.units().get(d.plantedUnit()).split(" ", -1);
        int at = Math.min(d.plantedAt(), words.length);
        List<String> around = new ArrayList<>(List.of(words));
        around.removeIf(w -> w.equals("\n"));
        int wordsBefore = (int) java.util.Arrays.stream(words, 0, at).filter(w -> !w.equals("\n")).count();
        return (wordsBefore == 0 || !around.get(wordsBefore - 1).equalsIgnoreCase(d.word()))
                && (wordsBefore == around.size() || !around.get(wordsBefore).equalsIgnoreCase(d.word()));
    }

    /** The tokens without a token equal to the one before it, line breaks aside ("chat\\nchat" is doubled too). */
    private static List<String> noRepeats(List<String> tokens) {
        List<String> out = new ArrayList<>();
        String previous = null;
        for (String t : tokens) {
            if (t.equals("\n")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("\n")) {
                    out.add(t);
                }
            } else if (previous == null || !previous.equalsIgnoreCase(t)) {
                out.add(t);
                previous = t;
            }
        }
        return out;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A C or JSON string's content. */
    private static String c(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** Markdown text, with the characters that would start markup escaped ({@code >} starts a quote on a new line). */
    private static String markdown(String text) {
        return text.replace("<", "\\<").replace("&", "\\&").replace(">", "\\>");
    }
}
