package vn.giamsat.application.round.port.out;

import vn.giamsat.application.common.StaleDataException;

import vn.giamsat.domain.round.SupervisionRound;

public interface SaveRoundPort {
    /**
     * Stores the whole round. An update of a round whose stored version differs from the one it was loaded
     * with throws {@link StaleDataException} and changes nothing.
     */
    void save(SupervisionRound round);
}
