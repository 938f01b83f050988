package vn.giamsat.application.round.port.in;

import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.domain.round.RoundId;

/** Sets up a round from the council's resolution; it starts as a draft. */
public interface EstablishRoundUseCase {
    RoundId establish(EstablishRoundCommand command);
}
