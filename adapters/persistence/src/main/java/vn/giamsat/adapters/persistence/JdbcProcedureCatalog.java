package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import vn.giamsat.application.procedure.port.out.ProcedureCatalogPort;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.PostalOptions;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.deadline.TimeLimit;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitTier;

/** Procedures in {@code procedure}; each unit's published list in {@code unit_procedure}. */
@Component
public class JdbcProcedureCatalog implements ProcedureCatalogPort {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    static final String COLUMNS = """
            p.code, p.name, p.field, p.authority_level, p.time_limit_working_days, p.fees, p.required_documents::text,
            p.result, p.legal_basis, p.online_mode, p.postal_service_allowed, p.postal_options, p.published_by,
            p.time_limit_unit, p.next_working_day_after
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcProcedureCatalog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public Optional<Procedure> find(ProcedureCode code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM procedure p WHERE p.code = ?").param(code.value())
                .query(JdbcProcedureCatalog::procedure).optional();
    }

    @Override
    public void save(Procedure p) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("code", p.code().value());
        params.put("name", p.name());
        params.put("field", p.field());
        params.put("level", p.authorityLevel().name());
        params.put("days", p.timeLimitWorkingDays());
        params.put("fees", p.fees());
        params.put("documents", Json.write(p.requiredDocuments()));
        params.put("result", p.result());
        params.put("legalBasis", p.legalBasis());
        params.put("online", p.onlineMode().name());
        params.put("postal", p.postalServiceAllowed());
        params.put("postalOptions", p.postal().name());
        params.put("publishedBy", p.publishedBy());
        params.put("unit", p.timeLimitUnit().name());
        params.put("nextDayAfter", p.nextWorkingDayAfter());
        jdbc.sql("""
                INSERT INTO procedure (code, name, field, authority_level, time_limit_working_days, fees,
                                       required_documents, result, legal_basis, online_mode, postal_service_allowed,
                                       postal_options, published_by, time_limit_unit, next_working_day_after)
                VALUES (:code, :name, :field, :level, :days, :fees, CAST(:documents AS jsonb), :result, :legalBasis,
                        :online, :postal, :postalOptions, :publishedBy, :unit, CAST(:nextDayAfter AS time))
                ON CONFLICT (code) DO UPDATE SET
                    name = EXCLUDED.name, field = EXCLUDED.field, authority_level = EXCLUDED.authority_level,
                    time_limit_working_days = EXCLUDED.time_limit_working_days, fees = EXCLUDED.fees,
                    required_documents = EXCLUDED.required_documents, result = EXCLUDED.result,
                    legal_basis = EXCLUDED.legal_basis, online_mode = EXCLUDED.online_mode,
                    postal_service_allowed = EXCLUDED.postal_service_allowed,
                    postal_options = EXCLUDED.postal_options, published_by = EXCLUDED.published_by,
                    time_limit_unit = EXCLUDED.time_limit_unit, next_working_day_after = EXCLUDED.next_working_day_after
                """).params(params).update();
    }

    @Override
    public void publishList(UnitId unit, List<ProcedureCode> procedures) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM unit_procedure WHERE unit_id = ?").param(unit.value()).update();
            List<String> codes = procedures.stream().map(ProcedureCode::value).distinct().toList();
            for (int i = 0; i < codes.size(); i++) {
                jdbc.sql("INSERT INTO unit_procedure (unit_id, procedure_code, position) VALUES (?, ?, ?)")
                        .params(unit.value(), codes.get(i), i).update();
            }
        });
    }

    @Override
    public List<Procedure> listOf(UnitId unit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM unit_procedure up JOIN procedure p ON p.code = up.procedure_code
                WHERE up.unit_id = ? ORDER BY up.position
                """).param(unit.value()).query(JdbcProcedureCatalog::procedure).list();
    }

    static Procedure procedure(ResultSet rs, int n) throws SQLException {
        return new Procedure(ProcedureCode.of(rs.getString("code")), rs.getString("name"), rs.getString("field"),
                UnitTier.valueOf(rs.getString("authority_level")), Columns.nullableInt(rs, "time_limit_working_days"),
                rs.getString("fees"), Json.read(rs.getString("required_documents"), STRINGS), rs.getString("result"),
                rs.getString("legal_basis"), OnlineMode.valueOf(rs.getString("online_mode")),
                postal(rs), rs.getString("published_by"),
                TimeLimit.Unit.valueOf(rs.getString("time_limit_unit")),
                rs.getObject("next_working_day_after", java.time.LocalTime.class));
    }

    /** A row written with the yes/no alone (NULL options) means what its yes/no says: yes is both ways (change set 740). */
    public static PostalOptions postal(ResultSet rs) throws SQLException {
        String options = rs.getString("postal_options");
        if (options != null) {
            return PostalOptions.valueOf(options);
        }
        return rs.getBoolean("postal_service_allowed") ? PostalOptions.BOTH : PostalOptions.NONE;
    }
}
