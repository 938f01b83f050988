package vn.giamsat.application.round.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/** What the admin screens read besides the round itself: unit names, a round's figures, its publications. */
public interface RoundContextQueries {

    /** Every unit of the catalogue, former ones included, by display name. */
    List<UnitOption> units();

    /** The figures reported to a round, by unit then period. */
    List<HandlingFigures> figuresOfRound(RoundId round);

    /** The round's published versions, oldest first; empty while unpublished. */
    List<PublicationEntry> publications(RoundId round);

    /**
     * @param validTo first day the unit no longer exists, {@code null} while it does
     * @param successorNames the units a former unit became part of
     */
    record UnitOption(UnitId id, String code, String displayName, LocalDate validFrom, LocalDate validTo,
                      List<String> successorNames) {
        public UnitOption {
            successorNames = List.copyOf(successorNames);
        }

        public boolean isFormer() {
            return validTo != null;
        }
    }

    /** @param correctionReason {@code null} for the first publication */
    record PublicationEntry(int number, Instant publishedAt, String publishedBy, String correctionReason) {}
}
