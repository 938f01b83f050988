package vn.giamsat.adapters.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.procedure.port.out.ProcedureDirectoryPort;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.application.procedure.model.ProcedureFilter;
import vn.giamsat.application.procedure.model.ProcedureSort;

/** The procedure table a page at a time, the same rows the portal's procedure pages read. */
@Component
public class JdbcProcedureDirectory implements ProcedureDirectoryPort {
    private final JdbcClient jdbc;

    public JdbcProcedureDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(ProcedureFilter filter) {
        PagedSql q = filtered(filter);
        return jdbc.sql("SELECT count(*) FROM procedure p" + q.whereClause()).params(q.params).query(Long.class).single();
    }

    @Override
    public List<Procedure> find(ProcedureFilter filter, PageRequest<ProcedureSort> page) {
        PagedSql q = filtered(filter);
        String order = q.page(page, JdbcProcedureDirectory::column, "p.code ASC", "p.code");
        return jdbc.sql("SELECT " + JdbcProcedureCatalog.COLUMNS + " FROM procedure p" + q.whereClause() + order)
                .params(q.params).query(JdbcProcedureCatalog::procedure).list();
    }

    @Override
    public List<String> fields() {
        return jdbc.sql("SELECT DISTINCT field FROM procedure ORDER BY field").query(String.class).list();
    }

    private static PagedSql filtered(ProcedureFilter filter) {
        PagedSql q = new PagedSql().words("p.code || ' ' || p.name || ' ' || p.field", filter.text());
        if (filter.field() != null) {
            q.where("p.field = :field").param("field", filter.field());
        }
        if (filter.onlineMode() != null) {
            q.where("p.online_mode = :online").param("online", filter.onlineMode().name());
        }
        if (filter.postal() != null) {
            q.where("p.postal_service_allowed = :postal").param("postal", filter.postal());
        }
        return q;
    }

    private static List<String> column(ProcedureSort sort) {
        return switch (sort) {
            case CODE -> List.of("p.code");
            case NAME -> List.of("giamsat_fold(p.name)", "p.name");
            case FIELD -> List.of("giamsat_fold(p.field)", "p.field");
            case TIME_LIMIT -> List.of("p.time_limit_working_days");
            case ONLINE_MODE -> List.of("array_position(ARRAY['FULL', 'PARTIAL', 'NONE']::varchar[], p.online_mode)");
            case POSTAL -> List.of("p.postal_service_allowed");
        };
    }
}
