package vn.giamsat.adapters.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.security.ReadScope;
import vn.giamsat.domain.unit.UnitCode;

/**
 * A query of a paged list, built clause by clause: conditions only for what is asked (so no untyped NULL parameter
 * reaches PostgreSQL), an ORDER BY with a unique tie-breaker (so pages neither repeat nor skip rows), LIMIT/OFFSET.
 */
final class PagedSql {
    final List<String> with = new ArrayList<>();
    final List<String> where = new ArrayList<>();
    final Map<String, Object> params = new LinkedHashMap<>();

    PagedSql param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    PagedSql where(String condition) {
        where.add(condition);
        return this;
    }

    /**
     * Every word of {@code text} must occur in {@code expression}, both folded by {@code giamsat_fold} (no case, no
     * diacritics). LIKE's wildcards typed by a user are matched literally.
     */
    PagedSql words(String expression, String text) {
        return foldedWords("giamsat_fold(" + expression + ")", text);
    }

    /**
     * As {@link #words}, on a column that holds the text already folded (e.g. {@code administrative_unit.search_text},
     * changelog 401), so that its trigram index serves the match.
     */
    PagedSql foldedWords(String folded, String text) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            String name = "w" + params.size();
            String literal = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.add(folded + " LIKE '%' || giamsat_fold(:" + name + ") || '%' ESCAPE '\\'");
            params.put(name, literal);
        }
        return this;
    }

    /**
     * A common table expression {@code name(id)} of the units whose code is one of {@code codes}, with every unit
     * below them: a jurisdiction, as {@code AccessPolicy.inJurisdiction} walks it upwards.
     */
    PagedSql unitsUnder(String name, Set<UnitCode> codes) {
        String param = name + "_codes";
        with.add(name + " AS (SELECT id FROM administrative_unit WHERE code IN (:" + param + ")"
                + " UNION SELECT u.id FROM administrative_unit u JOIN " + name + " ON u.parent_id = " + name + ".id)");
        params.put(param, codes.stream().map(UnitCode::value).sorted().toList());
        return this;
    }

    /**
     * A common table expression {@code name(id)} of the units in the jurisdiction {@code codes} as
     * {@code AccessPolicy.inJurisdiction} has it: the units whose code is one of {@code codes}, every unit below
     * them, and every unit that went into one of those (a predecessor: merged or dissolved into it), transitively.
     * One recursive step over both kinds of upward link (child to parent, predecessor to successor).
     */
    PagedSql unitsInJurisdiction(String name, Set<UnitCode> codes) {
        String param = name + "_codes";
        with.add(name + " AS (SELECT id FROM administrative_unit WHERE code IN (:" + param + ")"
                + " UNION SELECT link.lower_id FROM (SELECT id AS lower_id, parent_id AS upper_id FROM administrative_unit"
                + " WHERE parent_id IS NOT NULL UNION ALL SELECT unit_id, successor_id FROM unit_successor) link"
                + " JOIN " + name + " ON link.upper_id = " + name + ".id)");
        params.put(param, codes.stream().map(UnitCode::value).sorted().toList());
        return this;
    }

    /** The round-visibility condition of a {@link ReadScope} on a round aliased {@code r}; TRUE for everything. */
    PagedSql roundsVisibleIn(ReadScope scope) {
        if (scope.everything()) {
            return this;
        }
        List<String> ways = new ArrayList<>();
        if (!scope.jurisdiction().isEmpty()) {
            unitsInJurisdiction("council_units", scope.jurisdiction());
            ways.add("r.council_id IN (SELECT id FROM council_units)");
        }
        if (scope.memberAccount() != null) {
            // Members are matched on their account, as AccessPolicy does; never on the name (decision 018).
            ways.add("EXISTS (SELECT 1 FROM delegation_member m WHERE m.round_id = r.id"
                    + " AND m.account = :member_account)");
            params.put("member_account", scope.memberAccount());
        }
        if (!scope.officerUnits().isEmpty()) {
            unitsInJurisdiction("officer_units", scope.officerUnits());
            ways.add("EXISTS (SELECT 1 FROM round_scope s WHERE s.round_id = r.id"
                    + " AND s.unit_id IN (SELECT id FROM officer_units))");
        }
        where.add(ways.isEmpty() ? "FALSE" : "(" + String.join(" OR ", ways) + ")");
        return this;
    }

    String withClause() {
        return with.isEmpty() ? "" : "WITH RECURSIVE " + String.join(", ", with) + "\n";
    }

    String whereClause() {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where) + "\n";
    }

    /**
     * ORDER BY the requested keys (each key's SQL from {@code column}), then {@code fallback} when none is asked,
     * then the unique {@code tieBreaker}; LIMIT and OFFSET of the page.
     */
    <K extends Enum<K>> String page(PageRequest<K> page, Function<K, List<String>> column, String fallback,
                                    String tieBreaker) {
        List<String> order = new ArrayList<>();
        for (PageRequest.SortBy<K> s : page.sort()) {
            for (String part : column.apply(s.key())) {
                order.add(part + (s.ascending() ? " ASC NULLS LAST" : " DESC NULLS LAST"));
            }
        }
        if (order.isEmpty()) {
            order.add(fallback);
        }
        order.add(tieBreaker);
        params.put("page_limit", page.limit());
        params.put("page_offset", page.offset());
        return " ORDER BY " + String.join(", ", order) + " LIMIT :page_limit OFFSET :page_offset";
    }
}
