package vn.giamsat.adapters.persistence.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.adapters.persistence.AuditTags;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.dossier.model.AttemptStatus;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportPhase;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportRequest;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.out.DossierImportPort;
import vn.giamsat.application.dossier.port.out.TableFilePort;
import vn.giamsat.domain.common.Reason;

/**
 * The bulk path: one pass over the file streams checked rows through COPY into a fresh table; duplicates are
 * found there; then the figures are computed from it and it is attached as the export's partition of
 * {@code dossier}, replacing the export's earlier import. All of it is one transaction: any rejection, a
 * cancellation or a failure rolls back and leaves the database as it was.
 */
@Component
public class PgDossierImport implements DossierImportPort {
    private static final int PROGRESS_EVERY = 10_000;
    /** Files up to this many rows are checked for duplicate codes in memory (16 bytes a row), larger ones by SQL. */
    static final int CODE_HASHES_UP_TO = 4_000_000;
    /** COPY data goes to the server in buffers of this size, at most this many in flight: 1 MiB in all. */
    private static final int COPY_BUFFER = 1 << 18;
    private static final int COPY_DEPTH = 3;

    private static final System.Logger LOG = System.getLogger(PgDossierImport.class.getName());

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    /** Who imports, for the audit log's entry of the import (its row in dossier_import); none: 'system'. */
    private final java.util.function.Supplier<Actor> actors;

    /** Reads the uploaded file (the file-import adapter); looked up when an import starts, so the portal, which imports nothing, needs none. */
    private final java.util.function.Supplier<TableFilePort> files;

    public PgDossierImport(DataSource dataSource, JdbcClient jdbc, TableFilePort files) {
        this(dataSource, jdbc, (java.util.function.Supplier<Actor>) () -> null, () -> files);
    }

    @Autowired
    public PgDossierImport(DataSource dataSource, JdbcClient jdbc, ObjectProvider<CurrentActorPort> actors,
                           ObjectProvider<TableFilePort> files) {
        this(dataSource, jdbc, (java.util.function.Supplier<Actor>) () -> {
            CurrentActorPort port = actors.getIfAvailable();
            return port == null ? null : port.current();
        }, files::getObject);
    }

    private PgDossierImport(DataSource dataSource, JdbcClient jdbc, java.util.function.Supplier<Actor> actors,
                            java.util.function.Supplier<TableFilePort> files) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.actors = actors;
        this.files = files;
    }

    /** Signals that the user cancelled; unwinds the import. */
    private static final class CancelledSignal extends RuntimeException {
        final long rows;

        CancelledSignal(long rows) {
            super(null, null, false, false);
            this.rows = rows;
        }
    }

    /** What the history needs to know of an attempt, filled in as it goes. */
    private static final class Attempt {
        final Instant startedAt = Instant.now();
        String checksum;
        long rowsRead;
    }

    @Override
    public ImportResult importFile(ImportRequest request, ImportProgress progress, Cancellation cancellation) {
        Rejections rejections = new Rejections();
        ImportCatalog catalog = ImportCatalog.load(jdbc);
        Attempt attempt = new Attempt();
        ImportResult result;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                AuditTags.apply(c, actors.get(), "ImportDossiersService.importDossiers"); // the use case
                result = run(c, request, progress, cancellation, catalog, rejections, attempt);
                if (result instanceof ImportResult.Imported) {
                    c.commit();   // its history line was written in the transaction
                } else {
                    c.rollback();
                }
            } catch (CancelledSignal cancelled) {
                c.rollback();
                rejections.discard();
                result = new ImportResult.Cancelled(cancelled.rows);
            } catch (RuntimeException | SQLException | IOException e) {
                c.rollback();
                rejections.discard();
                c.setAutoCommit(autoCommit);
                recordAttempt(request, attempt, "FAILED", null, 0);
                throw e instanceof RuntimeException r ? r : new IllegalStateException("Dossier import failed", e);
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            recordAttempt(request, attempt, "FAILED", null, 0);
            throw new IllegalStateException("Dossier import failed", e);
        }
        switch (result) {
            case ImportResult.Imported imported -> { }
            case ImportResult.Unchanged unchanged -> recordAttempt(request, attempt, "UNCHANGED", unchanged.importId(), 0);
            case ImportResult.Rejected rejected ->
                    recordAttempt(request, attempt, "REJECTED", null, rejected.report().total());
            case ImportResult.Cancelled cancelled -> {
                attempt.rowsRead = cancelled.rowsRead();
                attempt.checksum = null;   // the file was not read to the end by the import
                recordAttempt(request, attempt, "CANCELLED", null, 0);
            }
        }
        progress.update(ImportPhase.FINISHED, 0, 0);
        return result;
    }

    /** The history line of an attempt that changed nothing, after the rollback; it must not hide the outcome. */
    private void recordAttempt(ImportRequest request, Attempt attempt, String status, Long importId, long rejected) {
        try {
            jdbc.sql("""
                    INSERT INTO dossier_import_attempt (export_key, file_name, sha256, import_id, status, row_count,
                        rejected_count, started_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(request.exportKey(), fileName(request), attempt.checksum, importId, status,
                            attempt.rowsRead, rejected, Timestamp.from(attempt.startedAt), request.importedBy())
                    .update();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot record the import attempt in the history", e);
        }
    }

    private static String fileName(ImportRequest request) {
        return request.fileName() == null ? request.exportKey() : request.fileName();
    }

    private ImportResult run(Connection c, ImportRequest request, ImportProgress progress, Cancellation cancellation,
                             ImportCatalog catalog, Rejections rejections, Attempt attempt)
            throws SQLException, IOException {
        long tStart = System.nanoTime();
        // A cheap first pass for the checksum: the same file again is answered without staging a row.
        String checksum = checksum(request);
        attempt.checksum = checksum;
        ImportRecord same = sameFile(c, checksum);
        if (same != null) {
            return new ImportResult.Unchanged(same.importId(), same.exportKey(), checksum);
        }
        long importId;
        String staging;
        try (Statement st = c.createStatement()) {
            // Room to find duplicates among a million codes in memory rather than on disk.
            st.execute("SET LOCAL work_mem = '256MB'");
            try (ResultSet rs = st.executeQuery("SELECT nextval('dossier_import_seq')")) {
                rs.next();
                importId = rs.getLong(1);
            }
            staging = "dossier_i" + importId;
            // Two imports of one export wait for each other instead of both replacing the same rows.
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "dossier-export:" + request.exportKey());
                lock.execute();
            }
            // The staging table is the future partition: its CHECK lets ATTACH skip scanning it.
            st.execute("CREATE TABLE " + staging + " (LIKE dossier INCLUDING DEFAULTS INCLUDING CONSTRAINTS, "
                    + "CONSTRAINT " + staging + "_import CHECK (import_id = " + importId + "))");
            st.execute("ALTER TABLE " + staging + " ALTER COLUMN import_id SET DEFAULT " + importId);
        }

        long rows;
        long[] bytes = new long[1];
        FigureTally tally = new FigureTally(catalog);
        CodeHashes hashes = new CodeHashes(CODE_HASHES_UP_TO);
        // Binary COPY (the server parses no text) fed by a second thread (reading overlaps with writing).
        CopyPipe pipe = new CopyPipe(c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY " + staging + " (" + BinaryCopyEncoder.COLUMNS + ") FROM STDIN (FORMAT binary)"),
                COPY_BUFFER, COPY_DEPTH);
        try (InputStream raw = request.source().open();
             InputStream counted = new BufferedInputStream(counting(raw, bytes), 1 << 16);
             TableFilePort.Table records = files.get().open(request.format(), counted)) {
            BinaryCopyEncoder encoder = new BinaryCopyEncoder(pipe, COPY_BUFFER);
            rows = stream(records, request, catalog, rejections, encoder, tally, hashes, progress, cancellation, bytes);
            encoder.finish();
            pipe.finish();
        } catch (CharacterCodingException e) {
            pipe.abort();
            rejections.add(0, null, Reason.of("import.encoding",
                    "Tệp không phải văn bản UTF-8 (có thể đã lưu theo bảng mã khác): lưu lại dưới dạng CSV UTF-8.",
                    "The file is not UTF-8 text (saved in another encoding?): save it as CSV UTF-8."), null);
            return new ImportResult.Rejected(rejections.finish());
        } catch (IOException | RuntimeException e) {
            pipe.abort();
            throw e;
        }
        attempt.rowsRead = rows;
        long tRead = System.nanoTime();

        if (rows == 0 && rejections.isEmpty()) {
            rejections.add(1, null, Reason.of("import.empty", "Tệp không có hồ sơ nào.", "The file has no dossiers."),
                    null);
        }
        checkCancelled(cancellation, rows);
        progress.update(ImportPhase.VALIDATING, rows, bytes[0]);
        if (hashes.needsDatabaseCheck()) {
            findDuplicates(c, staging, rejections);
        }
        // Imports of different exports compare their codes one after the other, or both could take the same dossier.
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('dossier-codes'))")) {
            lock.execute();
        }
        OtherExports.check(c, staging, request.exportKey(), hashes, rejections);
        long tChecked = System.nanoTime();
        if (!rejections.isEmpty()) {
            return new ImportResult.Rejected(rejections.finish());
        }
        checkCancelled(cancellation, rows);
        progress.update(ImportPhase.MERGING, rows, bytes[0]);
        long replaced = merge(c, request, importId, staging, checksum, rows, tally, hashes, attempt);
        // Where the time goes, for docs/performance.md.
        LOG.log(System.Logger.Level.INFO, () -> "import %d: read+copy %.2f s, duplicates and other exports %.2f s, merge %.2f s".formatted(
                importId, (tRead - tStart) / 1e9, (tChecked - tRead) / 1e9, (System.nanoTime() - tChecked) / 1e9));
        checkCancelled(cancellation, rows);
        return new ImportResult.Imported(importId, request.exportKey(), rows, checksum, replaced);
    }

    private long stream(TableFilePort.Table records, ImportRequest request, ImportCatalog catalog, Rejections rejections,
                        BinaryCopyEncoder encoder, FigureTally tally, CodeHashes hashes, ImportProgress progress,
                        Cancellation cancellation, long[] bytes)
            throws IOException {
        progress.update(ImportPhase.READING, 0, 0);
        if (!records.next()) {
            return 0;
        }
        if (records.problem() != null) {
            Reason why = records.problem().reason();
            rejections.add(records.line(), null, why.code().equals("import.broken-row")
                    ? Reason.of("import.header", why.vietnamese(), why.english()) : why, null);
            return 0;
        }
        DossierRowReader reader = DossierRowReader.forHeader(List.copyOf(records.fields()), records.line(), catalog,
                request.calendar(), request.now(), rejections);
        if (reader == null) {
            return 0;
        }
        long rows = 0;
        long seen = 0;
        while (records.next()) {
            seen++;
            if (records.problem() != null) {
                rejections.add(records.line(), null, records.problem().reason(), null);
                continue;
            }
            DossierRowReader.Row row = reader.read(records.fields(), records.line());
            if (row != null) {
                encoder.write(row);
                tally.add(row);
                hashes.add(row.code());
                rows++;
            }
            if (seen % PROGRESS_EVERY == 0) {
                checkCancelled(cancellation, seen);
                progress.update(ImportPhase.READING, seen, bytes[0]);
            }
        }
        return seen;
    }

    private static void checkCancelled(Cancellation cancellation, long rows) {
        if (cancellation.isCancelled()) {
            throw new CancelledSignal(rows);
        }
    }

    private static ImportRecord sameFile(Connection c, String checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, export_key, file_name, row_count, imported_at, as_of FROM dossier_import WHERE sha256 = ?")) {
            ps.setString(1, checksum);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), checksum,
                        rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getDate(6).toLocalDate()) : null;
            }
        }
    }

    private static void findDuplicates(Connection c, String staging, Rejections rejections) throws SQLException {
        String sql = "SELECT s.line_no, s.dossier_code, d.first_line FROM " + staging + " s JOIN ("
                + " SELECT dossier_code, min(line_no) AS first_line FROM " + staging
                + " GROUP BY dossier_code HAVING count(*) > 1) d USING (dossier_code)"
                + " WHERE s.line_no <> d.first_line ORDER BY s.line_no";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rejections.add(rs.getLong(1), "ma_ho_so", Reason.of("import.duplicate-code",
                        "Mã hồ sơ trùng với dòng " + rs.getLong(3) + ".",
                        "Dossier code repeats the one on line " + rs.getLong(3) + "."), rs.getString(2));
            }
        }
    }

    /** Writes the import, its figures, replaces the export's earlier import; answers the rows replaced. */
    private static long merge(Connection c, ImportRequest request, long importId, String staging, String checksum,
                              long rows, FigureTally tally, CodeHashes hashes, Attempt attempt) throws SQLException {
        Long previous = null;
        long replaced = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, row_count FROM dossier_import WHERE export_key = ?")) {
            ps.setString(1, request.exportKey());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    previous = rs.getLong(1);
                    replaced = rs.getLong(2);
                }
            }
        }
        try (Statement st = c.createStatement()) {
            if (previous != null) {
                // Its figures go with it; its partition is dropped whole.
                st.execute("DELETE FROM dossier_figures WHERE import_id = " + previous);
                st.execute("DELETE FROM dossier_figures_unit WHERE import_id = " + previous);
                st.execute("DELETE FROM dossier_import WHERE id = " + previous);
                st.execute("DELETE FROM dossier_import_code_hashes WHERE import_id = " + previous);
                st.execute("DROP TABLE IF EXISTS dossier_i" + previous);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dossier_import (id, export_key, file_name, sha256, row_count, as_of, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, importId);
            ps.setString(2, request.exportKey());
            ps.setString(3, fileName(request));
            ps.setString(4, checksum);
            ps.setLong(5, rows);
            ps.setObject(6, request.now().toLocalDate());
            ps.setString(7, request.importedBy());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dossier_import_attempt (export_key, file_name, sha256, import_id, status, row_count,
                    replaced_rows, started_at, imported_by) VALUES (?, ?, ?, ?, 'IMPORTED', ?, ?, ?, ?)""")) {
            ps.setString(1, request.exportKey());
            ps.setString(2, fileName(request));
            ps.setString(3, checksum);
            ps.setLong(4, importId);
            ps.setLong(5, rows);
            ps.setLong(6, replaced);
            ps.setTimestamp(7, Timestamp.from(attempt.startedAt));
            ps.setString(8, request.importedBy());
            ps.executeUpdate();
        }
        OtherExports.store(c, importId, hashes);
        PGConnection pg = c.unwrap(PGConnection.class);
        PGCopyOutputStream figures = new PGCopyOutputStream(pg, "COPY dossier_figures (import_id, unit_code, month, "
                + "procedure_code, channel, " + FigureTally.COLUMNS + ") FROM STDIN", 1 << 16);
        try (figures) {
            tally.writeFigures(importId, figures);
        } catch (IOException e) {
            throw new SQLException("Cannot store the computed figures", e);
        }
        PGCopyOutputStream unitFigures = new PGCopyOutputStream(pg, "COPY dossier_figures_unit (import_id, unit_code, "
                + "month, channel, " + FigureTally.COLUMNS + ") FROM STDIN", 1 << 16);
        try (unitFigures) {
            tally.writeUnitFigures(importId, unitFigures);
        } catch (IOException e) {
            throw new SQLException("Cannot store the computed figures", e);
        }
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE dossier ATTACH PARTITION " + staging + " FOR VALUES IN (" + importId + ")");
        }
        return replaced;
    }

    @Override
    public List<ImportRecord> imports() {
        return jdbc.sql("""
                SELECT id, export_key, file_name, sha256, row_count, imported_at, as_of
                  FROM dossier_import ORDER BY imported_at DESC, id DESC""")
                .query((rs, i) -> new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant(), rs.getDate(7).toLocalDate()))
                .list();
    }

    @Override
    public List<ImportAttempt> attempts(int offset, int limit) {
        // An import replaced since shows as such: its import is no longer among the current ones.
        return jdbc.sql("""
                SELECT a.id, a.export_key, a.file_name, a.sha256,
                       CASE WHEN a.status = 'IMPORTED' AND NOT EXISTS (SELECT FROM dossier_import i WHERE i.id = a.import_id)
                            THEN 'REPLACED' ELSE a.status END,
                       a.row_count, a.rejected_count, a.replaced_rows, a.started_at, a.finished_at, a.imported_by
                  FROM dossier_import_attempt a ORDER BY a.started_at DESC, a.id DESC OFFSET ? LIMIT ?""")
                .params(offset, limit)
                .query((rs, i) -> new ImportAttempt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        AttemptStatus.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(), rs.getString(11)))
                .list();
    }

    @Override
    public long attemptCount() {
        return jdbc.sql("SELECT count(*) FROM dossier_import_attempt").query(Long.class).single();
    }

    private static String checksum(ImportRequest request) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(request.source().open(), sha)) {
            byte[] buf = new byte[1 << 16];
            while (in.read(buf) >= 0) {
                // reading is the digest's work
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream counting(InputStream in, long[] bytes) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes[0]++;
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytes[0] += n;
                }
                return n;
            }
        };
    }
}
