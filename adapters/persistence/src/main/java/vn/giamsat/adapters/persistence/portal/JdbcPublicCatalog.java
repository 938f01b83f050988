package vn.giamsat.adapters.persistence.portal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.giamsat.application.publication.port.out.PublicCatalogPort;
import vn.giamsat.domain.procedure.OnlineMode;
import vn.giamsat.domain.procedure.Procedure;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.UnitTier;

/** The public catalogue in two queries, readable by the reader role (procedure, unit_procedure, administrative_unit). */
@Component
public class JdbcPublicCatalog implements PublicCatalogPort {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    public JdbcPublicCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Procedure> procedures() {
        return jdbc.sql("""
                SELECT code, name, field, authority_level, time_limit_working_days, fees, required_documents::text,
                       result, legal_basis, online_mode, postal_service_allowed, postal_options, published_by
                  FROM procedure ORDER BY code
                """).query((rs, n) -> {
            int days = rs.getInt("time_limit_working_days");
            Integer timeLimit = rs.wasNull() ? null : days;
            return new Procedure(ProcedureCode.of(rs.getString("code")), rs.getString("name"), rs.getString("field"),
                    UnitTier.valueOf(rs.getString("authority_level")), timeLimit, rs.getString("fees"),
                    JSON.readValue(rs.getString("required_documents"), STRINGS), rs.getString("result"),
                    rs.getString("legal_basis"), OnlineMode.valueOf(rs.getString("online_mode")),
                    vn.giamsat.adapters.persistence.JdbcProcedureCatalog.postal(rs),
                    rs.getString("published_by"));
        }).list();
    }

    @Override
    public List<ListedProcedure> publishedLists() {
        return jdbc.sql("""
                SELECT u.id, u.code, u.name, u.kind, up.procedure_code
                  FROM unit_procedure up JOIN administrative_unit u ON u.id = up.unit_id
                 ORDER BY u.name, u.id, up.position
                """).query((rs, n) -> new ListedProcedure(rs.getObject("id").toString(), rs.getString("code"),
                rs.getString("name"), UnitKind.valueOf(rs.getString("kind")), rs.getString("procedure_code"))).list();
    }
}
