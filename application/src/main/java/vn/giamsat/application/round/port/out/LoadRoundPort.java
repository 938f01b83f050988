package vn.giamsat.application.round.port.out;

import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;

public interface LoadRoundPort {
    Optional<SupervisionRound> load(RoundId id);

    Optional<SupervisionRound> findByResolution(ResolutionNumber number, java.time.LocalDate adoptedOn);

    List<SupervisionRound> all();

    /** The rounds whose scope includes the unit (to learn whether one of them froze the unit's figures). */
    default List<SupervisionRound> includingUnit(vn.giamsat.domain.unit.UnitId unit) {
        return all().stream().filter(r -> r.scope().contains(unit)).toList();
    }
}
