package vn.giamsat.application.round.port.in;

import vn.giamsat.application.round.model.RoundSummary;

import java.util.List;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;

/** Reads rounds for the admin UI. */
public interface RoundQueries {
    /** Newest resolution first. */
    List<RoundSummary> listRounds();

    SupervisionRound round(RoundId id);
}
