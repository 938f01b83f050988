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
