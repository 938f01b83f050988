package vn.giamsat.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Receives one uploaded file for a view (issue 14, item 7): streamed to a temporary file, never held in memory, and
 * cut off <b>while it is read</b> as soon as it passes {@code maxBytes} (the browser's own check is advice; a
 * crafted request may announce no size, or a false one). Before a byte is read, the view says whether this user
 * may upload here at all. A refusal answers the request with 422 and a message naming the file and the limit, and
 * shows the same message on the page. The view's receiver runs in {@link UI#access}; the temporary file is deleted
 * after it unless the receiver {@linkplain ReceivedFile#keep() keeps} it (an import that runs on its own thread).
 */
public final class BoundedUpload implements UploadHandler {
    private static final int BUFFER = 16 * 1024;

    /** What the view does with a file that passed: in {@link UI#access}. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void received(ReceivedFile file) throws IOException;
    }

    private final long maxBytes;
    private final SerializableSupplier<Boolean> mayUpload;
    private final Receiver receiver;
    private final SerializableConsumer<String> refused;

    /**
     * @param maxBytes  the largest file accepted
     * @param mayUpload asked before anything is read (in the UI's lock): false refuses the upload unread
     * @param receiver  takes the file once it is whole and within the limit
     * @param refused   shows a refusal on the page (in {@link UI#access})
     */
    public BoundedUpload(long maxBytes, SerializableSupplier<Boolean> mayUpload, Receiver receiver,
                         SerializableConsumer<String> refused) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
        this.mayUpload = mayUpload;
        this.receiver = receiver;
        this.refused = refused;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** A multipart upload is refused by the part's size before it is read, and never over this limit. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        boolean[] allowed = {false};
        ui.accessSynchronously(() -> {
            try {
                allowed[0] = Boolean.TRUE.equals(mayUpload.get());
            } catch (RuntimeException refusedByTheUseCase) {
                allowed[0] = false; // who may not even see the place (any more) may not upload to it
            }
        });
        if (!allowed[0]) {
            refuse(event, ui, ui.getTranslation("upload.not-allowed", name));
            return;
        }
        String tooLarge = ui.getTranslation("upload.too-large", name, size(maxBytes));
        if (event.getFileSize() > maxBytes) { // announced larger: not a byte read
            refuse(event, ui, tooLarge);
            return;
        }
        Path file = Files.createTempFile("giamsat-upload-", ".part");
        long size;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            size = copyAtMost(in, out, maxBytes);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (size < 0) {
            Files.deleteIfExists(file);
            refuse(event, ui, tooLarge);
            return;
        }
        ReceivedFile received = new ReceivedFile(name, file, size);
        ui.access(() -> {
            try {
                receiver.received(received);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                received.deleteUnlessKept();
            }
        });
    }

    private void refuse(UploadEvent event, UI ui, String message) {
        event.reject(message);
        ui.access(() -> refused.accept(message));
    }

    /**
     * Copies {@code in} to {@code out} and answers the number of bytes, or -1 as soon as there are more than
     * {@code max}: at most {@code max + 1} bytes are ever read, whatever the stream holds.
     */
    public static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        while (true) {
            int want = (int) Math.min(buffer.length, max + 1 - total);
            int n = in.read(buffer, 0, want);
            if (n < 0) {
                return total;
            }
            total += n;
            if (total > max) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
    }

    /** "10 MB", "1 GB", "512 KB": a limit as people read it (1 MB = 1024 × 1024 bytes, as the browser counts). */
    public static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20) {
            return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB"
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return Math.max(1, bytes >> 10) + " KB";
    }

    /** An upload within its limit, in a temporary file. */
    public static final class ReceivedFile implements Serializable {
        private final String name;
        private final transient Path path;
        private final long size;
        private boolean kept;

        ReceivedFile(String name, Path path, long size) {
            this.name = name;
            this.path = path;
            this.size = size;
        }

        public String name() {
            return name;
        }

        public long size() {
            return size;
        }

        public Path path() {
            return path;
        }

        /** The whole file; only for uploads whose limit is small (evidence, figures). */
        public byte[] bytes() throws IOException {
            return Files.readAllBytes(path);
        }

        /** The caller deletes the file itself (e.g. when an import on another thread is done with it). */
        public Path keep() {
            kept = true;
            return path;
        }

        void deleteUnlessKept() {
            if (!kept) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    path.toFile().deleteOnExit();
                }
            }
        }
    }
}
