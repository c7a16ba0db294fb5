package dev.concord.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then moved over it in one step, so that a reader
 * (or a crash) never sees half a report or half a baseline. The file keeps the permissions it had, or gets the usual
 * ones (rw-r--r--) when new: a temporary file is private to its owner.
 */
public final class AtomicFile {
    private static final Set<PosixFilePermission> USUAL = PosixFilePermissions.fromString("rw-r--r--");

    /** What is written into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code content} as UTF-8 to {@code file}, replacing what it held. */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = besideWith(target, content);
        try {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates {@code file} with {@code text} as UTF-8, whole or not at all, and never over a file that exists (even
     * one that appears meanwhile): the temporary file is linked in under the new name, which fails if it is taken.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    public static void create(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path tmp = besideWith(target, out -> out.write(text));
        try {
            try {
                Files.createLink(target, tmp);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                if (e instanceof java.nio.file.FileAlreadyExistsException taken) {
                    throw taken;
                }
                // No hard links on this file system: create it in place (a crash may then leave part of it).
                Files.writeString(target, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temporary file beside {@code target} holding {@code content}, with the permissions {@code target} has, or the
     * usual ones when it does not exist yet; deleted again if writing it fails.
     */
    private static Path besideWith(Path target, Content content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target) : USUAL);
            }
            return tmp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Writes {@code text} as UTF-8 to {@code file}, replacing what it held. */
    public static void write(Path file, String text) throws IOException {
        write(file, out -> out.write(text));
    }
}
