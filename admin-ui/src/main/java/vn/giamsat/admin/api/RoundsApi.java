package vn.giamsat.admin.api;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.application.round.model.RoundDetails;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.domain.round.RoundId;

/**
 * A small read API for staff tools, with bearer tokens (see SecurityConfiguration). Authorization is the use
 * case's: a round outside the caller's jurisdiction answers 403 whatever id is asked for.
 */
@RestController
public class RoundsApi {
    private final RoundQueries rounds;

    public RoundsApi(RoundQueries rounds) {
        this.rounds = rounds;
    }

    public record RoundView(String id, String resolutionNumber, String subject, String status) {}

    @GetMapping("/api/rounds")
    public List<RoundView> list() {
        return rounds.listRounds().stream().map(RoundsApi::view).toList();
    }

    @GetMapping("/api/rounds/{id}")
    public RoundView round(@PathVariable UUID id) {
        RoundDetails r = rounds.round(new RoundId(id));
        return new RoundView(r.id().value().toString(), r.resolution().number().value(), r.subject(),
                r.status().name());
    }

    private static RoundView view(RoundSummary s) {
        return new RoundView(s.id().value().toString(), s.resolutionNumber(), s.subject(), s.status().name());
    }
}
