package vn.giamsat.application.round.model;

import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;

/** One line of the list of rounds. */
public record RoundSummary(RoundId id, String resolutionNumber, java.time.LocalDate resolutionDate,
                           String issuingCouncil, String subject, Period period, RoundStatus status, int unitCount,
                           int findingCount, int recommendationCount) {}
