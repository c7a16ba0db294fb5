package dev.concord.format;

import dev.concord.Document;
import dev.concord.DocumentStream;
import dev.concord.InputException;
import dev.concord.Locales;
import dev.concord.Unit;
import dev.concord.text.SourceText;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the units of an XML translation file one at a time (XLIFF, TMX), so that a file can be read whole or in
 * parts with the same code. Subclasses know the vocabulary; this class turns units into one document or a stream of
 * parts whose text is only the window their units stand in.
 */
abstract class UnitReader implements Closeable {
    protected final XmlInput in;
    protected final ReadOptions options;
    protected String targetLocale;
    protected String sourceLocale;

    protected UnitReader(XmlInput in, ReadOptions options) {
        this.in = in;
        this.options = options;
        this.targetLocale = options.targetLocale();
        this.sourceLocale = options.sourceLocale();
    }

    /** The next unit, or null at the end of the file. */
    abstract Unit nextUnit() throws IOException;

    /** The format's name for documents. */
    abstract String formatName();

    /** The whole file as one document. */
    Document readAll(InputFile file) throws IOException {
        try (this) {
            List<Unit> units = new ArrayList<>();
            for (Unit u = nextUnit(); u != null; u = nextUnit()) {
                units.add(u);
            }
            SourceText text = new SourceText(file.name(), file.path(), in.raw().all());
            return new Document(text, text, formatName(), targetLocale, sourceLocale, units);
        }
    }

    /** The file in parts of about {@code unitsPerPart} units. */
    DocumentStream parts(InputFile file, int unitsPerPart) {
        return new DocumentStream() {
            private boolean done;

            @Override
            public Document next() throws IOException {
                if (done) {
                    return null;
                }
                int from = in.raw().start();
                List<Unit> units = new ArrayList<>(Math.min(unitsPerPart, 4096));
                Unit u = null;
                while (units.size() < unitsPerPart && (u = nextUnit()) != null) {
                    units.add(u);
                }
                if (u == null) {
                    done = true;
                    if (units.isEmpty()) {
                        return null;
                    }
                }
                int to = Math.max(from, in.cursor());
                SourceText text = SourceText.window(file.name(), file.path(), in.raw().window(from, to));
                in.raw().release(to);
                return new Document(text, text, formatName(), targetLocale, sourceLocale, units);
            }

            @Override
            public void close() throws IOException {
                UnitReader.this.close();
            }
        };
    }

    /** A language code as the file gives it, normalised (fr_FR becomes fr-FR); an error at the tag when invalid. */
    protected String language(String code) throws InputException {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Locales.normalize(code);
        } catch (IllegalArgumentException e) {
            throw in.here(e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
