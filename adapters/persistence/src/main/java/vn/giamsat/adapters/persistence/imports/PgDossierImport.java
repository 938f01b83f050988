package vn.giamsat.adapters.persistence.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.adapters.persistence.AuditTags;
import vn.giamsat.application.security.CurrentActorPort;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.dossier.model.AttemptEntry;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportPhase;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.model.ImportRequest;
import vn.giamsat.application.dossier.model.RejectionReport;
import vn.giamsat.application.dossier.port.out.DossierImportPort;
import vn.giamsat.application.common.TableFilePort;
import vn.giamsat.domain.common.Reason;

/**
 * The bulk path: one pass over the file streams checked rows through COPY into a fresh table; duplicates are
 * found there; then, when the use case merges it, the figures are computed from it and it is attached as the
 * export's partition of {@code dossier}, replacing the import the use case names. All of it is one transaction:
 * anything but a commit rolls back and leaves the database as it was.
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

    /** Which other exports a new export's codes are compared with (decision 054). */
    private final DossierCodeScope codeScope;

    public PgDossierImport(DataSource dataSource, JdbcClient jdbc, TableFilePort files) {
        this(dataSource, jdbc, files, DossierCodeScope.PROVINCE);
    }

    public PgDossierImport(DataSource dataSource, JdbcClient jdbc, TableFilePort files, DossierCodeScope codeScope) {
        this(dataSource, jdbc, (java.util.function.Supplier<Actor>) () -> null, () -> files, codeScope);
    }

    @Autowired
    public PgDossierImport(DataSource dataSource, JdbcClient jdbc, ObjectProvider<CurrentActorPort> actors,
                           ObjectProvider<TableFilePort> files,
                           @Value("${giamsat.import.dossier-codes-unique-within:PROVINCE}") DossierCodeScope codeScope) {
        this(dataSource, jdbc, (java.util.function.Supplier<Actor>) () -> {
            CurrentActorPort port = actors.getIfAvailable();
            return port == null ? null : port.current();
        }, files::getObject, codeScope);
    }

    private PgDossierImport(DataSource dataSource, JdbcClient jdbc, java.util.function.Supplier<Actor> actors,
                            java.util.function.Supplier<TableFilePort> files, DossierCodeScope codeScope) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.actors = actors;
        this.files = files;
        this.codeScope = java.util.Objects.requireNonNull(codeScope, "codeScope");
    }

    /** Signals that the user cancelled; unwinds the reading. */
    private static final class CancelledSignal extends RuntimeException {
        final long rows;

        CancelledSignal(long rows) {
            super(null, null, false, false);
            this.rows = rows;
        }
    }

    @Override
    public StagedImport stage(ImportRequest request, String useCase, ImportProgress progress, Cancellation cancellation) {
        Rejections rejections = new Rejections();
        ImportCatalog catalog = ImportCatalog.load(jdbc, request.council());
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("Dossier import failed", e);
        }
        Staged staged = new Staged(c, request, rejections);
        try {
            staged.autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            AuditTags.apply(c, actors.get(), useCase);
            staged.stage(catalog, progress, cancellation);
            return staged;
        } catch (CancelledSignal cancelled) {
            staged.cancelled = true;
            staged.rowsRead = cancelled.rows;
            staged.rollback();
            return staged;
        } catch (RuntimeException | SQLException | IOException e) {
            staged.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("Dossier import failed", e);
        }
    }

    /** One import's open transaction, from the staging table to the commit. */
    private final class Staged implements StagedImport {
        private final Connection c;
        private final ImportRequest request;
        private final Rejections rejections;
        private boolean autoCommit = true;
        private long importId;
        private String staging;
        private long rowsRead;
        private boolean cancelled;
        private boolean rejected;
        private boolean committed;
        private boolean closed;
        /** The tally per unit and day (decision 044), counted while the file streams by. */
        private PeriodTallies tallies;
        /** The months of receipt (decision 045), counted while the file streams by. */
        private final ImportMonths months = new ImportMonths();
        private CodeHashes hashes;
        /** The units of the rows read (catalogue numbers), and the provinces they are in: the import's scope. */
        private final java.util.BitSet units = new java.util.BitSet();
        private java.util.Set<String> provinces = java.util.Set.of();
        private long bytesRead;
        private ImportProgress progress = ImportProgress.NONE;
        private long tStart;
        private long tRead;
        private long tChecked;
        private long tMerged;
        private long tStaged;
        /** The steps after the COPY, each with its wall-clock time, for the INFO line of the commit. */
        private final StepTimes steps = new StepTimes();

        Staged(Connection c, ImportRequest request, Rejections rejections) {
            this.c = c;
            this.request = request;
            this.rejections = rejections;
        }

        @Override
        public long importId() {
            return importId;
        }

        @Override
        public long rowsRead() {
            return rowsRead;
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public RejectionReport rejections() {
            return rejected ? rejections : null;
        }

        private void reject() {
            rejections.finish();
            rejected = true;
        }

        void stage(ImportCatalog catalog, ImportProgress progress, Cancellation cancellation)
                throws SQLException, IOException {
            this.progress = progress;
            tStart = System.nanoTime();
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
                    // Keys are per council: the same key under two councils is two exports, which do not wait.
                    lock.setString(1, "dossier-export:" + (request.council() == null ? "" : request.council()) + ":"
                            + request.exportKey());
                    lock.execute();
                }
                // The staging table is the future partition, made by the schema's owner (changelogs 632, 790: the
                // app owns no table, decision 021), partitioned by month of receipt (decision 045); its CHECK lets
                // ATTACH skip scanning it.
                ImportMonths.stage(st, importId, request.now().toLocalDate());
            }
            tStaged = System.nanoTime();

            long rows;
            long[] bytes = new long[1];
            hashes = new CodeHashes(CODE_HASHES_UP_TO);
            tallies = new PeriodTallies(request.calendar(), request.now().toLocalDate());
            // Binary COPY (the server parses no text) fed by a second thread (reading overlaps with writing).
            CopyPipe pipe = new CopyPipe(c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + staging + " (" + BinaryCopyEncoder.COLUMNS + ") FROM STDIN (FORMAT binary)"),
                    COPY_BUFFER, COPY_DEPTH);
            try (InputStream raw = request.source().open();
                 InputStream counted = new BufferedInputStream(counting(raw, bytes), 1 << 16);
                 TableFilePort.Table records = files.get().open(request.format(), counted)) {
                BinaryCopyEncoder encoder = new BinaryCopyEncoder(pipe, COPY_BUFFER);
                rows = stream(records, request, catalog, rejections, encoder, tallies, months, hashes, units,
                        progress, cancellation, bytes);
                encoder.finish();
                pipe.finish();
            } catch (CharacterCodingException e) {
                pipe.abort();
                rejections.add(0, null, Reason.of("import.encoding",
                        "Tệp không phải văn bản UTF-8 (có thể đã lưu theo bảng mã khác): lưu lại dưới dạng CSV UTF-8.",
                        "The file is not UTF-8 text (saved in another encoding?): save it as CSV UTF-8."), null);
                reject();
                return;
            } catch (IOException | RuntimeException e) {
                pipe.abort();
                throw e;
            }
            rowsRead = rows;
            bytesRead = bytes[0];
            tRead = System.nanoTime();

            if (rows == 0 && rejections.isEmpty()) {
                rejections.add(1, null, Reason.of("import.empty", "Tệp không có hồ sơ nào.",
                        "The file has no dossiers."), null);
            }
            checkCancelled(cancellation, rows);
            progress.update(ImportPhase.VALIDATING, rows, bytes[0]);
            steps.start();
            if (hashes.needsDatabaseCheck()) {
                findDuplicates(c, staging, rejections);
                steps.done("duplicates by SQL");
            }
            // Imports of different exports compare their codes one after the other, or both could take the same dossier.
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT pg_advisory_xact_lock(hashtext('dossier-codes'))")) {
                lock.execute();
            }
            steps.done("codes lock");
            if (hashes.complete()) {
                hashes.sortInPlace();   // for the comparison and for storing them (timed apart)
                steps.done("hash sort");
            }
            List<String> unitCodes = units.stream().mapToObj(catalog::unitCode).toList();
            provinces = OtherExports.provincesOf(c, unitCodes);
            steps.done("provinces");
            OtherExports.check(c, staging, request.council(), request.exportKey(), hashes,
                    codeScope == DossierCodeScope.NATIONAL ? null : provinces, rejections);
            steps.done("other exports");
            tChecked = System.nanoTime();
            if (!rejections.isEmpty()) {
                reject();
            }
        }

        @Override
        public void merge(Long replacing, long attempt, AttemptEntry imported) {
            if (rejected || cancelled || committed || closed) {
                throw new IllegalStateException("Only a staged import that passed every check can be merged");
            }
            progress.update(ImportPhase.MERGING, rowsRead, bytesRead);
            try {
                steps.start();
                PgDossierImport.merge(c, request, importId, staging, replacing, attempt, imported, tallies, hashes,
                        provinces, steps);
                attach(c, importId, months, steps);
            } catch (SQLException e) {
                throw new IllegalStateException("Dossier import failed", e);
            }
            tMerged = System.nanoTime();
        }

        @Override
        public void commit() {
            try {
                steps.start();
                c.commit();
                steps.done("commit");
                committed = true;
            } catch (SQLException e) {
                throw new IllegalStateException("Dossier import failed", e);
            }
            // Where the time goes, for docs/performance.md ("Import costs after the COPY").
            LOG.log(System.Logger.Level.INFO, () -> "import %d: read+copy %.2f s, duplicates and other exports %.2f s, merge %.2f s".formatted(
                    importId, (tRead - tStart) / 1e9, (tChecked - tRead) / 1e9, (tMerged - tChecked) / 1e9));
            LOG.log(System.Logger.Level.INFO, () -> "import %d: staging table (in read+copy) %.3f s; after the COPY: %s".formatted(
                    importId, (tStaged - tStart) / 1e9, steps));
        }

        void rollback() {
            try {
                c.rollback();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot roll back the import", e);
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (!committed) {
                rollback();
            }
            if (!rejected) {
                rejections.discard();   // a report handed out stays for its download
            }
            try (c) {
                c.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot return the import's connection", e);
            }
        }
    }

    private long stream(TableFilePort.Table records, ImportRequest request, ImportCatalog catalog, Rejections rejections,
                        BinaryCopyEncoder encoder, PeriodTallies tallies, ImportMonths months, CodeHashes hashes,
                        java.util.BitSet units, ImportProgress progress,
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
        tallies.slipColumn(reader.hasColumn(vn.giamsat.domain.dossier.DossierField.APOLOGY_ON));
        tallies.digitizedColumn(reader.hasColumn(vn.giamsat.domain.dossier.DossierField.RESULT_DIGITIZED));
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
                tallies.add(row);
                months.add(row);
                hashes.add(row.code());
                if (row.unitIndex() >= 0) {
                    units.set(row.unitIndex());
                }
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

    /** Writes the import, its figures and its history line; drops the import it replaces. Not yet attached. */
    private static void merge(Connection c, ImportRequest request, long importId, String staging, Long previous,
                              long attempt, AttemptEntry imported, PeriodTallies tallies, CodeHashes hashes,
                              java.util.Set<String> provinces, StepTimes steps)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            if (previous != null) {
                // Its tally goes with it; its partition is dropped whole.
                PeriodTallies.delete(c, previous);
                st.execute("DELETE FROM dossier_import WHERE id = " + previous);
                st.execute("DELETE FROM dossier_import_code_hashes WHERE import_id = " + previous);
                st.execute("SELECT dossier_import_drop(" + previous + ")");
                steps.done("replaced import dropped");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dossier_import (id, export_key, file_name, sha256, row_count, as_of, imported_by,
                                            council_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, importId);
            ps.setString(2, request.exportKey());
            ps.setString(3, imported.fileName());
            ps.setString(4, imported.sha256());
            ps.setLong(5, imported.rows());
            ps.setObject(6, request.now().toLocalDate());
            ps.setString(7, request.importedBy());
            ps.setString(8, request.council());
            ps.executeUpdate();
        }
        // In the import's transaction: the attempt's line says IMPORTED only if the import is committed.
        JdbcImportHistory.complete(c, attempt, imported);
        steps.done("import row + history");
        OtherExports.store(c, importId, provinces, hashes);
        steps.done("scope + code hashes");
        writeTallies(c, tallies, importId);
        steps.done("tallies + month roll-up");
    }

    /** The staging table keeps a partition for each month it has dossiers of, then becomes the import's partition. */
    private static void attach(Connection c, long importId, ImportMonths months, StepTimes steps) throws SQLException {
        months.store(c, importId);
        steps.done("months");
        try (Statement st = c.createStatement()) {
            st.execute("SELECT dossier_import_attach(" + importId + ")");
        }
        steps.done("attach");
    }

    /** Wall-clock time of named steps, in order: "name 0.012 s, ...". */
    static final class StepTimes {
        private final StringBuilder text = new StringBuilder();
        private long since = System.nanoTime();

        void start() {
            since = System.nanoTime();
        }

        void done(String step) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(step).append(' ')
                    .append("%.3f s".formatted((now - since) / 1e9));
            since = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * Stores the import's tally per unit and day (decision 044), counted while the file streamed by, in the
     * import's transaction. Kept apart from the COPY of the dossiers and the attach, which change with the
     * partitioning of {@code dossier}: it needs neither.
     */
    private static void writeTallies(Connection c, PeriodTallies tallies, long importId) throws SQLException {
        tallies.store(c, importId);
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
