package vn.giamsat.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local run's real SMTP server (GreenMail, in the launcher's process, loopback only): the admin UI sends its
 * reminders to it, and every mail it receives is written to {@code <local>/mail/NNNN.eml}, which any mail reader
 * opens (and {@code less} reads).
 */
final class LocalMailServer implements AutoCloseable {
    private final GreenMail server;
    private final Path folder;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "local-mail-writer");
        t.setDaemon(true);
        return t;
    });
    private int written;

    LocalMailServer(int port, Path folder) {
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.folder = folder;
    }

    LocalMailServer start() throws IOException {
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            written = (int) old.filter(p -> p.toString().endsWith(".eml")).count();
        }
        server.start();
        writer.scheduleWithFixedDelay(this::writeNew, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    /** Writes the mails received since the last call, one file each, numbered after those of earlier runs. */
    synchronized int writeNew() {
        MimeMessage[] received = server.getReceivedMessages();
        int before = written;
        for (int i = receivedWritten; i < received.length; i++) {
            Path file = folder.resolve("%04d.eml".formatted(++written));
            try (OutputStream out = Files.newOutputStream(file)) {
                received[i].writeTo(out);
            } catch (IOException | jakarta.mail.MessagingException e) {
                System.err.println("Không ghi được thư / could not write mail " + file + ": " + e.getMessage());
            }
        }
        receivedWritten = received.length;
        return written - before;
    }

    private int receivedWritten;

    Path folder() {
        return folder;
    }

    int port() {
        return server.getSmtp().getPort();
    }

    @Override
    public void close() {
        writer.shutdownNow();
        writeNew();
        server.stop();
    }
}
