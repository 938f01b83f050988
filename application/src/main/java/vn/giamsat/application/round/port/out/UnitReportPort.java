package vn.giamsat.application.round.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.UnitReportVersion;
import vn.giamsat.domain.unit.UnitId;

/**
 * The units' reports to a round (out port): the due dates the council office set, and the hand-ins, which are only
 * ever added (append-only, decision 048).
 */
public interface UnitReportPort {
    /** The due dates set on the round, by unit; a unit without one takes its default (lead time before its visit). */
    Map<UnitId, LocalDate> dueDates(RoundId round);

    void setDueDate(RoundId round, UnitId unit, LocalDate due, String setBy, Instant setAt);

    /** Adds a version with its file; its number must be the next for the unit (the store refuses a duplicate). */
    void append(UnitReportVersion version, byte[] content);

    /** Every version of the round, oldest first per unit. */
    List<UnitReportVersion> versions(RoundId round);

    Optional<UnitReportVersion> version(UUID id);

    Optional<byte[]> content(UUID version);
}
