package vn.giamsat.application.publication.port.out;

import java.util.List;
import vn.giamsat.application.publication.model.AcceptedFollowUp;

/**
 * The accepted follow-up of published rounds (the view {@code published_follow_up}): what the portal may read of
 * the append-only follow-up record, nothing else of it. Small (a few steps per recommendation): read whole.
 */
public interface PublishedFollowUpPort {
    /** Every accepted step of every published round, oldest acceptance first. */
    List<AcceptedFollowUp> accepted();
}
