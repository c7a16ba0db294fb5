package dev.concord.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One direction of an in-JVM connection between a language client and server: what is written to {@link #out()} is
 * read from {@link #in()}, in order. Not {@code java.io.PipedInputStream}, which fails a read with "Write end dead"
 * once the last thread that wrote to it has ended (LSP4J writes from pool threads that the server stops on
 * {@code shutdown}, which left requests unanswered), nor an NIO pipe, whose channel an interrupted writer closes.
 */
public final class InMemoryPipe {
    private static final byte[] END = new byte[0];
    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private final InputStream in = new Reader();
    private final OutputStream out = new Writer();

    public InputStream in() {
        return in;
    }

    public OutputStream out() {
        return out;
    }

    private final class Writer extends OutputStream {
        private volatile boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("pipe closed");
            }
            if (len > 0) {
                chunks.add(Arrays.copyOfRange(b, off, off + len)); // unbounded: never blocks, never interrupted
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                chunks.add(END);
            }
        }
    }

    private final class Reader extends InputStream {
        private byte[] current = new byte[0];
        private int at;
        private boolean ended;

        @Override
        public synchronized int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (at >= current.length) {
                if (ended) {
                    return -1;
                }
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("read interrupted");
                }
                at = 0;
                if (current == END) {
                    ended = true;
                    chunks.add(END); // later reads see the end too
                    return -1;
                }
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }
    }
}
