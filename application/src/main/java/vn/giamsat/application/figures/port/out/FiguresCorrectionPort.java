package vn.giamsat.application.figures.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.domain.figures.FiguresCorrection;
import vn.giamsat.domain.round.RoundId;

/** Corrections of frozen figures: added pending, reviewed once, never changed afterwards nor deleted. */
public interface FiguresCorrectionPort {
    void add(FiguresCorrection correction);

    /** Stores the review of a pending correction; a correction already reviewed cannot be stored again. */
    void review(FiguresCorrection reviewed);

    Optional<FiguresCorrection> find(UUID id);

    /** Oldest first. */
    List<FiguresCorrection> ofRound(RoundId round);
}
