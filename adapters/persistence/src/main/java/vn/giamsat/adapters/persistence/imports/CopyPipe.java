package vn.giamsat.adapters.persistence.imports;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.postgresql.copy.CopyIn;

/**
 * Hands filled buffers of COPY data to a second thread that writes them to the server, so that reading and
 * checking the next rows overlaps with the socket write (and the server's work behind it) instead of waiting for
 * it. Memory is bounded: {@code depth} buffers in flight plus the one being filled. The connection is used only
 * by the writer thread until {@link #finish()} or {@link #abort()} returns.
 */
final class CopyPipe {
    private record Chunk(byte[] data, int length) {}

    private static final Chunk END = new Chunk(new byte[0], 0);

    private final CopyIn copy;
    private final BlockingQueue<Chunk> full;
    private final BlockingQueue<byte[]> free;
    private final Thread writer;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private long rows = -1;

    CopyPipe(CopyIn copy, int bufferSize, int depth) {
        this.copy = copy;
        this.full = new ArrayBlockingQueue<>(depth + 1);
        this.free = new ArrayBlockingQueue<>(depth + 1);
        for (int i = 0; i < depth; i++) {
            free.add(new byte[bufferSize]);
        }
        this.writer = Thread.ofPlatform().name("dossier-import-copy").daemon().start(this::write);
    }

    /** Sends {@code length} bytes of {@code buffer}; answers an empty buffer to fill next. */
    byte[] send(byte[] buffer, int length) throws IOException {
        put(new Chunk(buffer, length));
        try {
            while (true) {
                byte[] next = free.poll(100, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while sending COPY data", e);
        }
    }

    /** Ends the COPY once every buffer is written; answers the rows the server stored. */
    long finish() throws IOException {
        put(END);
        join();
        rethrowFailure();
        return rows;
    }

    /** Stops the COPY (the server discards it) and waits for the writer, so the caller may use the connection. */
    void abort() {
        aborted = true;
        full.clear();
        full.offer(END);
        join();
    }

    private void put(Chunk chunk) throws IOException {
        try {
            while (!full.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while sending COPY data", e);
        }
        rethrowFailure();
    }

    private void join() {
        boolean interrupted = false;
        while (writer.isAlive()) {
            try {
                writer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable f = failure;
        if (f != null) {
            throw new IOException("COPY to the staging table failed: " + f.getMessage(), f);
        }
    }

    private void write() {
        try {
            while (true) {
                Chunk c = full.take();
                if (aborted) {
                    break;
                }
                if (c == END) {
                    rows = copy.endCopy();
                    return;
                }
                copy.writeToCopy(c.data(), 0, c.length());
                free.put(c.data());
            }
        } catch (Throwable t) {
            failure = t;
        }
        // Aborted or failed: the server must forget the COPY before the connection is used again.
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
