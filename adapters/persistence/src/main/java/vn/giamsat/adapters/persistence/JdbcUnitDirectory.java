package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.unit.model.UnitRef;
import vn.giamsat.application.unit.port.out.UnitDirectoryPort;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;

/** The unit catalogue a page at a time: one query for the page, one each for its successors and predecessors. */
@Component
public class JdbcUnitDirectory implements UnitDirectoryPort {
    private final JdbcClient jdbc;

    public JdbcUnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(UnitSearch search, ReadScope scope) {
        PagedSql q = filtered(search, scope);
        return jdbc.sql(q.withClause() + "SELECT count(*) FROM administrative_unit u" + q.whereClause())
                .params(q.params).query(Long.class).single();
    }

    @Override
    public List<UnitListing> find(UnitSearch search, ReadScope scope, PageRequest<UnitSort> page) {
        PagedSql q = filtered(search, scope);
        String order = q.page(page, JdbcUnitDirectory::column, "length(u.code) ASC, u.code ASC, u.valid_from ASC", "u.id");
        List<Row> rows = jdbc.sql(q.withClause() + """
                SELECT u.id, u.code, u.name, u.kind, u.valid_from, u.valid_to, u.version,
                       p.id AS p_id, p.code AS p_code, p.name AS p_name, p.kind AS p_kind, p.valid_to AS p_valid_to
                  FROM administrative_unit u LEFT JOIN administrative_unit p ON p.id = u.parent_id
                """ + q.whereClause() + order).params(q.params).query(JdbcUnitDirectory::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<UnitRef>> successors = links("s.unit_id", "s.successor_id", ids);
        Map<UUID, List<UnitRef>> predecessors = links("s.successor_id", "s.unit_id", ids);
        return rows.stream().map(r -> new UnitListing(new UnitId(r.id), r.code, r.name, r.kind, r.parent,
                r.validFrom, r.validTo, successors.getOrDefault(r.id, List.of()),
                predecessors.getOrDefault(r.id, List.of()), r.version)).toList();
    }

    private static PagedSql filtered(UnitSearch search, ReadScope scope) {
        PagedSql q = new PagedSql();
        if (!scope.everything()) {
            q.unitsUnder("visible", scope.jurisdiction()).where("u.id IN (SELECT id FROM visible)");
        }
        q.foldedWords("u.search_text", search.text()); // giamsat_fold(code || ' ' || name), indexed
        if (search.kind() != null) {
            q.where("u.kind = :kind").param("kind", search.kind().name());
        }
        if (search.state() != null) {
            String merged = "EXISTS (SELECT 1 FROM unit_successor s WHERE s.unit_id = u.id)";
            q.where(switch (search.state()) {
                case CURRENT -> "u.valid_to IS NULL";
                case MERGED -> "u.valid_to IS NOT NULL AND " + merged;
                case DISSOLVED -> "u.valid_to IS NOT NULL AND NOT " + merged;
            });
        }
        if (search.asOf() != null) {
            q.where("u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)").param("as_of", search.asOf());
        }
        return q;
    }

    private static List<String> column(UnitSort sort) {
        return switch (sort) {
            // Provinces (2 digits), then districts (3), then communes (5): the code list's own order.
            case CODE -> List.of("length(u.code)", "u.code", "u.valid_from");
            // Folded first, so "Đ" sorts with "D" and accented names do not fall behind "z".
            case NAME -> List.of("giamsat_fold(u.name)", "u.name");
            case KIND -> List.of("u.kind");
            case PARENT -> List.of("giamsat_fold(p.name)");
            case VALID_FROM -> List.of("u.valid_from");
            case VALID_TO -> List.of("u.valid_to");
        };
    }

    /** For each unit of {@code ids} (matched on {@code own}), the units on the other side of its merger links. */
    private Map<UUID, List<UnitRef>> links(String own, String other, List<UUID> ids) {
        Map<UUID, List<UnitRef>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT " + own + " AS own, o.id, o.code, o.name, o.kind, o.valid_to FROM unit_successor s"
                        + " JOIN administrative_unit o ON o.id = " + other
                        + " WHERE " + own + " IN (:ids) ORDER BY " + own + ", s.position, o.code")
                .param("ids", ids)
                .query(rs -> {
                    out.computeIfAbsent(Columns.uuid(rs, "own"), k -> new ArrayList<>()).add(new UnitRef(
                            new UnitId(Columns.uuid(rs, "id")), rs.getString("code"), rs.getString("name"),
                            UnitKind.valueOf(rs.getString("kind")), Columns.date(rs, "valid_to")));
                });
        return out;
    }

    private record Row(UUID id, String code, String name, UnitKind kind, java.time.LocalDate validFrom,
                       java.time.LocalDate validTo, long version, UnitRef parent) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        UUID parent = Columns.uuid(rs, "p_id");
        return new Row(Columns.uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), Columns.date(rs, "valid_from"), Columns.date(rs, "valid_to"),
                rs.getLong("version"), parent == null ? null : new UnitRef(new UnitId(parent), rs.getString("p_code"),
                rs.getString("p_name"), UnitKind.valueOf(rs.getString("p_kind")), Columns.date(rs, "p_valid_to")));
    }
}
