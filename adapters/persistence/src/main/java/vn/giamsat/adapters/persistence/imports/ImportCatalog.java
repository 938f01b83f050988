package vn.giamsat.adapters.persistence.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The units (with their validity: codes are reused after mergers) and procedures (with their time limits) an
 * import checks rows against. Small enough to hold: a country has some ten thousand units.
 */
final class ImportCatalog {
    private record Validity(LocalDate from, LocalDate toExclusive) {}

    private final Map<String, List<Validity>> units;
    private final Map<String, Integer> timeLimits;   // null value: the procedure has no time limit

    private ImportCatalog(Map<String, List<Validity>> units, Map<String, Integer> timeLimits) {
        this.units = units;
        this.timeLimits = timeLimits;
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

    boolean unitKnown(String code) {
        return units.containsKey(code);
    }

    /** Whether a unit with this code existed on that day. */
    boolean unitExistedOn(String code, LocalDate day) {
        List<Validity> vs = units.get(code);
        if (vs == null) {
            return false;
        }
        for (Validity v : vs) {
            if (!day.isBefore(v.from) && (v.toExclusive == null || day.isBefore(v.toExclusive))) {
                return true;
            }
        }
        return false;
    }

    boolean procedureKnown(String code) {
        return timeLimits.containsKey(code);
    }

    Integer timeLimit(String code) {
        return timeLimits.get(code);
    }
}
