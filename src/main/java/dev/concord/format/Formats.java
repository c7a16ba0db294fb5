package dev.concord.format;

import dev.concord.Document;
import dev.concord.DocumentStream;
import dev.concord.InputException;
import dev.concord.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The formats Concord reads, found through {@code ServiceLoader}, and the entry point for reading a file. */
public final class Formats {
    private static final List<DocumentFormat> ALL = load();

    private Formats() {
    }

    private static List<DocumentFormat> load() {
        List<DocumentFormat> formats = new ArrayList<>();
        for (DocumentFormat f : ServiceLoader.load(DocumentFormat.class, Formats.class.getClassLoader())) {
            formats.add(f);
        }
        return List.copyOf(formats);
    }

    /** Every registered format. */
    public static List<DocumentFormat> all() {
        return ALL;
    }

    /** The format with this name (text, markdown, ...). */
    public static Optional<DocumentFormat> byName(String name) {
        return ALL.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The format that reads files with this name's extension, if any. */
    public static Optional<DocumentFormat> byExtension(Path file) {
        String ext = extension(file);
        return ALL.stream().filter(f -> f.extensions().contains(ext)).findFirst();
    }

    /**
     * True when a file in a folder should be checked: a registered format reads its extension and takes it (a
     * {@code .json} file only when it is a locale's messages, for instance).
     */
    public static boolean isCheckable(Path file) {
        return byExtension(file).filter(f -> f.collects(file)).isPresent();
    }

    /** The format that would read this file: the one named in the options, else by extension, else by content. */
    public static DocumentFormat formatOf(Path path, ReadOptions options) throws IOException {
        return choose(open(path, path.toString()), options);
    }

    /**
     * Reads {@code path} in parts of about {@code unitsPerPart} units, in bounded memory, when its format can
     * (XLIFF, TMX); else as one part. For files too large to hold in memory.
     */
    public static DocumentStream stream(Path path, ReadOptions options, int unitsPerPart) throws IOException {
        if (options.sourceFile() != null) {
            return DocumentStream.of(read(path, options));
        }
        InputFile file = open(path, path.toString());
        return choose(file, options).stream(file, options, unitsPerPart);
    }

    /** Every extension that some format reads. */
    public static List<String> extensions() {
        return ALL.stream().flatMap(f -> f.extensions().stream()).distinct().sorted().toList();
    }

    /**
     * Reads {@code path}: in the format the options name, else the one its extension says, else the one its content
     * shows, else as plain text. With a source file in the options, pairs the two files unit by unit.
     */
    public static Document read(Path path, ReadOptions options) throws IOException {
        return read(open(path, path.toString()), options);
    }

    /**
     * Reads {@code content} as the file at {@code path} (an editor's buffer, not yet saved): the format comes from the
     * options, the path's extension or the content; a source file in the options is read from disk.
     */
    public static Document read(Path path, byte[] content, ReadOptions options) throws IOException {
        return read(InputFile.of(path, path.toString(), content), options);
    }

    /**
     * Reads a document given as bytes under {@code name} (a request's document, not a file): the format comes from the
     * options, the name's extension or the content; {@code sourceContent}, when not null, is its source text in the
     * same format (for monolingual formats), paired with it as a source file would be.
     */
    public static Document read(String name, byte[] content, byte[] sourceContent, ReadOptions options)
            throws IOException {
        InputFile file = InputFile.of(name, content);
        DocumentFormat format = choose(file, options);
        Document document = format.read(file, options);
        if (sourceContent != null) {
            if (format.isBilingual()) {
                throw new InputException(name, 0, 0, "a " + format.name()
                        + " document holds its own source text: send it without a separate source");
            }
            Document source = format.read(InputFile.of(name, sourceContent), options.withSourceFile(null)
                    .withTargetLocale(options.sourceLocale()));
            document = document.pairedWith(source);
            if (options.sourceLocale() != null) {
                document = document.withSourceLocale(options.sourceLocale());
            }
        }
        return document;
    }

    private static Document read(InputFile file, ReadOptions options) throws IOException {
        String name = file.name();
        DocumentFormat format = choose(file, options);
        Document document = format.read(file, options);
        if (options.sourceFile() != null && !format.pairsByKey()) {
            if (format.isBilingual()) {
                throw new InputException(name, 0, 0, "a " + format.name()
                        + " file holds its own source text: --source pairs only monolingual files");
            }
            InputFile sourceFile = open(options.sourceFile(), options.sourceFile().toString());
            Document source = format.read(sourceFile, options.withSourceFile(null)
                    .withTargetLocale(options.sourceLocale()));
            document = document.pairedWith(source);
            if (options.sourceLocale() != null) {
                document = document.withSourceLocale(options.sourceLocale());
            }
        }
        return document;
    }

    private static InputFile open(Path path, String name) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(name, 0, 0, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(name, 0, 0, "is a folder, not a file");
        }
        if (!Files.isReadable(path)) {
            throw new InputException(name, 0, 0, "cannot be read (permission denied)");
        }
        return InputFile.of(path, name);
    }

    private static DocumentFormat choose(InputFile file, ReadOptions options) throws IOException {
        if (options.format() != null) {
            return byName(options.format()).orElseThrow(() -> new InputException(file.name(), 0, 0,
                    "unknown format '" + options.format() + "'"));
        }
        if (file.path() != null) {
            Optional<DocumentFormat> byExt = byExtension(file.path());
            if (byExt.isPresent()) {
                return byExt.get();
            }
        }
        byte[] head = file.head(4096);
        for (DocumentFormat f : ALL) {
            if (f.recognizes(file.name(), head)) {
                return f;
            }
        }
        return byName("text").orElseThrow();
    }

    /** Plain text given in code. */
    public static Document text(String name, Path path, String content) {
        return TextFormat.parse(new SourceText(name, path, content), null, null);
    }

    /** Markdown given in code. */
    public static Document markdown(String name, Path path, String content) {
        return MarkdownFormat.parse(new SourceText(name, path, content), null, null);
    }

    /** HTML given in code, in {@code language} (null: the page's {@code lang}). */
    public static Document html(String name, Path path, String content, String language) {
        return HtmlFormat.parse(new SourceText(name, path, content), language, null, List.of());
    }

    static String extension(Path file) {
        Path fileName = file.getFileName();
        String n = fileName == null ? "" : fileName.toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
