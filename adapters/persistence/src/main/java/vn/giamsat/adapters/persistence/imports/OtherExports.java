package vn.giamsat.adapters.persistence.imports;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.giamsat.domain.common.Reason;

/**
 * A dossier belongs to one export: a row whose code another export already holds is refused (decision 012). Each
 * import keeps the sorted 64-bit hashes of its codes ({@code dossier_import_code_hashes}); a new import sorts its
 * own and merges them with the other exports', reading 8 bytes a stored dossier and joining nothing. Only when
 * two hashes meet (a real repeat, or one chance in ~10^7 for millions of codes) does SQL compare the codes
 * themselves, against that export's partition alone, and name the lines.
 *
 * <p>Which other exports (decision 054): by default those that share a province with the new one's dossiers
 * ({@code dossier_import_scope}), since a dossier's code is issued by its province's one-stop system; compared with
 * every export of the country, each import read the whole national store's hashes and the national year slowed as
 * it filled. {@link DossierCodeScope#NATIONAL} compares with every export, as before.
 */
final class OtherExports {
    /** Hashes a chunk: 1 MiB of bytea. */
    static final int CHUNK = 1 << 17;

    private OtherExports() {}

    private record Export(long importId, String key, boolean hashed) {}

    /**
     * Rejects the staged rows whose code is in another export than the council's {@code exportKey} (which is being
     * replaced). Another council's export of the same key is another export: a dossier is counted once, whichever
     * council imported it.
     */
    static void check(Connection c, String staging, String council, String exportKey, CodeHashes hashes,
                      Set<String> provinces, Rejections rejections) throws SQLException {
        List<Export> others = new ArrayList<>();
        // provinces null (national scope) or empty (units of no province: cannot happen for rows that passed the
        // unit check, but then no scope is safe): every export. An import stored without scope rows (by a release
        // before change set 850) is compared with every import.
        boolean everyExport = provinces == null || provinces.isEmpty();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT i.id, i.export_key || CASE WHEN i.council_code IS DISTINCT FROM ?
                                                  THEN ' (' || coalesce(i.council_code, '-') || ')' ELSE '' END,
                       EXISTS (SELECT FROM dossier_import_code_hashes h WHERE h.import_id = i.id)
                  FROM dossier_import i
                 WHERE NOT (i.export_key = ? AND i.council_code IS NOT DISTINCT FROM ?)
                   AND (? OR EXISTS (SELECT FROM dossier_import_scope s
                                      WHERE s.import_id = i.id AND s.province_code = ANY (?))
                          OR NOT EXISTS (SELECT FROM dossier_import_scope s WHERE s.import_id = i.id))
                 ORDER BY i.id""")) {
            ps.setString(1, council);
            ps.setString(2, exportKey);
            ps.setString(3, council);
            ps.setBoolean(4, everyExport);
            ps.setArray(5, c.createArrayOf("varchar", everyExport ? new String[0] : provinces.toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    others.add(new Export(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
        }
        if (others.isEmpty()) {
            return;
        }
        long[] sorted = hashes.complete() ? hashes.sortInPlace() : null;
        for (Export other : others) {
            // Without hashes (a file past the in-memory limit, or an import older than the hashes) SQL compares all.
            if (sorted == null || !other.hashed() || meets(c, other.importId(), sorted, hashes.size())) {
                reject(c, staging, other, rejections);
            }
        }
    }

    /** Whether any stored hash of that import is among ours: a merge of two ascending lists. */
    private static boolean meets(Connection c, long importId, long[] ours, int size) throws SQLException {
        int i = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT hashes FROM dossier_import_code_hashes WHERE import_id = ? ORDER BY chunk")) {
            ps.setLong(1, importId);
            ps.setFetchSize(4);   // a chunk at a time
            // The bytes as they are: by default the driver asks for a one-off query's results as text, and bytea
            // then travels in hex, twice its size, encoded by the server and decoded here (decision 056).
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ByteBuffer theirs = ByteBuffer.wrap(rs.getBytes(1));
                    while (theirs.remaining() >= 8) {
                        long h = theirs.getLong();
                        while (i < size && ours[i] < h) {
                            i++;
                        }
                        if (i == size) {
                            return false;
                        }
                        if (ours[i] == h) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static void reject(Connection c, String staging, Export other, Rejections rejections) throws SQLException {
        String sql = "SELECT s.line_no, s.dossier_code, d.line_no FROM " + staging + " s JOIN dossier_i"
                + other.importId() + " d USING (dossier_code) ORDER BY s.line_no";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rejections.add(rs.getLong(1), "ma_ho_so", Reason.of("import.code-in-other-export",
                        "Hồ sơ này đã có trong lần xuất dữ liệu \"" + other.key() + "\" (dòng " + rs.getLong(3)
                                + " của tệp đó): một hồ sơ chỉ thuộc một lần xuất. Bỏ dòng này, hoặc nhập lại lần xuất \""
                                + other.key() + "\" không có hồ sơ này.",
                        "This dossier is already in export \"" + other.key() + "\" (line " + rs.getLong(3)
                                + " of that file): a dossier belongs to one export. Drop this row, or re-import export \""
                                + other.key() + "\" without it."), rs.getString(2));
            }
        }
    }

    /**
     * The provinces of the units with these codes ({@code dossier_scope_provinces}, change set 850: every province
     * a unit with the code was ever in, or went on into after a merger): the import's scope.
     */
    static Set<String> provincesOf(Connection c, Collection<String> unitCodes) throws SQLException {
        Set<String> provinces = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT dossier_scope_provinces(?)")) {
            ps.setArray(1, c.createArrayOf("varchar", unitCodes.toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    provinces.add(rs.getString(1));
                }
            }
        }
        return provinces;
    }

    /** Keeps the import's provinces and its sorted hashes for the imports after it. */
    static void store(Connection c, long importId, Set<String> provinces, CodeHashes hashes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO dossier_import_scope (import_id, province_code) VALUES (?, ?)")) {
            for (String province : provinces) {
                ps.setLong(1, importId);
                ps.setString(2, province);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (!hashes.complete()) {
            return;   // past the in-memory limit: later imports compare with this one by SQL
        }
        long[] sorted = hashes.sortInPlace();
        int size = hashes.size();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO dossier_import_code_hashes (import_id, chunk, hashes) VALUES (?, ?, ?)")) {
            ByteBuffer chunk = ByteBuffer.allocate(Math.min(size, CHUNK) * 8);
            for (int from = 0, n = 0; from < size; from += CHUNK, n++) {
                int to = Math.min(size, from + CHUNK);
                chunk.clear();
                for (int i = from; i < to; i++) {
                    chunk.putLong(sorted[i]);
                }
                ps.setLong(1, importId);
                ps.setInt(2, n);
                ps.setBytes(3, to - from == CHUNK ? chunk.array() : java.util.Arrays.copyOf(chunk.array(), (to - from) * 8));
                ps.executeUpdate();
            }
        }
    }
}
