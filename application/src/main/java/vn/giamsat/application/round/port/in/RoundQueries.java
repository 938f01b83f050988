package vn.giamsat.application.round.port.in;

import vn.giamsat.application.round.model.RoundDetails;
import vn.giamsat.application.round.model.RoundSummary;

import java.util.List;
import vn.giamsat.domain.round.RoundId;

/** Reads rounds for the admin UI. */
public interface RoundQueries {
    /** Newest resolution first. */
    List<RoundSummary> listRounds();

    /** One round as its page shows it; refused unless the current actor may read it. */
    RoundDetails round(RoundId id);
}
