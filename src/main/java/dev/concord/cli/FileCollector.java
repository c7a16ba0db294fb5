package dev.concord.cli;

import dev.concord.format.Formats;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the paths on the command line into files to check: a file stands for itself (whatever its extension), a
 * folder for the files below it that a format reads, in name order, leaving out hidden folders and dependency
 * folders (.git, node_modules).
 */
final class FileCollector {
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build", "vendor");

    /** A path given on the command line that yields nothing to check. */
    record Problem(String path, String message) {
    }

    private final List<Path> files = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    List<Path> files() {
        return files;
    }

    List<Problem> problems() {
        return problems;
    }

    void add(Path path) {
        if (!Files.exists(path)) {
            problems.add(new Problem(path.toString(), "no such file or folder"));
            return;
        }
        if (!Files.isDirectory(path)) {
            files.add(path);
            return;
        }
        Set<Path> found = new LinkedHashSet<>();
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    if (!dir.equals(path) && name != null
                            && (name.toString().startsWith(".") || SKIPPED_FOLDERS.contains(name.toString()))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && Formats.isCheckable(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(path.toString(), "cannot read folder: " + e.getMessage()));
            return;
        }
        if (found.isEmpty()) {
            problems.add(new Problem(path.toString(), "folder holds no file Concord reads (extensions: "
                    + String.join(", ", Formats.extensions()) + ")"));
            return;
        }
        // "concord check ." names its files docs/a.md, not ./docs/a.md.
        boolean here = path.toString().equals(".");
        found.stream().sorted().map(f -> here ? path.relativize(f) : f).forEach(files::add);
    }
}
