package dev.concord.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in words what went wrong with a file: the JDK's exceptions often give only a path as their message. */
public final class IoErrors {
    private IoErrors() {
    }

    /** What went wrong, for a line such as {@code cannot write FILE: WHAT}. */
    public static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            // Raised when a folder on the way to the file is a file.
            return f.getFile() + " exists and is not a folder";
        }
        if (e instanceof NotDirectoryException f) {
            return f.getFile() + " is not a folder";
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String reason = f.getReason();
            return reason.contains("No space left") ? "the disk is full (" + f.getFile() + ")" : reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
