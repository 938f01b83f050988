package vn.giamsat.application.round.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.domain.round.RoundId;

/** The append-only follow-up record (out port): entries are added, never changed or removed. */
public interface ProgressRecordPort {
    void append(ProgressEntry entry);

    Optional<ProgressEntry> entry(UUID id);

    /** A recommendation's entries, oldest first. */
    List<ProgressEntry> entriesOf(RoundId round, UUID recommendation);
}
