package vn.giamsat.adapters.persistence.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.domain.unit.Validity;

/**
 * The units (with their validity: codes are reused after mergers) and procedures (with their time limits) an
 * import checks rows against. Small enough to hold: a country has some ten thousand units.
 */
final class ImportCatalog {
    private final Map<String, List<Validity>> units;
    private final Map<String, Integer> timeLimits;   // null value: the procedure has no time limit
    // Each code numbered once, so that the figures are tallied under small integer keys rather than strings.
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final List<String> unitCodes = new ArrayList<>();
    private final Map<String, Integer> procedureIndex = new HashMap<>();
    private final List<String> procedureCodes = new ArrayList<>();

    private ImportCatalog(Map<String, List<Validity>> units, Map<String, Integer> timeLimits) {
        this.units = units;
        this.timeLimits = timeLimits;
        for (String code : units.keySet()) {
            unitIndex.put(code, unitCodes.size());
            unitCodes.add(code);
        }
        for (String code : timeLimits.keySet()) {
            procedureIndex.put(code, procedureCodes.size());
            procedureCodes.add(code);
        }
    }

    /** The unit's number in this catalogue, or -1 when no unit has the code. */
    int unitIndex(String code) {
        Integer i = unitIndex.get(code);
        return i == null ? -1 : i;
    }

    String unitCode(int index) {
        return unitCodes.get(index);
    }

    /** The procedure's number in this catalogue, or -1 when it is not in the catalogue. */
    int procedureIndex(String code) {
        Integer i = procedureIndex.get(code);
        return i == null ? -1 : i;
    }

    String procedureCode(int index) {
        return procedureCodes.get(index);
    }

    static ImportCatalog load(JdbcClient jdbc) {
        Map<String, List<Validity>> units = new HashMap<>();
        jdbc.sql("SELECT code, valid_from, valid_to FROM administrative_unit").query(rs -> {
            java.sql.Date to = rs.getDate(3);
            units.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(1))
                    .add(new Validity(rs.getDate(2).toLocalDate(), to == null ? null : to.toLocalDate()));
        });
        Map<String, Integer> limits = new HashMap<>();
        jdbc.sql("SELECT code, time_limit_working_days FROM procedure").query(rs -> {
            int v = rs.getInt(2);
            limits.put(rs.getString(1), rs.wasNull() ? null : v);
        });
        return new ImportCatalog(units, limits);
    }

    /** Whether a unit with this code existed on that day. */
    boolean unitExistedOn(String code, LocalDate day) {
        List<Validity> vs = units.get(code);
        if (vs == null) {
            return false;
        }
        for (Validity v : vs) {
            if (v.isCurrentOn(day)) {
                return true;
            }
        }
        return false;
    }

    Integer timeLimit(String code) {
        return timeLimits.get(code);
    }
}
