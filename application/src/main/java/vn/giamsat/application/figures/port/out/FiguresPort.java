package vn.giamsat.application.figures.port.out;

import java.util.Collection;
import java.util.List;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/** Handling figures, keyed by unit × period × procedure × channel × source. */
public interface FiguresPort {
    /** Inserts, or replaces the figures with the same key; {@code round} links them to the round that read them. */
    void save(HandlingFigures figures, RoundId round);

    List<HandlingFigures> ofUnits(Collection<UnitId> units);

    List<HandlingFigures> ofRound(RoundId round);
}
