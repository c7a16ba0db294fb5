package dev.concord.format;

import dev.concord.Locales;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The naming conventions of per-locale message files (JSON and Java {@code .properties}), and how a target file
 * finds its source: {@code fr.json} pairs with {@code en.json}; {@code messages.fr.json} or {@code messages_fr.json}
 * with {@code messages.en.json}; {@code locales/fr/common.json} with {@code locales/en/common.json};
 * {@code messages_fr.properties} with the base bundle {@code messages.properties} (where Java falls back to), else
 * with {@code messages_en.properties}. The source locale is the one given, else English.
 */
public final class MessageFiles {
    /** The source locale when none is given: the conventional language of message keys' base files. */
    public static final String DEFAULT_SOURCE = "en";

    private MessageFiles() {
    }

    /** How a file's name carries its locale. */
    private enum Pattern {
        /** {@code fr.json}: the whole name is the locale. */
        NAME,
        /** {@code messages_fr.properties}, {@code messages.fr.json}: a suffix of the name. */
        SUFFIX,
        /** {@code fr/common.json}: the folder. */
        FOLDER,
        /** {@code messages.properties}: a base bundle, no locale. */
        BASE
    }

    /** What a file's path says: its locale (null for a base file), how it says it, and the name around it. */
    private record Named(Path file, String locale, Pattern pattern, String base, char separator, String ext) {
    }

    /** The locale a message file's path names, or null. */
    public static String localeOf(Path file) {
        Named n = parse(file);
        return n == null ? null : n.locale();
    }

    /** Extensions of the formats whose files pair by key (JSON message files and .properties bundles). */
    private static final java.util.Set<String> MESSAGE_EXTENSIONS = java.util.Set.of("json", "arb", "properties");

    private static Named parse(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return null;
        }
        String name = fileName.toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String stem = name.substring(0, dot);
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!MESSAGE_EXTENSIONS.contains(ext)) {
            // Only message files pair by key: docs/en/a.md is a document, not the source bundle of docs/fr/a.md.
            return null;
        }
        String whole = locale(stem);
        if (whole != null) {
            return new Named(file, whole, Pattern.NAME, "", ' ', ext);
        }
        // Longest locale suffix after '.', '_' or '-': messages_pt_BR, strings.en-US
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if ((c == '.' || c == '_' || c == '-') && i > 0) {
                String loc = locale(stem.substring(i + 1));
                if (loc != null) {
                    return new Named(file, loc, Pattern.SUFFIX, stem.substring(0, i), c, ext);
                }
            }
        }
        Path parent = file.getParent();
        if (parent != null && parent.getFileName() != null) {
            String folder = locale(parent.getFileName().toString());
            if (folder != null) {
                return new Named(file, folder, Pattern.FOLDER, stem, ' ', ext);
            }
        }
        if (ext.equals("properties")) {
            return new Named(file, null, Pattern.BASE, stem, '_', ext);
        }
        return null;
    }

    /** The normalised locale a name is, or null: fr, fr-CA, fr_CA, pt_BR, zh-Hant. */
    private static String locale(String s) {
        if (s.length() < 2 || s.length() > 16 || !Character.isLetter(s.charAt(0))) {
            return null;
        }
        String first = s.split("[-_]", 2)[0];
        if (first.length() < 2 || first.length() > 3 || !first.equals(first.toLowerCase(Locale.ROOT))) {
            return null;
        }
        try {
            return Locales.normalize(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The source file a target message file translates: its sibling in {@code sourceLocale} (English when null), or
     * for {@code .properties} the base bundle; null when there is none or {@code target} is itself a source.
     */
    public static Path sourceFor(Path target, String sourceLocale) {
        Named n = parse(target);
        if (n == null || n.locale() == null) {
            return null;
        }
        String wanted = sourceLocale != null ? sourceLocale : DEFAULT_SOURCE;
        if (n.locale().equalsIgnoreCase(wanted)) {
            return null;
        }
        // Java falls back from messages_fr to the base bundle messages, not to messages_en: unless a source locale
        // is named, the base bundle is the source.
        if (sourceLocale == null && n.pattern() == Pattern.SUFFIX && n.ext().equals("properties")) {
            Path base = target.resolveSibling(n.base() + "." + n.ext());
            if (Files.isRegularFile(base)) {
                return base;
            }
        }
        for (Named sibling : siblings(n)) {
            if (sibling.locale() != null && sibling.locale().equalsIgnoreCase(wanted)) {
                return sibling.file();
            }
        }
        for (Named sibling : siblings(n)) {
            if (sibling.locale() != null && sameLanguage(sibling.locale(), wanted) && !sibling.file().equals(target)) {
                return sibling.file();
            }
        }
        if (n.pattern() == Pattern.SUFFIX && n.ext().equals("properties")) {
            Path base = target.resolveSibling(n.base() + "." + n.ext());
            if (Files.isRegularFile(base)) {
                return base;
            }
        }
        return null;
    }

    /** True when {@code file} is the source of another message file beside it (its targets are checked instead). */
    public static boolean isSourceOfOthers(Path file, String sourceLocale) {
        Named n = parse(file);
        if (n == null) {
            return false;
        }
        for (Named sibling : siblings(n)) {
            if (!sibling.file().equals(file) && sibling.locale() != null) {
                Path src = sourceFor(sibling.file(), sourceLocale);
                if (src != null && src.normalize().equals(file.normalize())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when {@code file} is a base resource bundle ({@code messages.properties}) beside bundles of locales: it
     * holds the default text, the source of the translations, not a translation.
     */
    public static boolean isBaseBundle(Path file) {
        Named n = parse(file);
        return n != null && n.pattern() == Pattern.BASE && siblings(n).stream().anyMatch(s -> s.locale() != null);
    }

    /**
     * True when {@code file} holds the messages of the source locale ({@code sourceLocale}, English when null) beside
     * files of other locales: {@code en.json}, {@code messages_en.properties}. It is a source, not a translation.
     */
    public static boolean isInSourceLocale(Path file, String sourceLocale) {
        Named n = parse(file);
        String wanted = sourceLocale != null ? sourceLocale : DEFAULT_SOURCE;
        return n != null && n.locale() != null && n.locale().equalsIgnoreCase(wanted)
                && siblings(n).stream().anyMatch(s -> s.locale() == null || !s.locale().equalsIgnoreCase(wanted));
    }

    /** True when a path names a file of a locale's messages (or a base bundle with locale siblings). */
    static boolean isMessageFile(Path file) {
        Named n = parse(file);
        if (n == null) {
            return false;
        }
        if (n.pattern() == Pattern.BASE) {
            return siblings(n).stream().anyMatch(s -> s.locale() != null);
        }
        if (n.pattern() == Pattern.FOLDER) {
            return !siblings(n).isEmpty();
        }
        return true;
    }

    /** The files that follow the same naming pattern as {@code n} for other locales. */
    private static List<Named> siblings(Named n) {
        List<Named> out = new ArrayList<>();
        Path dir = n.file().toAbsolutePath().getParent();
        if (dir == null) {
            return out;
        }
        if (n.pattern() == Pattern.FOLDER) {
            Path root = dir.getParent();
            if (root == null) {
                return out;
            }
            try (Stream<Path> folders = Files.list(root)) {
                folders.filter(Files::isDirectory).forEach(f -> {
                    String loc = f.getFileName() == null ? null : locale(f.getFileName().toString());
                    Path candidate = f.resolve(n.file().getFileName().toString());
                    if (loc != null && !f.equals(dir) && Files.isRegularFile(candidate)) {
                        out.add(new Named(relative(n.file(), candidate), loc, Pattern.FOLDER, n.base(), ' ', n.ext()));
                    }
                });
            } catch (IOException e) {
                return out;
            }
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> {
                Named s = parse(relative(n.file(), f));
                if (s == null || !s.ext().equals(n.ext()) || s.file().getFileName().equals(n.file().getFileName())) {
                    return;
                }
                boolean same = switch (n.pattern()) {
                    case NAME -> s.pattern() == Pattern.NAME;
                    case SUFFIX, BASE -> (s.pattern() == Pattern.SUFFIX || s.pattern() == Pattern.BASE)
                            && s.base().equals(n.base());
                    default -> false;
                };
                if (same) {
                    out.add(s);
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** {@code found} (an absolute path beside {@code like}) written the way {@code like} is (relative or not). */
    private static Path relative(Path like, Path found) {
        if (like.isAbsolute()) {
            return found;
        }
        Path here = Path.of("").toAbsolutePath();
        return found.startsWith(here) ? here.relativize(found) : found;
    }

    private static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
