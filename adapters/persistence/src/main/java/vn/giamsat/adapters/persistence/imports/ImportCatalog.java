package vn.giamsat.adapters.persistence.imports;

import java.time.LocalTime;
import vn.giamsat.domain.calendar.WorkingHours;
import vn.giamsat.domain.deadline.DeadlineRule;
import vn.giamsat.domain.deadline.TimeLimit;
import vn.giamsat.domain.procedure.Procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.domain.unit.Validity;

/**
 * The units (with their validity: codes are reused after mergers) and procedures (with their time limits) an
 * import checks rows against, and which units are in the import's council (the council's unit and everything below
 * it, each with its validity). Small enough to hold: a country has some ten thousand units.
 */
final class ImportCatalog {
    private final Map<String, List<Validity>> units;
    private final Map<String, Limit> timeLimits;   // null value: the procedure has no time limit
    /** The office hours of the council's province (standard without a council or a stored setting). */
    private final WorkingHours hours;

    /**
     * A procedure's deadline as stored (issue 16): {@code plain} when it is whole working days from the moment of
     * receipt, the rule every procedure had before, computed as before (no per-row work added for them).
     */
    record Limit(int amount, DeadlineRule rule, boolean plain) {}
    /** Code of the council's unit; null: no council (the system's own import), every unit is in. */
    private final String council;
    /** The units in the council, by code; null when there is no council. */
    private final Map<String, List<Validity>> inside;
    // Each code numbered once, so that the figures are tallied under small integer keys rather than strings.
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final List<String> unitCodes = new ArrayList<>();
    private final Map<String, Integer> procedureIndex = new HashMap<>();
    private final List<String> procedureCodes = new ArrayList<>();

    private ImportCatalog(Map<String, List<Validity>> units, Map<String, Limit> timeLimits, String council,
                          Map<String, List<Validity>> inside, WorkingHours hours) {
        this.hours = hours;
        this.units = units;
        this.timeLimits = timeLimits;
        this.council = council;
        this.inside = inside;
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
        return load(jdbc, null);
    }

    /** The catalogue, with the units of the council whose unit has this code (null: no council). */
    static ImportCatalog load(JdbcClient jdbc, String council) {
        Map<String, List<Validity>> units = new HashMap<>();
        jdbc.sql("SELECT code, valid_from, valid_to FROM administrative_unit").query(rs -> {
            java.sql.Date to = rs.getDate(3);
            units.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(1))
                    .add(new Validity(rs.getDate(2).toLocalDate(), to == null ? null : to.toLocalDate()));
        });
        Map<String, Limit> limits = new HashMap<>();
        jdbc.sql("SELECT code, time_limit_working_days, time_limit_unit, next_working_day_after FROM procedure")
                .query(rs -> {
                    int v = rs.getInt(2);
                    if (rs.wasNull()) {
                        limits.put(rs.getString(1), null);
                        return;
                    }
                    TimeLimit.Unit unit = TimeLimit.Unit.valueOf(rs.getString(3));
                    LocalTime after = rs.getObject(4, LocalTime.class);
                    limits.put(rs.getString(1), new Limit(v, Procedure.deadlineRule(v, unit, after),
                            unit == TimeLimit.Unit.WORKING_DAYS && after == null));
                });
        WorkingHours hours = WorkingHours.standard();
        if (council != null) {
            // The nearest unit above (or at) the council with stored office hours: its province's.
            hours = jdbc.sql("""
                    WITH RECURSIVE up(id, parent_id, code, depth) AS (
                        SELECT id, parent_id, code, 0 FROM administrative_unit WHERE code = ?
                        UNION SELECT u.id, u.parent_id, u.code, up.depth + 1
                          FROM administrative_unit u JOIN up ON u.id = up.parent_id)
                    SELECT w.morning_from, w.morning_to, w.afternoon_from, w.afternoon_to, w.saturday_morning
                      FROM up JOIN province_working_hours w ON w.province_code = up.code
                     ORDER BY up.depth LIMIT 1""").param(council)
                    .query((rs, i) -> new WorkingHours(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class),
                            rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), rs.getBoolean(5)))
                    .optional().orElse(hours);
        }
        Map<String, List<Validity>> inside = null;
        if (council != null) {
            Map<String, List<Validity>> in = new HashMap<>();
            // Every unit that had the council's code, and everything below them, through the parents as stored.
            jdbc.sql("""
                    WITH RECURSIVE below(id) AS (
                        SELECT id FROM administrative_unit WHERE code = ?
                        UNION SELECT u.id FROM administrative_unit u JOIN below b ON u.parent_id = b.id)
                    SELECT u.code, u.valid_from, u.valid_to FROM administrative_unit u JOIN below USING (id)""")
                    .params(council).query(rs -> {
                        java.sql.Date to = rs.getDate(3);
                        in.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(1))
                                .add(new Validity(rs.getDate(2).toLocalDate(), to == null ? null : to.toLocalDate()));
                    });
            inside = in;
        }
        return new ImportCatalog(units, limits, council, inside, hours);
    }

    /** Code of the import's council, or null. */
    String council() {
        return council;
    }

    /**
     * Whether the unit that had this code on that day is in the import's council (always, without a council). A code
     * reused after a merger may be in the council on one day and outside it on another.
     */
    boolean inCouncilOn(String code, LocalDate day) {
        if (inside == null) {
            return true;
        }
        return existedOn(inside.get(code), day);
    }

    /** Whether a unit with this code existed on that day. */
    boolean unitExistedOn(String code, LocalDate day) {
        return existedOn(units.get(code), day);
    }

    private static boolean existedOn(List<Validity> vs, LocalDate day) {
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

    /** The procedure's stored deadline, or null when it has no time limit. */
    Limit timeLimit(String code) {
        return timeLimits.get(code);
    }

    WorkingHours hours() {
        return hours;
    }
}
