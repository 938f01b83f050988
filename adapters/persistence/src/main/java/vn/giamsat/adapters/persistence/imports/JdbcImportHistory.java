package vn.giamsat.adapters.persistence.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.dossier.model.AttemptEntry;
import vn.giamsat.application.dossier.model.AttemptStatus;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.model.ImportScope;
import vn.giamsat.application.dossier.port.out.ImportHistoryPort;
import vn.giamsat.domain.unit.UnitCode;

/**
 * {@code dossier_import} (the imports that are part of the data) and {@code dossier_import_attempt} (every try).
 *
 * <p>An attempt is alive while its connection holds a session advisory lock on it (key {@link #lockKey}): taken with
 * the line's insert, released by {@link RunningAttempt#close()}, and by PostgreSQL when the connection ends — the
 * admin UI killed mid-COPY, its host gone. A line still {@code STARTED} whose lock nobody holds is shown as
 * {@code INTERRUPTED} (decision 019): no timeout to guess, no start-up sweep that could mark another instance's
 * running import.
 */
@Component
public class JdbcImportHistory implements ImportHistoryPort {
    private static final String IMPORT_COLUMNS = "id, export_key, file_name, sha256, row_count, imported_at, as_of, "
            + "council_code";
    /** High half of an attempt's advisory lock key ("ATTP"); the low half is the attempt's id. */
    static final long LOCK_CLASS = 0x41545450L;
    private static final System.Logger LOG = System.getLogger(JdbcImportHistory.class.getName());

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public JdbcImportHistory(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    static long lockKey(long attemptId) {
        return (LOCK_CLASS << 32) | (attemptId & 0xFFFF_FFFFL);
    }

    @Override
    public RunningAttempt start(AttemptEntry a) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            long id;
            // One transaction: no reader sees the line before its lock is held (it would look interrupted).
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO dossier_import_attempt (export_key, file_name, sha256, import_id, status, row_count,
                        rejected_count, replaced_rows, started_at, imported_by, council_code, failure, finished_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) RETURNING id""")) {
                bind(ps, a);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, lockKey(id));
                lock.execute();
            }
            c.commit();
            c.setAutoCommit(autoCommit);
            return new Running(id, c);
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the start failed already
                }
            }
            throw new IllegalStateException("Cannot record the import attempt", e);
        }
    }

    /** The attempt under way: its connection holds the lock that says it is alive. */
    private final class Running implements RunningAttempt {
        private final long id;
        private final Connection c;
        private boolean closed;

        Running(long id, Connection c) {
            this.id = id;
            this.c = c;
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public void finish(AttemptEntry ended) {
            try {
                complete(c, id, ended);
            } catch (SQLException onHeld) {
                // The held connection may be gone (the server restarted): the line still gets its end.
                try (Connection fresh = dataSource.getConnection()) {
                    complete(fresh, id, ended);
                } catch (SQLException e) {
                    e.addSuppressed(onHeld);
                    throw new IllegalStateException("Cannot record the import attempt", e);
                }
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try (c) {
                try (PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, lockKey(id));
                    unlock.execute();
                }
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot release the import attempt's lock", e);
            }
        }
    }

    private static void bind(PreparedStatement ps, AttemptEntry a) throws SQLException {
        ps.setString(1, a.exportKey());
        ps.setString(2, a.fileName());
        ps.setString(3, a.sha256());
        if (a.importId() == null) {
            ps.setNull(4, java.sql.Types.BIGINT);
        } else {
            ps.setLong(4, a.importId());
        }
        ps.setString(5, a.status().name());
        ps.setLong(6, a.rows());
        ps.setLong(7, a.rejectedRows());
        ps.setLong(8, a.replacedRows());
        ps.setTimestamp(9, Timestamp.from(a.startedAt()));
        ps.setString(10, a.importedBy());
        ps.setString(11, a.council());
        ps.setString(12, a.failure());
    }

    /** Completes an attempt's line, on the caller's connection (an import's line goes in the import's transaction). */
    static void complete(Connection c, long attemptId, AttemptEntry a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE dossier_import_attempt SET export_key = ?, file_name = ?, sha256 = ?, import_id = ?, status = ?,
                       row_count = ?, rejected_count = ?, replaced_rows = ?, started_at = ?, imported_by = ?,
                       council_code = ?, failure = ?, finished_at = clock_timestamp()
                 WHERE id = ?""")) {
            bind(ps, a);
            ps.setLong(13, attemptId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("No import attempt " + attemptId);
            }
        }
    }

    @Override
    public Optional<ImportRecord> importWithChecksum(String council, String sha256) {
        return jdbc.sql("SELECT " + IMPORT_COLUMNS + " FROM dossier_import WHERE sha256 = ? "
                        + "AND council_code IS NOT DISTINCT FROM ? ORDER BY id LIMIT 1")
                .params(sha256, council).query(JdbcImportHistory::importRecord).optional();
    }

    @Override
    public Optional<ImportRecord> currentImport(String council, String exportKey) {
        return jdbc.sql("SELECT " + IMPORT_COLUMNS + " FROM dossier_import WHERE export_key = ? "
                        + "AND council_code IS NOT DISTINCT FROM ?")
                .params(exportKey, council).query(JdbcImportHistory::importRecord).optional();
    }

    /**
     * The councils an actor may read, as SQL over a column: those whose unit is in the jurisdiction (a unit with one
     * of its codes, or below one). The codes are digits only ({@link UnitCode}), passed as one parameter.
     */
    private static String inScope(String column) {
        return column + " IN (WITH RECURSIVE readable(id, code) AS ("
                + " SELECT id, code FROM administrative_unit WHERE code = ANY (string_to_array(?, ','))"
                + " UNION SELECT u.id, u.code FROM administrative_unit u JOIN readable r ON u.parent_id = r.id)"
                + " SELECT code FROM readable)";
    }

    private static String codes(ImportScope scope) {
        return scope.jurisdiction().stream().map(UnitCode::value).sorted().collect(Collectors.joining(","));
    }

    @Override
    public List<ImportRecord> imports(ImportScope scope) {
        String where = scope.everything() ? "" : " WHERE " + inScope("council_code");
        var sql = jdbc.sql("SELECT " + IMPORT_COLUMNS + " FROM dossier_import" + where
                + " ORDER BY imported_at DESC, id DESC");
        return (scope.everything() ? sql : sql.params(codes(scope))).query(JdbcImportHistory::importRecord).list();
    }

    private static ImportRecord importRecord(java.sql.ResultSet rs, int i) throws SQLException {
        return new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getTimestamp(6).toInstant(), rs.getDate(7).toLocalDate(), rs.getString(8));
    }

    @Override
    public List<ImportAttempt> attempts(ImportScope scope, int offset, int limit) {
        // An import replaced since shows as such: its import is no longer among the current ones. An attempt started
        // and never ended shows as interrupted once no connection holds its lock.
        String where = scope.everything() ? "" : " WHERE " + inScope("a.council_code");
        List<Object> params = new ArrayList<>();
        params.add(LOCK_CLASS);
        if (!scope.everything()) {
            params.add(codes(scope));
        }
        params.add(offset);
        params.add(limit);
        return jdbc.sql("""
                SELECT a.id, a.export_key, a.file_name, a.sha256,
                       CASE WHEN a.status = 'IMPORTED' AND NOT EXISTS (SELECT FROM dossier_import i WHERE i.id = a.import_id)
                            THEN 'REPLACED'
                            WHEN a.status = 'STARTED' AND NOT EXISTS (
                                SELECT FROM pg_locks l
                                 WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                                   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                                   AND l.classid = ?::bigint::oid AND l.objid = (a.id % 4294967296)::oid)
                            THEN 'INTERRUPTED'
                            ELSE a.status END,
                       a.row_count, a.rejected_count, a.replaced_rows, a.started_at, a.finished_at, a.imported_by,
                       a.council_code, a.failure
                  FROM dossier_import_attempt a""" + where + " ORDER BY a.started_at DESC, a.id DESC OFFSET ? LIMIT ?")
                .params(params)
                .query((rs, i) -> {
                    Timestamp finished = rs.getTimestamp(10);
                    return new ImportAttempt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            AttemptStatus.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                            rs.getTimestamp(9).toInstant(), finished == null ? null : finished.toInstant(),
                            rs.getString(11), rs.getString(12), rs.getString(13));
                })
                .list();
    }

    @Override
    public long attemptCount(ImportScope scope) {
        if (scope.everything()) {
            return jdbc.sql("SELECT count(*) FROM dossier_import_attempt").query(Long.class).single();
        }
        return jdbc.sql("SELECT count(*) FROM dossier_import_attempt a WHERE " + inScope("a.council_code"))
                .params(codes(scope)).query(Long.class).single();
    }
}
