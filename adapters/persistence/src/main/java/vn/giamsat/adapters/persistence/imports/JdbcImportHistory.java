package vn.giamsat.adapters.persistence.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.dossier.model.AttemptEntry;
import vn.giamsat.application.dossier.model.AttemptStatus;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportRecord;
import vn.giamsat.application.dossier.port.out.ImportHistoryPort;

/** {@code dossier_import} (the imports that are part of the data) and {@code dossier_import_attempt} (every try). */
@Component
public class JdbcImportHistory implements ImportHistoryPort {
    private static final String IMPORT_COLUMNS = "id, export_key, file_name, sha256, row_count, imported_at, as_of";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public JdbcImportHistory(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void record(AttemptEntry attempt) {
        try (Connection c = dataSource.getConnection()) {
            insert(c, attempt);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the import attempt", e);
        }
    }

    /** The history line, on the caller's connection (an import's line goes in the import's transaction). */
    static void insert(Connection c, AttemptEntry a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dossier_import_attempt (export_key, file_name, sha256, import_id, status, row_count,
                    rejected_count, replaced_rows, started_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
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
            ps.executeUpdate();
        }
    }

    @Override
    public Optional<ImportRecord> importWithChecksum(String sha256) {
        return jdbc.sql("SELECT " + IMPORT_COLUMNS + " FROM dossier_import WHERE sha256 = ? ORDER BY id LIMIT 1")
                .params(sha256).query(JdbcImportHistory::importRecord).optional();
    }

    @Override
    public Optional<ImportRecord> currentImport(String exportKey) {
        return jdbc.sql("SELECT " + IMPORT_COLUMNS + " FROM dossier_import WHERE export_key = ?")
                .params(exportKey).query(JdbcImportHistory::importRecord).optional();
    }

    @Override
    public List<ImportRecord> imports() {
        return jdbc.sql("SELECT " + IMPORT_COLUMNS + " FROM dossier_import ORDER BY imported_at DESC, id DESC")
                .query(JdbcImportHistory::importRecord).list();
    }

    private static ImportRecord importRecord(java.sql.ResultSet rs, int i) throws SQLException {
        return new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getTimestamp(6).toInstant(), rs.getDate(7).toLocalDate());
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
}
