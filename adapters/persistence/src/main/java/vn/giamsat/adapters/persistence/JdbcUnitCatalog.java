package vn.giamsat.adapters.persistence;

import vn.giamsat.domain.unit.UnitReasons;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

/** Administrative units in {@code administrative_unit}, their successors in {@code unit_successor}. */
@Component
public class JdbcUnitCatalog implements UnitCatalogPort {
    private static final String SELECT = """
            SELECT id, code, name, kind, parent_id, valid_from, valid_to, version, ended_by FROM administrative_unit
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcUnitCatalog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public Optional<AdministrativeUnit> find(UnitId id) {
        return query(SELECT + " WHERE id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<AdministrativeUnit> findByCodeOn(UnitCode code, LocalDate day) {
        return query(SELECT + """
                 WHERE code = :code AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)
                """, Map.of("code", code.value(), "day", day)).stream().findFirst();
    }

    @Override
    public List<AdministrativeUnit> findAll(Collection<UnitId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return query(SELECT + " WHERE id IN (:ids) ORDER BY code, valid_from",
                Map.of("ids", ids.stream().map(UnitId::value).toList()));
    }

    @Override
    public List<AdministrativeUnit> all() {
        return query(SELECT + " ORDER BY code, valid_from", Map.of());
    }

    /** Codes or units per statement: well under PostgreSQL's 65,535 parameters. */
    private static final int CHUNK = 1_000;

    @Override
    public Map<UnitCode, AdministrativeUnit> findByCodesOn(Collection<UnitCode> codes, LocalDate day) {
        Map<UnitCode, AdministrativeUnit> found = new java.util.HashMap<>();
        List<String> all = codes.stream().map(UnitCode::value).distinct().toList();
        for (int i = 0; i < all.size(); i += CHUNK) {
            query(SELECT + """
                     WHERE code IN (:codes) AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)
                    """, Map.of("codes", all.subList(i, Math.min(all.size(), i + CHUNK)), "day", day))
                    .forEach(u -> found.put(u.code(), u));
        }
        return found;
    }

    /**
     * Multi-row statements, {@link #CHUNK} units at a time, in one transaction: new units inserted, stored ones
     * updated on their version (a stale one refuses the whole lot), their successor links rewritten.
     */
    @Override
    public void saveAll(List<AdministrativeUnit> units) {
        if (units.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            for (int from = 0; from < units.size(); from += CHUNK) {
                List<AdministrativeUnit> chunk = units.subList(from, Math.min(units.size(), from + CHUNK));
                List<AdministrativeUnit> fresh = chunk.stream().filter(u -> u.version() == 0).toList();
                List<AdministrativeUnit> stored = chunk.stream().filter(u -> u.version() != 0).toList();
                if (!stored.isEmpty()) {
                    updateAll(stored);
                }
                if (!fresh.isEmpty()) {
                    insertAll(fresh);
                }
                List<Object> ids = chunk.stream().<Object>map(u -> u.id().value()).toList();
                jdbc.sql("DELETE FROM unit_successor WHERE unit_id IN (" + marks(ids.size(), "?") + ")")
                        .params(ids).update();
                List<Object> links = new ArrayList<>();
                int n = 0;
                for (AdministrativeUnit u : chunk) {
                    List<UnitId> s = u.successors();
                    for (int i = 0; i < s.size(); i++, n++) {
                        links.addAll(List.of(u.id().value(), s.get(i).value(), i));
                    }
                }
                if (n > 0) {
                    jdbc.sql("INSERT INTO unit_successor (unit_id, successor_id, position) VALUES " + marks(n, "(?, ?, ?)"))
                            .params(links).update();
                }
            }
        });
    }

    private void insertAll(List<AdministrativeUnit> fresh) {
        List<Object> p = new ArrayList<>();
        fresh.forEach(u -> p.addAll(values(u, false)));
        try {
            int inserted = jdbc.sql("INSERT INTO administrative_unit"
                    + " (id, code, name, kind, parent_id, valid_from, valid_to, version, ended_by) VALUES "
                    + marks(fresh.size(), "(?, ?, ?, ?, ?, ?, ?, 1, ?)")).params(p).update();
            if (inserted != fresh.size()) {
                throw new StaleDataException(fresh.getFirst().displayName());
            }
        } catch (DuplicateKeyException e) {
            throw codeTaken(fresh.getFirst());
        }
    }

    private void updateAll(List<AdministrativeUnit> stored) {
        List<Object> p = new ArrayList<>();
        stored.forEach(u -> p.addAll(values(u, true)));
        int updated;
        try {
            updated = jdbc.sql("UPDATE administrative_unit a SET code = v.code, name = v.name, kind = v.kind,"
                    + " parent_id = v.parent, valid_from = v.vfrom, valid_to = v.vto, ended_by = v.ended_by,"
                    + " version = a.version + 1 FROM (VALUES "
                    + marks(stored.size(), "(?::uuid, ?, ?, ?, ?::uuid, ?::date, ?::date, ?, ?::bigint)")
                    + ") AS v(id, code, name, kind, parent, vfrom, vto, ended_by, version)"
                    + " WHERE a.id = v.id AND a.version = v.version").params(p).update();
        } catch (DuplicateKeyException e) {
            throw codeTaken(stored.getFirst());
        }
        if (updated != stored.size()) {
            throw new StaleDataException(stored.getFirst().displayName());
        }
    }

    private static List<Object> values(AdministrativeUnit u, boolean withVersion) {
        List<Object> v = new ArrayList<>(java.util.Arrays.asList(u.id().value(), u.code().value(), u.name(),
                u.kind().name(), u.parent().map(UnitId::value).orElse(null), u.validity().validFrom(),
                u.validity().validTo(), u.endedBy().orElse(null)));
        if (withVersion) {
            v.add(u.version());
        }
        return v;
    }

    private static String marks(int n, String one) {
        return String.join(", ", java.util.Collections.nCopies(n, one));
    }

    @Override
    public void save(AdministrativeUnit unit) {
        tx.executeWithoutResult(status -> {
            boolean inserted = unit.version() == 0 && insert(unit);
            if (!inserted) {
                update(unit);
            }
            jdbc.sql("DELETE FROM unit_successor WHERE unit_id = ?").param(unit.id().value()).update();
            List<UnitId> successors = unit.successors();
            for (int i = 0; i < successors.size(); i++) {
                jdbc.sql("INSERT INTO unit_successor (unit_id, successor_id, position) VALUES (?, ?, ?)")
                        .params(unit.id().value(), successors.get(i).value(), i).update();
            }
        });
    }

    /** @return false when a unit with this id is already stored */
    private boolean insert(AdministrativeUnit unit) {
        try {
            return jdbc.sql("""
                    INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from, valid_to, version, ended_by)
                    VALUES (:id, :code, :name, :kind, :parent, :from, :to, 1, :endedBy)
                    ON CONFLICT (id) DO NOTHING
                    """).params(columns(unit)).update() == 1;
        } catch (DuplicateKeyException e) {
            throw codeTaken(unit);
        }
    }

    private void update(AdministrativeUnit unit) {
        int updated;
        try {
            updated = jdbc.sql("""
                    UPDATE administrative_unit
                       SET code = :code, name = :name, kind = :kind, parent_id = :parent, valid_from = :from,
                           valid_to = :to, ended_by = :endedBy, version = version + 1
                     WHERE id = :id AND version = :version
                    """).params(columns(unit)).update();
        } catch (DuplicateKeyException e) {
            throw codeTaken(unit);
        }
        if (updated == 0) {
            throw new StaleDataException(unit.displayName());
        }
    }

    private static Map<String, Object> columns(AdministrativeUnit unit) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", unit.id().value());
        p.put("code", unit.code().value());
        p.put("name", unit.name());
        p.put("kind", unit.kind().name());
        p.put("parent", unit.parent().map(UnitId::value).orElse(null));
        p.put("from", unit.validity().validFrom());
        p.put("to", unit.validity().validTo());
        p.put("version", unit.version());
        p.put("endedBy", unit.endedBy().orElse(null));
        return p;
    }

    /** Only one current unit may hold a code (index administrative_unit_current_code). */
    private static DomainRuleViolation codeTaken(AdministrativeUnit unit) {
        return new DomainRuleViolation(Reason.of(UnitReasons.CODE_TAKEN,
                "Mã " + unit.code() + " đang thuộc một đơn vị khác còn hiệu lực.",
                "Code " + unit.code() + " belongs to another current unit."));
    }

    private List<AdministrativeUnit> query(String sql, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query(JdbcUnitCatalog::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UnitId>> successors = successorsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> AdministrativeUnit.restore(new UnitId(r.id), UnitCode.of(r.code), r.name, r.kind,
                r.parent == null ? null : new UnitId(r.parent), new Validity(r.from, r.to),
                successors.getOrDefault(r.id, List.of()), r.version, r.endedBy)).toList();
    }

    private Map<UUID, List<UnitId>> successorsOf(List<UUID> units) {
        Map<UUID, List<UnitId>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_id, successor_id FROM unit_successor WHERE unit_id IN (:ids) ORDER BY unit_id, position")
                .param("ids", units)
                .query(rs -> {
                    out.computeIfAbsent(Columns.uuid(rs, "unit_id"), k -> new ArrayList<>())
                            .add(new UnitId(Columns.uuid(rs, "successor_id")));
                });
        return out;
    }

    private record Row(UUID id, String code, String name, UnitKind kind, UUID parent, LocalDate from, LocalDate to,
                       long version, String endedBy) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(Columns.uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), Columns.uuid(rs, "parent_id"), Columns.date(rs, "valid_from"),
                Columns.date(rs, "valid_to"), rs.getLong("version"), rs.getString("ended_by"));
    }
}
