package vn.giamsat.adapters.persistence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.giamsat.application.publication.port.out.PublishedResultsPort;
import vn.giamsat.domain.publication.PublishedVersion;

/** The portal's read side: reads {@code published_version} only, so it works under the read-only role. */
@Component
public class JdbcPublishedResults implements PublishedResultsPort {
    private final JdbcClient jdbc;

    public JdbcPublishedResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublishedVersion> latestVersions() {
        return jdbc.sql("""
                SELECT %s FROM (
                    SELECT DISTINCT ON (round_id) * FROM published_version ORDER BY round_id, version DESC
                ) latest
                ORDER BY published_at DESC, round_id
                """.formatted(JdbcPublications.COLUMNS)).query(JdbcPublications::version).list();
    }
}
