package dev.concord.format;

import dev.concord.Document;
import dev.concord.Unit;
import dev.concord.text.LineIndex;
import dev.concord.text.Links;
import dev.concord.text.OffsetMap;
import dev.concord.text.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Plain text: each paragraph (lines up to a blank line) is a unit, numbered from 1. */
public final class TextFormat implements DocumentFormat {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "text");
    }

    @Override
    public Document read(InputFile file, ReadOptions options) throws IOException {
        return parse(file.text(), options.targetLocale(), options.sourceLocale());
    }

    /** The paragraphs of {@code text} as units. */
    public static Document parse(SourceText text, String targetLocale, String sourceLocale) {
        LineIndex lines = text.lines();
        String content = text.content();
        List<Unit> units = new ArrayList<>();
        OffsetMap.Builder paragraph = null;
        for (int line = 1; line <= lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int end = lines.lineEnd(line);
            boolean blank = content.substring(start, end).isBlank();
            if (blank) {
                if (paragraph != null) {
                    units.add(unit(units.size() + 1, paragraph));
                    paragraph = null;
                }
                continue;
            }
            if (paragraph == null) {
                paragraph = new OffsetMap.Builder();
            } else {
                // The line break between two lines of a paragraph: verbatim when the file uses LF.
                int previousEnd = lines.lineEnd(line - 1);
                if (content.charAt(previousEnd) == '\n') {
                    paragraph.copied("\n", previousEnd);
                } else {
                    paragraph.synthetic("\n");
                }
            }
            paragraph.copied(content.substring(start, end), start);
        }
        if (paragraph != null) {
            units.add(unit(units.size() + 1, paragraph));
        }
        return new Document(text, null, "text", targetLocale, sourceLocale, units);
    }

    private static Unit unit(int number, OffsetMap.Builder paragraph) {
        String t = paragraph.text();
        return Unit.builder(String.valueOf(number), t).textMap(paragraph.map()).protectedRanges(Links.find(t)).build();
    }
}
