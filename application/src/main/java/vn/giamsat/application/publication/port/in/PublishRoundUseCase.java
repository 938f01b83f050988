package vn.giamsat.application.publication.port.in;

import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;

/**
 * Publishes a round's approved results to the portal as an immutable snapshot: the first time it moves the
 * round to PUBLISHED; afterwards each call is a correction with a reason.
 */
public interface PublishRoundUseCase {
    /** @return the number of the version just published */
    int publish(PublishRoundCommand command);
}
