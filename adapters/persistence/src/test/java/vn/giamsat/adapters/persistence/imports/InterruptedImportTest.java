package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.domain.calendar.WorkingCalendar;

/**
 * Issue 14, item 16, on PostgreSQL: an import is in the history from its start; when the process running it dies
 * mid-COPY (its connections gone, none of its code running any more) the history shows the attempt as interrupted,
 * with who, when and which file.
 */
class InterruptedImportTest {
    private static final LocalDateTime NOW = CouncilImportsTest.NOW;

    private final DataSource ds = TestDatabase.superuserDataSource();
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private final Actor actor = CouncilImportsTest.PHU_NINH;
    private final ImportDossiersUseCase imports = DossierImports.useCase(ds, WorkingCalendar.of(List.of()), NOW,
            () -> actor);

    @BeforeEach
    void catalog() {
        TestDatabase.truncateAll();
        CouncilImportsTest.units(jdbc);
    }

    /** 100,000 good rows; the import's reading (the second opening: the first is the checksum) stops half-way. */
    private static final class StallingFile {
        final byte[] head;
        final byte[] tail;
        final AtomicInteger opened = new AtomicInteger();
        final CountDownLatch midCopy = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        StallingFile() {
            StringBuilder a = new StringBuilder(CouncilImportsTest.HEADER).append('\n');
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= 100_000; i++) {
                (i <= 50_000 ? a : b).append(CouncilImportsTest.row("S-" + i, "20364", "2024-02-01")).append('\n');
            }
            head = a.toString().getBytes(StandardCharsets.UTF_8);
            tail = b.toString().getBytes(StandardCharsets.UTF_8);
        }

        InputStream open() {
            if (opened.incrementAndGet() == 1) {
                return new SequenceInputStream(new ByteArrayInputStream(head), new ByteArrayInputStream(tail));
            }
            InputStream stall = new InputStream() {
                @Override
                public int read() throws IOException {
                    midCopy.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IOException("the process is gone");
                }
            };
            return new SequenceInputStream(new ByteArrayInputStream(head), stall);
        }
    }

    @Test
    void anImportWhoseProcessDiedMidCopyShowsAsInterruptedWithWhoWhenAndWhichFile() throws Exception {
        StallingFile file = new StallingFile();
        Thread importing = Thread.ofPlatform().start(() -> {
            try {
                imports.importDossiers(new ImportDossiersCommand("hcc-2024-02", "ho-so-thang-2.csv", FileFormat.CSV,
                        file::open), (p, r, b) -> {}, new Cancellation());
            } catch (RuntimeException expected) {
                // the connections were cut
            }
        });
        try {
            assertThat(file.midCopy.await(60, TimeUnit.SECONDS)).as("the import reached the middle of its COPY").isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY dossier_i%'")
                    .query(Long.class).single()).as("a COPY under way").isEqualTo(1);
            assertThat(imports.history(0, 10)).singleElement().satisfies(a -> {
                assertThat(a.status().name()).as("running, not interrupted").isEqualTo("STARTED");
                assertThat(a.finishedAt()).isNull();
            });

            // The admin UI is killed: the server sees its connections end; none of its code runs any more.
            killTheImportsConnections();

            assertThat(imports.history(0, 10)).singleElement().satisfies(a -> {
                assertThat(a.status().name()).isEqualTo("INTERRUPTED");
                assertThat(a.status().vietnamese()).isEqualTo("Bị gián đoạn");
                assertThat(a.importedBy()).isEqualTo("Lê Thị Hoa");
                assertThat(a.fileName()).isEqualTo("ho-so-thang-2.csv");
                assertThat(a.exportKey()).isEqualTo("hcc-2024-02");
                assertThat(a.startedAt()).isEqualTo(NOW.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
                assertThat(a.finishedAt()).isNull();
            });
            assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM dossier_import").query(Long.class).single()).isZero();
        } finally {
            file.release.countDown();
            importing.join(Duration.ofSeconds(60));
        }
    }

    /** Ends every other backend that holds an advisory lock or runs a COPY: the import's and its history's. */
    private void killTheImportsConnections() throws InterruptedException {
        String theirs = """
                SELECT pid FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid()
                   AND (query LIKE 'COPY dossier_i%'
                        OR pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND pid IS NOT NULL))""";
        jdbc.sql("SELECT pg_terminate_backend(pid) FROM (" + theirs + ") t").query(Boolean.class).list();
        for (int i = 0; i < 100 && jdbc.sql("SELECT count(*) FROM (" + theirs + ") t").query(Long.class).single() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM (" + theirs + ") t").query(Long.class).single()).isZero();
    }
}
