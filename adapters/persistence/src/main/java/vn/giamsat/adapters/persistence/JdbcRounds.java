package vn.giamsat.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.common.StaleDataException;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.Adoption;
import vn.giamsat.domain.round.Approval;
import vn.giamsat.domain.round.ConclusionKind;
import vn.giamsat.domain.round.CouncilConclusion;
import vn.giamsat.domain.round.LegalBasis;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.Finding;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundDocumentKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SentDocument;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;

/**
 * Supervision rounds, stored whole: the {@code supervision_round} row carries the version (optimistic
 * locking), the child tables are replaced on every save. A save stores version + 1; the saved object keeps
 * the version it was loaded with, so a caller that saves again reloads first.
 */
@Component
public class JdbcRounds implements LoadRoundPort, SaveRoundPort {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public JdbcRounds(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    // --- load ---

    @Override
    public Optional<SupervisionRound> load(RoundId id) {
        return loadWhere("r.id = :id", Map.of("id", id.value())).stream().findFirst();
    }

    @Override
    public Optional<SupervisionRound> findByResolution(ResolutionNumber number, LocalDate adoptedOn) {
        return loadWhere("r.resolution_number = :number AND r.resolution_adopted_on = :adoptedOn",
                Map.of("number", number.value(), "adoptedOn", adoptedOn)).stream().findFirst();
    }

    @Override
    public List<SupervisionRound> all() {
        return loadWhere("true", Map.of());
    }

    @Override
    public List<SupervisionRound> includingUnit(UnitId unit) {
        return loadWhere("r.id IN (SELECT s.round_id FROM round_scope s WHERE s.unit_id = :unit)",
                Map.of("unit", unit.value()));
    }

    /**
     * Reads the rounds that match {@code condition} (a constant SQL predicate on alias {@code r}) and their
     * children: seven queries whatever the number of rounds.
     */
    private List<SupervisionRound> loadWhere(String condition, Map<String, ?> params) {
        String rounds = "SELECT r.id FROM supervision_round r WHERE " + condition;
        List<RoundRow> rows = jdbc.sql("""
                SELECT r.* FROM supervision_round r WHERE %s
                 ORDER BY r.resolution_adopted_on DESC, r.resolution_number, r.id
                """.formatted(condition)).params(params).query(JdbcRounds::roundRow).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UnitId>> scope = new LinkedHashMap<>();
        jdbc.sql("SELECT round_id, unit_id FROM round_scope WHERE round_id IN (" + rounds + ") ORDER BY round_id, position")
                .params(params)
                .query(rs -> {
                    children(scope, rs).add(new UnitId(Columns.uuid(rs, "unit_id")));
                });
        Map<UUID, List<DelegationMember>> delegation = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM delegation_member WHERE round_id IN (" + rounds + ") ORDER BY round_id, position")
                .params(params)
                .query(rs -> {
                    children(delegation, rs).add(new DelegationMember(rs.getString("full_name"),
                            rs.getString("member_position"), DelegationRole.valueOf(rs.getString("role")),
                            rs.getString("account")));
                });
        Map<UUID, List<Visit>> visits = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM visit WHERE round_id IN (" + rounds + ") ORDER BY round_id, position")
                .params(params)
                .query(rs -> {
                    children(visits, rs).add(new Visit(new UnitId(Columns.uuid(rs, "unit_id")),
                            Columns.date(rs, "visit_date"), rs.getString("note")));
                });
        Map<UUID, List<Finding>> findings = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM finding WHERE round_id IN (" + rounds + ") ORDER BY round_id, position")
                .params(params)
                .query(rs -> {
                    children(findings, rs).add(new Finding(Columns.uuid(rs, "id"), unitOrNull(rs),
                            FindingKind.valueOf(rs.getString("kind")), rs.getString("text")));
                });
        Map<UUID, List<FollowUp>> history = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT f.* FROM recommendation_follow_up f JOIN recommendation m ON m.id = f.recommendation_id
                 WHERE m.round_id IN (%s) ORDER BY f.recommendation_id, f.position
                """.formatted(rounds))
                .params(params)
                .query(rs -> {
                    history.computeIfAbsent(Columns.uuid(rs, "recommendation_id"), k -> new ArrayList<>())
                            .add(new FollowUp(Columns.date(rs, "follow_up_date"),
                                    FollowUpStatus.valueOf(rs.getString("status")), rs.getString("note"),
                                    rs.getString("evidence")));
                });
        Map<UUID, List<SentDocument>> documents = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM round_document WHERE round_id IN (" + rounds + ") ORDER BY round_id, position")
                .params(params)
                .query(rs -> {
                    children(documents, rs).add(new SentDocument(Columns.uuid(rs, "id"),
                            RoundDocumentKind.valueOf(rs.getString("kind")), unitOrNull(rs), rs.getString("number"),
                            Columns.date(rs, "sent_on")));
                });
        Map<UUID, List<Recommendation>> recommendations = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM recommendation WHERE round_id IN (" + rounds + ") ORDER BY round_id, position")
                .params(params)
                .query(rs -> {
                    UUID id = Columns.uuid(rs, "id");
                    children(recommendations, rs).add(Recommendation.restore(id, unitOrNull(rs),
                            rs.getString("addressee"), rs.getString("text"), Columns.date(rs, "due_date"),
                            FollowUpStatus.valueOf(rs.getString("status")), history.getOrDefault(id, List.of()),
                            Adoption.valueOf(rs.getString("adoption"))));
                });
        return rows.stream().map(r -> SupervisionRound.restore(new RoundId(r.id), new UnitId(r.council),
                new Resolution(ResolutionNumber.of(r.resolutionNumber), r.adoptedOn, r.issuingCouncil), r.subject,
                Period.of(r.periodFrom, r.periodTo), new LinkedHashSet<>(scope.getOrDefault(r.id, List.of())),
                delegation.getOrDefault(r.id, List.of()), visits.getOrDefault(r.id, List.of()),
                findings.getOrDefault(r.id, List.of()), recommendations.getOrDefault(r.id, List.of()),
                r.status, r.approvedBy == null ? null : new Approval(r.approvedBy, r.approvedAt),
                r.legalBasis == null ? null : new LegalBasis(r.legalBasis), r.sampleData, r.conclusion,
                documents.getOrDefault(r.id, List.of()), r.version)).toList();
    }

    private static <T> List<T> children(Map<UUID, List<T>> byRound, ResultSet rs) throws SQLException {
        return byRound.computeIfAbsent(Columns.uuid(rs, "round_id"), k -> new ArrayList<>());
    }

    private static UnitId unitOrNull(ResultSet rs) throws SQLException {
        UUID unit = Columns.uuid(rs, "unit_id");
        return unit == null ? null : new UnitId(unit);
    }

    private record RoundRow(UUID id, UUID council, String resolutionNumber, LocalDate adoptedOn, String issuingCouncil,
                            String subject, LocalDate periodFrom, LocalDate periodTo, RoundStatus status,
                            String approvedBy, Instant approvedAt, String legalBasis, boolean sampleData,
                            CouncilConclusion conclusion, long version) {}

    private static RoundRow roundRow(ResultSet rs, int n) throws SQLException {
        return new RoundRow(Columns.uuid(rs, "id"), Columns.uuid(rs, "council_id"), rs.getString("resolution_number"),
                Columns.date(rs, "resolution_adopted_on"), rs.getString("issuing_council"), rs.getString("subject"),
                Columns.date(rs, "period_from"), Columns.date(rs, "period_to"),
                RoundStatus.valueOf(rs.getString("status")), rs.getString("approved_by"),
                Columns.instant(rs, "approved_at"), rs.getString("legal_basis"), rs.getBoolean("sample_data"),
                conclusion(rs), rs.getLong("version"));
    }

    private static CouncilConclusion conclusion(ResultSet rs) throws SQLException {
        String kind = rs.getString("conclusion_kind");
        return kind == null ? null : new CouncilConclusion(ConclusionKind.valueOf(kind),
                rs.getString("conclusion_number"), Columns.date(rs, "conclusion_date"),
                rs.getString("conclusion_text"), rs.getString("conclusion_decisions"));
    }

    // --- save ---

    @Override
    public void save(SupervisionRound round) {
        tx.executeWithoutResult(status -> {
            boolean inserted = round.version() == 0 && insert(round);
            if (!inserted) {
                update(round);
            }
            replaceChildren(round);
        });
    }

    /** @return false when a round with this id is already stored */
    private boolean insert(SupervisionRound round) {
        return jdbc.sql("""
                INSERT INTO supervision_round (id, council_id, resolution_number, resolution_adopted_on,
                    issuing_council, subject, period_from, period_to, status, approved_by, approved_at,
                    legal_basis, sample_data, conclusion_kind, conclusion_number, conclusion_date, conclusion_text,
                    conclusion_decisions, version)
                VALUES (:id, :council, :number, :adoptedOn, :issuingCouncil, :subject, :from, :to, :status,
                    :approvedBy, :approvedAt, :legalBasis, :sampleData, :conclusionKind, :conclusionNumber,
                    :conclusionDate, :conclusionText, :conclusionDecisions, 1)
                ON CONFLICT (id) DO NOTHING
                """).params(columns(round)).update() == 1;
    }

    private void update(SupervisionRound round) {
        int updated = jdbc.sql("""
                UPDATE supervision_round
                   SET council_id = :council, resolution_number = :number, resolution_adopted_on = :adoptedOn,
                       issuing_council = :issuingCouncil, subject = :subject, period_from = :from, period_to = :to,
                       status = :status, approved_by = :approvedBy, approved_at = :approvedAt,
                       legal_basis = :legalBasis, sample_data = :sampleData,
                       conclusion_kind = :conclusionKind, conclusion_number = :conclusionNumber,
                       conclusion_date = :conclusionDate, conclusion_text = :conclusionText,
                       conclusion_decisions = :conclusionDecisions,
                       version = version + 1
                 WHERE id = :id AND version = :version
                """).params(columns(round)).update();
        if (updated == 0) {
            throw new StaleDataException(round.resolution().number().value());
        }
    }

    private static Map<String, Object> columns(SupervisionRound round) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", round.id().value());
        p.put("council", round.council().value());
        p.put("number", round.resolution().number().value());
        p.put("adoptedOn", round.resolution().adoptedOn());
        p.put("issuingCouncil", round.resolution().issuingCouncil());
        p.put("subject", round.subject());
        p.put("from", round.period().from());
        p.put("to", round.period().to());
        p.put("status", round.status().name());
        p.put("approvedBy", round.approval().map(Approval::approvedBy).orElse(null));
        p.put("approvedAt", Columns.timestamp(round.approval().map(Approval::approvedAt).orElse(null)));
        p.put("legalBasis", round.legalBasis().text());
        p.put("sampleData", round.isSampleData());
        CouncilConclusion c = round.conclusion().orElse(null);
        p.put("conclusionKind", c == null ? null : c.kind().name());
        p.put("conclusionNumber", c == null ? null : c.number());
        p.put("conclusionDate", c == null ? null : c.date());
        p.put("conclusionText", c == null ? null : c.text());
        p.put("conclusionDecisions", c == null ? null : c.decisions());
        p.put("version", round.version());
        return p;
    }

    private void replaceChildren(SupervisionRound round) {
        UUID id = round.id().value();
        for (String table : List.of("round_scope", "delegation_member", "visit", "finding", "recommendation",
                "round_document")) {
            jdbc.sql("DELETE FROM " + table + " WHERE round_id = ?").param(id).update(); // follow-ups cascade
        }
        List<UnitId> scope = round.scopeInOrder();
        for (int i = 0; i < scope.size(); i++) {
            jdbc.sql("INSERT INTO round_scope (round_id, unit_id, position) VALUES (?, ?, ?)")
                    .params(id, scope.get(i).value(), i).update();
        }
        List<DelegationMember> members = round.delegation();
        for (int i = 0; i < members.size(); i++) {
            DelegationMember m = members.get(i);
            jdbc.sql("""
                    INSERT INTO delegation_member (round_id, position, full_name, member_position, role, account)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """).params(id, i, m.fullName(), m.position(), m.role().name(), m.account()).update();
        }
        List<Visit> visits = round.visits();
        for (int i = 0; i < visits.size(); i++) {
            Visit v = visits.get(i);
            jdbc.sql("INSERT INTO visit (round_id, position, unit_id, visit_date, note) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i, v.unit().value(), v.date(), v.note()).update();
        }
        List<Finding> findings = round.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            jdbc.sql("INSERT INTO finding (id, round_id, position, unit_id, kind, text) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(f.id(), id, i, f.aboutUnit().map(UnitId::value).orElse(null), f.kind().name(), f.text())
                    .update();
        }
        List<SentDocument> documents = round.sentDocuments();
        for (int i = 0; i < documents.size(); i++) {
            SentDocument d = documents.get(i);
            jdbc.sql("""
                    INSERT INTO round_document (id, round_id, position, kind, unit_id, number, sent_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).params(d.id(), id, i, d.kind().name(), d.toUnit().map(UnitId::value).orElse(null), d.number(),
                    d.sentOn()).update();
        }
        List<Recommendation> recommendations = round.recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation r = recommendations.get(i);
            jdbc.sql("""
                    INSERT INTO recommendation (id, round_id, position, unit_id, addressee, text, due_date, status,
                        adoption)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(r.id(), id, i, r.unit().map(UnitId::value).orElse(null), r.addressee(), r.text(),
                    r.dueDate().orElse(null), r.status().name(), r.adoption().name()).update();
            List<FollowUp> history = r.history();
            for (int j = 0; j < history.size(); j++) {
                FollowUp step = history.get(j);
                jdbc.sql("""
                        INSERT INTO recommendation_follow_up
                            (recommendation_id, position, follow_up_date, status, note, evidence)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """).params(r.id(), j, step.date(), step.status().name(), step.note(), step.evidence())
                        .update();
            }
        }
    }
}
