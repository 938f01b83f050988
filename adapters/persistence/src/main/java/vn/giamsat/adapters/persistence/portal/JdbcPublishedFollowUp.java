package vn.giamsat.adapters.persistence.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.publication.model.AcceptedFollowUp;
import vn.giamsat.application.publication.port.out.PublishedFollowUpPort;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.round.RoundId;

/**
 * The accepted follow-up of published rounds from the view {@code published_follow_up} (change set 821), the one
 * part of the append-only record the reader role may read.
 */
@Component
public class JdbcPublishedFollowUp implements PublishedFollowUpPort {
    private final JdbcClient jdbc;

    public JdbcPublishedFollowUp(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AcceptedFollowUp> accepted() {
        return jdbc.sql("""
                SELECT round_id, recommendation_id, status, text, evidence_link, reported_at, accepted_at
                  FROM published_follow_up ORDER BY accepted_at, acceptance_id
                """).query((rs, n) -> new AcceptedFollowUp(new RoundId(rs.getObject("round_id", UUID.class)),
                rs.getObject("recommendation_id", UUID.class), FollowUpStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("text")), Optional.ofNullable(rs.getString("evidence_link")),
                rs.getObject("reported_at", OffsetDateTime.class).toInstant(),
                rs.getObject("accepted_at", OffsetDateTime.class).toInstant())).list();
    }
}
